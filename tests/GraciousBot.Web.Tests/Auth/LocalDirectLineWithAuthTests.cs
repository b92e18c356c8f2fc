using GraciousBot.Web.Tests.DirectLine;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>
/// Authentication on (an app id), with the built-in Direct Line explicitly kept on (DirectLine:EnabledWithAuthentication): the
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
            ("ToChannelFromBotLoginUrl", "https://127.0.0.1:1/{tenant}"),
            ("DirectLine:EnabledWithAuthentication", "true"));
        var conversation = await host.Client.StartAsync();

        await host.Client.PostMessageIdAsync(conversation, "hello", "c1");
        var set = await host.Client.WaitForActivitiesAsync(conversation, 2);

        Assert.Equal(["hello", "echo: hello"], set.Activities.Select(a => a["text"]!.GetValue<string>()));
    }
}
