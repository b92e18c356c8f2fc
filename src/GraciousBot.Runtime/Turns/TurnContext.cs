using GraciousBot.Runtime.State;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Turns;

/// <summary>Who sent the turn, as proven by authentication (never taken from the activity itself).</summary>
/// <param name="CallerAppId">The calling bot's app id for a skill call; null for a channel or anonymous mode.</param>
/// <param name="CallerId">The value the runtime stamps into <c>callerId</c>, or null in anonymous mode.</param>
public sealed record TurnIdentity(string? CallerAppId, string? CallerId)
{
    public static readonly TurnIdentity Anonymous = new(null, null);

    /// <summary>
    /// The turn was created inside this process (a timer, a scheduled follow-up), never by a request: only such turns
    /// may carry <see cref="InternalEvents"/>. Nothing read from the wire sets it.
    /// </summary>
    public bool IsInternal { get; init; }

    public bool IsSkillCall => CallerAppId is not null;
}

/// <summary>
/// One turn: the incoming activity, its state, and the way back to the conversation. Everything the bot sends is
/// collected and delivered after the turn's state has been saved, so a turn that is re-run after a storage conflict
/// never sends twice.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _outbox = [];

    private readonly List<ScheduledChange> _scheduled = [];

    private List<Func<CancellationToken, Task>>? _besideCommit;

    public TurnContext(Activity activity, TurnIdentity identity, TurnState state, IServiceProvider services)
    {
        Activity = activity;
        Identity = identity;
        State = state;
        Services = services;
    }

    public Activity Activity { get; }

    public TurnIdentity Identity { get; }

    public TurnState State { get; }

    public IServiceProvider Services { get; }

    /// <summary>Activities sent so far this turn, in order.</summary>
    public IReadOnlyList<Activity> Outbox => _outbox;

    /// <summary>The answer to an invoke activity, set by its handler.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>The caller asked for every reply in the HTTP response instead of through the connector.</summary>
    public bool ExpectReplies => string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    public string ChannelId => Activity.ChannelId ?? string.Empty;

    /// <summary>The locale of the turn: the activity's, or empty when the channel sent none.</summary>
    public string Locale => Activity.Locale ?? string.Empty;

    /// <summary>What the user wrote, with the bot's @mention removed; empty for anything that is not text.</summary>
    public string Text => Activity.TextWithoutRecipientMention() ?? string.Empty;

    /// <summary>Queues an activity for the conversation, addressed as a reply to the incoming one.</summary>
    public void Send(Activity activity)
    {
        var addressed = activity.AsReplyTo(Activity);
        if (addressed.IsType(ActivityTypes.Trace) && !string.Equals(ChannelId, ChannelIds.Emulator, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        _outbox.Add(addressed);
    }

    /// <summary>Sends several activities, in order.</summary>
    public void Send(IEnumerable<Activity> activities)
    {
        foreach (var activity in activities)
        {
            Send(activity);
        }
    }

    /// <summary>Takes back queued activities that must not go out after all; returns how many.</summary>
    public int Withdraw(Func<Activity, bool> match) => _outbox.RemoveAll(a => match(a));

    /// <summary>
    /// Schedules a turn for later as part of this turn: it is stored in the turn's own commit (no write of its own),
    /// so it exists exactly when the turn was committed. The same id replaces a waiting turn.
    /// </summary>
    public void Schedule(ScheduledTurn turn) => _scheduled.Add(new ScheduledChange(turn.Id, turn));

    /// <summary>Drops a waiting scheduled turn as part of this turn's commit (nothing when none waits).</summary>
    public void CancelScheduled(string id) => _scheduled.Add(new ScheduledChange(id, null));

    /// <summary>The scheduled turns this turn adds or drops, in order, for its commit.</summary>
    internal IReadOnlyList<ScheduledChange> ScheduledChanges => _scheduled;

    /// <summary>
    /// Work that belongs with the turn but not in its state batch (a record in a table of its own): it is started just
    /// before the turn's commit is queued, so a store with one writer takes both in the same group commit, and the turn
    /// is answered only after both finished, without first waiting for a write of its own. The work handles its own
    /// failures; one that escapes is logged and does not undo the committed turn. A turn that is run again (a storage
    /// conflict) queues its work again.
    /// </summary>
    public void BesideCommit(Func<CancellationToken, Task> work) => (_besideCommit ??= []).Add(work);

    /// <summary>The work queued with <see cref="BesideCommit"/>, in order.</summary>
    internal IReadOnlyList<Func<CancellationToken, Task>> BesideCommitWork => _besideCommit ?? (IReadOnlyList<Func<CancellationToken, Task>>)[];

    /// <summary>Forgets what was queued (used when a turn is re-run after a storage conflict).</summary>
    internal void ClearOutbox() => _outbox.Clear();
}
