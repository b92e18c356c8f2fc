using System.Text.Json;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Wire.Auth;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Runtime.Turns;

/// <summary>A turn to deliver later: an event with this name and value, to this conversation, when it is due.</summary>
public sealed record ScheduledTurn(string Id, DateTimeOffset DueAt, ConversationReference Reference, string? CallerAppId, string EventName, JsonElement? Value)
{
    /// <summary>Scheduled at once when this turn's replies cannot be delivered (for example, an e-mail instead).</summary>
    public ScheduledTurn? Fallback { get; init; }
}

/// <summary>A scheduled turn a turn adds (<see cref="Turn"/> set) or drops (null), stored with that turn's commit.</summary>
internal sealed record ScheduledChange(string Id, ScheduledTurn? Turn);

/// <summary>
/// Durable scheduled turns (inactivity checks, follow-ups days later), kept in the state store so they survive restarts
/// and are shared by every instance: one document per turn, keyed by its id. Adding or dropping one is a single write
/// that reads nothing first, so a turn stores its timers in its own commit and conversations never contend for a shared
/// queue document. ETags make sure each due turn is claimed by exactly one instance.
/// </summary>
/// <remarks>
/// Earlier versions kept the queue in shared documents (one, then 256 shards); turns still waiting there are claimed,
/// listed and erased as before, and nothing is added to them any more.
/// </remarks>
public sealed partial class ScheduledTurns(IStateStore store, TimeProvider timeProvider, ILogger<ScheduledTurns> logger) : IErasureParticipant
{
    /// <summary>The single queue document of earlier versions: still read, claimed from and erased from, never added to.</summary>
    public const string StorageKey = "runtime/scheduledTurns";

    /// <summary>Every scheduled turn's document key starts with this.</summary>
    public const string Prefix = "runtime/scheduled/";

    /// <summary>The most waiting turns one claim (or listing, or erasure) reads; beyond it a warning is logged.</summary>
    public const int ScanLimit = 50_000;

    /// <summary>The most due turns one claim takes (the longest due first); the rest wait for the next claim.</summary>
    internal int ClaimLimit { get; init; } = ScanLimit;

    /// <summary>A scheduled turn's document outlives its due time by this much, then expires even if never claimed.</summary>
    private static readonly TimeSpan KeptAfterDue = TimeSpan.FromDays(7);

    private const int MaxRetries = 8;

    /// <summary>The shared documents of earlier versions: the single one, then its 256 shards.</summary>
    private static readonly string[] LegacyKeys = [StorageKey, .. Enumerable.Range(0, 256).Select(shard => $"{StorageKey}/{shard:D3}")];

    /// <summary>Adds a turn (replacing one with the same id, so a re-run turn cannot schedule twice).</summary>
    public async Task<bool> ScheduleAsync(ScheduledTurn turn, CancellationToken cancellationToken)
    {
        var outcome = await store.WriteAsync([Write(turn.Id, turn, timeProvider.GetUtcNow())], cancellationToken);
        return outcome is WriteOutcome.Written;
    }

    /// <summary>
    /// The writes that apply a turn's <paramref name="changes"/>, for that turn's own commit batch: one unconditional
    /// write per id (the last change to an id wins), read nothing first, so they never conflict.
    /// </summary>
    internal static IEnumerable<StateWrite> WritesFor(IReadOnlyList<ScheduledChange> changes, DateTimeOffset now)
    {
        var last = new Dictionary<string, ScheduledChange>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            last[change.Id] = change;
        }

