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

/// <summary>
/// Durable scheduled turns (follow-ups days later, inactivity checks), kept in the state store so they survive
/// restarts and are shared by every instance. The queue is split over <see cref="Shards"/> documents by the turn's id,
/// so concurrent closings rarely write the same document and each write is small; ETags make sure each due turn is
/// claimed by exactly one instance. A turn that is no longer needed is cancelled (<see cref="CancelAsync"/>), so the
/// queue holds what is still waiting, not every closing of the last minutes.
/// </summary>
public sealed partial class ScheduledTurns(IStateStore store, TimeProvider timeProvider, ILogger<ScheduledTurns> logger) : IErasureParticipant
{
    /// <summary>The first shard's key (also the key of the whole queue before it was split, so nothing waiting is lost).</summary>
    public const string StorageKey = "runtime/scheduledTurns";

    /// <summary>How many documents the queue is split over.</summary>
    public const int Shards = 16;

    /// <summary>At most this many turns wait at once; beyond it new ones are refused (and logged).</summary>
    public const int Capacity = 10_000;

    private const int MaxRetries = 8;

    private static readonly string[] Keys = [StorageKey, .. Enumerable.Range(1, Shards - 1).Select(i => $"{StorageKey}/{i}")];

    /// <summary>Adds a turn (replacing one with the same id, so a re-run turn cannot schedule twice).</summary>
    public async Task<bool> ScheduleAsync(ScheduledTurn turn, CancellationToken cancellationToken)
    {
        var key = KeyOf(turn.Id);
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            var (queue, etag) = await ReadAsync(key, cancellationToken);
            queue.Items.RemoveAll(t => t.Id == turn.Id);
            if (queue.Items.Count >= Capacity / Shards)
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

    /// <summary>Drops a waiting turn that is no longer needed; true when it was waiting.</summary>
    public async Task<bool> CancelAsync(string id, CancellationToken cancellationToken)
    {
        var key = KeyOf(id);
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            var (queue, etag) = await ReadAsync(key, cancellationToken);
            if (queue.Items.RemoveAll(t => t.Id == id) == 0)
            {
                return false;
            }

            if (await WriteAsync(key, queue, etag, cancellationToken))
            {
                return true;
            }
        }

        LogContention(logger);
        return false;
    }

    /// <summary>Takes the turns that are due; no other instance will get them.</summary>
    public async Task<IReadOnlyList<ScheduledTurn>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var claimed = new List<ScheduledTurn>();
        foreach (var key in Keys)
        {
            claimed.AddRange(await ClaimDueAsync(key, cancellationToken));
        }

        return claimed;
    }

    private async Task<IReadOnlyList<ScheduledTurn>> ClaimDueAsync(string key, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            var now = timeProvider.GetUtcNow();
            var (queue, etag) = await ReadAsync(key, cancellationToken);
            var due = queue.Items.Where(t => t.DueAt <= now).ToList();
            if (due.Count == 0)
            {
                return [];
            }

            queue.Items.RemoveAll(t => t.DueAt <= now);
            if (await WriteAsync(key, queue, etag, cancellationToken))
            {
                return due;
            }
        }

        LogContention(logger);
        return [];
    }

    string IErasureParticipant.Name => "scheduledTurns";

    /// <summary>Erasure: drops every turn waiting for this customer's conversations.</summary>
    async Task<int> IErasureParticipant.EraseAsync(ErasureSubject subject, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var key in Keys)
        {
            total += await EraseAsync(key, subject, cancellationToken);
        }

        return total;
    }

    private async Task<int> EraseAsync(string key, ErasureSubject subject, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            var (queue, etag) = await ReadAsync(key, cancellationToken);
            var removed = queue.Items.RemoveAll(t =>
                string.Equals(t.Reference.ChannelId, subject.ChannelId, StringComparison.Ordinal)
                && string.Equals(t.Reference.User?.Id, subject.UserId, StringComparison.Ordinal));
            if (removed == 0 || await WriteAsync(key, queue, etag, cancellationToken))
            {
                return removed;
            }
        }

        throw new StorageUnavailableException("The scheduled-turn queue kept changing; the erasure did not finish.");
    }

    /// <summary>The turns waiting, soonest first (for tests and diagnostics).</summary>
    public async Task<IReadOnlyList<ScheduledTurn>> PendingAsync(CancellationToken cancellationToken)
    {
        var items = await store.ReadAsync(Keys, cancellationToken);
        return [.. Keys.Where(items.ContainsKey).SelectMany(k => Parse(items[k].Json).Items).OrderBy(t => t.DueAt)];
    }

    /// <summary>The shard of a turn: a stable hash of its id (the same on every instance and after a restart), FNV-1a.</summary>
    private static string KeyOf(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Keys[hash % Shards];
    }

    private async Task<(Queue Queue, string? ETag)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await store.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? (Parse(item.Json), item.ETag) : (new Queue(), null);
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
