namespace GraciousBot.Web.Hosting;

/// <summary>
/// Where the host listens: wherever the standard ASP.NET Core settings say (<c>ASPNETCORE_URLS</c>, <c>--urls</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c> / <c>HTTP_PORTS</c>, <c>HTTPS_PORTS</c>, <c>Kestrel:Endpoints</c>), and only when none of them
/// is set, <see cref="Default"/>, the port the Bot Framework Emulator and samples expect.
/// </summary>
public static class DefaultUrls
{
    public const string Default = "http://localhost:3978";

    /// <summary>Applies <see cref="Default"/> when the configuration names no address of its own.</summary>
    public static WebApplicationBuilder UseDefaultUrlsWhenNoneSet(this WebApplicationBuilder builder)
    {
        if (!NamesAnAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }

    /// <summary>True when some standard setting already says where to listen.</summary>
    public static bool NamesAnAddress(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
