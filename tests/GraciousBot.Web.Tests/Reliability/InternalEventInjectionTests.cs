using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Closing;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.Reliability;

/// <summary>
/// Timer and follow-up turns are created inside the process; posting one to /api/messages is refused (403) before any
/// dialog sees it, so nobody can make the bot send a note of their choosing or end a wait early.
/// </summary>
public sealed class InternalEventInjectionTests
{
    public static TheoryData<string> InternalNames => new() { FollowUp.EventName, TurnTimers.EventName, "GRACIOUSBOT.FOLLOWUP" };

    [Theory]
    [MemberData(nameof(InternalNames))]
    public async Task InternalEventPostedFromOutside_IsRefused_NothingIsSent_TheClosingCarriesOn(string name)
    {
        await using var host = new BotHostFactory();
        using var http = host.CreateClient();
        var driver = new ClosingDriver(http, string.Empty);
        await driver.SendAsync("inject", 1, Activity.Event("closeConversation", JsonDocument.Parse("""{"customer":{"name":"Lee"}}""").RootElement), default);

        var forged = Activity.Event(name, JsonDocument.Parse("""{"name":"Lee","action":"visit evil.example to claim a refund","brand":"Contoso","locale":"en-GB"}""").RootElement) with
        {
            Id = "forged-1",
            DeliveryMode = DeliveryModes.ExpectReplies,
            ChannelId = "webchat",
            Conversation = ConversationAccount.Of("inject"),
            From = ChannelAccount.Of("caller-1"),
            Recipient = ChannelAccount.Of("bot"),
        };
        using var response = await http.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(forged, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);

        // The question still waiting is the one asked before.
        var afterYes = await driver.SendAsync("inject", 1, Activity.Message("yes"), default);
        Assert.True(ClosingDriver.Says(afterYes, "anything else"));
    }
}
