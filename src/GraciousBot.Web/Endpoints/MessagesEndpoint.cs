using GraciousBot.Runtime.Turns;
using GraciousBot.Wire;
using GraciousBot.Wire.Auth;
using GraciousBot.Wire.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace GraciousBot.Web.Endpoints;

/// <summary>POST /api/messages: where channels and root bots deliver activities.</summary>
public static partial class MessagesEndpoint
{
    /// <summary>The largest activity accepted (256 KB).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder endpoints)
    {
        // The logger is made once, not per request (a type name and a locked lookup in the factory each time).
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint));
        endpoints.MapPost(
            "/api/messages",
            (HttpContext http, TurnProcessor processor, IInboundAuthenticator authenticator, CancellationToken cancellationToken) => HandleAsync(http, processor, authenticator, logger, cancellationToken))
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, TurnProcessor processor, IInboundAuthenticator authenticator, ILogger logger, CancellationToken cancellationToken)
    {
        if (!IsJson(http.Request.ContentType))
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Activities must be sent as application/json.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var read = await ActivityReader.ReadAsync(http.Request.Body, http.Request.ContentLength, http.Request.Headers.ContentEncoding.ToString(), MaxBodyBytes, cancellationToken);
        var (activity, problem) = Check(read);
        if (activity is null)
        {
            return problem!;
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, cancellationToken);
        switch (auth)
        {
            case InboundAuthResult.Unauthenticated denied:
                LogRejected(logger, 401, denied.Reason);
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return Problems.Of(StatusCodes.Status401Unauthorized, "Unauthorized", denied.Reason);
            case InboundAuthResult.Unavailable unavailable:
                LogRejected(logger, 503, unavailable.Reason);
                http.Response.Headers.RetryAfter = "10";
                return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable", unavailable.Reason);
            case InboundAuthResult.Forbidden forbidden:
                LogRejected(logger, 403, forbidden.Reason);
                return Problems.Of(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Reason);
        }

        var accepted = (InboundAuthResult.Accepted)auth;
        TurnOutcome outcome;
        try
        {
            outcome = await processor.ProcessAsync(activity, new TurnIdentity(accepted.CallerAppId, accepted.CallerId), cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Infrastructure (storage) failed before the turn could run: nothing was applied, the sender may retry.
            LogInfrastructureFailure(logger, failure);
            return RetryLater(http, "Temporarily unavailable", "The bot's storage could not be reached; nothing was applied. Please retry.");
        }

        return outcome switch
        {
            TurnOutcome.Replies replies => Results.Bytes(ActivityJson.ToUtf8Bytes(new ExpectedReplies(replies.Activities)), JsonContentType),
            TurnOutcome.Done { Invoke: { } invoke } => InvokeResult(invoke),
            TurnOutcome.Done when activity.IsType(ActivityTypes.Invoke) => Results.StatusCode(StatusCodes.Status501NotImplemented),
            TurnOutcome.Duplicate { Invoke: { } invoke } => InvokeResult(invoke),
            TurnOutcome.Conflicted => RetryLater(http, "Busy", "The conversation changed while this activity was processed; nothing was applied. Please retry."),
            TurnOutcome.Unavailable unavailable => RetryLater(http, "Temporarily unavailable", unavailable.Reason),
            TurnOutcome.Refused refused => Problems.Of(StatusCodes.Status403Forbidden, "Forbidden", refused.Reason),
            TurnOutcome.DeliveryFailed failed => Problems.Of(StatusCodes.Status502BadGateway, "Replies not delivered", failed.Reason),
            _ => Results.Ok(),
        };
    }

    /// <summary>What <c>Results.Json</c> answers with, for the expectReplies body written by <see cref="ActivityJson"/>.</summary>
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Seconds a sender is asked to wait before retrying a turn that was not applied.</summary>
    public const int RetryAfterSeconds = 2;

    /// <summary>503 with Retry-After: nothing was applied, sending the same activity again is safe.</summary>
    private static IResult RetryLater(HttpContext http, string title, string detail)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status503ServiceUnavailable, title, detail);
    }

    private static IResult InvokeResult(InvokeResponse invoke) => invoke.Body is { } body
        ? Results.Json(body, WireJsonContext.Default.JsonElement, statusCode: invoke.Status)
        : Results.StatusCode(invoke.Status);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>The activity, or the problem to answer with: 415 for an encoded body, 413, or 400 naming the field that is wrong.</summary>
    internal static (Activity? Activity, IResult? Problem) Check(ActivityRead read)
    {
        Activity activity;
        switch (read)
        {
            case ActivityRead.Read ok:
                activity = ok.Activity;
                break;
            case ActivityRead.Encoded encoded:
                return (null, Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported content encoding", $"Activities must be sent as plain JSON; Content-Encoding '{encoded.Encoding}' is not accepted."));
            case ActivityRead.TooLarge:
                return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, "Activity too large", $"An activity may be at most {MaxBodyBytes / 1024} KB."));
            case ActivityRead.Malformed { Field: "type" }:
                return (null, Missing("type"));
            case ActivityRead.Malformed malformed:
                return (null, Problems.Of(StatusCodes.Status400BadRequest, "Malformed activity", malformed.Detail, malformed.Field));
            default:
                return (null, Problems.Of(StatusCodes.Status400BadRequest, "Malformed activity", "The body is not valid JSON for an activity."));
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, Missing("conversation.id"));
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!expectReplies)
        {
            if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            {
                return (null, Missing("serviceUrl"));
            }

            if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUri) || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
            {
                return (null, Problems.Of(StatusCodes.Status400BadRequest, "Malformed activity", "The field 'serviceUrl' must be an absolute http(s) URL.", "serviceUrl"));
            }
        }

        return (activity, null);
    }

    private static IResult Missing(string field) =>
        Problems.Of(StatusCodes.Status400BadRequest, "Malformed activity", $"The field '{field}' is required.", field);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Request rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "The turn could not run because of an infrastructure failure")]
    private static partial void LogInfrastructureFailure(ILogger logger, Exception exception);
}
