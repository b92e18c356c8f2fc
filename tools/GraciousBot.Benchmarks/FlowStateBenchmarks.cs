using BenchmarkDotNet.Attributes;
using GraciousBot.Closing;
using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Insights;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Benchmarks;

/// <summary>
/// <see cref="StateBenchmarks.ScopeTurn"/>'s state work as the closing flow does it: the flow's state read through its
/// stack entry (<c>Flow&lt;ClosingState&gt;.Persisted</c>, whose converter reads the state with the serializer, as
/// the app does), set back with the next step, the turn's message logged, and the document to store worked out.
/// <see cref="NextTurn"/> is a conversation's next turn in the same process (what it stored last is read back);
/// <see cref="FirstRead"/> the same with nothing kept from earlier turns (a restart, another instance's write, an erasure).
/// </summary>
[MemoryDiagnoser]
public class FlowStateBenchmarks
{
    private const string Key = "conversation/webchat/bench-flow";
    private string _document = string.Empty;
    private Activity _message = null!;

    [GlobalSetup]
    public void Setup()
    {
        RuntimeJson.AddTypeInfo(ClosingJsonContext.Default);
        _document = StateBenchmarks.StateDocument();
        _message = Activity.Message("No, that's all") with { From = new ChannelAccount { Id = "user-1", Role = RoleTypes.User } };
    }

    [Benchmark(Baseline = true)]
    public int NextTurn() => Turn();

    [Benchmark]
    public int FirstRead()
    {
        StoredJsonValues.Forget();
        return Turn();
    }

    private int Turn()
    {
        var scope = new StateScope(Key, _document, "1");
        var stack = scope.Get(DialogRunner.StackKey)!;
        var root = stack.Entries[0];
        var run = root.State!.Read<Flow<ClosingState>.Persisted>()!;
        var state = run.Data! with { Resolution = "resolved" };
        stack.Entries[0] = root with { State = DialogState.Of(new Flow<ClosingState>.Persisted("offer-open-items", state)) };
        scope.Set(DialogRunner.StackKey, stack);
        var log = scope.Get(TranscriptLog.Key)!;
        log.Activities.Add(_message);
        scope.Set(TranscriptLog.Key, log);
        _ = scope.Get(ClosingTally.Key);
        return scope.Pending()?.Json?.Length ?? 0;
    }
}
