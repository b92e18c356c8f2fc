namespace GraciousBot.Deployment.Tests.Infrastructure;

/// <summary>The bicep binary from the NuGet package, run in the deploymentTemplates folder.</summary>
public static class BicepCli
{
    /// <summary>Values for the parameter files' readEnvironmentVariable() calls; never real secrets.</summary>
    public static readonly IReadOnlyDictionary<string, string?> TestEnvironment = new Dictionary<string, string?>
    {
        ["GRACIOUSBOT_POSTGRES_PASSWORD"] = "Test-only-Passw0rd-not-real",
        ["GRACIOUSBOT_APP_ID"] = "00000000-0000-4000-8000-000000000001",
        ["GRACIOUSBOT_APP_PASSWORD"] = "test-only-client-secret",
    };

    /// <summary>Runs bicep in the deploymentTemplates folder.</summary>
    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        RunAsync(arguments, Repository.DeploymentTemplates, CancellationToken.None);

    public static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        EnsureExecutable();
        return await ProcessRunner.RunAsync(
            Repository.BicepPath,
            arguments,
            workingDirectory,
            TestEnvironment,
            TimeSpan.FromSeconds(90),
            cancellationToken);
    }

    private static void EnsureExecutable()
    {
        if (!File.Exists(Repository.BicepPath))
        {
            throw new FileNotFoundException(
                "The bicep binary is missing: restore the test project (package Azure.Bicep.CommandLine.linux-x64).",
                Repository.BicepPath);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Repository.BicepPath);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(Repository.BicepPath, mode | UnixFileMode.UserExecute);
            }
        }
    }
}
