namespace GraciousBot.Web.Hosting;

/// <summary>The command line the host is built from.</summary>
internal static class HostArguments
{
    /// <summary>The host setting that makes the JSON settings files watch their folder for changes.</summary>
    public const string ReloadConfigOnChange = "hostBuilder:reloadConfigOnChange";

    /// <summary>
    /// <paramref name="args"/> with configuration reload off, unless the environment or the arguments already say what
    /// they want (arguments given later win over the default put first).
    /// </summary>
    public static string[] WithoutConfigurationReload(string[] args, Func<string, string?>? environment = null)
    {
        var variable = "DOTNET_" + ReloadConfigOnChange.Replace(":", "__", StringComparison.Ordinal);
        return (environment ?? Environment.GetEnvironmentVariable)(variable) is not null ? args : [$"--{ReloadConfigOnChange}=false", .. args];
    }
}
