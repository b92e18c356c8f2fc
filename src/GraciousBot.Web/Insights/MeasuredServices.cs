using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using T = GraciousBot.Closing.Insights.GraciousBotTelemetry;

namespace GraciousBot.Web.Insights;

/// <summary>The bot, timed per turn (graciousbot.turn.duration, tagged with the activity type and channel).</summary>
internal sealed class MeasuredBot(IBot inner) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var activity = T.Source.StartActivity("turn");
        activity?.SetTag("graciousbot.activity.type", turn.Activity.Type);
        activity?.SetTag("graciousbot.channel", turn.ChannelId);
        try
        {
            await inner.OnTurnAsync(turn, cancellationToken);
        }
        finally
        {
            T.TurnDuration.Record(
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("activity.type", turn.Activity.Type),
                new KeyValuePair<string, object?>("channel", turn.ChannelId));
        }
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => inner.OnTurnErrorAsync(turn, exception, cancellationToken);
}

/// <summary>
/// The state store, timed per call (graciousbot.storage.duration / .errors, by operation; while nothing listens a call
/// goes straight to the store: GraciousBotTelemetry.MeasureAsync).
/// </summary>
internal sealed class MeasuredStateStore(IStateStore inner) : IStateStore
{
    public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.read", () => inner.ReadAsync(keys, cancellationToken));

    public Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.write", () => inner.WriteAsync(writes, cancellationToken));

    public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.delete", () => inner.DeleteAsync(keys, cancellationToken));

    public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.scan", () => inner.ScanAsync(prefix, limit, cancellationToken));

    public Task<IReadOnlyList<StoredItem>> ScanExpiringAsync(string prefix, DateTimeOffset expiresBy, int limit, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.scan", () => inner.ScanExpiringAsync(prefix, expiresBy, limit, cancellationToken));

    public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.erase", () => inner.EraseSubjectAsync(subject, cancellationToken));

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.purge", () => inner.PurgeExpiredAsync(cancellationToken));

    public Task PingAsync(CancellationToken cancellationToken) =>
        T.MeasureAsync(T.StorageDuration, T.StorageErrors, "storage.ping", async () =>
        {
            await inner.PingAsync(cancellationToken);
            return true;
        });
}

/// <summary>The Connector API client, timed per call (graciousbot.connector.duration / .errors, by operation).</summary>
internal sealed class MeasuredConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.ConnectorDuration, T.ConnectorErrors, "connector.reply", () => inner.ReplyToActivityAsync(target, conversationId, replyToId, activity, cancellationToken));

    public Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.ConnectorDuration, T.ConnectorErrors, "connector.send", () => inner.SendToConversationAsync(target, conversationId, activity, cancellationToken));

    public Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.ConnectorDuration, T.ConnectorErrors, "connector.update", () => inner.UpdateActivityAsync(target, conversationId, activityId, activity, cancellationToken));

    public Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.ConnectorDuration, T.ConnectorErrors, "connector.delete", async () =>
        {
            await inner.DeleteActivityAsync(target, conversationId, activityId, cancellationToken);
            return true;
        });

    public Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.ConnectorDuration, T.ConnectorErrors, "connector.createConversation", () => inner.CreateConversationAsync(target, parameters, cancellationToken));

    public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(ConnectorTarget target, string conversationId, CancellationToken cancellationToken) =>
        T.MeasureAsync(T.ConnectorDuration, T.ConnectorErrors, "connector.members", () => inner.GetConversationMembersAsync(target, conversationId, cancellationToken));
}
