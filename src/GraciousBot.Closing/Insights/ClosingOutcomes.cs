using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Closing.Insights;

/// <summary>A result that no bot was there to receive (a channel talked to us directly), for the result webhook.</summary>
public sealed record DirectResult(string ChannelId, string ConversationId, string? Locale, DateTimeOffset EndedAt, JsonElement Result);

/// <summary>Takes results for the webhook without ever making the customer wait (the host delivers them later).</summary>
public interface IDirectResultSink
{
    void Enqueue(DirectResult result);
}

/// <summary>No webhook configured.</summary>
public sealed class NoDirectResults : IDirectResultSink
{
    public void Enqueue(DirectResult result)
    {
    }
}

/// <summary>
/// Keeps count of every closing: notes when one starts, keeps its tally while it runs, arms the inactivity timer,
/// and when it ends writes the outcome record, updates the metrics and makes sure endOfConversation only goes to a
/// calling bot (never to a channel, which rejects it: the result goes to the record and the webhook instead).
/// </summary>
public sealed partial class ClosingOutcomes(
    IOutcomeStore store,
    IDirectResultSink directResults,
    InsightsOptions insights,
    EndingOptions ending,
    TimeProvider time,
    ILogger<ClosingOutcomes> logger)
{
    /// <summary>The durable timer's event: "has this customer gone quiet?".</summary>
    public const string InactivityEvent = "graciousbot.inactivity";

    public EndingOptions Ending => ending;

    /// <summary>
    /// A bot called us (a skill call proven by its token, or anonymously an activity addressed to a "skill"): it
    /// expects endOfConversation. A channel talking to us directly does not (Teams rejects it).
    /// </summary>
    public static bool CallerIsBot(TurnContext turn) =>
        turn.Identity.IsSkillCall
        || (turn.Identity.CallerId is null && string.Equals(turn.Activity.Recipient?.Role, RoleTypes.Skill, StringComparison.OrdinalIgnoreCase));

    /// <summary>A closing begins this turn: start its tally (a restart replaces the old one).</summary>
    public void Started(TurnContext turn, ClosingContext context)
    {
        var now = time.GetUtcNow();
        var tally = new ClosingTally
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            StartedAt = now,
            LastActivityAt = now,
            ChannelId = turn.ChannelId,
            Locale = ClosingStart.LocaleOf(turn, context),
            Brand = context.Brand?.Name,
            Caller = turn.Identity.CallerAppId,
            CaseCategory = context.Case?.Category,
            BegunThisTurn = true,
        };
        turn.State.Conversation.Set(ClosingTally.Key, tally);
        GraciousBotTelemetry.ClosingsStarted.Add(1, new KeyValuePair<string, object?>("channel", tally.ChannelId));
    }

    /// <summary>The rating question was skipped because this customer rated us recently.</summary>
    public static void SurveySkipped(TurnContext turn)
    {
        if (turn.State.Conversation.Get(ClosingTally.Key) is { } tally)
        {
            turn.State.Conversation.Set(ClosingTally.Key, tally with { SurveySkipped = true });
        }
    }

    /// <summary>The rating question is being asked.</summary>
    public static void SurveyAsked(TurnContext turn)
    {
        if (turn.State.Conversation.Get(ClosingTally.Key) is { } tally)
        {
            turn.State.Conversation.Set(ClosingTally.Key, tally with { SurveyAsked = true });
        }
    }

    /// <summary>
    /// The inactivity timer fired. True when the customer has been quiet for the whole timeout (end the closing);
    /// otherwise the timer is moved on to the new deadline.
    /// </summary>
    public async Task<bool> QuietTooLongAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Conversation.Get(ClosingTally.Key) is not { } tally || turn.State.Conversation.Get(DialogRunner.StackKey) is null)
        {
            return false;
        }

        var deadline = tally.LastActivityAt + ending.InactivityTimeout;
        if (time.GetUtcNow() >= deadline)
        {
            return true;
        }

        Arm(turn, tally with { QuietCheckAt = null });
        return false;
    }

    /// <summary>Whether a customer who went quiet still gets a note on this channel.</summary>
    public bool LeavesNoteOn(string channelId) => (ending.AbandonedNoticeChannels ?? EndingOptions.DefaultNoticeChannels).Contains(channelId, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// After every turn of the closing bot: keep the tally, or record the ending. The record is written beside the
    /// turn's commit (in the same group commit on a shared writer), not before it: the turn does not wait for a write
    /// of its own, and it is still answered only once the record is written.
    /// </summary>
    public void AfterTurn(TurnContext turn)
    {
        var running = turn.State.Conversation.Get(DialogRunner.StackKey) is not null;
        var end = turn.Outbox.LastOrDefault(a => a.IsType(ActivityTypes.EndOfConversation));
        var tally = turn.State.Conversation.Get(ClosingTally.Key);
        if (tally is null && (running || end?.Value is not null))
        {
            // Standalone use: the customer's first message started a closing with what is known.
            Started(turn, ClosingContext.Empty);
            tally = turn.State.Conversation.Get(ClosingTally.Key);
        }

        if (tally is null)
        {
            return;
        }

        if (!tally.BegunThisTurn && (turn.Activity.IsType(ActivityTypes.Message) || turn.Activity.IsType(ActivityTypes.Invoke)))
        {
            tally = tally with { LastActivityAt = time.GetUtcNow(), Turns = tally.Turns + 1 };
        }

        if (running && end is null)
        {
            Arm(turn, tally);
            return;
        }

        // The closing ended this turn: with a result we sent, or silently (the parent cancelled, the customer's data
        // was deleted), which still counts as cancelled.
        turn.State.Conversation.Remove(ClosingTally.Key);
        Disarm(turn, tally);
        var result = end?.Value is { } value ? value.Deserialize<ClosingResult>(Runtime.State.RuntimeJson.Options) : null;
        turn.BesideCommit(cancellationToken => RecordAsync(turn, tally, result, cancellationToken));

        if (end is not null && !CallerIsBot(turn))
        {
            turn.Withdraw(a => a.IsType(ActivityTypes.EndOfConversation));
            if (end.Value is { } direct && ending.ResultWebhook is not null)
            {
                directResults.Enqueue(new DirectResult(turn.ChannelId, turn.Activity.Conversation?.Id ?? string.Empty, end.Locale, time.GetUtcNow(), direct));
            }
        }
    }

    private async Task RecordAsync(TurnContext turn, ClosingTally tally, ClosingResult? result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var outcome = result?.Outcome ?? Outcomes.Cancelled;
        var resolution = result?.Resolution ?? Resolutions.Unanswered;
        if (outcome == Outcomes.Abandoned && resolution == Resolutions.Unanswered)
        {
            resolution = Outcomes.Abandoned;
        }

        var channel = new KeyValuePair<string, object?>("channel", tally.ChannelId);
        GraciousBotTelemetry.ClosingsEnded.Add(1, new KeyValuePair<string, object?>("outcome", outcome), channel);
        if (result?.Rating is { } rating)
        {
            GraciousBotTelemetry.Ratings.Add(1, new KeyValuePair<string, object?>("rating", rating), channel);
        }

        if (result?.Handoff is { } handoff)
        {
            GraciousBotTelemetry.Handovers.Add(1, new KeyValuePair<string, object?>("reason", handoff.Reason), new KeyValuePair<string, object?>("state", handoff.State), channel);
        }

        try
        {
            var userId = turn.Activity.From?.Id;
            var record = new OutcomeRecord
            {
                Id = tally.Id,
                EndedAt = now,
                ChannelId = tally.ChannelId,
                Locale = tally.Locale,
                Brand = tally.Brand,
                Caller = tally.Caller,
                CaseCategory = tally.CaseCategory,
                Outcome = outcome,
                Resolution = resolution,
                Rating = result?.Rating,
                CommentLeft = !string.IsNullOrWhiteSpace(result?.Comment),
                Comment = insights.KeepComments ? result?.Comment : null,
                HandoffReason = result?.Handoff?.Reason,
                HandoffState = result?.Handoff?.State,
                DetailKinds = result?.SignOff?.DetailKinds ?? [],
                Turns = tally.Turns,
                Duration = now - tally.StartedAt,
                SurveySkipped = tally.SurveySkipped,
                SurveyAsked = tally.SurveyAsked,
                UserHash = string.IsNullOrEmpty(userId) ? null : await store.UserHashAsync(tally.ChannelId, userId, cancellationToken),
            };
            using var activity = GraciousBotTelemetry.Source.StartActivity("insights.record");
            await store.WriteAsync(record, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Counting must never cost the customer their goodbye.
            GraciousBotTelemetry.InsightsErrors.Add(1, new KeyValuePair<string, object?>("operation", "record"));
            LogRecordFailed(logger, failure);
        }
    }

    /// <summary>
    /// Makes sure the durable inactivity timer is set (it is moved only when it fires early). The timer is stored in
    /// this turn's own commit: it exists exactly when the turn was committed, and costs no write of its own.
    /// </summary>
    private void Arm(TurnContext turn, ClosingTally tally)
    {
        if (tally.QuietCheckAt is null)
        {
            var due = tally.LastActivityAt + ending.InactivityTimeout;
            turn.Schedule(new ScheduledTurn(TimerId(turn, due), due, turn.Activity.GetConversationReference(), turn.Identity.CallerAppId, InactivityEvent, null));
            tally = tally with { QuietCheckAt = due };
        }

        turn.State.Conversation.Set(ClosingTally.Key, tally);
    }

    /// <summary>The closing ended: its inactivity timer is dropped in this turn's commit (the queue keeps only what still waits).</summary>
    private static void Disarm(TurnContext turn, ClosingTally tally)
    {
        if (tally.QuietCheckAt is { } due)
        {
            turn.CancelScheduled(TimerId(turn, due));
        }
    }

    /// <summary>One id per deadline: the delivered turn's activity id comes from it, and a second check of the same conversation must not look like a redelivery.</summary>
    private static string TimerId(TurnContext turn, DateTimeOffset due) =>
        $"inactivity/{TurnState.ConversationKey(turn.ChannelId, turn.Activity.Conversation?.Id ?? string.Empty)}/{due.ToUnixTimeSeconds()}";

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The closing's outcome record could not be written")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception);
}
