using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Testing;

/// <summary>One request the capture server received.</summary>
/// <param name="Path">The raw request target, exactly as the bot escaped it.</param>
public sealed record CapturedRequest(string Method, string Path, string? Authorization, string Body, DateTimeOffset At)
{
    public Activity? Activity => Body.Length == 0 ? null : JsonSerializer.Deserialize(Body, WireJsonContext.Default.Activity);

    /// <summary>The request's headers, by case-insensitive name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>A canned answer: status, optional JSON body, optional Retry-After seconds.</summary>
public sealed record CannedResponse(HttpStatusCode Status, string? Body = null, int? RetryAfterSeconds = null);

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for a channel's connector (or a root bot's skill host): it records
/// exactly what the bot posts and answers as told (by default 200 with a fresh resource id).
/// </summary>
public sealed class CaptureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CannedResponse> _canned = new();
    private readonly List<CapturedRequest> _requests = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private int _ids;

    private CaptureServer(WebApplication app) => _app = app;

    /// <summary>The base URL, usable as an activity's serviceUrl (ends with '/').</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Activities posted to the connector routes, in arrival order.</summary>
    public IReadOnlyList<Activity> Activities => [.. Requests.Where(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal)).Select(r => r.Activity!)];

    public static async Task<CaptureServer> StartAsync(string pathPrefix = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CaptureServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServiceUrl = address.TrimEnd('/') + pathPrefix.TrimEnd('/') + "/";
        return server;
    }

    /// <summary>Answers the next requests with these responses, in order, before going back to 200.</summary>
    public void Enqueue(params CannedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _canned.Enqueue(response);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived.</summary>
    public async Task<IReadOnlyList<CapturedRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (Requests.Count < count)
        {
            await _arrived.WaitAsync(cts.Token);
        }

        return Requests;
    }

    public void Clear()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new CapturedRequest(context.Request.Method, context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString(), context.Request.Headers.Authorization.FirstOrDefault(), body, DateTimeOffset.UtcNow)
        {
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        };
        lock (_requests)
        {
            _requests.Add(request);
        }

        _arrived.Release();
        if (_canned.TryDequeue(out var canned))
        {
            context.Response.StatusCode = (int)canned.Status;
            if (canned.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (canned.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(canned.Body);
            }

            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"captured-{Interlocked.Increment(ref _ids)}\"}}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
