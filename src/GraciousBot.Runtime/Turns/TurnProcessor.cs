using System.Text.Json;
using GraciousBot.Runtime.Privacy;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Wire.Auth;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Runtime.Turns;

/// <summary>What became of a turn, for the host to turn into an HTTP answer.</summary>
public abstract record TurnOutcome
{
    private TurnOutcome() { }

    /// <summary>The turn ran; replies went through the connector (or there were none).</summary>
    public sealed record Done(InvokeResponse? Invoke) : TurnOutcome;

    /// <summary>The turn ran (or ran before) under expectReplies; these are its replies, for the HTTP body.</summary>
    public sealed record Replies(IReadOnlyList<Activity> Activities, InvokeResponse? Invoke) : TurnOutcome;

    /// <summary>
    /// The activity was already applied; it was not applied again. Replies that had not been delivered yet were
    /// delivered now; <see cref="Invoke"/> is the answer it got the first time.
    /// </summary>
    public sealed record Duplicate(InvokeResponse? Invoke = null) : TurnOutcome;

    /// <summary>The state kept changing underneath the turn; nothing was applied, the sender may retry.</summary>
    public sealed record Conflicted : TurnOutcome;

    /// <summary>The turn was applied but its replies could not be delivered yet (they stay in the outbox and are retried).</summary>
    public sealed record DeliveryFailed(string Reason) : TurnOutcome;

    /// <summary>Storage could not be read or written; nothing was applied, the sender should retry.</summary>
    public sealed record Unavailable(string Reason) : TurnOutcome;

    /// <summary>The activity may not come from outside (an internal event); nothing ran.</summary>
    public sealed record Refused(string Reason) : TurnOutcome;
}

