using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Activity = GraciousBot.Wire.Schema.Activity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Usage: graciousbot-load [--url http://127.0.0.1:3978] [--conversations 1,8,64,256] [--seconds 10]
//                        [--modes normal,expectReplies] [--scenario closing|help]
var options = LoadOptions.Parse(args);
await using var channel = await CaptureChannel.StartAsync();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

Console.WriteLine($"GraciousBot load: {options.Url}/api/messages, scenario '{options.Scenario}', {options.Seconds}s per run, capture channel {channel.ServiceUrl}");
Console.WriteLine($"{"mode",-14} {"convs",6} {"turns",8} {"turns/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}");
foreach (var mode in options.Modes)
{
    foreach (var conversations in options.Conversations)
    {
        var result = await Run(http, options, channel, mode, conversations);
        Console.WriteLine($"{mode,-14} {conversations,6} {result.Turns,8} {result.TurnsPerSecond,9:F1} {result.P(0.50),8:F1} {result.P(0.95),8:F1} {result.P(0.99),8:F1} {result.Errors,7}");
    }
}

static async Task<RunResult> Run(HttpClient http, LoadOptions options, CaptureChannel channel, string mode, int conversations)
{
    var latencies = new List<double>[conversations];
    var errors = 0;
    var runId = Guid.NewGuid().ToString("N")[..8];
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, conversations).Select(async index =>
    {
        var mine = latencies[index] = [];
        var conversationId = $"load-{runId}-{index}";
        var turn = 0;
        while (!stop.IsCancellationRequested)
        {
            var text = options.Scenario == "help" ? "help" : Script[turn % Script.Length];
            var activity = new Activity
            {
                Type = turn % Script.Length == 0 && options.Scenario == "closing" ? ActivityTypes.Event : ActivityTypes.Message,
                Name = turn % Script.Length == 0 && options.Scenario == "closing" ? "closeConversation" : null,
                Value = turn % Script.Length == 0 && options.Scenario == "closing" ? Context : null,
                Text = turn % Script.Length == 0 && options.Scenario == "closing" ? null : text,
                Id = $"{conversationId}-{turn}",
                ChannelId = "webchat",
                ServiceUrl = mode == DeliveryModes.ExpectReplies ? null : channel.ServiceUrl,
                DeliveryMode = mode == DeliveryModes.ExpectReplies ? DeliveryModes.ExpectReplies : null,
                From = new ChannelAccount { Id = $"user-{index}", Role = RoleTypes.User },
                Recipient = new ChannelAccount { Id = "graciousbot", Role = RoleTypes.Bot },
                Conversation = new ConversationAccount { Id = conversationId },
                Locale = "en-US",
            };
            var body = JsonSerializer.SerializeToUtf8Bytes(activity, WireJsonContext.Default.Activity);
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await http.PostAsync($"{options.Url}/api/messages", content, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
                else
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
            }

            turn++;
        }
    }).ToList();
    await Task.WhenAll(workers);
    var all = latencies.SelectMany(l => l).Order().ToArray();
    return new RunResult(all, errors, clock.Elapsed);
}

internal sealed record RunResult(double[] Latencies, int Errors, TimeSpan Elapsed)
{
    public int Turns => Latencies.Length;

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double P(double q) => Latencies.Length == 0 ? 0 : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(q * Latencies.Length) - 1)];
}

internal sealed record LoadOptions(string Url, int[] Conversations, int Seconds, string[] Modes, string Scenario)
{
    public static LoadOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        return new LoadOptions(
            Get("--url", "http://127.0.0.1:3978").TrimEnd('/'),
            [.. Get("--conversations", "1,8,64,256").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            int.Parse(Get("--seconds", "10"), CultureInfo.InvariantCulture),
            Get("--modes", "normal,expectReplies").Split(','),
            Get("--scenario", "closing"));
    }
}

/// <summary>Stands in for the channel's connector in normal delivery: accepts every reply with 200 and an id.</summary>
internal sealed class CaptureChannel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CaptureChannel(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public string ServiceUrl { get; }

    public static async Task<CaptureChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var id = 0L;
        app.Run(async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($"{{\"id\":\"{Interlocked.Increment(ref id)}\"}}", Encoding.UTF8);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CaptureChannel(app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal static partial class Program
{
    /// <summary>One closing, turn by turn: start, confirm, no other items, rate, skip the comment (the goodbye ends it).</summary>
    private static readonly string[] Script = ["<start>", "yes", "no", "5", "skip"];

    private static readonly JsonElement Context = JsonDocument.Parse("""
        {"customer":{"name":"Dana","locale":"en-US"},"case":{"title":"Router keeps dropping Wi-Fi"},
         "resolution":{"summary":"We updated the router firmware."},
         "nextSteps":[{"owner":"us","action":"ship a replacement adapter","due":"2026-11-27"}]}
        """).RootElement.Clone();
}
