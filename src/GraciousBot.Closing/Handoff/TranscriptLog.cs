using System.Text.Json.Serialization;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing.Handoff;

/// <summary>
/// The skill's own part of the conversation (what the customer said to us and what we said), kept in conversation
/// state so a person taking over sees it. Bounded: the oldest entries go first.
/// </summary>
/// <remarks>
/// Every turn adds to it but few read it (the goodbye, a handover), so the entries are kept as their stored JSON and a
/// turn writes only what it added (<see cref="StoredJsonLog{T}"/>). Whether the customer has sounded frustrated is
/// kept beside them, worked out once per message as it is logged, so the closing's mood does not read them all again.
/// </remarks>
public sealed record TranscriptLog
{
    public static readonly StateKey<TranscriptLog> Key = new("closing.transcript");

    public const int MaxEntries = 200;

    [JsonConverter(typeof(StoredActivityLogConverter))]
    public StoredJsonLog<Activity> Activities { get; init; } = new();

    /// <summary>
    /// Whether a message the customer wrote in this log reads as clearly frustrated (<see cref="FrustrationRecognizer"/>);
    /// null in a log stored before it was kept (then worked out from the entries when next needed).
    /// </summary>
    public bool? CustomerFrustrated { get; init; }

    /// <summary>Adds the turn's incoming message and everything the bot has said so far this turn.</summary>
    public static void Record(TurnContext turn, IEnumerable<Activity> sent, DateTimeOffset now)
    {
        var log = turn.State.Conversation.Get(Key) ?? new TranscriptLog();
        var frustrated = FrustratedSoFar(log);
        var incoming = turn.Activity;
        if (incoming.IsType(ActivityTypes.Message))
        {
            var said = Compact(incoming, incoming.From, RoleTypes.User, incoming.Timestamp ?? now);
            log.Activities.Add(said);
            frustrated = frustrated || IsFrustratedCustomer(said);
        }

        foreach (var activity in sent.Where(a => a.IsType(ActivityTypes.Message)))
        {
            log.Activities.Add(Compact(activity, incoming.Recipient, RoleTypes.Bot, now));
        }

        if (log.Activities.Count > MaxEntries)
        {
            // What left the log no longer counts (as when every message was read again each time): the rest is read
            // again only when a message that leaves was the frustrated one.
            var excess = log.Activities.Count - MaxEntries;
            var leaving = log.Activities.Take(excess).Any(IsFrustratedCustomer);
            log.Activities.RemoveOldest(excess);
            frustrated = leaving ? log.Activities.Any(IsFrustratedCustomer) : frustrated;
        }

        turn.State.Conversation.Set(Key, log with { CustomerFrustrated = frustrated });
    }

    /// <summary>
    /// Whether the customer's words during this closing show clear frustration (a complaint, abuse, shouting): the
    /// same as reading every one of <see cref="CustomerWords"/>, with only this turn's message read now.
    /// </summary>
    public static bool CustomerFrustratedSoFar(TurnContext turn) =>
        (turn.State.Conversation.Get(Key) is { } log && FrustratedSoFar(log))
        || (turn.Activity.IsType(ActivityTypes.Message) && turn.Text.Length > 0 && FrustrationRecognizer.Analyze(turn.Text, null).ShouldOfferHuman);

    private static bool FrustratedSoFar(TranscriptLog log) => log.CustomerFrustrated ?? log.Activities.Any(IsFrustratedCustomer);

    /// <summary>A message of the customer's in the log (as <see cref="CustomerWords"/> reads it) that reads as frustrated.</summary>
    private static bool IsFrustratedCustomer(Activity logged) =>
        logged.From?.Role == RoleTypes.User && !string.IsNullOrWhiteSpace(logged.Text) && FrustrationRecognizer.Analyze(logged.Text, null).ShouldOfferHuman;

    /// <summary>What the customer wrote to us, oldest first, this turn included.</summary>
    /// <remarks>Only who said each logged message and its text are read, not the whole entries (the recap's card among them).</remarks>
    public static IEnumerable<string> CustomerWords(TurnContext turn)
    {
        var logged = turn.State.Conversation.Get(Key)?.Activities.View(ClosingJsonContext.Default.ListLoggedWords, LoggedWords.Of) ?? [];
        foreach (var said in logged.Where(a => a.From?.Role == RoleTypes.User))
        {
            if (!string.IsNullOrWhiteSpace(said.Text))
            {
                yield return said.Text;
            }
        }

        if (turn.Activity.IsType(ActivityTypes.Message) && turn.Text.Length > 0)
        {
            yield return turn.Text;
        }
    }

    private static Activity Compact(Activity activity, ChannelAccount? from, string role, DateTimeOffset timestamp) => new()
    {
        Type = ActivityTypes.Message,
        Id = activity.Id,
        Timestamp = timestamp,
        From = new ChannelAccount { Id = from?.Id, Name = from?.Name, Role = role },
        Text = activity.Text ?? activity.Speak,
        Value = activity.Value,
        Attachments = activity.Attachments,
    };
}

/// <summary>A logged message as the customer's words are read from the log: who said it and what it said, nothing else.</summary>
public sealed record LoggedWords
{
    public LoggedSpeaker? From { get; init; }

    public string? Text { get; init; }

    public static LoggedWords Of(Activity logged) => new() { From = logged.From is { } from ? new LoggedSpeaker { Role = from.Role } : null, Text = logged.Text };
}

/// <summary>The role of whoever said a logged message.</summary>
public sealed record LoggedSpeaker
{
    public string? Role { get; init; }
}
