using System.Text.Json;
using GraciousBot.Web.Insights;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.Insights;

/// <summary>
/// endOfConversation goes only to a calling bot. Teams talking to GraciousBot directly never gets one (Teams rejects
/// it); the result still reaches the outcome record and the signed result webhook.
/// </summary>
public sealed class EndOfConversationAudienceTests : IAsyncLifetime
{
    private const string Secret = "webhook-secret-42";

    private Testing.CaptureServer _hook = null!;
    private InsightsDriver _driver = null!;

    public async Task InitializeAsync()
    {
        _hook = await Testing.CaptureServer.StartAsync("/hook");
        _driver = await InsightsDriver.StartAsync(clock: null, host => host
            .With("Closing:ResultWebhook", _hook.ServiceUrl + "results")
            .With("Closing:ResultWebhookSecret", Secret));
    }

    public async Task DisposeAsync()
    {
        await _driver.DisposeAsync();
        await _hook.DisposeAsync();
    }

    [Fact]
    public async Task TeamsDirect_NoEndOfConversation_ResultGoesToTheRecordAndTheSignedWebhook()
    {
        var teams = _driver.Open(ChannelIds.MsTeams, RoleTypes.Bot);
        await teams.StartAsync(InsightsDriver.Minimal);
        await teams.SayAllAsync("yes", "no", "5", "skip");

        Assert.Contains(teams.Sent, a => a.IsType(ActivityTypes.Message) && a.Text!.StartsWith("Thank you, Lee", StringComparison.Ordinal));
        Assert.DoesNotContain(teams.Sent, a => a.IsType(ActivityTypes.EndOfConversation));

        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var summary = await _driver.SummaryAsync($"from={today}&to={today}&channel=msteams");
        Assert.Equal(1, summary.GetProperty("outcomes").GetProperty("completed").GetInt32());
        Assert.Equal(5.0, summary.GetProperty("csat").GetProperty("mean").GetDouble());

        var post = Assert.Single(await _hook.WaitForRequestsAsync(1, TimeSpan.FromSeconds(15)));
        Assert.Equal("/hook/results", post.Path);
        var timestamp = post.Headers[ResultWebhook.TimestampHeader];
        Assert.Equal(ResultWebhook.Sign(Secret, timestamp, post.Body), post.Headers[ResultWebhook.SignatureHeader]);
        var body = JsonDocument.Parse(post.Body).RootElement;
        Assert.Equal(ChannelIds.MsTeams, body.GetProperty("channelId").GetString());
        Assert.Equal(teams.Id, body.GetProperty("conversationId").GetString());
        Assert.Equal("completed", body.GetProperty("result").GetProperty("outcome").GetString());
        Assert.Equal(5, body.GetProperty("result").GetProperty("rating").GetInt32());
    }

    [Fact]
    public async Task SkillCall_GetsEndOfConversation_AndNothingIsPostedToTheWebhook()
    {
        var skill = _driver.Open(ChannelIds.MsTeams, RoleTypes.Skill);
        await skill.StartAsync(InsightsDriver.Minimal);
        await skill.SayAllAsync("yes", "no", "5", "skip");

        var end = skill.End;
        Assert.NotNull(end);
        Assert.Equal(EndOfConversationCodes.CompletedSuccessfully, end.Code);
        Assert.Equal("completed", end.Value!.Value.GetProperty("outcome").GetString());
        await Task.Delay(300);
        Assert.Empty(_hook.Requests);
    }

    [Fact]
    public async Task TeamsDirect_CancelledMidway_StillNoEndOfConversation()
    {
        var teams = _driver.Open(ChannelIds.MsTeams, RoleTypes.Bot);
        await teams.StartAsync(InsightsDriver.Minimal);
        await teams.SayAsync("cancel");

        Assert.Contains(teams.Sent, a => a.IsType(ActivityTypes.Message) && a.Text!.Contains("stop here", StringComparison.Ordinal));
        Assert.DoesNotContain(teams.Sent, a => a.IsType(ActivityTypes.EndOfConversation));
    }
}
