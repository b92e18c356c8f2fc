using System.Text.Json;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.Wire.Schema;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;

namespace GraciousBot.Closing.Tests.ToGo;

public sealed class ToGoFlowTests
{
    private static readonly string Context = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Transcripts", "contexts", "togo-en.json"));

    private static async Task<(TestFlow Flow, IReadOnlyList<Activity> Replies)> AcceptAsync(string answer, Action<BotHostFactory>? configure = null)
    {
        var flow = new TestFlow(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero), f =>
        {
            f.With("Email:Smtp:Host", "127.0.0.1").With("Email:Smtp:From", "help@contoso.example");
            configure?.Invoke(f);
        });
        await flow.DeliverAsync(Activity.Event("closeConversation", JsonDocument.Parse(Context).RootElement.Clone()));
        foreach (var line in new[] { "yes", "no", "5", "skip" })
        {
            await flow.DeliverAsync(Activity.Message(line));
        }

        return (flow, await flow.DeliverAsync(Activity.Message(answer)));
    }

    [Fact]
    public async Task AnswerNotUnderstood_IsAskedAgain_WithTheQuestionsButtons()
    {
        var flow = new TestFlow(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
        await using var _ = flow;
        await flow.DeliverAsync(Activity.Event("closeConversation", JsonDocument.Parse(Context).RootElement.Clone()));
        IReadOnlyList<Activity> replies = [];
        foreach (var line in new[] { "yes", "no", "5", "skip" })
        {
            replies = await flow.DeliverAsync(Activity.Message(line));
        }

        var question = replies[^1];
        Assert.Equal("Would you like a calendar reminder for your next step?", question.Text);

        var again = Assert.Single(await flow.DeliverAsync(Activity.Message("purple elephants")));

        // The re-ask is stored as its words and built as the message it used to be stored as: the question's format,
        // locale, buttons and input hint, the retry's words.
        Assert.Equal("Sorry, I didn't catch that. Would you like it? You can say yes, no, or pick one of the options.", again.Text);
        Assert.Equal(question.TextFormat, again.TextFormat);
        Assert.Equal(question.Locale, again.Locale);
        Assert.Equal(question.InputHint, again.InputHint);
        Assert.Equal(
            JsonSerializer.Serialize(question.SuggestedActions, GraciousBot.Wire.WireJsonContext.Default.Options),
            JsonSerializer.Serialize(again.SuggestedActions, GraciousBot.Wire.WireJsonContext.Default.Options));
        Assert.NotNull(again.SuggestedActions);
    }

    [Fact]
    public async Task Reminder_InWebChat_IsADownloadableIcsInTheCustomersZone()
    {
        var (flow, replies) = await AcceptAsync("reminder only");
        await using var _ = flow;

        var attachment = Assert.Single(replies.SelectMany(r => r.Attachments ?? []), a => a.ContentType == "text/calendar");
        Assert.Equal("reminder.ics", attachment.Name);
        Assert.StartsWith("data:text/calendar;base64,", attachment.ContentUrl, StringComparison.Ordinal);
        var ics = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl!["data:text/calendar;base64,".Length..]));
        var reminder = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal(new DateOnly(2026, 11, 27), reminder.DtStart!.Date);
        Assert.False(reminder.DtStart.HasTime);

        // Nothing was queued for e-mail.
        Assert.DoesNotContain(await flow.Services.GetRequiredService<ScheduledTurns>().PendingAsync(CancellationToken.None), t => t.EventName == GraciousBot.Closing.ToGo.EmailOutbox.EventName);
    }

    [Fact]
    public async Task Closing_WhenItEnds_LeavesNoInactivityTimerWaiting()
    {
        var flow = new TestFlow(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
        await using var _ = flow;
        var timers = flow.Services.GetRequiredService<ScheduledTurns>();
        await flow.DeliverAsync(Activity.Event("closeConversation", JsonDocument.Parse(Context).RootElement.Clone()));
        Assert.Contains(await timers.PendingAsync(CancellationToken.None), t => t.EventName == GraciousBot.Closing.Insights.ClosingOutcomes.InactivityEvent);

        foreach (var line in new[] { "yes", "no", "5", "skip", "no thanks" })
        {
            await flow.DeliverAsync(Activity.Message(line));
        }

        Assert.DoesNotContain(await timers.PendingAsync(CancellationToken.None), t => t.EventName == GraciousBot.Closing.Insights.ClosingOutcomes.InactivityEvent);
    }

    [Fact]
    public async Task Email_IsQueuedDurably_NotSentDuringTheTurn()
    {
        var (flow, _) = await AcceptAsync("just the e-mail");
        await using var _ = flow;

        var pending = await flow.Services.GetRequiredService<ScheduledTurns>().PendingAsync(CancellationToken.None);
        var emails = pending.Where(t => t.EventName == GraciousBot.Closing.ToGo.EmailOutbox.EventName).OrderBy(t => t.DueAt).ToList();

        // The recap now; and, Web Chat taking no proactive message (FollowUp:ChannelsWithoutProactive), the follow-up
        // note on the day our step is due, by e-mail rather than in the chat.
        Assert.Equal(2, emails.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero), emails[0].DueAt);
        Assert.Equal(new DateOnly(2026, 11, 25), DateOnly.FromDateTime(emails[1].DueAt.UtcDateTime));
        Assert.DoesNotContain(pending, t => t.EventName == FollowUp.EventName);

        // The scheduled turns carry only an id: the message itself (and the address) stays in the store.
        Assert.All(emails, email => Assert.DoesNotContain("dana@example.com", email.Value!.Value.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offer_IsNeverMadeTwiceInAConversation()
    {
        var (flow, _) = await AcceptAsync("no");
        await using var _ = flow;

        var again = await flow.DeliverAsync(Activity.Event("closeConversation", JsonDocument.Parse(Context).RootElement.Clone()));
        foreach (var line in new[] { "yes", "no" })
        {
            again = [.. again, .. await flow.DeliverAsync(Activity.Message(line))];
        }

        var replies = again.Concat(await flow.DeliverAsync(Activity.Message("skip"))).ToList();
        Assert.DoesNotContain(replies, r => r.Text?.Contains("e-mail you this recap", StringComparison.Ordinal) == true);
    }
}
