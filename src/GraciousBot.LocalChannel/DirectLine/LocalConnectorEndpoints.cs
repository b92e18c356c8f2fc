using System.Net;
using System.Security.Cryptography;
using System.Text;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.LocalChannel;

/// <summary>
/// The bot side of the local Direct Line: the Connector API v3 routes the bot's <c>ConnectorClient</c> calls at the
/// serviceUrl we gave it. Replies are stamped (server id, one clock) and appended to the conversation, where the page
/// reads them. The path carries a per-process key, so nothing but our own bot can post as the bot.
/// </summary>
internal static class LocalConnectorEndpoints
{
    public static IEndpointRouteBuilder MapLocalConnector(this IEndpointRouteBuilder endpoints)
    {
        var activities = endpoints.MapGroup(DirectLineUrls.ConnectorPrefix + "/{key}/v3/conversations/{conversationId}/activities").DisableAntiforgery();
        activities.MapPost("", (HttpContext http, string key, string conversationId, DirectLineStore store, DirectLineBotBridge bridge, ILogger<DirectLineStore> logger) =>
            AppendAsync(http, key, conversationId, null, store, bridge, logger));
        activities.MapPost("/{replyToId}", (HttpContext http, string key, string conversationId, string replyToId, DirectLineStore store, DirectLineBotBridge bridge, ILogger<DirectLineStore> logger) =>
            AppendAsync(http, key, conversationId, replyToId, store, bridge, logger));
        activities.MapMethods("/{activityId}", ["PUT", "DELETE"], (string key, DirectLineStore store, ILogger<DirectLineStore> logger) =>
            KeyMatches(key, store)
                ? Error(logger, HttpStatusCode.NotImplemented, "NotImplemented", "Updating and deleting activities is not supported by the local Direct Line.")
                : Error(logger, HttpStatusCode.Unauthorized, "Unauthorized", "Unknown connector key."));
        return endpoints;
    }

    private static async Task<IResult> AppendAsync(HttpContext http, string key, string conversationId, string? replyToId, DirectLineStore store, DirectLineBotBridge bridge, ILogger logger)
    {
        if (!KeyMatches(key, store))
        {
            return Error(logger, HttpStatusCode.Unauthorized, "Unauthorized", "Unknown connector key.");
        }

        var conversation = store.Find(conversationId);
        if (conversation is null)
        {
            return Error(logger, HttpStatusCode.NotFound, "ConversationNotFound", "The conversation does not exist or has expired.");
        }

        var (sent, invalid) = await DirectLineEndpoints.ReadActivityAsync(http, store, logger);
        if (sent is null)
        {
            return invalid!;
        }

        var appended = conversation.Append((id, stamp) => sent with
        {
            Id = id,
            Timestamp = stamp,
            ChannelId = store.Options.ChannelId,
            ServiceUrl = null,
            Conversation = ConversationAccount.Of(conversation.Id),
            From = sent.From is { Id.Length: > 0 } from ? from : bridge.Bot,
            Recipient = sent.Recipient ?? conversation.User,
            ReplyToId = sent.ReplyToId ?? replyToId,
        });

        return appended switch
        {
            AppendResult.Added added => Results.Json(new ResourceResponse(added.Stored.Id), WireJsonContext.Default.ResourceResponse),
            AppendResult.TooLarge => Error(logger, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", $"An activity may be at most {store.Options.MaxActivityChars} characters of JSON."),
            _ => Error(logger, HttpStatusCode.NotFound, "ConversationNotFound", "The conversation has ended."),
        };
    }

    private static bool KeyMatches(string key, DirectLineStore store) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(store.ConnectorKey));

    private static IResult Error(ILogger logger, HttpStatusCode status, string code, string message) =>
        DirectLineEndpoints.Error(logger, status, code, message);
}
