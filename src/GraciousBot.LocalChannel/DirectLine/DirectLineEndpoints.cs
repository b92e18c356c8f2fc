using System.Globalization;
using System.Net;
using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.LocalChannel;

/// <summary>
/// Direct Line 3.0 as <c>botframework-directlinejs</c> (bundled in Web Chat) uses it. Each answer is chosen for how
/// that client reacts: 403 means "token expired", 404 means "conversation ended", 429 is waited out, and any other
/// error on the polling route stops polling for good, so that route answers 200 whatever happens.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string CorsPolicy = "GraciousBot.DirectLine";

    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(DirectLineUrls.ApiPrefix).RequireCors(CorsPolicy).DisableAntiforgery();
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", Reconnect);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/activities", PollAsync);
        api.MapPost("/conversations/{conversationId}/upload", Upload);
        api.Map("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        return endpoints;
    }

    /// <summary>POST /tokens/generate: a conversation reserved for a token (started by the first POST /conversations).</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineStore store, ILogger<DirectLineStore> logger)
    {
        if (Throttle(http, store, logger) is { } refused)
        {
            return refused;
        }

        var body = await ReadStartRequestAsync(http);
        var (conversation, grant) = store.Create(body?.User, body?.Locale);
        return Results.Json(Info(conversation, grant, store, streamUrl: null), DirectLineJsonContext.Default.DirectLineConversationInfo);
    }

    /// <summary>POST /tokens/refresh: a new token for the same conversation (the old one lives until it expires).</summary>
    private static IResult RefreshToken(HttpContext http, DirectLineStore store, ILogger<DirectLineStore> logger)
    {
        if (store.Check(BearerToken(http.Request), null) is not TokenCheck.Valid valid)
        {
            return Error(logger, HttpStatusCode.Forbidden, "TokenInvalid", "The token is missing, not valid or expired.");
        }

        var grant = store.Issue(valid.Conversation);
        return Results.Json(Info(valid.Conversation, grant, store, streamUrl: null), DirectLineJsonContext.Default.DirectLineConversationInfo);
    }

    /// <summary>
    /// POST /conversations: starts the token's conversation (from /tokens/generate), or with no token at all a new one
    /// (this endpoint is local and anonymous, so it needs no secret). The bot gets its conversationUpdate.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineStore store, DirectLineBotBridge bridge, ILogger<DirectLineStore> logger)
    {
        var token = BearerToken(http.Request);
        var body = await ReadStartRequestAsync(http);
        DirectLineConversation conversation;
        TokenGrant grant;
        if (token is null)
        {
            if (Throttle(http, store, logger) is { } refused)
            {
                return refused;
            }

            (conversation, grant) = store.Create(body?.User, body?.Locale);
        }
        else
        {
            switch (store.Check(token, null))
            {
                case TokenCheck.Valid valid:
                    (conversation, grant) = (valid.Conversation, valid.Grant);
                    break;
                case TokenCheck.Forbidden forbidden:
                    return Error(logger, HttpStatusCode.Forbidden, forbidden.Code, forbidden.Reason);
                default:
                    return Error(logger, HttpStatusCode.NotFound, "ConversationNotFound", "The conversation does not exist.");
            }
        }

        // The user is the one the token was issued to (by /tokens/generate, or just above); a user named in this body
        // does not change it.
        var started = conversation.TryStart(body?.Locale);
        if (started)
        {
            // Not awaited: the client gets its conversation at once; the user's first activity queues behind this.
            _ = bridge.StartAsync(conversation, DirectLineUrls.ServiceUrl(http, store));
        }

        var info = Info(conversation, grant, store, DirectLineUrls.StreamUrl(http.Request, conversation.Id, grant.Token, null));
        return Results.Json(info, DirectLineJsonContext.Default.DirectLineConversationInfo, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>GET /conversations/{id}?watermark=: reconnect after a dropped stream; a fresh streamUrl.</summary>
    private static IResult Reconnect(HttpContext http, string conversationId, DirectLineStore store, ILogger<DirectLineStore> logger)
    {
        if (Authorize(http, conversationId, store, logger, out var valid) is { } refused)
        {
            return refused;
        }

        var watermark = DirectLineUrls.ParseWatermark(http.Request.Query["watermark"]);
        var streamUrl = DirectLineUrls.StreamUrl(http.Request, conversationId, valid.Grant.Token, watermark);
        return Results.Json(Info(valid.Conversation, valid.Grant, store, streamUrl), DirectLineJsonContext.Default.DirectLineConversationInfo);
    }

    /// <summary>
    /// POST /conversations/{id}/activities: the activity is echoed into the conversation first (server id, one clock,
    /// channelData.clientActivityID intact), then handed to the bot; the answer comes after the bot's turn.
    /// </summary>
    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineStore store, DirectLineBotBridge bridge, TimeProvider time, ILogger<DirectLineStore> logger)
    {
        if (Authorize(http, conversationId, store, logger, out var valid) is { } refused)
        {
            return refused;
        }

        var conversation = valid.Conversation;
        if (!conversation.Posts.TryTake(out var retryAfter))
        {
            return TooMany(http, logger, retryAfter);
        }

        var (posted, invalid) = await ReadActivityAsync(http, store, logger);
        if (posted is null)
        {
            return invalid!;
        }

        // The sender is who the token was issued to, whatever the client wrote in "from" (as the hosted Direct Line
        // does): nobody can post, and so erase or read, as another user.
        var appended = conversation.Append((id, stamp) => posted with
        {
            Id = id,
            Timestamp = stamp,
            ChannelId = store.Options.ChannelId,
            ServiceUrl = null,
            Conversation = ConversationAccount.Of(conversation.Id),
            From = conversation.User,
            Recipient = bridge.Bot,
            Locale = posted.Locale ?? conversation.Locale,
            CallerId = null,
        });

        switch (appended)
        {
            case AppendResult.TooLarge:
                return Error(logger, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", $"An activity may be at most {store.Options.MaxActivityChars} characters of JSON.");
            case AppendResult.Gone:
                return Error(logger, HttpStatusCode.NotFound, "ConversationNotFound", "The conversation has ended.");
        }

        var added = (AppendResult.Added)appended;
        var turn = bridge.DeliverAsync(conversation, added.Activity with { ServiceUrl = DirectLineUrls.ServiceUrl(http, store) });
        try
        {
            await turn.WaitAsync(store.Options.TurnTimeout, time, http.RequestAborted);
        }
        catch (TimeoutException)
        {
            DirectLineLog.TurnSlow(logger, conversation.Id, store.Options.TurnTimeout.TotalSeconds);
        }

        return Results.Json(new ResourceResponse(added.Stored.Id), WireJsonContext.Default.ResourceResponse);
    }

    /// <summary>
    /// GET /conversations/{id}/activities?watermark=: never a 5xx and never a 429, because directlinejs stops polling
    /// for good on any status but 403/404. A flooding poller is slowed down instead; a watermark we did not hand out
    /// reads from the start.
    /// </summary>
    private static async Task PollAsync(HttpContext http, string conversationId, DirectLineStore store, TimeProvider time, ILogger<DirectLineStore> logger)
    {
        var watermark = (long?)null;
        try
        {
            watermark = DirectLineUrls.ParseWatermark(http.Request.Query["watermark"]);
            if (Authorize(http, conversationId, store, logger, out var valid) is { } refused)
            {
                await refused.ExecuteAsync(http);
                return;
            }

            if (!valid.Conversation.Polls.TryTake(out var wait))
            {
                await Task.Delay(wait < TimeSpan.FromSeconds(2) ? wait : TimeSpan.FromSeconds(2), time, http.RequestAborted);
            }

            var (activities, next) = valid.Conversation.ReadAfter(watermark);
            await WriteActivitySetAsync(http, activities, next);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody reads an answer.
        }
        catch (Exception failure)
        {
            DirectLineLog.PollFailed(logger, failure);
            if (!http.Response.HasStarted)
            {
                http.Response.Clear();
                await WriteActivitySetAsync(http, [], watermark ?? 0);
            }
        }
    }

    /// <summary>POST /conversations/{id}/upload: attachments are not supported locally (the page hides the button).</summary>
    private static IResult Upload(ILogger<DirectLineStore> logger) =>
        Error(logger, HttpStatusCode.BadRequest, "NotSupported", "Uploading files is not supported by the local Direct Line.");

    /// <summary>{"activities": [...], "watermark": "N"}, written from the stored JSON without re-serializing it.</summary>
    internal static byte[] ActivitySet(IReadOnlyList<StoredActivity> activities, long watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static async Task WriteActivitySetAsync(HttpContext http, IReadOnlyList<StoredActivity> activities, long watermark)
    {
        var bytes = ActivitySet(activities, watermark);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    /// <summary>The token of the Authorization header, or null for none ("Bearer undefined" is what Web Chat sends then).</summary>
    internal static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header["Bearer ".Length..].Trim();
        return token is "" or "undefined" or "null" ? null : token;
    }

    /// <summary>Null when the call may go on (then <paramref name="valid"/> is set); otherwise the 403 or 404 answer.</summary>
    private static IResult? Authorize(HttpContext http, string conversationId, DirectLineStore store, ILogger logger, out TokenCheck.Valid valid)
    {
        valid = null!;
        switch (store.Check(BearerToken(http.Request), conversationId))
        {
            case TokenCheck.Valid ok:
                valid = ok;
                return null;
            case TokenCheck.Forbidden forbidden:
                return Error(logger, HttpStatusCode.Forbidden, forbidden.Code, forbidden.Reason);
            default:
                return Error(logger, HttpStatusCode.NotFound, "ConversationNotFound", "The conversation does not exist or has expired.");
        }
    }

    /// <summary>Conversation and token creation per client address: 429 with Retry-After when flooded.</summary>
    private static IResult? Throttle(HttpContext http, DirectLineStore store, ILogger logger)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "local";
        return store.StartLimiter(client).TryTake(out var retryAfter) ? null : TooMany(http, logger, retryAfter);
    }

    private static IResult TooMany(HttpContext http, ILogger logger, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Error(logger, HttpStatusCode.TooManyRequests, "TooManyRequests", $"Too many requests; retry after {seconds} s.");
    }

    internal static IResult Error(ILogger logger, HttpStatusCode status, string code, string message)
    {
        DirectLineLog.Refused(logger, (int)status, code);
        return Results.Json(new ErrorResponse(new ErrorDetail(code, message)), WireJsonContext.Default.ErrorResponse, statusCode: (int)status);
    }

    private static DirectLineConversationInfo Info(DirectLineConversation conversation, TokenGrant grant, DirectLineStore store, string? streamUrl) =>
        new(conversation.Id, grant.Token, (int)Math.Max(0, (grant.ExpiresAt - store.Now).TotalSeconds), streamUrl);

    private static async Task<DirectLineStartRequest?> ReadStartRequestAsync(HttpContext http)
    {
        var body = await ReadBodyAsync(http, 16 * 1024, http.RequestAborted);
        if (body is not { Length: > 0 })
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.DirectLineStartRequest);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The posted activity (read by the shared <see cref="ActivityReader"/>), or the error to answer with: 415 when the
    /// body is encoded, 413 when too large, 400 when not an activity with a type.
    /// </summary>
    internal static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpContext http, DirectLineStore store, ILogger logger)
    {
        var read = await ActivityReader.ReadAsync(http.Request.Body, http.Request.ContentLength, http.Request.Headers.ContentEncoding.ToString(), store.Options.MaxActivityChars * 4L, http.RequestAborted);
        return read switch
        {
            ActivityRead.Read ok => (ok.Activity, null),
            ActivityRead.Encoded encoded => (null, Error(logger, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", $"Activities are plain JSON; Content-Encoding '{encoded.Encoding}' is not accepted.")),
            ActivityRead.TooLarge => (null, Error(logger, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", "The activity is too large.")),
            _ => (null, Error(logger, HttpStatusCode.BadRequest, "BadArgument", "The body must be an activity with a type.")),
        };
    }

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    internal static async Task<byte[]?> ReadBodyAsync(HttpContext http, long limit, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
