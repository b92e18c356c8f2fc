using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using GraciousBot.Closing;
using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Insights;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Benchmarks;

/// <summary>
/// The state work of one closing turn on a realistic conversation document (about 11 KB, captured from a whole
/// closing: the closing flow's state with its context and shared details, a prompt, the transcript log, the tally):
/// read the document, read the flow's state, set it back, log the turn's messages, and work out what to store.
/// <see cref="DomTurn"/> is the same work the way it was done before (a JSON DOM, the flow's state serialised to an
/// element and again with the stack, every slot read serialised again to compare, reflection metadata): the baseline.
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new(RuntimeJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Converters = { new CamelCaseEnumConverter() } };
    private string _document = string.Empty;
    private Activity _message = null!;

    [GlobalSetup]
    public void Setup()
    {
        RuntimeJson.AddTypeInfo(ClosingJsonContext.Default);
        _document = StateDocument();
        _message = Activity.Message("No, that's all") with { From = new ChannelAccount { Id = "user-1", Role = RoleTypes.User } };
    }

    /// <summary>The turn's state work with today's <see cref="StateScope"/> and typed dialog state.</summary>
    [Benchmark]
    public int ScopeTurn()
    {
        var scope = new StateScope("conversation/webchat/bench-1", _document, "1");
        var stack = scope.Get(DialogRunner.StackKey)!;
        var root = stack.Entries[0];
        var run = root.State!.Read<StoredRun>()!;
        stack.Entries[0] = root with { State = DialogState.Of(run with { Step = "offer-open-items", Data = run.Data with { Resolution = "resolved" } }) };
        scope.Set(DialogRunner.StackKey, stack);
        var log = scope.Get(TranscriptLog.Key)!;
        log.Activities.Add(_message);
        scope.Set(TranscriptLog.Key, log);
        _ = scope.Get(ClosingTally.Key);
        return scope.Pending()?.Json?.Length ?? 0;
    }

    /// <summary>A turn that reads the state and changes nothing (a redelivery, a typing indicator).</summary>
    [Benchmark]
    public bool ScopeUnchanged()
    {
        var scope = new StateScope("conversation/webchat/bench-1", _document, "1");
        _ = scope.Get(DialogRunner.StackKey)!.Entries[0].State!.Read<StoredRun>();
        _ = scope.Get(TranscriptLog.Key);
        return scope.HasChanged;
    }

    /// <summary>The same turn as <see cref="ScopeTurn"/>, done as before: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int DomTurn()
    {
        var document = JsonNode.Parse(_document) as JsonObject ?? [];
        var stack = document["runtime.dialogs"].Deserialize<DomStack>(Reflection)!;
        var root = stack.Entries[0];
        var persisted = root.State!.Value.Deserialize<DomPersisted>(Reflection)!;
        var state = persisted.Data!.Value.Deserialize<ClosingState>(Reflection)! with { Resolution = "resolved" };
        var data = JsonSerializer.SerializeToElement(state, Reflection);
        stack.Entries[0] = root with { State = JsonSerializer.SerializeToElement(new DomPersisted("offer-open-items", data), Reflection) };
        var log = document["closing.transcript"].Deserialize<TranscriptLog>(Reflection)!;
        log.Activities.Add(_message);
        var tally = document["closing.tally"].Deserialize<ClosingTally>(Reflection);
        document["runtime.dialogs"] = JsonSerializer.SerializeToNode(stack, Reflection);
        document["closing.transcript"] = JsonSerializer.SerializeToNode(log, Reflection);
        document["closing.tally"] = JsonSerializer.SerializeToNode(tally, Reflection);
        var json = document.ToJsonString();
        return string.Equals(json, _document, StringComparison.Ordinal) ? 0 : json.Length;
    }

    /// <summary>
    /// A conversation document from the stored-state fixture of the closing tests (after the third turn: the closing
    /// flow waiting on the rating prompt), found up the folder tree.
    /// </summary>
    internal static string StateDocument()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "tests", "GraciousBot.Closing.Tests", "State", "documents-before-source-generation.tsv");
            if (File.Exists(file))
            {
                var line = File.ReadLines(file).Where(l => l.StartsWith("conversation/", StringComparison.Ordinal)).ElementAt(2);
                return line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..];
            }
        }

        throw new FileNotFoundException("The stored-state fixture of the closing tests was not found above the benchmarks.");
    }

    /// <summary>The closing flow's entry on the stack, in its stored shape.</summary>
    private sealed record StoredRun(string Step, ClosingState Data);

    private sealed record DomPersisted(string Step, JsonElement? Data);

    private sealed record DomInstance(string DialogId, string Version, JsonElement? State);

    private sealed record DomStack
    {
        public List<DomInstance> Entries { get; init; } = [];
    }
}
