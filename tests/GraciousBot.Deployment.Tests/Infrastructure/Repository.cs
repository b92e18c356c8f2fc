using System.Reflection;

namespace GraciousBot.Deployment.Tests.Infrastructure;

/// <summary>Paths in the repository and to the pinned Bicep compiler, fixed at build time.</summary>
public static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string DeploymentTemplates { get; } = Path.Combine(Root, "deploymentTemplates");

    public static string Teams { get; } = Path.Combine(DeploymentTemplates, "teams");

    public static string TeamsManifestPeer { get; } = Path.Combine(Root, "tests", "peers", "teams-manifest");

    /// <summary>The bicep binary of the Azure.Bicep.CommandLine.linux-x64 package ($(BicepPath)).</summary>
    public static string BicepPath { get; } = Metadata("BicepPath");

    public static string PathIn(string folder, string relativePath) =>
        Path.GetFullPath(Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; see the csproj.");
}
