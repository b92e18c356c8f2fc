using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace GraciousBot.Wire.Connector;

/// <summary>
/// The Connector REST API v3 over a typed <see cref="HttpClient"/>. Retries 429 (honouring Retry-After), 412, 502,
/// 503, 504 and network failures with exponential back-off and jitter; any other failure surfaces as a
/// <see cref="ConnectorException"/> carrying the connector's own error code and message.
/// </summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly IConnectorCredentials _credentials;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ConnectorClient(HttpClient http, IConnectorCredentials credentials, ConnectorOptions options, ILogger<ConnectorClient> logger, TimeProvider? timeProvider = null)
    {
        _http = http;
        _credentials = credentials;
        _logger = logger;
        _pipeline = BuildPipeline(options, timeProvider ?? TimeProvider.System);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, target, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", ActivityJson.ToUtf8Bytes(activity), WireJsonContext.Default.ResourceResponse, "ReplyToActivity", cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, target, $"v3/conversations/{Escape(conversationId)}/activities", ActivityJson.ToUtf8Bytes(activity), WireJsonContext.Default.ResourceResponse, "SendToConversation", cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, target, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", ActivityJson.ToUtf8Bytes(activity), WireJsonContext.Default.ResourceResponse, "UpdateActivity", cancellationToken);

    public async Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(HttpMethod.Delete, target, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, "DeleteActivity", cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, target, "v3/conversations", JsonSerializer.SerializeToUtf8Bytes(parameters, WireJsonContext.Default.ConversationParameters), WireJsonContext.Default.ConversationResourceResponse, "CreateConversation", cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(ConnectorTarget target, string conversationId, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(HttpMethod.Get, target, $"v3/conversations/{Escape(conversationId)}/members", null, "GetConversationMembers", cancellationToken);
        return await ReadAsync(response, WireJsonContext.Default.IReadOnlyListChannelAccount, cancellationToken) ?? [];
    }

    /// <summary>The absolute URL of a connector path under a serviceUrl that may or may not end with '/'.</summary>
    public static Uri BuildUri(string serviceUrl, string relativePath) => new(string.Concat(serviceUrl.AsSpan().TrimEnd('/'), "/", relativePath), UriKind.Absolute);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    /// <summary>Sends a JSON body (activities written by <see cref="ActivityJson"/>, the fast way) and reads the answer.</summary>
    private async Task<TResponse> SendAsync<TResponse>(HttpMethod method, ConnectorTarget target, string path, byte[] content, JsonTypeInfo<TResponse> responseType, string operation, CancellationToken cancellationToken)
        where TResponse : class
    {
        using var response = await ExecuteAsync(method, target, path, content, operation, cancellationToken);
        return await ReadAsync(response, responseType, cancellationToken) ?? throw new ConnectorException(response.StatusCode, null, "The connector answered with an empty body.", operation);
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            // Some channels answer 200 with a non-JSON body; the send still succeeded.
            return null;
        }
    }

    private async Task<HttpResponseMessage> ExecuteAsync(HttpMethod method, ConnectorTarget target, string path, byte[]? content, string operation, CancellationToken cancellationToken)
    {
        var uri = BuildUri(target.ServiceUrl, path);
        var authorization = await _credentials.GetAuthorizationAsync(target, cancellationToken);

        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    using var request = new HttpRequestMessage(method, uri);
                    if (authorization is not null)
                    {
                        request.Headers.TryAddWithoutValidation("Authorization", authorization);
                    }

                    if (content is not null)
                    {
                        request.Content = new ByteArrayContent(content);
                        request.Content.Headers.ContentType = JsonMediaType;
                    }

                    return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ctx.CancellationToken);
                },
                context);

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var (code, message) = await ReadErrorAsync(response, cancellationToken);
                LogCallFailed(_logger, operation, (int)response.StatusCode, code);
                throw new ConnectorException(response.StatusCode, code, message, operation);
            }
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length > 0 && JsonSerializer.Deserialize(bytes, WireJsonContext.Default.ErrorResponse) is { Error: { } error })
            {
                return (error.Code, error.Message);
            }
        }
        catch (JsonException)
        {
        }

        return (null, response.ReasonPhrase);
    }

    internal static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(ConnectorOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutException>()
                    .Handle<Polly.Timeout.TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider, options.MaxDelay)),
                OnRetry = args =>
                {
                    LogRetrying(_logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode ?? 0, args.RetryDelay.TotalMilliseconds);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>The server's Retry-After (seconds or a date), capped; null lets the back-off decide.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow(),
            _ => null,
        };

        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Connector call {Operation} failed with {Status} ({ErrorCode})")]
    private static partial void LogCallFailed(ILogger logger, string operation, int status, string? errorCode);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Connector retry {Attempt} after status {Status}, waiting {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, int attempt, int status, double delayMs);
}