/// <summary>
/// Runs turns exactly once: one at a time per conversation in this process, with state loaded once and the turn
/// committed once, as one storage batch holding the new state, the turn's record (its activity id and replies) and
/// its outbox entry. Replies are delivered only after that commit and then marked sent; a redelivered activity whose
/// turn was committed gets the same replies again instead of running twice, and one whose turn was not committed runs
/// normally. Storage failures give <see cref="TurnOutcome.Unavailable"/> with nothing applied. The storage-conflict
/// policy lives here and nowhere else: reload and re-run the turn once, then give up cleanly without applying anything.
/// </summary>
public sealed partial class TurnProcessor(
    IBot bot,
    IStateStore store,
    IConnectorClient connector,
    IServiceProvider services,
    TimeProvider timeProvider,
    ILogger<TurnProcessor> logger,
    Erasure? erasure = null,
    TrustedServiceUrls? trustedServiceUrls = null)
{
    /// <summary>A committed turn's outbox is left to its own request this long before the retrier may take it.</summary>
    public static readonly TimeSpan DeliveryGrace = TimeSpan.FromSeconds(30);

    /// <summary>How many times undelivered replies are retried before they are given up (and logged).</summary>
    public const int MaxDeliveryAttempts = 12;

    private readonly KeyedLock _locks = new();

    /// <summary>Outbox entries whose replies went out and whose delete is on its way to the store.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _markingSent = new(StringComparer.Ordinal);

    /// <summary>This process, as the owner of the outbox entries it is delivering.</summary>
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public async Task<TurnOutcome> ProcessAsync(Activity incoming, TurnIdentity identity, CancellationToken cancellationToken)
    {
        // callerId is never trusted from the wire: it is what authentication proved, or nothing. Card numbers are
        // masked before anything can store or log them.
        var activity = IncomingMasking.MaskCardNumbers(incoming with { CallerId = identity.CallerId });
        var channelId = activity.ChannelId ?? string.Empty;
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var conversationKey = TurnState.ConversationKey(channelId, conversationId);

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = conversationId,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        });

        if (InternalEvents.IsInternal(activity) && !identity.IsInternal)
        {
            LogInternalEventRefused(logger);
            return new TurnOutcome.Refused("Events named 'graciousbot.*' are the bot's own and cannot be sent to it.");
        }

        // An activity without an id cannot be recognised when redelivered; its turn still gets a journal for its outbox.
        var keys = TurnJournalKeys.For(channelId, conversationId, activity.Id is { Length: > 0 } id ? id : "anonymous-" + Guid.NewGuid().ToString("N"));
        using var held = await _locks.AcquireAsync(conversationKey, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var run = await RunAsync(activity, identity, keys, conversationKey, cancellationToken);
            if (run is not Ran.ToCommit ran)
            {
                return ((Ran.Finished)run).Outcome;
            }

            // From here on the turn holds only what it stores and what it sends: its state, read and worked on, is
            // gone with RunAsync, and what it stores goes with the commit, so the many turns waiting for a commit or a
            // connector do not keep them alive.
            var record = ran.Record;
            WriteOutcome saved;
            try
            {
                saved = await CommitAsync(ran, cancellationToken);
            }
            catch (Exception failure) when (StorageFailures.Is(failure))
            {
                return Unavailable(failure);
            }

            if (saved is WriteOutcome.Conflict conflict)
            {
                LogConflict(logger, conflict.Key, attempt);
                if (attempt < 2)
                {
                    continue;
                }

                return new TurnOutcome.Conflicted();
            }

            if (await EraseWhenAskedAsync(activity, cancellationToken) is { } notErased)
            {
                return notErased;
            }

            return await DeliverAsync(record, HasOutbox(record) ? keys.Outbox : null, cancellationToken);
        }
    }

    /// <summary>Writes the turn's batch, and waits for the work beside it (also when the write failed).</summary>
    private async Task<WriteOutcome> CommitAsync(Ran.ToCommit ran, CancellationToken cancellationToken)
    {
        try
        {
            return ran.Writes.Count == 0 ? NothingWritten : await store.WriteAsync(ran.Writes, cancellationToken);
        }
        finally
        {
            await ran.Beside;
        }
    }

    /// <summary>One run of a turn, up to what it commits.</summary>
    private abstract record Ran
    {
        private Ran() { }

        /// <summary>The turn needs no commit of its own: a redelivery, storage down, or a failed run already answered.</summary>
        public sealed record Finished(TurnOutcome Outcome) : Ran;

        /// <summary>The batch to commit (state, record, outbox entry, timers), the record to deliver, and the work beside the commit.</summary>
        public sealed record ToCommit(List<StateWrite> Writes, TurnRecord Record, Task Beside) : Ran;
    }

    private static readonly WriteOutcome NothingWritten = new WriteOutcome.Written(new Dictionary<string, string?>());

    /// <summary>
    /// Loads the turn's state, runs the bot on it and serialises what it changed: the turn's context lives only in
    /// here (see <see cref="ProcessAsync"/>).
    /// </summary>
    private async Task<Ran> RunAsync(Activity activity, TurnIdentity identity, TurnJournalKeys keys, string conversationKey, CancellationToken cancellationToken)
    {
        Loaded loaded;
        try
        {
            loaded = await LoadAsync(activity, conversationKey, keys, cancellationToken);
        }
        catch (Exception failure) when (StorageFailures.Is(failure))
        {
            return new Ran.Finished(Unavailable(failure));
        }

        if (loaded.Committed is { } committed)
        {
            LogDuplicate(logger);
            return new Ran.Finished(await ReplayAsync(activity, committed, loaded.Undelivered, cancellationToken));
        }

        var turn = new TurnContext(activity, identity, loaded.State, services);
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception failure) when (StorageFailures.Is(failure))
        {
            return new Ran.Finished(Unavailable(failure));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, exception);
            turn = await RecoverAsync(activity, identity, conversationKey, exception, cancellationToken);
            return new Ran.Finished(await DeliverAsync(ToRecord(turn), outboxKey: null, cancellationToken));
        }

        var record = ToRecord(turn);
        return new Ran.ToCommit(WritesOf(turn, record, keys, conversationKey), record, BesideCommitAsync(turn, cancellationToken));
    }

    /// <summary>
    /// Delivers one outbox entry left behind (the process stopped, or the connector failed): claimed first, so only
    /// one instance sends it; on failure it is retried later with back-off. Returns whether the replies went out.
    /// </summary>
    public async Task<bool> DeliverPendingAsync(StoredItem entry, CancellationToken cancellationToken)
    {
        var pending = TurnJournalKeys.Parse<PendingDelivery>(entry);
        if (pending is not null && pending.NextAttemptAt > timeProvider.GetUtcNow())
        {
            return false;
        }

        using var held = pending is null ? null : await _locks.AcquireAsync(pending.ConversationKey, cancellationToken);
        return await ClaimAndDeliverAsync(entry, pending, record: null, cancellationToken) is TurnOutcome.Done;
    }

    /// <summary>
    /// Claims an outbox entry and sends its replies (the caller holds the conversation's lock). Null when it was not
    /// this caller's to send: another instance claimed it, or it was delivered meanwhile, or it was given up.
    /// </summary>
    private async Task<TurnOutcome?> ClaimAndDeliverAsync(StoredItem entry, PendingDelivery? pending, TurnRecord? record, CancellationToken cancellationToken)
    {
        if (_markingSent.ContainsKey(entry.Key))
        {
            // Sent by this process a moment ago; its delete is not stored yet.
            return null;
        }

        if (pending is null || pending.Attempts >= MaxDeliveryAttempts)
        {
            LogDeliveryGivenUp(logger, pending?.Attempts ?? 0);
            await store.WriteAsync([new StateWrite(entry.Key, null, entry.ETag)], cancellationToken);
            return null;
        }

        // The claim: whoever writes the next attempt first sends; another instance (or a redelivery that already
        // sent and deleted the entry) makes this write conflict.
        var claim = pending with { Attempts = pending.Attempts + 1, NextAttemptAt = timeProvider.GetUtcNow() + Backoff(pending.Attempts + 1), Owner = _instance };
        var claimed = await store.WriteAsync([StateWrite.OfUtf8(entry.Key, TurnJournalKeys.Serialize(claim), entry.ETag) with { TimeToLive = TurnJournalKeys.Lifetime }], cancellationToken);
        if (claimed is not WriteOutcome.Written)
        {
            return null;
        }

        if (record is null)
        {
            var items = await store.ReadAsync([pending.RecordKey], cancellationToken);
            record = TurnJournalKeys.Read<TurnRecord>(items, pending.RecordKey);
            if (record is null)
            {
                await store.DeleteAsync([entry.Key], cancellationToken);
                return null;
            }
        }

        if (record.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            // It came in on an authenticated request when the turn ran; after a restart the in-memory set forgot it.
            trustedServiceUrls?.Add(serviceUrl);
        }

        return await DeliverAsync(record, entry.Key, cancellationToken);
    }

    /// <summary>Exponential back-off with jitter: about 5 s, 10 s, 20 s … capped at 10 minutes.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(600, 5 * Math.Pow(2, Math.Min(attempt - 1, 10)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private sealed record Loaded(TurnState State, TurnRecord? Committed, StoredItem? Undelivered);

    /// <summary>The turn's state, and (in the same read) whether this activity's turn was already committed.</summary>
    private async Task<Loaded> LoadAsync(Activity activity, string conversationKey, TurnJournalKeys keys, CancellationToken cancellationToken)
    {
        var userKey = UserKey(activity);
        List<string> read = [conversationKey, keys.Record, keys.Outbox];
        if (userKey is not null)
        {
            read.Add(userKey);
        }

        var items = await store.ReadAsync(read, cancellationToken);

        StateScope Scope(string key) => items.TryGetValue(key, out var item) ? StateScope.FromUtf8(key, item.Utf8Json, item.ETag) : new StateScope(key, null, null);
        var state = new TurnState(Scope(conversationKey), userKey is null ? null : Scope(userKey));
        return new Loaded(state, TurnJournalKeys.Read<TurnRecord>(items, keys.Record), items.GetValueOrDefault(keys.Outbox));
    }

    private static string? UserKey(Activity activity) =>
        activity.From?.Id is { Length: > 0 } userId ? TurnState.UserKey(activity.ChannelId ?? string.Empty, userId) : null;

    /// <summary>What the turn answered, as it will be delivered (replies in the HTTP body carry our timestamp).</summary>
    private TurnRecord ToRecord(TurnContext turn) => new()
    {
        Replies = turn.ExpectReplies ? [.. turn.Outbox.Select(Stamp)] : [.. turn.Outbox],
        Invoke = turn.InvokeResponse,
        ExpectReplies = turn.ExpectReplies,
        ServiceUrl = turn.Activity.ServiceUrl,
        ConversationId = turn.Activity.Conversation?.Id,
        CallerAppId = turn.Identity.CallerAppId,
    };

    private static bool HasOutbox(TurnRecord record) => !record.ExpectReplies && record.Replies.Count > 0;

    /// <summary>
    /// The one place a turn's commit is made: its state changes, its record and its outbox entry, for one
    /// all-or-nothing batch, every document tagged with the customer it belongs to (for erasure). A turn that changed
    /// nothing and answered nothing writes nothing (running it again is harmless).
    /// </summary>
    private List<StateWrite> WritesOf(TurnContext turn, TurnRecord record, TurnJournalKeys keys, string conversationKey)
    {
        var state = turn.State;
        var subject = state.User?.StorageKey;
        var writes = new List<StateWrite>(4);
        foreach (var scope in new[] { state.Conversation, state.User })
        {
            if (scope?.Pending() is not { } pending || (pending.Delete && scope.ETag is null))
            {
                continue;
            }

            var expected = scope.ETag ?? (pending.Delete ? "*" : null);
            writes.Add(pending.Utf8 is { } document ? StateWrite.OfUtf8(scope.StorageKey, document, expected) with { Subject = subject } : new StateWrite(scope.StorageKey, null, expected) { Subject = subject });
        }

        if (writes.Count == 0 && record.Replies.Count == 0 && record.Invoke is null && turn.ScheduledChanges.Count == 0)
        {
            return writes;
        }

        // Created, never overwritten: if another instance committed this activity meanwhile, this is a conflict and
        // the re-run finds its record.
        writes.Add(StateWrite.OfUtf8(keys.Record, TurnJournalKeys.Serialize(record), null) with { Subject = subject, TimeToLive = TurnJournalKeys.Lifetime });
        if (HasOutbox(record))
        {
            var entry = new PendingDelivery(keys.Record, conversationKey, 0, timeProvider.GetUtcNow() + DeliveryGrace, _instance);
            writes.Add(StateWrite.OfUtf8(keys.Outbox, TurnJournalKeys.Serialize(entry), null) with { Subject = subject, TimeToLive = TurnJournalKeys.Lifetime });
        }

        // The scheduled turns it adds or drops go in the same batch (one document each, written without reading), so
        // a timer exists exactly when its turn was committed, without a write of its own.
        if (turn.ScheduledChanges.Count > 0)
        {
            writes.AddRange(ScheduledTurns.WritesFor(turn.ScheduledChanges, timeProvider.GetUtcNow()));
        }

        return writes;
    }

    /// <summary>A redelivered activity whose turn was committed: the same answer again, never a second run.</summary>
    private async Task<TurnOutcome> ReplayAsync(Activity activity, TurnRecord record, StoredItem? undelivered, CancellationToken cancellationToken)
    {
        if (await EraseWhenAskedAsync(activity, cancellationToken) is { } notErased)
        {
            return notErased;
        }

        if (record.ExpectReplies)
        {
            // The body was the only way the replies could travel, and the sender may never have received it.
            return await DeliverAsync(record, outboxKey: null, cancellationToken);
        }

        // Replies not delivered yet are sent now when this process committed them (it holds the lock, so its own
        // delivery is over and failed) or when their owner's time is up (it died). Otherwise another instance is
        // sending them right now; if it dies, the outbox retrier sends them after the grace.
        var pending = undelivered is null ? null : TurnJournalKeys.Parse<PendingDelivery>(undelivered);
        if (undelivered is not null && (pending is null || pending.Owner == _instance || pending.NextAttemptAt <= timeProvider.GetUtcNow())
            && await ClaimAndDeliverAsync(undelivered, pending, record, cancellationToken) is TurnOutcome.DeliveryFailed failed)
        {
            return failed;
        }

        return new TurnOutcome.Duplicate(record.Invoke);
    }

    /// <summary>
    /// <c>deleteUserData</c>: after the bot has cleared this conversation, every other trace of the customer goes too
    /// (idempotent, so a redelivery after a storage failure finishes the job). Null when done.
    /// </summary>
    private async Task<TurnOutcome?> EraseWhenAskedAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (erasure is null || !activity.IsType(ActivityTypes.DeleteUserData) || activity.From?.Id is not { Length: > 0 } userId)
        {
            return null;
        }

        try
        {
            await erasure.EraseAsync(new ErasureSubject(activity.ChannelId ?? string.Empty, userId), cancellationToken);
            return null;
        }
        catch (Exception failure) when (StorageFailures.Is(failure))
        {
            return Unavailable(failure);
        }
    }

    private TurnOutcome.Unavailable Unavailable(Exception failure)
    {
        LogStorageUnavailable(logger, failure.GetType().Name, failure.Message);
        return new TurnOutcome.Unavailable("The bot's storage could not be reached or refused the write; nothing was applied. Please retry.");
    }

    /// <summary>
    /// The turn failed: let the bot apologise and end, then clear the conversation's state so the error cannot loop.
    /// </summary>
    private async Task<TurnContext> RecoverAsync(Activity activity, TurnIdentity identity, string conversationKey, Exception exception, CancellationToken cancellationToken)
    {
        var fresh = new TurnState(new StateScope(conversationKey, null, null), null);
        var turn = new TurnContext(activity, identity, fresh, services);
        try
        {
            await bot.OnTurnErrorAsync(turn, exception, cancellationToken);
        }
        catch (Exception handlerFailure) when (handlerFailure is not OperationCanceledException)
        {
            LogErrorHandlerFailed(logger, handlerFailure);
            turn.ClearOutbox();
            turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error));
        }

        try
        {
            await store.DeleteAsync([conversationKey], cancellationToken);
        }
        catch (Exception storeFailure) when (storeFailure is not OperationCanceledException)
        {
            LogErrorHandlerFailed(logger, storeFailure);
        }

        return turn;
    }

    /// <summary>
    /// Sends a committed turn's replies: in the HTTP body for expectReplies, otherwise through the connector, after
    /// which its outbox entry is deleted (marked sent). A failure leaves the entry for <see cref="OutboxRetrier"/>.
    /// </summary>
    private async Task<TurnOutcome> DeliverAsync(TurnRecord record, string? outboxKey, CancellationToken cancellationToken)
    {
        if (record.ExpectReplies)
        {
            // Like the reference SDKs, an invoke's answer rides along as an invokeResponse activity: a root bot's skill
            // dialog reads it from the buffered replies to answer its own invoke.
            List<Activity> replies = [.. record.Replies];
            if (record.Invoke is { } invoke)
            {
                replies.Add(new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(invoke, Wire.WireJsonContext.Default.InvokeResponse),
                });
            }

            return new TurnOutcome.Replies(replies, record.Invoke);
        }

        if (record.Replies.Count > 0)
        {
            if (string.IsNullOrEmpty(record.ServiceUrl) || string.IsNullOrEmpty(record.ConversationId))
            {
                return new TurnOutcome.DeliveryFailed("The activity has no serviceUrl to reply to.");
            }

            var target = new ConnectorTarget(record.ServiceUrl, record.CallerAppId);
            try
            {
                foreach (var reply in record.Replies)
                {
                    if (string.IsNullOrEmpty(reply.ReplyToId))
                    {
                        await connector.SendToConversationAsync(target, record.ConversationId, reply, cancellationToken);
                    }
                    else
                    {
                        await connector.ReplyToActivityAsync(target, record.ConversationId, reply.ReplyToId, reply, cancellationToken);
                    }
                }
            }
            catch (Exception failure) when (failure is ConnectorException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
            {
                LogDeliveryFailed(logger, failure);
                return new TurnOutcome.DeliveryFailed(failure is ConnectorException c ? $"The connector answered {(int)c.Status}." : "The connector could not be reached.");
            }

            MarkSent(outboxKey);
        }

        return new TurnOutcome.Done(record.Invoke);
    }

    /// <summary>
    /// Marks the replies sent by deleting the outbox entry, without waiting for it to be durable: the delete goes to
    /// the store's writer and joins its next commit (with SQLite, the next group commit), and the turn is answered
    /// at once. A delete lost to a crash (or a failed one) only means <see cref="OutboxRetrier"/> sends the replies
    /// once more after the grace: delivery is at least once after a crash, never zero times. Until the delete is
    /// stored, this process remembers the entry as sent, so a redelivered activity does not send its replies again.
    /// </summary>
    private void MarkSent(string? outboxKey)
    {
        if (outboxKey is null || !_markingSent.TryAdd(outboxKey, 0))
        {
            return;
        }

        _ = DeleteSentAsync(outboxKey);
    }

    private async Task DeleteSentAsync(string outboxKey)
    {
        try
        {
            // Not the request's token: the answer is already on its way, and the delete must still happen.
            await store.DeleteAsync([outboxKey], CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            LogMarkSentFailed(logger, failure.GetType().Name, failure.Message);
        }
        finally
        {
            _markingSent.TryRemove(outboxKey, out _);
        }
    }

    /// <summary>
    /// Starts the work the turn queued beside its commit (<see cref="TurnContext.BesideCommit"/>) before the commit is
    /// queued, so that one writer takes both in the same group; the task never fails but when the turn is cancelled.
    /// </summary>
    private Task BesideCommitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var work = turn.BesideCommitWork;
        if (work.Count == 0)
        {
            return Task.CompletedTask;
        }

        var started = new Task[work.Count];
        for (var i = 0; i < work.Count; i++)
        {
            started[i] = RunBesideCommitAsync(work[i], cancellationToken);
        }

        return Task.WhenAll(started);
    }

    private async Task RunBesideCommitAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogBesideCommitFailed(logger, failure);
        }
    }

    /// <summary>Activities returned in an HTTP body carry a timestamp from our one clock.</summary>
    private Activity Stamp(Activity activity) => activity.Timestamp is null ? activity with { Timestamp = timeProvider.GetUtcNow() } : activity;

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Duplicate activity: its committed turn was not run again")]
    private static partial void LogDuplicate(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Turn failed; apologising and clearing the conversation state")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Storage conflict on {Key} (attempt {Attempt})")]
    private static partial void LogConflict(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "The turn-error handler itself failed")]
    private static partial void LogErrorHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Replies could not be delivered; they stay in the outbox and are retried")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception);

    /// <summary>One line per failure, no stack trace: during an outage every turn logs it.</summary>
    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Storage unavailable ({Failure}: {Detail}); nothing was applied and the sender is asked to retry")]
    private static partial void LogStorageUnavailable(ILogger logger, string failure, string detail);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "An internal event arrived from outside and was refused")]
    private static partial void LogInternalEventRefused(ILogger logger);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "A delivered turn's outbox entry could not be deleted ({Failure}: {Detail}); its replies may be sent once more")]
    private static partial void LogMarkSentFailed(ILogger logger, string failure, string detail);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "Work queued beside a turn's commit failed; the turn's own commit is not affected")]
    private static partial void LogBesideCommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Error, Message = "Undelivered replies given up after {Attempts} attempts")]
    private static partial void LogDeliveryGivenUp(ILogger logger, int attempts);
}
