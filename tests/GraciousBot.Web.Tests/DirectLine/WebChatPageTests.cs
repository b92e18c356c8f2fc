using System.Net;
using System.Text.Json.Nodes;
using GraciousBot.Closing.Schemas;
using GraciousBot.LocalChannel;
using Microsoft.Extensions.Time.Testing;
using NJsonSchema;

namespace GraciousBot.Web.Tests.DirectLine;

/// <summary>The page's server side: the page, the Web Chat bundle from npm, branding and the sample cases.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task Page_IsServedWithWebChatFromTheNpmPackage()
    {
        await using var host = DirectLineHost.Start();
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        var page = await http.GetStringAsync("/");
        using var bundle = await http.GetAsync("/lib/botframework-webchat/webchat.js", HttpCompletionOption.ResponseHeadersRead);

        Assert.Contains("/lib/botframework-webchat/webchat.js", page, StringComparison.Ordinal);
        Assert.Contains("/webchat/config.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.botframework.com", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the full Web Chat bundle is served");
    }

    [Fact]
    public async Task Config_CarriesTheBrandingFromConfiguration_EscapedForAScript()
    {
        await using var host = DirectLineHost.Start(settings:
        [
            ("WebChat:Title", "Contoso </script><b>Care</b>"),
            ("WebChat:AccentColor", "#aa3300"),
            ("WebChat:BotName", "Robin"),
        ]);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        var script = await http.GetStringAsync("/webchat/config.js");

        Assert.StartsWith("window.GRACIOUSBOT_CONFIG = ", script, StringComparison.Ordinal);
        Assert.DoesNotContain("</script>", script, StringComparison.Ordinal);
        var json = JsonNode.Parse(script["window.GRACIOUSBOT_CONFIG = Object.freeze(".Length..script.LastIndexOf(')')])!;
        Assert.Equal("Contoso </script><b>Care</b>", json["title"]!.GetValue<string>());
        Assert.Equal("#aa3300", json["accentColor"]!.GetValue<string>());
        Assert.Equal("Robin", json["botName"]!.GetValue<string>());
        Assert.Equal("/v3/directline", json["directLineDomain"]!.GetValue<string>());
    }

    [Fact]
    public async Task Samples_AreTheFourClosingContexts_WithDueDatesKeptInTheFuture()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var host = DirectLineHost.Start(clock);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        var samples = JsonNode.Parse(await http.GetStringAsync("/webchat/samples.json"))!.AsArray();

        Assert.Equal(4, samples.Count);
        Assert.All(samples, s =>
        {
            var context = s!["context"]!;
            Assert.NotNull(context["customer"]!["name"]);
            Assert.NotNull(context["case"]!["title"]);
            Assert.NotNull(context["resolution"]!["summary"]);
        });
        var router = samples.Single(s => s!["id"]!.GetValue<string>().Contains("router", StringComparison.Ordinal))!;
        Assert.Contains(router["context"]!["notes"]!.AsArray(), n => n!.GetValue<string>().Contains("Lisbon", StringComparison.Ordinal));
        Assert.Contains(samples, s => s!["context"]!["openItems"]!.AsArray().Count > 0);

        // Every sample is a valid closing context, as documented in the skill's schema.
        var schema = await JsonSchema.FromJsonAsync(ClosingSchemas.Context.GetRawText());
        Assert.All(samples, s => Assert.Empty(schema.Validate(s!["context"]!.ToJsonString())));

        // Written against 2026-11-23 (due 2026-11-26); seen on 2027-03-01, 98 days later.
        var due = router["context"]!["nextSteps"]![0]!["due"]!.GetValue<string>();
        Assert.Equal("2027-03-04", due);
        Assert.Equal(new DateOnly(2026, 11, 23), DemoSamples.AnchorDate);
    }
}
