using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Teams;

public sealed class TeamsManifestTests
{
    [Fact]
    public async Task FilledManifest_ValidatesAgainstTheTeamsSchema_Offline()
    {
        var manifest = TeamsPackage.Manifest(await TeamsPackage.BuildAsync(TeamsPackage.AppId, "graciousbot-contoso.azurewebsites.net"));

        var verdict = await TeamsPackage.ValidateAsync(manifest);

        Assert.True(verdict["valid"]!.GetValue<bool>(), verdict.ToJsonString());
        Assert.EndsWith($"v{manifest["manifestVersion"]}/MicrosoftTeams.schema.json", ((string)verdict["schema"]!).Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_RejectsABrokenManifest()
    {
        var manifest = TeamsPackage.Manifest(await TeamsPackage.BuildAsync(TeamsPackage.AppId));
        manifest.Remove("accentColor");
        manifest["bots"]![0]!["supportsFiles"] = "no";

        var verdict = await TeamsPackage.ValidateAsync(manifest);

        Assert.False(verdict["valid"]!.GetValue<bool>());
        var errors = verdict["errors"]!.AsArray().Select(error => (string)error!).ToArray();
        Assert.Contains(errors, error => error.Contains("accentColor", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("/bots/0/supportsFiles", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_DeclaresTheBotForPersonalTeamAndGroupChat()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Teams, "manifest.json")))!;

        var version = Version.Parse((string)manifest["manifestVersion"]!);
        Assert.True(version >= new Version(1, 17), $"manifest version {version}");
        Assert.Equal("${{BOT_APP_ID}}", (string?)manifest["id"]);

        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal("${{BOT_APP_ID}}", (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string)scope!));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());

        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string)manifest["accentColor"]!);
        Assert.NotEmpty(manifest["validDomains"]!.AsArray());
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 20, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 200, 4000);
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
    }

    [Fact]
    public void AccentColor_MatchesTheIconDrawingScript()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Teams, "manifest.json")))!;
        var script = File.ReadAllText(Path.Combine(Repository.Teams, "draw-icons.sh"));

        var accent = Regex.Match(script, "accent='(#[0-9A-Fa-f]{6})'").Groups[1].Value;

        Assert.Equal((string)manifest["accentColor"]!, accent, ignoreCase: true);
    }
}
