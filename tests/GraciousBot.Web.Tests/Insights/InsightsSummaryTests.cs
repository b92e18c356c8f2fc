using System.Net;
using System.Text.Json;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Web.Tests.Insights;

/// <summary>
/// Closings with known outcomes go through <c>/api/messages</c>; the summary and the CSV must count exactly them.
/// The clock is fake: the abandoned closing is ended by the inactivity timer when the clock moves 16 minutes.
/// </summary>
public sealed class InsightsSummaryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Day1);
    private InsightsDriver _driver = null!;

    public async Task InitializeAsync() => _driver = await InsightsDriver.StartAsync(_clock, host => host
        .With("Insights:KeepComments", "true")
        .WithServices(s => s.RemoveAll<IHostedService>()));

    public async Task DisposeAsync() => await _driver.DisposeAsync();

    [Fact]
    public async Task KnownClosings_SummaryAndCsv_CountExactlyThem()
    {
        // 1. Completed, rated 5 with a comment; the goodbye mentions the birthday and the trip.
        var five = _driver.Open(locale: "en-US");
        await five.StartAsync(InsightsDriver.TwoDetails);
        await five.SayAllAsync("yes", "no", "5", "Sam at the desk was lovely");
        Assert.Equal("completed", Outcome(five));

        // 2. Completed, rated 2 with a comment; a person is offered and declined.
        var two = _driver.Open();
        await two.StartAsync(InsightsDriver.Minimal);
        await two.SayAllAsync("yes", "no", "2", "It took three chats", "no thanks");
        Assert.Equal("completed", Outcome(two));

        // 3. Not resolved: handed over, and the hub accepts.
        var handoff = _driver.Open();
        await handoff.StartAsync(Testing.SampleContexts.Router);
        await handoff.SayAsync("no, it's still dropping every hour");
        await handoff.EventAsync("handoff.status", """{ "state": "accepted" }""");
        Assert.Equal("handoff", Outcome(handoff));

        // 4. Resolved, then the customer picks their other open item.
        var next = _driver.Open();
        await next.StartAsync(Testing.SampleContexts.Router);
        await next.SayAllAsync("yes", "Refund for the October invoice");
        Assert.Equal("nextItem", Outcome(next));

        // 5. The customer goes quiet: after 16 minutes the timer ends the closing for them.
        var quiet = _driver.Open();
        await quiet.StartAsync(InsightsDriver.Minimal);
        _clock.Advance(TimeSpan.FromMinutes(16));
        // Every closing armed a timer; the four that already ended cancelled theirs.
        Assert.Equal(1, await _driver.Host.Services.GetRequiredService<ScheduledTurnRunner>().DeliverDueAsync(CancellationToken.None));
        Assert.Equal("abandoned", Outcome(quiet));
        Assert.Equal(EndOfConversationCodes.BotTimedOut, quiet.End!.Code);

        // Nothing more is said on Web Chat to a customer who has left: only the question they never answered.
        Assert.Equal(["Is everything with the account taken care of now?"], quiet.Sent.Where(a => a.IsType(ActivityTypes.Message)).Select(a => a.Text));

        // 6. The next day: cancelled before answering anything.
        _clock.Advance(TimeSpan.FromDays(1));
        var cancelled = _driver.Open(channelId: ChannelIds.MsTeams);
        await cancelled.StartAsync(InsightsDriver.Minimal);
        await cancelled.SayAsync("cancel");
        Assert.Equal("cancelled", Outcome(cancelled));

        var both = await _driver.SummaryAsync("from=2026-11-23&to=2026-11-24");
        Assert.Equal(6, both.GetProperty("closings").GetInt32());
        AssertCounts(both.GetProperty("outcomes"), ("completed", 2), ("nextItem", 1), ("anythingElse", 0), ("handoff", 1), ("cancelled", 1), ("abandoned", 1));
        AssertCounts(both.GetProperty("resolution"), ("confirmed", 3), ("denied", 1), ("unanswered", 1), ("abandoned", 1));
        var csat = both.GetProperty("csat");
        Assert.Equal(2, csat.GetProperty("responses").GetInt32());
        Assert.Equal(3.5, csat.GetProperty("mean").GetDouble());
        Assert.Equal(0.5, csat.GetProperty("satisfiedShare").GetDouble());
        Assert.Equal(1.0, csat.GetProperty("responseRate").GetDouble());
        AssertCounts(csat.GetProperty("distribution"), ("1", 0), ("2", 1), ("3", 0), ("4", 0), ("5", 1));
        var handoffs = both.GetProperty("handoffs");
        Assert.Equal(1, handoffs.GetProperty("total").GetInt32());
        AssertCounts(handoffs.GetProperty("byReason"), ("notResolved", 1));
        AssertCounts(handoffs.GetProperty("byState"), ("accepted", 1));
        Assert.Equal(1, both.GetProperty("personalizedGoodbyes").GetInt32());
        AssertCounts(both.GetProperty("detailKinds"), ("birthday", 1), ("travel", 1));
        Assert.Equal([("2026-11-23", 5), ("2026-11-24", 1)], Days(both));
        Assert.Equal([("webchat", 5), ("msteams", 1)], [.. both.GetProperty("byChannel").EnumerateArray().Select(g => (g.GetProperty("key").GetString()!, g.GetProperty("closings").GetInt32()))]);
        Assert.Equal([("en-GB", 5), ("en-US", 1)], [.. both.GetProperty("byLocale").EnumerateArray().Select(g => (g.GetProperty("key").GetString()!, g.GetProperty("closings").GetInt32()))]);

        // Kept comments (Insights:KeepComments), low ratings first.
        Assert.Equal(["It took three chats", "Sam at the desk was lovely"], both.GetProperty("latestComments").EnumerateArray().Select(c => c.GetProperty("comment").GetString()));

        // Days are inclusive UTC days; channel and locale filter.
        var first = await _driver.SummaryAsync("from=2026-11-23&to=2026-11-23");
        Assert.Equal(5, first.GetProperty("closings").GetInt32());
        Assert.Equal(0, first.GetProperty("outcomes").GetProperty("cancelled").GetInt32());
        Assert.Equal(1, (await _driver.SummaryAsync("from=2026-11-23&to=2026-11-24&channel=msteams")).GetProperty("closings").GetInt32());
        Assert.Equal(1, (await _driver.SummaryAsync("from=2026-11-23&to=2026-11-24&locale=en-US")).GetProperty("closings").GetInt32());

        var (status, csv, contentType) = await _driver.GetAsync("/admin/insights/closings.csv?from=2026-11-23&to=2026-11-24");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("text/csv", contentType, StringComparison.Ordinal);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, rows.Length);
        Assert.StartsWith("endedAt,channel,locale,brand,caller,caseCategory,outcome,resolution,rating,commentLeft,comment,", rows[0], StringComparison.Ordinal);
        Assert.Equal(["completed", "completed", "handoff", "nextItem", "abandoned", "cancelled"], rows.Skip(1).Select(r => r.Split(',')[6]));
        Assert.Contains(",hardware,completed,confirmed,5,true,Sam at the desk was lovely,,,true,birthday travel,", rows[1], StringComparison.Ordinal);
        Assert.Contains(",account,abandoned,abandoned,,false,,,,false,,", rows[5], StringComparison.Ordinal);
        Assert.Contains(",notResolved,accepted,", rows[3], StringComparison.Ordinal);
        Assert.DoesNotContain(five.UserId, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_RemovesTheCustomersComments_AndKeepsTheCounts()
    {
        var conversation = _driver.Open(userId: "erase-me");
        await conversation.StartAsync(InsightsDriver.Minimal);
        await conversation.SayAllAsync("yes", "no", "4", "Please call me on Tuesdays");
        var store = _driver.Host.Services.GetRequiredService<GraciousBot.Closing.Insights.IOutcomeStore>();

        Assert.Equal(1, await store.DeleteForUserAsync(ChannelIds.WebChat, "erase-me", CancellationToken.None));

        var summary = await _driver.SummaryAsync("from=2026-11-23&to=2026-11-23");
        Assert.Equal(1, summary.GetProperty("closings").GetInt32());
        Assert.Equal(1, summary.GetProperty("commentsLeft").GetInt32());
        Assert.Empty(summary.GetProperty("latestComments").EnumerateArray());
        Assert.DoesNotContain("Tuesdays", (await _driver.GetAsync("/admin/insights/closings.csv?from=2026-11-23&to=2026-11-23")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteUserData_AlsoRemovesTheCustomersComments()
    {
        var conversation = _driver.Open(userId: "forget-me");
        await conversation.StartAsync(InsightsDriver.Minimal);
        await conversation.SayAllAsync("yes", "no", "5", "Ask for Priya next time");
        Assert.Single((await _driver.SummaryAsync("from=2026-11-23&to=2026-11-23")).GetProperty("latestComments").EnumerateArray());

        await conversation.PostAsync(new Wire.Schema.Activity { Type = ActivityTypes.DeleteUserData });

        var summary = await _driver.SummaryAsync("from=2026-11-23&to=2026-11-23");
        Assert.Equal(1, summary.GetProperty("closings").GetInt32());
        Assert.Empty(summary.GetProperty("latestComments").EnumerateArray());
    }

    [Theory]
    [InlineData("from=23-11-2026", "from")]
    [InlineData("from=2026-11-24&to=2026-11-23", "from")]
    [InlineData("to=tomorrow", "to")]
    [InlineData("from=2020-01-01&to=2026-11-23", "from")]
    public async Task Summary_BadPeriod_Is400WithTheField(string query, string field)
    {
        var (status, body, _) = await _driver.GetAsync("/admin/insights/summary?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(field, JsonDocument.Parse(body).RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task InsightsApi_WithoutTheKey_Is401_AndThePageLoadsWithoutData()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _driver.GetAsync("/admin/insights/summary", key: null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _driver.GetAsync("/admin/insights/closings.csv", key: "wrong")).Status);
        var page = await _driver.GetAsync("/admin/insights/", key: null);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("/admin/insights/assets/chart.umd.min.js", page.Body, StringComparison.Ordinal);
        var chart = await _driver.GetAsync("/admin/insights/assets/chart.umd.min.js", key: null);
        Assert.Equal(HttpStatusCode.OK, chart.Status);
        Assert.Contains("Chart.js", chart.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _driver.GetAsync("/admin/insights/assets/secrets.json", key: null)).Status);
    }

    private static string Outcome(InsightsDriver.Conversation conversation)
    {
        var end = conversation.End;
        Assert.True(end?.Value is not null, "The calling bot got no endOfConversation with a result.");
        return end.Value!.Value.GetProperty("outcome").GetString()!;
    }

    private static void AssertCounts(JsonElement counts, params (string Name, int Count)[] expected)
    {
        foreach (var (name, count) in expected)
        {
            Assert.True(counts.TryGetProperty(name, out var value), $"'{name}' is missing in {counts.GetRawText()}");
            Assert.True(count == value.GetInt32(), $"'{name}' is {value.GetInt32()}, expected {count}, in {counts.GetRawText()}");
        }
    }

    private static List<(string, int)> Days(JsonElement summary) =>
        [.. summary.GetProperty("byDay").EnumerateArray().Select(d => (d.GetProperty("day").GetString()!, d.GetProperty("closings").GetInt32()))];
}