        return last.Values.Select(change => Write(change.Id, change.Turn, now));
    }

    /// <summary>Takes the turns that are due; no other instance will get them.</summary>
    public async Task<IReadOnlyList<ScheduledTurn>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var claimed = new List<ScheduledTurn>();
        foreach (var (item, turn) in await DueAsync(now, cancellationToken))
        {
            if (turn is not null && turn.DueAt > now)
            {
                continue;
            }

            // The claim: whoever deletes it with the ETag it was read with delivers it; a conflict means another
            // instance claimed it (or it was scheduled again meanwhile, and waits for its new time).
            var taken = await store.WriteAsync([new StateWrite(item.Key, null, item.ETag)], cancellationToken);
            if (taken is WriteOutcome.Written && turn is not null)
            {
                claimed.Add(turn);
            }
        }

        var documents = await ReadLegacyAsync(cancellationToken);
        for (var i = 0; i < LegacyKeys.Length; i++)
        {
            var (queue, etag) = documents[i];
            if (await TakeAsync(LegacyKeys[i], queue, etag, t => t.DueAt <= now, cancellationToken) is { } due)
            {
                claimed.AddRange(due);
            }
            else
            {
                LogContention(logger);
            }
        }

        return claimed;
    }

    string IErasureParticipant.Name => "scheduledTurns";

    /// <summary>Erasure: drops every turn waiting for this customer's conversations.</summary>
    async Task<int> IErasureParticipant.EraseAsync(ErasureSubject subject, CancellationToken cancellationToken)
    {
        bool Theirs(ScheduledTurn t) =>
            string.Equals(t.Reference.ChannelId, subject.ChannelId, StringComparison.Ordinal)
            && string.Equals(t.Reference.User?.Id, subject.UserId, StringComparison.Ordinal);

        var theirs = (await ScanAsync(cancellationToken)).Where(p => p.Turn is { } turn && Theirs(turn)).Select(p => p.Item.Key).ToArray();
        var removed = theirs.Length == 0 ? 0 : await store.DeleteAsync(theirs, cancellationToken);
        var documents = await ReadLegacyAsync(cancellationToken);
        for (var i = 0; i < LegacyKeys.Length; i++)
        {
            var (queue, etag) = documents[i];
            removed += (await TakeAsync(LegacyKeys[i], queue, etag, Theirs, cancellationToken))?.Count
                ?? throw new StorageUnavailableException("The scheduled-turn queue kept changing; the erasure did not finish.");
        }

        return removed;
    }

    /// <summary>The turns waiting (for tests and diagnostics).</summary>
    public async Task<IReadOnlyList<ScheduledTurn>> PendingAsync(CancellationToken cancellationToken) =>
    [
        .. (await ScanAsync(cancellationToken)).Select(p => p.Turn).OfType<ScheduledTurn>(),
        .. (await ReadLegacyAsync(cancellationToken)).SelectMany(d => d.Queue.Items),
    ];

    private static string Key(string id) => Prefix + id;

    /// <summary>Stores <paramref name="turn"/> under its id, or drops what waits under it (null).</summary>
    private static StateWrite Write(string id, ScheduledTurn? turn, DateTimeOffset now) => turn is null
        ? new StateWrite(Key(id), null, "*")
        : new StateWrite(Key(id), JsonSerializer.Serialize(turn, RuntimeJson.Options), "*")
        {
            TimeToLive = (turn.DueAt > now ? turn.DueAt - now : TimeSpan.Zero) + KeptAfterDue,
        };

    /// <summary>
    /// The documents of the turns due at <paramref name="now"/>, the longest due first, at most <see cref="ClaimLimit"/>.
    /// A turn's document expires <see cref="KeptAfterDue"/> after its due time (see <see cref="Write"/>), so the store
    /// finds them by expiry and returns only those: the turns that still wait (a follow-up days away per closing adds up)
    /// are neither sent back nor parsed.
    /// </summary>
    private async Task<IReadOnlyList<(StoredItem Item, ScheduledTurn? Turn)>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await store.ScanExpiringAsync(Prefix, now + KeptAfterDue, ClaimLimit, cancellationToken);
        if (items.Count >= ClaimLimit)
        {
            LogManyDue(logger, ClaimLimit);
        }

        return [.. items.Select(item => (item, ParseTurn(item.Json)))];
    }

    /// <summary>Every waiting turn's document with the turn in it (null when it no longer reads: claimed to be dropped).</summary>
    private async Task<IReadOnlyList<(StoredItem Item, ScheduledTurn? Turn)>> ScanAsync(CancellationToken cancellationToken)
    {
        var items = await store.ScanAsync(Prefix, ScanLimit, cancellationToken);
        if (items.Count >= ScanLimit)
        {
            LogScanFull(logger, ScanLimit);
        }

        return [.. items.Select(item => (item, ParseTurn(item.Json)))];
    }

    private static ScheduledTurn? ParseTurn(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ScheduledTurn>(json, RuntimeJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Removes the turns <paramref name="which"/> picks from one legacy document and returns them, reading it again
    /// after a conflict; null when it kept changing.
    /// </summary>
    private async Task<List<ScheduledTurn>?> TakeAsync(string key, Queue queue, string? etag, Func<ScheduledTurn, bool> which, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            if (attempt > 0)
            {
                (queue, etag) = (await ReadAsync([key], cancellationToken))[0];
            }

            var taken = queue.Items.Where(which).ToList();
            if (taken.Count == 0)
            {
                return taken;
            }

            queue.Items.RemoveAll(t => which(t));
            var json = queue.Items.Count == 0 ? null : JsonSerializer.Serialize(queue, RuntimeJson.Options);
            if (await store.WriteAsync([new StateWrite(key, json, etag)], cancellationToken) is WriteOutcome.Written)
            {
                return taken;
            }
        }

        return null;
    }

    private Task<(Queue Queue, string? ETag)[]> ReadLegacyAsync(CancellationToken cancellationToken) => ReadAsync(LegacyKeys, cancellationToken);

    /// <summary>The legacy documents, in the order of <paramref name="keys"/>, in one read.</summary>
    private async Task<(Queue Queue, string? ETag)[]> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var items = await store.ReadAsync(keys.ToArray(), cancellationToken);
        return [.. keys.Select(key => items.TryGetValue(key, out var item) ? (Parse(item.Json), item.ETag) : (new Queue(), (string?)null))];
    }

    private static Queue Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Queue>(json, RuntimeJson.Options) ?? new Queue();
        }
        catch (JsonException)
        {
            return new Queue();
        }
    }

    private sealed record Queue
    {
        public List<ScheduledTurn> Items { get; init; } = [];
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "More than {Limit} scheduled turns are waiting; only the first {Limit} were read this time")]
    private static partial void LogScanFull(ILogger logger, int limit);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Warning, Message = "More than {Limit} scheduled turns are due at once; the longest due were taken, the rest wait for the next run")]
    private static partial void LogManyDue(ILogger logger, int limit);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Scheduled-turn queue kept changing; gave up this time")]
    private static partial void LogContention(ILogger logger);
}

