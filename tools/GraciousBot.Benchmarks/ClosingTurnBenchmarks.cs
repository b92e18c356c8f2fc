using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using GraciousBot.Closing;
using GraciousBot.Closing.Handoff;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Benchmarks;

/// <summary>
/// Three pieces of the closing's own work on every turn, each beside the way it was done before (the baselines), on
/// the realistic conversation document of <see cref="StateBenchmarks"/>: logging the turn in the closing's transcript
/// log (appended to its stored JSON, or read and written whole), the closing's mood asking whether the customer has
/// sounded frustrated (kept in the log, or every message read again), and a prompt's stored options (re-asks as words,
/// or as whole messages) written and read back.
/// </summary>
[MemoryDiagnoser]
public class ClosingTurnBenchmarks
{
    private string _document = string.Empty;
    private string _logDocument = string.Empty;
    private byte[] _storedEntries = [];
    private Activity _message = null!;
    private PromptOptions _worded = null!;
    private PromptOptions _messages = null!;

    [GlobalSetup]
    public void Setup()
    {
        RuntimeJson.AddTypeInfo(ClosingJsonContext.Default);
        // The fixture was stored before the log kept the customer's frustration: one turn logged keeps it, as in a closing now.
        var first = new StateScope("conversation/webchat/bench-1", StateBenchmarks.StateDocument(), "1");
        var message = Activity.Message("No, that's all") with { From = new ChannelAccount { Id = "user-1", Role = RoleTypes.User }, Recipient = new ChannelAccount { Id = "bot" } };
        TranscriptLog.Record(new TurnContext(message, TurnIdentity.Anonymous, new TurnState(first, null), EmptyServices.Instance), [], Samples.Now);
        _document = first.ToJson();
        using (var document = JsonDocument.Parse(_document))
        {
            var log = document.RootElement.GetProperty(TranscriptLog.Key.Name);
            _logDocument = $$"""{"{{TranscriptLog.Key.Name}}":{{log.GetRawText()}}}""";
            _storedEntries = JsonSerializer.SerializeToUtf8Bytes(log.GetProperty("activities"));
        }

        _message = message;
        (_worded, _messages) = RatingPrompt();
    }

    /// <summary>The turn's messages logged: the stored entries kept as bytes, the new ones appended.</summary>
    [Benchmark]
    public int LogAppended()
    {
        var log = new StateScope("conversation/webchat/bench-1", _logDocument, "1").Get(TranscriptLog.Key)!;
        log.Activities.Add(_message);
        log.Activities.Add(Activity.Message("Thanks!"));
        return JsonSerializer.SerializeToUtf8Bytes(log, Info<TranscriptLog>()).Length;
    }

    /// <summary>The same, the way it was: every entry read, the new ones added, all of them written again.</summary>
    [Benchmark(Baseline = true)]
    public int LogWhole()
    {
        var entries = JsonSerializer.Deserialize(_storedEntries, Info<List<Activity>>())!;
        entries.Add(_message);
        entries.Add(Activity.Message("Thanks!"));
        return JsonSerializer.SerializeToUtf8Bytes(entries, Info<List<Activity>>()).Length;
    }

    /// <summary>Whether the customer has sounded frustrated during the closing: kept in the log.</summary>
    [Benchmark]
    public bool FrustrationKept() => TranscriptLog.CustomerFrustratedSoFar(Turn());

    /// <summary>The same, the way it was: every message of the customer's in the log read again.</summary>
    [Benchmark]
    public bool FrustrationReadAgain()
    {
        var turn = Turn();
        return TranscriptLog.CustomerWords(turn).Any(t => FrustrationRecognizer.Analyze(t, "en").ShouldOfferHuman);
    }

    /// <summary>A rating prompt's state written and read back, its re-asks stored as words.</summary>
    [Benchmark]
    public int PromptWorded() => RoundTrip(_worded);

    /// <summary>The same with its re-asks and unsure retry stored as whole messages (as before).</summary>
    [Benchmark]
    public int PromptMessages() => RoundTrip(_messages);

    private static int RoundTrip(PromptOptions options)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new Prompt<int>.PromptState(options, 0), Info<Prompt<int>.PromptState>());
        return JsonSerializer.Deserialize(bytes, Info<Prompt<int>.PromptState>())!.Options.Choices!.Count + bytes.Length;
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)RuntimeJson.Options.GetTypeInfo(typeof(T));

    private TurnContext Turn() => new(_message, TurnIdentity.Anonymous, new TurnState(new StateScope("conversation/webchat/bench-1", _document, "1"), null), EmptyServices.Instance);

    /// <summary>A five-button rating question with three re-asks and an unsure retry, both ways.</summary>
    private static (PromptOptions Worded, PromptOptions Messages) RatingPrompt()
    {
        Activity Message(string text) => Activity.Message(text) with { TextFormat = TextFormats.Markdown, Locale = "en-US" };
        var choices = Enumerable.Range(1, 5).Select(n => new PromptChoice($"{n}", $"{n}")).ToList();
        string[] words = ["Sorry, how would you rate us from 1 to 5?", "Just a number from 1 (poor) to 5 (excellent), please.", "One more try: 1 to 5?"];
        const string unsure = "Sorry, I didn't quite get that. Which number fits best?";
        var prompt = ChoiceRenderer.WithChoices(Message("How did we do today? Please rate us from 1 (poor) to 5 (excellent)."), choices, ChannelIds.WebChat);
        var offTopic = new Dictionary<string, string> { ["offTopic.other"] = "I'm afraid I can't help with that here.", ["offTopic.refund"] = "I can't see refund timings from here." };
        var worded = new PromptOptions { Prompt = prompt, Choices = choices, RetryWords = [.. words], RetryWordsFor = new() { ["unsure"] = unsure }, RetryPrefixFor = offTopic, Expecting = Expecting.YesNo };
        var reasks = words.Select(w => ChoiceRenderer.WithChoices(Message(w), choices, ChannelIds.WebChat)).ToList();
        var messages = worded with { RetryWords = null, RetryWordsFor = null, Retries = reasks, RetryFor = new() { ["unsure"] = reasks[0] with { Text = unsure } } };
        return (worded, messages);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
