using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

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
