using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GraciousBot.Testing;
using GraciousBot.Web.Tests.Auth;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.DirectLine;

/// <summary>
/// The local channel's identity and exposure: the sender of every posted activity is the user its token was issued to
/// (a client cannot act as another user, erase them included); the channel is off whenever authentication is
/// configured, whatever the environment is called, unless DirectLine:EnabledWithAuthentication says so; the page carries
/// a Content-Security-Policy and every script and file says nosniff; bodies are read by the shared activity reader.
/// </summary>
public sealed class LocalChannelSecurityTests
{
    [Fact]
    public async Task DeleteUserData_WithAnotherUsersFromId_RunsAsTheTokensOwnUser()
    {
        await using var host = DirectLineHost.Start();
        var victim = await host.Client.StartAsync(userId: "victim");
        await host.Client.PostMessageIdAsync(victim, "hello", "v1");
        var attackerToken = await host.Client.GenerateAsync("attacker");

        // Starting with a token, a different user in the body changes nothing; the posted "from" is ignored too.
        var attacker = await host.Client.StartAsync(attackerToken.Token, userId: "victim");
        var forged = new JsonObject
        {
            ["type"] = "deleteUserData",
            ["from"] = new JsonObject { ["id"] = "victim", ["name"] = "Victim", ["role"] = "user" },
        }.ToJsonString();
        using (var posted = await host.Client.SendAsync(HttpMethod.Post, $"conversations/{attacker.ConversationId}/activities", attacker.Token, forged))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        using (var message = await host.Client.PostMessageAsync(attacker, "I am the victim", "a1", userId: "victim"))
        {
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        }

        var erase = Assert.Single(host.Bot.Received, a => a.IsType(ActivityTypes.DeleteUserData));
        Assert.Equal("attacker", erase.From?.Id);
        Assert.DoesNotContain(host.Bot.Received, a => a.From?.Id == "victim" && a.Conversation?.Id == attacker.ConversationId);
        var echoed = await host.Client.WaitForActivitiesAsync(attacker, 2);
        Assert.All(echoed.Activities.Where(a => a["from"]?["role"]?.GetValue<string>() == "user"), a => Assert.Equal("attacker", a["from"]!["id"]!.GetValue<string>()));

        // The victim's own conversation still speaks as the victim.
        Assert.Contains(host.Bot.Received, a => a.From?.Id == "victim" && a.Conversation?.Id == victim.ConversationId && a.Text == "hello");
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Development")]
    [InlineData("Testing")]
    public async Task AuthenticationConfigured_AnyEnvironment_LocalChannelIsOff(string environment)
    {
        await using var factory = Authenticated(environment);
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/");
        using var token = await client.PostAsync("/v3/directline/tokens/generate", new StringContent("{}", Encoding.UTF8, "application/json"));
        using var script = await client.GetAsync("/app.js");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [Fact]
    public async Task AuthenticationConfigured_ExplicitlyEnabled_LocalChannelIsOn()
    {
        await using var factory = Authenticated("Production").With("DirectLine:EnabledWithAuthentication", "true");
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Anonymous_LocalChannelIsOnByDefault_AndOffWhenDisabled()
    {
        await using (var on = new BotHostFactory().WithEnvironment("Production"))
        {
            using var client = on.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        await using var off = new BotHostFactory().With("DirectLine:Enabled", "false");
        using var offClient = off.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await offClient.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Page_HasContentSecurityPolicy_AndEveryFileSaysNosniff()
    {
        await using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/");
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("<title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/app.js", "/brand.js", "/app.css", "/favicon.svg", "/webchat/config.js", "/webchat/samples.json", "/lib/botframework-webchat/webchat.js" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task PostedActivity_WithByteOrderMark_IsAccepted_AndEncodedIs415()
    {
        await using var host = DirectLineHost.Start();
        var conversation = await host.Client.StartAsync();
        var path = $"conversations/{conversation.ConversationId}/activities";

        using var bom = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(DirectLineTestClient.WebChatMessage("hi", "c1"))]) };
        bom.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        bom.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        using var accepted = await host.Client.Http.SendAsync(bom);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        using var gzip = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent([0x1F, 0x8B, 0x08, 0x00]) };
        gzip.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        gzip.Content.Headers.ContentEncoding.Add("gzip");
        gzip.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        using var refused = await host.Client.Http.SendAsync(gzip);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
    }

    private static BotHostFactory Authenticated(string environment) => new BotHostFactory()
        .WithEnvironment(environment)
        .With("MicrosoftAppId", AuthenticatedHost.BotAppId)
        .With("MicrosoftAppPassword", "test-secret");
}
