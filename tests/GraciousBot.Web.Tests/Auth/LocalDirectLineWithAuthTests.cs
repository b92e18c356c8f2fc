using GraciousBot.Web.Tests.DirectLine;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>
/// Authentication on (an app id) outside production, with the built-in Direct Line left on for local testing: the
/// bot's replies to the local Web Chat go to its own per-process connector without a token (and without asking the
/// identity provider for one), while /api/messages still requires tokens.
/// </summary>
public sealed class LocalDirectLineWithAuthTests
{
    [Fact]
    public async Task AppIdConfigured_LocalDirectLine_StillGetsReplies()
    {
        await using var host = DirectLineHost.Start(
            null,
            ("MicrosoftAppId", AuthenticatedHost.BotAppId),
            ("MicrosoftAppPassword", "test-secret"),
            ("ToChannelFromBotLoginUrl", "https://127.0.0.1:1/{tenant}"));
        var conversation = await host.Client.StartAsync();

        await host.Client.PostMessageIdAsync(conversation, "hello", "c1");
        var set = await host.Client.WaitForActivitiesAsync(conversation, 2);

        Assert.Equal(["hello", "echo: hello"], set.Activities.Select(a => a["text"]!.GetValue<string>()));
    }
}
