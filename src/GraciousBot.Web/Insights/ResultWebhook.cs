using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraciousBot.Closing.Insights;
using Polly;
using Polly.Retry;

namespace GraciousBot.Web.Insights;

/// <summary>
/// POSTs the results no bot was there to receive (a channel talked to us directly) to <c>Closing:ResultWebhook</c>.
/// The turn only queues them; a background loop delivers, retrying with backoff (Polly), so the customer never waits.
/// Each POST is signed: <c>X-GraciousBot-Timestamp</c> (Unix seconds) and <c>X-GraciousBot-Signature: sha256=hex</c>, the
/// HMAC-SHA256 of "timestamp.body" with <c>Closing:ResultWebhookSecret</c>. A full queue drops the newest (logged).
/// </summary>
public sealed partial class ResultWebhook(IHttpClientFactory clients, EndingOptions options, TimeProvider time, ILogger<ResultWebhook> logger) : BackgroundService, IDirectResultSink
{
    public const string ClientName = "graciousbot-result-webhook";
    public const string SignatureHeader = "X-GraciousBot-Signature";
    public const string TimestampHeader = "X-GraciousBot-Timestamp";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<DirectResult> _queue = Channel.CreateBounded<DirectResult>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 5,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TaskCanceledException>(),
        })
        .Build();

    public void Enqueue(DirectResult result)
    {
        if (!_queue.Writer.TryWrite(result))
        {
            GraciousBotTelemetry.InsightsErrors.Add(1, new KeyValuePair<string, object?>("operation", "webhook.queue"));
            LogDropped(logger);
        }
    }

    /// <summary>The signature a receiver recomputes: HMAC-SHA256 of "timestamp.body", as "sha256=" + lower-case hex.</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var result in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (options.ResultWebhook is not { } url)
            {
                continue;
            }

            try
            {
                await _retry.ExecuteAsync(async ct => await PostAsync(url, result, ct), stoppingToken);
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                GraciousBotTelemetry.InsightsErrors.Add(1, new KeyValuePair<string, object?>("operation", "webhook.post"));
                LogFailed(logger, failure.GetType().Name);
            }
        }
    }

    private async Task PostAsync(Uri url, DirectResult result, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(result, Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Sign(options.ResultWebhookSecret ?? string.Empty, timestamp, body));
        using var client = clients.CreateClient(ClientName);
        client.Timeout = TimeSpan.FromSeconds(10);
        using var response = await client.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500 || (int)response.StatusCode == 429)
        {
            throw new HttpRequestException($"The result webhook answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            // A 4xx will not get better by retrying (wrong URL or secret): say so once.
            LogRejected(logger, (int)response.StatusCode);
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Result webhook queue is full; a result was not posted")]
    private static partial void LogDropped(ILogger logger);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Result webhook could not be reached after retries ({Error})")]
    private static partial void LogFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Result webhook refused a result with status {Status}")]
    private static partial void LogRejected(ILogger logger, int status);
}

/// <summary>Deletes outcome records older than <c>Insights:Retention</c>, at start and then daily.</summary>
public sealed partial class OutcomePurgeService(IOutcomeStore store, InsightsOptions options, TimeProvider time, ILogger<OutcomePurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            try
            {
                var purged = await store.PurgeAsync(time.GetUtcNow() - options.Retention, stoppingToken);
                if (purged > 0)
                {
                    LogPurged(logger, purged);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogPurgeFailed(logger, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Purged {Count} outcome record(s) past their retention")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Error, Message = "Purging outcome records failed")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
