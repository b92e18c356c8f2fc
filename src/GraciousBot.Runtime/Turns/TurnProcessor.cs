using System.Text.Json;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
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

    /// <summary>The turn ran under expectReplies; these are its replies, for the HTTP body.</summary>
    public sealed record Replies(IReadOnlyList<Activity> Activities, InvokeResponse? Invoke) : TurnOutcome;

    /// <summary>The activity was already processed; nothing was done again.</summary>
    public sealed record Duplicate : TurnOutcome;

    /// <summary>The state kept changing underneath the turn; nothing was applied, the sender may retry.</summary>
    public sealed record Conflicted : TurnOutcome;

    /// <summary>The turn was applied but its replies could not be delivered.</summary>
    public sealed record DeliveryFailed(string Reason) : TurnOutcome;
}

/// <summary>
/// Runs turns: one at a time per conversation in this process, with state loaded once and saved once, replies
/// delivered only after the state is safely stored. The storage-conflict policy lives here and nowhere else: reload
/// and re-run the turn once, then give up cleanly without applying anything.
/// </summary>
public sealed partial class TurnProcessor(
    IBot bot,
    IStateStore store,
    IConnectorClient connector,
    IServiceProvider services,
    TimeProvider timeProvider,
    ILogger<TurnProcessor> logger)
{
    /// <summary>How many recent activity ids conversation state remembers, so redeliveries are caught across instances.</summary>
    public const int RememberedActivityIds = 16;

    private static readonly StateKey<List<string>> ProcessedIds = new("runtime.processedActivityIds");

    private readonly KeyedLock _locks = new();
    private readonly RecentActivityIds _recent = new(timeProvider);

    public async Task<TurnOutcome> ProcessAsync(Activity incoming, TurnIdentity identity, CancellationToken cancellationToken)
    {
        // callerId is never trusted from the wire: it is what authentication proved, or nothing.
        var activity = incoming with { CallerId = identity.CallerId };
        var channelId = activity.ChannelId ?? string.Empty;
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var conversationKey = TurnState.ConversationKey(channelId, conversationId);

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = conversationId,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        });

        var dedupeKey = string.IsNullOrEmpty(activity.Id) ? null : conversationKey + "#" + activity.Id;
        if (dedupeKey is not null && !_recent.TryAdd(dedupeKey))
        {
            LogDuplicate(logger);
            return new TurnOutcome.Duplicate();
        }

        using var held = await _locks.AcquireAsync(conversationKey, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var state = await LoadAsync(activity, conversationKey, cancellationToken);
            if (activity.Id is { Length: > 0 } id && state.Conversation.Get(ProcessedIds) is { } processed && processed.Contains(id))
            {
                LogDuplicate(logger);
                return new TurnOutcome.Duplicate();
            }

            var turn = new TurnContext(activity, identity, state, services);
            WriteOutcome saved;
            try
            {
                await bot.OnTurnAsync(turn, cancellationToken);
                Remember(state.Conversation, activity.Id);
                saved = await SaveAsync(state, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogTurnFailed(logger, exception);
                turn = await RecoverAsync(activity, identity, conversationKey, exception, cancellationToken);
                return await DeliverAsync(turn, cancellationToken);
            }

            if (saved is WriteOutcome.Conflict conflict)
            {
                LogConflict(logger, conflict.Key, attempt);
                if (attempt < 2)
                {
                    continue;
                }

                if (dedupeKey is not null)
                {
                    _recent.Remove(dedupeKey);
                }

                return new TurnOutcome.Conflicted();
            }

            return await DeliverAsync(turn, cancellationToken);
        }
    }

    private async Task<TurnState> LoadAsync(Activity activity, string conversationKey, CancellationToken cancellationToken)
    {
        var userKey = activity.From?.Id is { Length: > 0 } userId ? TurnState.UserKey(activity.ChannelId ?? string.Empty, userId) : null;
        string[] keys = userKey is null ? [conversationKey] : [conversationKey, userKey];
        var items = await store.ReadAsync(keys, cancellationToken);

        StateScope Scope(string key) => items.TryGetValue(key, out var item) ? new StateScope(key, item.Json, item.ETag) : new StateScope(key, null, null);
        return new TurnState(Scope(conversationKey), userKey is null ? null : Scope(userKey));
    }

    private async Task<WriteOutcome> SaveAsync(TurnState state, CancellationToken cancellationToken)
    {
        var writes = new List<StateWrite>(2);
        foreach (var scope in new[] { state.Conversation, state.User })
        {
            if (scope?.Pending() is not { } pending || (pending.Delete && scope.ETag is null))
            {
                continue;
            }

            writes.Add(new StateWrite(scope.StorageKey, pending.Json, scope.ETag ?? (pending.Delete ? "*" : null)));
        }

        if (writes.Count == 0)
        {
            return new WriteOutcome.Written(new Dictionary<string, string?>());
        }

        var outcome = await store.WriteAsync(writes, cancellationToken);
        if (outcome is WriteOutcome.Written written)
        {
            foreach (var scope in new[] { state.Conversation, state.User })
            {
                if (scope is not null && written.ETags.TryGetValue(scope.StorageKey, out var etag))
                {
                    scope.Saved(etag);
                }
            }
        }

        return outcome;
    }

    private static void Remember(StateScope conversation, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return;
        }

        var ids = conversation.Get(ProcessedIds) ?? [];
        ids.Add(activityId);
        if (ids.Count > RememberedActivityIds)
        {
            ids.RemoveRange(0, ids.Count - RememberedActivityIds);
        }

        conversation.Set(ProcessedIds, ids);
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

    private async Task<TurnOutcome> DeliverAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.ExpectReplies)
        {
            // Like the reference SDKs, an invoke's answer rides along as an invokeResponse activity: a root bot's skill
            // dialog reads it from the buffered replies to answer its own invoke.
            var replies = turn.Outbox.Select(Stamp).ToList();
            if (turn.InvokeResponse is { } invoke)
            {
                replies.Add(new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(invoke, Wire.WireJsonContext.Default.InvokeResponse),
                });
            }

            return new TurnOutcome.Replies(replies, turn.InvokeResponse);
        }

        if (turn.Outbox.Count > 0)
        {
            var serviceUrl = turn.Activity.ServiceUrl;
            var conversationId = turn.Activity.Conversation?.Id;
            if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
            {
                return new TurnOutcome.DeliveryFailed("The activity has no serviceUrl to reply to.");
            }

            var target = new ConnectorTarget(serviceUrl, turn.Identity.CallerAppId);
            try
            {
                foreach (var reply in turn.Outbox)
                {
                    if (string.IsNullOrEmpty(reply.ReplyToId))
                    {
                        await connector.SendToConversationAsync(target, conversationId, reply, cancellationToken);
                    }
                    else
                    {
                        await connector.ReplyToActivityAsync(target, conversationId, reply.ReplyToId, reply, cancellationToken);
                    }
                }
            }
            catch (Exception failure) when (failure is ConnectorException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
            {
                LogDeliveryFailed(logger, failure);
                return new TurnOutcome.DeliveryFailed(failure is ConnectorException c ? $"The connector answered {(int)c.Status}." : "The connector could not be reached.");
            }
        }

        return new TurnOutcome.Done(turn.InvokeResponse);
    }

    /// <summary>Activities returned in an HTTP body carry a timestamp from our one clock.</summary>
    private Activity Stamp(Activity activity) => activity.Timestamp is null ? activity with { Timestamp = timeProvider.GetUtcNow() } : activity;

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Duplicate activity ignored")]
    private static partial void LogDuplicate(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Turn failed; apologising and clearing the conversation state")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Storage conflict on {Key} (attempt {Attempt})")]
    private static partial void LogConflict(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "The turn-error handler itself failed")]
    private static partial void LogErrorHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Replies could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception);
}
