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
/// Durable scheduled turns (follow-ups days later), kept in the state store so they survive restarts and are shared by
/// every instance. The queue is split over <see cref="Shards"/> documents by a stable hash of the turn's id, so
/// conversations scheduling at the same moment rarely touch the same document (one document for everyone made every
/// closing wait for, and conflict with, every other one: under load most inactivity timers were given up) and each
/// document stays small. ETags make sure each due turn is claimed by exactly one instance.
/// </summary>
public sealed partial class ScheduledTurns(IStateStore store, TimeProvider timeProvider, ILogger<ScheduledTurns> logger) : IErasureParticipant
{
    /// <summary>The single queue document of earlier versions: still read, claimed from and erased from, never added to.</summary>
    public const string StorageKey = "runtime/scheduledTurns";

    /// <summary>About this many turns wait at once; beyond it new ones are refused (and logged).</summary>
    public const int Capacity = 10_000;

    /// <summary>How many documents hold the queue.</summary>
    public const int Shards = 256;

    /// <summary>Turns one shard holds at most: its share of <see cref="Capacity"/> with room for an uneven spread.</summary>
    private const int ShardCapacity = Capacity * 3 / (2 * Shards);

    private const int MaxRetries = 8;

    /// <summary>Every document of the queue: the legacy one, then the shards.</summary>
    private static readonly string[] AllKeys = [StorageKey, .. Enumerable.Range(0, Shards).Select(ShardKey)];

    /// <summary>Adds a turn (replacing one with the same id, so a re-run turn cannot schedule twice).</summary>
    public async Task<bool> ScheduleAsync(ScheduledTurn turn, CancellationToken cancellationToken)
    {
        var key = ShardKey(Shard(turn.Id));
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            var (queue, etag) = (await ReadAsync([key], cancellationToken))[0];
            queue.Items.RemoveAll(t => t.Id == turn.Id);
            if (queue.Items.Count >= ShardCapacity)
            {
                LogQueueFull(logger);
                return false;
            }

            queue.Items.Add(turn);
            if (await WriteAsync(key, queue, etag, cancellationToken))
            {
                return true;
            }
        }

        LogContention(logger);
        return false;
    }

    /// <summary>
    /// The writes that apply a turn's <paramref name="changes"/> to the queue, read now, for that turn's own commit
    /// batch: each shard touched is rewritten with the ETag it was read with, so a shard changed meanwhile makes the
    /// batch conflict on that shard's key (see <see cref="IsQueueKey"/>) and the caller reads again and retries.
    /// Dropping touches only the shard (a turn still waiting in the legacy document fires into nothing and is harmless).
    /// Returns how many additions were refused because their shard was full.
    /// </summary>
    internal static async Task<(List<StateWrite> Writes, int Refused)> WritesForAsync(IStateStore store, IReadOnlyList<ScheduledChange> changes, CancellationToken cancellationToken)
    {
        var keys = changes.Select(c => ShardKey(Shard(c.Id))).Distinct(StringComparer.Ordinal).ToArray();
        var documents = await ReadAsync(store, keys, cancellationToken);
        var writes = new List<StateWrite>(keys.Length);
        var refused = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var (queue, etag) = documents[i];
            var changed = false;
            foreach (var change in changes.Where(c => ShardKey(Shard(c.Id)) == keys[i]))
            {
                changed |= queue.Items.RemoveAll(t => t.Id == change.Id) > 0;
                if (change.Turn is null)
                {
                    continue;
                }

                if (queue.Items.Count >= ShardCapacity)
                {
                    refused++;
                    continue;
                }

                queue.Items.Add(change.Turn);
                changed = true;
            }

            if (changed)
            {
                writes.Add(new StateWrite(keys[i], queue.Items.Count == 0 ? null : JsonSerializer.Serialize(queue, RuntimeJson.Options), etag));
            }
        }

        return (writes, refused);
    }

    /// <summary>Whether a key is one of the queue's documents (a conflict there is the queue's, not the turn's).</summary>
    internal static bool IsQueueKey(string key) => key.StartsWith(StorageKey, StringComparison.Ordinal);

    /// <summary>Takes the turns that are due; no other instance will get them.</summary>
    public async Task<IReadOnlyList<ScheduledTurn>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var claimed = new List<ScheduledTurn>();
        var documents = await ReadAsync(AllKeys, cancellationToken);
        for (var i = 0; i < AllKeys.Length; i++)
        {
            var (queue, etag) = documents[i];
            if (await TakeAsync(AllKeys[i], queue, etag, t => t.DueAt <= now, cancellationToken) is { } due)
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

        var removed = 0;
        var documents = await ReadAsync(AllKeys, cancellationToken);
        for (var i = 0; i < AllKeys.Length; i++)
        {
            var (queue, etag) = documents[i];
            removed += (await TakeAsync(AllKeys[i], queue, etag, Theirs, cancellationToken))?.Count
                ?? throw new StorageUnavailableException("The scheduled-turn queue kept changing; the erasure did not finish.");
        }

        return removed;
    }

    /// <summary>The turns waiting (for tests and diagnostics).</summary>
    public async Task<IReadOnlyList<ScheduledTurn>> PendingAsync(CancellationToken cancellationToken) =>
        [.. (await ReadAsync(AllKeys, cancellationToken)).SelectMany(d => d.Queue.Items)];

    /// <summary>
    /// Removes the turns <paramref name="which"/> picks from one document and returns them, reading it again after a
    /// conflict; null when it kept changing.
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
            if (await WriteAsync(key, queue, etag, cancellationToken))
            {
                return taken;
            }
        }

        return null;
    }

    private static string ShardKey(int shard) => $"{StorageKey}/{shard:D3}";

    /// <summary>FNV-1a over the id: the same shard in every process and every version (string hash codes are not).</summary>
    private static int Shard(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    /// <summary>The documents, in the order of <paramref name="keys"/>, in one read.</summary>
    private Task<(Queue Queue, string? ETag)[]> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        ReadAsync(store, keys, cancellationToken);

    private static async Task<(Queue Queue, string? ETag)[]> ReadAsync(IStateStore store, IReadOnlyList<string> keys, CancellationToken cancellationToken)
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

    private async Task<bool> WriteAsync(string key, Queue queue, string? etag, CancellationToken cancellationToken)
    {
        var json = queue.Items.Count == 0 ? null : JsonSerializer.Serialize(queue, RuntimeJson.Options);
        if (json is null && etag is null)
        {
            return true;
        }

        var outcome = await store.WriteAsync([new StateWrite(key, json, etag)], cancellationToken);
        return outcome is WriteOutcome.Written;
    }

    private sealed record Queue
    {
        public List<ScheduledTurn> Items { get; init; } = [];
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Scheduled-turn queue is full; a follow-up was not scheduled")]
    private static partial void LogQueueFull(ILogger logger);

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
