using GraciousBot.Wire.Schema;

namespace GraciousBot.Wire.Connector;

/// <summary>
/// Who a connector call is for: the <c>serviceUrl</c> it goes to and, when replying to a calling bot rather than a
/// channel, that bot's app id (outgoing tokens are scoped to it).
/// </summary>
public sealed record ConnectorTarget(string ServiceUrl, string? CallerAppId = null);

/// <summary>The Connector REST API v3, as much of it as a skill uses.</summary>
public interface IConnectorClient
{
    /// <summary>POST /v3/conversations/{conversationId}/activities/{replyToId}.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST /v3/conversations/{conversationId}/activities.</summary>
    Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT /v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>DELETE /v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>POST /v3/conversations (a new conversation, for proactive 1:1 messages).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>GET /v3/conversations/{conversationId}/members.</summary>
    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(ConnectorTarget target, string conversationId, CancellationToken cancellationToken);
}

/// <summary>
/// The seam for outgoing authentication: the Authorization header value for a call, or null to send none
/// (anonymous local mode).
/// </summary>
public interface IConnectorCredentials
{
    ValueTask<string?> GetAuthorizationAsync(ConnectorTarget target, CancellationToken cancellationToken);
}

/// <summary>No header at all: the local, anonymous mode.</summary>
public sealed class AnonymousConnectorCredentials : IConnectorCredentials
{
    public static readonly AnonymousConnectorCredentials Instance = new();

    public ValueTask<string?> GetAuthorizationAsync(ConnectorTarget target, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
