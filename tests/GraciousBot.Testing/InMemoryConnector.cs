using System.Collections.Concurrent;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Testing;

/// <summary>A connector that keeps what the bot sends, per conversation, in arrival order (for transcript tests).</summary>
public sealed class InMemoryConnector : IConnectorClient
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Activity>> _sent = new(StringComparer.Ordinal);
    private int _ids;

    /// <summary>Takes everything sent to a conversation so far.</summary>
    public IReadOnlyList<Activity> Drain(string conversationId)
    {
        var queue = _sent.GetOrAdd(conversationId, _ => new ConcurrentQueue<Activity>());
        var drained = new List<Activity>();
        while (queue.TryDequeue(out var activity))
        {
            drained.Add(activity);
        }

        return drained;
    }

    public Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Record(conversationId, activity);

    public Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record(conversationId, activity);

    public Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(conversationId, activity);

    public Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse($"conv-{Interlocked.Increment(ref _ids)}", target.ServiceUrl, null));

    public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(ConnectorTarget target, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelAccount>>([]);

    private Task<ResourceResponse> Record(string conversationId, Activity activity)
    {
        var id = $"sent-{Interlocked.Increment(ref _ids)}";
        _sent.GetOrAdd(conversationId, _ => new ConcurrentQueue<Activity>()).Enqueue(activity with { Id = id });
        return Task.FromResult(new ResourceResponse(id));
    }
}
