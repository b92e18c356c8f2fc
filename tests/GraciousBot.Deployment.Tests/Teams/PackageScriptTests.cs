using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Teams;

public sealed class PackageScriptTests
{
    [Fact]
    public async Task MakePackage_ZipsManifestAndIcons_WithTheAppIdFilledIn()
    {
        var package = await TeamsPackage.BuildAsync(TeamsPackage.AppId);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Keys.Order(StringComparer.Ordinal));
        var manifest = TeamsPackage.Manifest(package);
        var appId = TeamsPackage.AppId.ToLowerInvariant();
        Assert.Equal(appId, (string?)manifest["id"]);
        Assert.Equal(appId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["token.botframework.com"], manifest["validDomains"]!.AsArray().Select(domain => (string)domain!));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Teams, "color.png")), package["color.png"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Teams, "outline.png")), package["outline.png"]);
    }

    [Fact]
    public async Task MakePackage_WithAHostName_AddsItToValidDomains()
    {
        var manifest = TeamsPackage.Manifest(await TeamsPackage.BuildAsync(TeamsPackage.AppId, "graciousbot-contoso.azurewebsites.net"));

        Assert.Equal(
            ["graciousbot-contoso.azurewebsites.net", "token.botframework.com"],
            manifest["validDomains"]!.AsArray().Select(domain => (string)domain!));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("${{BOT_APP_ID}}")]
    [InlineData("7c3e5a1b-2d4f-4a6b-8c9d-0e1f2a3b4c5d/g; s/GraciousBot/Injected")] // would rewrite the manifest through sed
    public async Task MakePackage_RefusesAnAppIdThatIsNotAGuid(string appId)
    {
        var result = await TeamsPackage.MakeAsync(appId, "", Path.Combine(Path.GetTempPath(), $"never-{Guid.NewGuid():N}.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("GUID", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakePackage_RefusesAHostNameWithAScheme()
    {
        var result = await TeamsPackage.MakeAsync(TeamsPackage.AppId, "https://graciousbot-contoso.azurewebsites.net");

        Assert.Equal(2, result.ExitCode);
    }
}
