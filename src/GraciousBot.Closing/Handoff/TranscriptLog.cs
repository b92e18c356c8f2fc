using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing.Handoff;

/// <summary>
/// The skill's own part of the conversation (what the customer said to us and what we said), kept in conversation
/// state so a person taking over sees it. Bounded: the oldest entries go first.
/// </summary>
public sealed record TranscriptLog
{
    public static readonly StateKey<TranscriptLog> Key = new("closing.transcript");

    public const int MaxEntries = 200;

    public List<Activity> Activities { get; init; } = [];

    /// <summary>Adds the turn's incoming message and everything the bot has said so far this turn.</summary>
    public static void Record(TurnContext turn, IEnumerable<Activity> sent, DateTimeOffset now)
    {
        var log = turn.State.Conversation.Get(Key) ?? new TranscriptLog();
        var incoming = turn.Activity;
        if (incoming.IsType(ActivityTypes.Message))
        {
            log.Activities.Add(Compact(incoming, incoming.From, RoleTypes.User, incoming.Timestamp ?? now));
        }

        foreach (var activity in sent.Where(a => a.IsType(ActivityTypes.Message)))
        {
            log.Activities.Add(Compact(activity, incoming.Recipient, RoleTypes.Bot, now));
        }

        if (log.Activities.Count > MaxEntries)
        {
            log.Activities.RemoveRange(0, log.Activities.Count - MaxEntries);
        }

        turn.State.Conversation.Set(Key, log);
    }

    /// <summary>What the customer wrote to us, oldest first, this turn included.</summary>
    public static IEnumerable<string> CustomerWords(TurnContext turn)
    {
        var logged = turn.State.Conversation.Get(Key)?.Activities ?? [];
        foreach (var activity in logged.Where(a => a.From?.Role == RoleTypes.User))
        {
            if (!string.IsNullOrWhiteSpace(activity.Text))
            {
                yield return activity.Text;
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
