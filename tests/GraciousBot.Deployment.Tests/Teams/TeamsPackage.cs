using System.IO.Compression;
using System.Text.Json.Nodes;
using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Teams;

/// <summary>Runs make-package.sh and the offline manifest validator (tests/peers/teams-manifest).</summary>
public static class TeamsPackage
{
    public const string AppId = "7C3E5A1B-2D4F-4A6B-8C9D-0E1F2A3B4C5D";

    public static string ScriptPath => Path.Combine(Repository.Teams, "make-package.sh");

    public static Task<ProcessResult> MakeAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("bash", new[] { ScriptPath }.Concat(arguments), Path.GetTempPath(), timeout: TimeSpan.FromSeconds(30));

    /// <summary>Builds a package into a fresh folder and returns the zip's entries by name.</summary>
    public static async Task<Dictionary<string, byte[]>> BuildAsync(string appId, string? host = null)
    {
        var folder = Directory.CreateTempSubdirectory("graciousbot-teams-").FullName;
        try
        {
            var zip = Path.Combine(folder, "package.zip");
            var arguments = host is null ? new[] { appId, "", zip } : [appId, host, zip];
            var result = await MakeAsync(arguments);
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal(zip, result.StandardOutput.Trim());

            using var archive = ZipFile.OpenRead(zip);
            return archive.Entries.ToDictionary(entry => entry.FullName, entry =>
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static JsonObject Manifest(Dictionary<string, byte[]> package) =>
        (JsonObject)JsonNode.Parse(package["manifest.json"])!;

    /// <summary>Validates a manifest with the peer's validate.js; returns its JSON verdict.</summary>
    public static async Task<JsonObject> ValidateAsync(JsonObject manifest)
    {
        var validator = Path.Combine(Repository.TeamsManifestPeer, "validate.js");
        Assert.True(Directory.Exists(Path.Combine(Repository.TeamsManifestPeer, "node_modules", "@microsoft", "app-manifest")),
            $"run 'npm ci' in {Repository.TeamsManifestPeer} first (CI does it for every peer with a lockfile)");

        var file = Path.Combine(Path.GetTempPath(), $"graciousbot-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, manifest.ToJsonString());
        try
        {
            var result = await ProcessRunner.RunAsync("node", [validator, file], Repository.TeamsManifestPeer, timeout: TimeSpan.FromSeconds(30));
            Assert.True(result.ExitCode is 0 or 1, result.Describe());
            return (JsonObject)JsonNode.Parse(result.StandardOutput)!;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
