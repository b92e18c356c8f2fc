using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.State;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Tests.State;

/// <summary>
/// A value written anew is kept with the bytes written (like one read): the next turn, reading those bytes back, gets
/// that value; a prompt's options, written when it asks, are what the turn that answers reads.
/// </summary>
/// <remarks>Alone: an erasure anywhere else in the run (a deleteUserData turn) empties the values kept.</remarks>
[Collection(nameof(StoredJsonValueConverterTests))]
public sealed class StoredJsonValueWrittenTests
{
    private static readonly StateKey<StoredJsonValueConverterTests.Holder> Key = new("test.holder");

    [Fact]
    public void ValueWrittenAnew_ReadBackFromTheBytesWritten_IsThatValue()
    {
        var written = new StoredJsonValueConverterTests.Fixed("Written " + Guid.NewGuid().ToString("N"), ["x", "y"]);
        var scope = new StateScope("k-written", null, null);
        scope.Set(Key, new StoredJsonValueConverterTests.Holder { Fixed = written, Turn = 1 });
        var json = scope.Pending()!.Value.Json!;

        Assert.Equal("{\"test.holder\":{\"fixed\":{\"name\":\"" + written.Name + "\",\"words\":[\"x\",\"y\"]},\"turn\":1}}", json);
        Assert.Same(written, new StateScope("k-written", json, "1").Get(Key)!.Fixed);
    }

    [Fact]
    public void Erasure_ForgetsTheValuesWritten()
    {
        var written = new StoredJsonValueConverterTests.Fixed("Erased " + Guid.NewGuid().ToString("N"), ["x"]);
        var scope = new StateScope("k-erased", null, null);
        scope.Set(Key, new StoredJsonValueConverterTests.Holder { Fixed = written });
        var json = scope.Pending()!.Value.Json!;

        StoredJsonValues.Forget();

        var read = new StateScope("k-erased", json, "1").Get(Key)!.Fixed!;
        Assert.NotSame(written, read);
        Assert.Equal(written.Name, read.Name);
        Assert.Equal(["x"], read.Words);
    }

    [Fact]
    public void PromptsOptions_WrittenWhenAsked_AreWhatTheAnswerReads_AndStoredAsBefore()
    {
        var options = new PromptOptions
        {
            Prompt = Activity.Message("Rate us " + Guid.NewGuid().ToString("N")),
            Retries = [Activity.Message("Please, a number")],
            Choices = [new PromptChoice("5", "Five")],
        };
        var stack = new DialogStack { Entries = [new DialogInstance("rating", "1", DialogState.Of(new Prompt<int>.PromptState(options, 0)))] };
        var asked = new StateScope("k-prompt", null, null);
        asked.Set(DialogRunner.StackKey, stack);
        var json = asked.Pending()!.Value.Json!;

        var answered = new StateScope("k-prompt", json, "1");
        var state = answered.Get(DialogRunner.StackKey)!.Entries[0].State!.Read<Prompt<int>.PromptState>()!;

        Assert.Same(options, state.Options);
        StoredJsonValues.Forget();
        var cold = new StateScope("k-prompt-cold", json, "1").Get(DialogRunner.StackKey)!.Entries[0].State!.Read<Prompt<int>.PromptState>()!;
        Assert.NotSame(options, cold.Options);
        Assert.Equal(options.Prompt.Text, cold.Options.Prompt.Text);
        cold = cold with { Attempts = 1 };
        var retried = new StateScope("k-prompt-cold", json, "1");
        var retriedStack = retried.Get(DialogRunner.StackKey)!;
        retriedStack.Entries[0] = retriedStack.Entries[0] with { State = DialogState.Of(cold) };
        retried.Set(DialogRunner.StackKey, retriedStack);
        Assert.Equal(json.Replace("\"attempts\":0", "\"attempts\":1", StringComparison.Ordinal), retried.Pending()!.Value.Json);
    }
}