/// <summary>Delivers due scheduled turns through the normal turn pipeline, on a timer.</summary>
/// <remarks>
/// A scheduled turn's serviceUrl came in on an authenticated request when it was scheduled (it is read back from our
/// own store), so it is trusted again before delivery: after a restart, or on another instance, the in-memory set of
/// trusted serviceUrls would not know it.
/// </remarks>
public sealed partial class ScheduledTurnRunner(ScheduledTurns queue, TurnProcessor processor, TrustedServiceUrls trusted, TimeProvider timeProvider, ILogger<ScheduledTurnRunner> logger)
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                await DeliverDueAsync(cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(logger, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>Claims and delivers everything due now; returns how many turns ran.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = await queue.ClaimDueAsync(cancellationToken);
        foreach (var turn in due)
        {
            var activity = turn.Reference.AsIncoming(Activity.Event(turn.EventName, turn.Value) with
            {
                Id = $"scheduled-{turn.Id}",
                Timestamp = timeProvider.GetUtcNow(),
            });
            if (!string.IsNullOrEmpty(turn.Reference.ServiceUrl))
            {
                trusted.Add(turn.Reference.ServiceUrl);
            }

            var identity = (turn.CallerAppId is null ? TurnIdentity.Anonymous : new TurnIdentity(turn.CallerAppId, Wire.Schema.CallerIdPrefixes.BotToBot + turn.CallerAppId)) with { IsInternal = true };
            var outcome = await processor.ProcessAsync(activity, identity, cancellationToken);
            if (outcome is TurnOutcome.DeliveryFailed failed)
            {
                LogNotDelivered(logger, failed.Reason);
                if (turn.Fallback is { } fallback)
                {
                    await queue.ScheduleAsync(fallback with { DueAt = timeProvider.GetUtcNow() }, cancellationToken);
                }
            }
        }

        return due.Count;
    }

    [LoggerMessage(EventId = 2203, Level = LogLevel.Error, Message = "Delivering scheduled turns failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "A scheduled turn could not be delivered: {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string reason);
}
