using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Wire;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraciousBot.Benchmarks;

/// <summary>Activity JSON both ways (source-generated), and the state document read and written once per turn.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly StateKey<List<string>> ProcessedIds = new("runtime.processedActivityIds");
    private byte[] _startEvent = [];
    private Activity _activity = null!;
    private string _stateDocument = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "closeConversation",
            Id = "act-1",
            ChannelId = "webchat",
            ServiceUrl = "http://127.0.0.1:9999/",
            From = new ChannelAccount { Id = "user-1", Name = "Dana Whitfield", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "graciousbot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = "conv-1" },
            Locale = "en-US",
            Value = Samples.Context,
        };
        _startEvent = JsonSerializer.SerializeToUtf8Bytes(_activity, WireJsonContext.Default.Activity);

        // A conversation document as it stands late in a closing: the closing context, the dialog stack, the ids.
        var scope = new StateScope("webchat/conversations/conv-1", null, null);
        scope.Set(ProcessedIds, [.. Enumerable.Range(0, 16).Select(i => $"act-conv-1-{i}")]);
        _stateDocument = scope.ToJson()[..^1] + ",\"closing\":" + Samples.RealisticContext + "}";
    }

    [Benchmark]
    public Activity? ReadStartEvent() => JsonSerializer.Deserialize(_startEvent, WireJsonContext.Default.Activity);

    [Benchmark]
    public byte[] WriteStartEvent() => JsonSerializer.SerializeToUtf8Bytes(_activity, WireJsonContext.Default.Activity);

    /// <summary>Load a document, read one slot, leave it unchanged: nothing to store.</summary>
    [Benchmark]
    public bool StateUnchanged()
    {
        var scope = new StateScope("k", _stateDocument, "1");
        _ = scope.Get(ProcessedIds);
        return scope.HasChanged;
    }

    /// <summary>Load a document, remember one more activity id, serialise it for storage.</summary>
    [Benchmark]
    public string? StateOneIdAdded()
    {
        var scope = new StateScope("k", _stateDocument, "1");
        var ids = scope.Get(ProcessedIds) ?? [];
        ids.Add("act-new");
        ids.RemoveAt(0);
        scope.Set(ProcessedIds, ids);
        return scope.Pending()?.Json;
    }
}

/// <summary>Reading the customer's message: the recognizers every closing answer goes through.</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private static readonly IReadOnlyList<Choice> OpenItems =
        [new("INC-1042", "Billing refund"), new("INC-1077", "Mobile data roaming"), new("none", "No, that's all", ["No"])];

    [Benchmark]
    public YesNo? YesNo() => YesNoRecognizer.Recognize("yes, thanks!", "en-US");

    [Benchmark]
    public Choice? OpenItemChoice() => ChoiceRecognizer.Recognize("No, that's all", OpenItems, "en-US");

    [Benchmark]
    public RatingRecognition Rating() => RatingRecognizer.Recognize("5", "en-US");

    [Benchmark]
    public Interruption? Interruption() => InterruptionRecognizer.Recognize("No, that's all", "en-US");

    [Benchmark]
    public FrustrationSignal Frustration() => FrustrationRecognizer.Analyze("I really need it fixed soon, we fly to Lisbon on Friday.", "en-US");
}

/// <summary>
/// One reply POST through the real <see cref="ConnectorClient"/> (Polly retry + attempt timeout, SocketsHttpHandler,
/// keep-alive) to a Kestrel stand-in for the connector on 127.0.0.1, as a turn in normal delivery makes one per reply.
/// <see cref="RequestActivity"/>: whether an Activity is current around the call, as ASP.NET Core's hosting started one
/// for every request while its diagnostics logger was on (HttpClient then starts a tagged child Activity and writes a
/// traceparent header); <see cref="ClientTimeout"/>: HttpClient's own 100 s timeout on top of the attempt timeout.
/// The connector's own work (Kestrel, on the same machine) is inside the time too: compare the ratio of the rows.
/// </summary>
[MemoryDiagnoser]
public class ConnectorBenchmarks
{
    private static readonly Activity Reply = new()
    {
        Type = ActivityTypes.Message,
        Text = "Thanks, Dana. To recap: we replaced the charging cable under warranty, and the refund of 12.40 EUR is on its way.",
        From = new ChannelAccount { Id = "graciousbot", Name = "GraciousBot", Role = RoleTypes.Bot },
        Recipient = new ChannelAccount { Id = "user-1", Name = "Dana Whitfield", Role = RoleTypes.User },
        Conversation = new ConversationAccount { Id = "conv-1" },
        ReplyToId = "act-1",
        Locale = "en-US",
        InputHint = InputHints.ExpectingInput,
    };

    private WebApplication _connector = null!;
    private HttpClient _http = null!;
    private ConnectorClient _client = null!;
    private ConnectorTarget _target = null!;

    [Params(true, false)]
    public bool RequestActivity { get; set; }

    [Params(true, false)]
    public bool ClientTimeout { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _connector = builder.Build();
        _connector.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", () => Results.Json(new ResourceResponse("reply-1"), WireJsonContext.Default.ResourceResponse));
        _connector.StartAsync().GetAwaiter().GetResult();
        var address = _connector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        if (!ClientTimeout)
        {
            _http.Timeout = Timeout.InfiniteTimeSpan;
        }

        _client = new ConnectorClient(_http, AnonymousConnectorCredentials.Instance, new ConnectorOptions(), NullLogger<ConnectorClient>.Instance);
        _target = new ConnectorTarget(address + "/");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _connector.StopAsync().GetAwaiter().GetResult();
        _connector.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// CPU time per reply (this process: client and stand-in connector together) for the four settings, alternating
    /// in batches of 400 replies; the median batch of each. Wall time says little on a shared machine, CPU time more.
    /// </summary>
    public static void CompareCpu(int rounds)
    {
        var ways = (from activity in new[] { true, false } from timeout in new[] { true, false } select new ConnectorBenchmarks { RequestActivity = activity, ClientTimeout = timeout }).ToArray();
        var times = ways.Select(_ => new List<double>()).ToArray();
        foreach (var way in ways)
        {
            way.Setup();
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var i = 0; i < 400; i++)
                {
                    ways[w].ReplyToActivity().GetAwaiter().GetResult();
                }

                process.Refresh();
                times[w].Add((process.TotalProcessorTime - before).TotalMicroseconds / 400);
            }
        }

        for (var w = 0; w < ways.Length; w++)
        {
            var sorted = times[w].Order().ToList();
            Console.WriteLine($"RequestActivity={ways[w].RequestActivity,-5} ClientTimeout={ways[w].ClientTimeout,-5} median {sorted[sorted.Count / 2]:F1} us CPU per reply (of {rounds} batches)");
            ways[w].Cleanup();
        }
    }

    [Benchmark]
    public async Task<string?> ReplyToActivity()
    {
        using var request = RequestActivity ? new System.Diagnostics.Activity("Microsoft.AspNetCore.Hosting.HttpRequestIn").Start() : null;
        var response = await _client.ReplyToActivityAsync(_target, "conv-1", "act-1", Reply, CancellationToken.None);
        return response.Id;
    }
}
