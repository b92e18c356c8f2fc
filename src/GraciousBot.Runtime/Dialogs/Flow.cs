using GraciousBot.Runtime.Prompts;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Dialogs;

/// <summary>What a step decided.</summary>
public abstract record StepOutcome
{
    private StepOutcome() { }

    /// <summary>Go on to the next step in this turn.</summary>
    public static StepOutcome Next { get; } = new NextStep();

    /// <summary>A child dialog (a prompt) is waiting for the user; the step after this one receives its result.</summary>
    public static StepOutcome Waiting { get; } = new WaitingForChild();

    public static StepOutcome GoTo(string step) => new GoToStep(step);

    public static StepOutcome End(object? result) => new EndFlow(result);

    internal sealed record NextStep : StepOutcome;

    internal sealed record WaitingForChild : StepOutcome;

    internal sealed record GoToStep(string Step) : StepOutcome;

    internal sealed record EndFlow(object? Result) : StepOutcome;
}

/// <summary>One named step of a flow.</summary>
public sealed record FlowStep<TState>(string Name, Func<FlowStepContext<TState>, CancellationToken, Task<StepOutcome>> Run)
    where TState : class;

/// <summary>What a step sees: the turn, the flow's typed state, and the result of the prompt the previous step asked.</summary>
public sealed class FlowStepContext<TState>
    where TState : class
{
    private readonly Func<TState, CancellationToken, Task> _save;

    internal FlowStepContext(DialogContext dc, TState state, DialogResult? result, Func<TState, CancellationToken, Task> save)
    {
        Dialogs = dc;
        State = state;
        Result = result;
        _save = save;
    }

    public DialogContext Dialogs { get; }

    public TurnContext Turn => Dialogs.Turn;

    /// <summary>The flow's state; replace it (records: <c>step.State = step.State with { … }</c>).</summary>
    public TState State { get; set; }

    /// <summary>What the child dialog begun by the previous step returned; null when there was none.</summary>
    public DialogResult? Result { get; }

    /// <summary>The previous step's prompt answer as <typeparamref name="T"/>, or null when there was none.</summary>
    public PromptResult<T>? Answer<T>() => Result is DialogResult.Completed { Value: PromptResult<T> answer } ? answer : null;

    public void Send(Activity activity) => Turn.Send(activity);

    /// <summary>Begins a child dialog (usually a prompt); the next step receives its result.</summary>
    public async Task<StepOutcome> AskAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        await _save(State, cancellationToken);
        await Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);
        return StepOutcome.Waiting;
    }
}

/// <summary>
/// A conversation written as ordered, named steps that read top to bottom. Its state is one typed record. The
/// running step is stored by name, so a deploy that adds, removes or reorders steps resumes where it can, and where
/// it cannot (the step is gone, or the state no longer reads) restarts politely instead of failing.
/// </summary>
public abstract class Flow<TState> : IDialog
    where TState : class
{
    private string? _version;

    public abstract string Id { get; }

    /// <summary>Derived from the step names, so any change to the steps changes it.</summary>
    public string Version => _version ??= ComputeVersion();

    /// <summary>The steps, in order.</summary>
    protected abstract IReadOnlyList<FlowStep<TState>> Steps { get; }

    /// <summary>The state a new run starts with, from the options it was begun with.</summary>
    protected abstract TState Start(DialogContext dc, object? options);

    /// <summary>Says sorry and explains when a conversation started under an older version has to start again.</summary>
    protected virtual Task OnRestartAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called as the flow ends with a result (a step's end, or <see cref="EndWithAsync"/>), with its last state.</summary>
    protected virtual void OnEnding(DialogContext dc, TState state, object? result)
    {
    }

    /// <summary>Called when the flow is cancelled (by its parent or an interruption).</summary>
    protected virtual Task OnCancelAsync(DialogContext dc, TState state, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Shorthand for a step, so flows read as a list.</summary>
    protected static FlowStep<TState> Step(string name, Func<FlowStepContext<TState>, CancellationToken, Task<StepOutcome>> run) => new(name, run);

    public Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunAsync(dc, 0, Start(dc, options), null, cancellationToken);

    public async Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // The flow itself never waits for a message (its prompts do); a message reaching it means its child was lost.
        var (index, state, _) = await LocateAsync(dc, cancellationToken);
        return await RunAsync(dc, index, state, null, cancellationToken);
    }

    public async Task<DialogStatus> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        var (index, state, restarted) = await LocateAsync(dc, cancellationToken);
        return restarted
            ? await RunAsync(dc, 0, state, null, cancellationToken)
            : await RunAsync(dc, index + 1, state, result, cancellationToken);
    }

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Drops any running child and carries on from <paramref name="step"/> with changed state (for interruptions:
    /// "talk to a person" jumps to the handover, "start over" to the first step).
    /// </summary>
    protected async Task<DialogStatus> JumpToAsync(DialogContext dc, string step, Func<TState, TState> change, CancellationToken cancellationToken)
    {
        await dc.CancelChildrenAsync(cancellationToken);
        var state = Read(dc)?.Data ?? Start(dc, null);
        var index = IndexOf(step);
        if (index < 0)
        {
            throw new InvalidOperationException($"Flow '{Id}' has no step '{step}'.");
        }

        return await RunAsync(dc, index, change(state), null, cancellationToken);
    }

    /// <summary>Drops any running child and ends the flow with a result.</summary>
    protected async Task<DialogStatus> EndWithAsync(DialogContext dc, Func<TState, object?> result, CancellationToken cancellationToken)
    {
        await dc.CancelChildrenAsync(cancellationToken);
        var state = Read(dc)?.Data ?? Start(dc, null);
        var value = result(state);
        OnEnding(dc, state, value);
        return await dc.EndDialogAsync(DialogResult.Of(value), cancellationToken);
    }

    public async Task CancelAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (Read(dc) is { } persisted)
        {
            await OnCancelAsync(dc, persisted.Data, cancellationToken);
        }
    }

    private async Task<DialogStatus> RunAsync(DialogContext dc, int index, TState state, DialogResult? result, CancellationToken cancellationToken)
    {
        var steps = Steps;
        while (index < steps.Count)
        {
            var step = steps[index];
            dc.SetState(new Persisted(step.Name, state));
            var context = new FlowStepContext<TState>(dc, state, result, (s, _) =>
            {
                dc.SetState(new Persisted(step.Name, s));
                return Task.CompletedTask;
            });

            var outcome = await step.Run(context, cancellationToken);
            switch (outcome)
            {
                case StepOutcome.WaitingForChild:
                    return DialogStatus.Waiting;
                case StepOutcome.EndFlow end:
                    OnEnding(dc, context.State, end.Result);
                    return await dc.EndDialogAsync(DialogResult.Of(end.Result), cancellationToken);
                case StepOutcome.GoToStep goTo:
                    var target = IndexOf(goTo.Step);
                    if (target < 0)
                    {
                        throw new InvalidOperationException($"Flow '{Id}' has no step '{goTo.Step}'.");
                    }

                    index = target;
                    break;
                default:
                    index++;
                    break;
            }

            state = context.State;
            result = null;
        }

        return await dc.EndDialogAsync(DialogResult.Of(null), cancellationToken);
    }

    /// <summary>Where a stored run is, in today's steps; restarts politely when that cannot be known.</summary>
    private async Task<(int Index, TState State, bool Restarted)> LocateAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var persisted = Read(dc);
        var index = persisted is null ? -1 : IndexOf(persisted.Step);
        if (persisted is not null && index >= 0)
        {
            return (index, persisted.Data, false);
        }

        await OnRestartAsync(dc, cancellationToken);
        return (0, persisted?.Data ?? Start(dc, null), true);
    }

    /// <summary>The stored run; null when there is none or its state no longer reads as <typeparamref name="TState"/>.</summary>
    private Stored? Read(DialogContext dc) =>
        dc.GetState<Persisted>() is { Data: { } data } persisted ? new Stored(persisted.Step, data) : null;

    private int IndexOf(string name)
    {
        var steps = Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private string ComputeVersion()
    {
        var names = string.Join("|", Steps.Select(s => s.Name));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(names)))[..12].ToLowerInvariant();
    }

    /// <summary>The flow's entry on the stack: the running step's name and the state, serialised once when the stack is written.</summary>
    [JsonConverter(typeof(FlowEntryConverter))]
    internal sealed record Persisted(string Step, TState? Data);

    /// <summary>
    /// Writes the state as a value of its own, so that source-generated metadata for it is used whole (its fast
    /// path), not property by property under a reflected wrapper. Reads what the default shape was: step and data.
    /// </summary>
    internal sealed class PersistedConverter : JsonConverter<Persisted>
    {
        public override Persisted? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A flow's entry is an object.");
            }

            string? step = null;
            TState? data = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, "step", StringComparison.OrdinalIgnoreCase))
                {
                    step = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => throw new JsonException("A flow's step is a name."),
                    };
                }
                else if (string.Equals(name, "data", StringComparison.OrdinalIgnoreCase))
                {
                    data = JsonSerializer.Deserialize<TState>(ref reader, RuntimeJson.Options);
                }
                else
                {
                    reader.Skip();
                }
            }

            return new Persisted(step!, data);
        }

        public override void Write(Utf8JsonWriter writer, Persisted value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Step is { } step)
            {
                writer.WriteString("step", step);
            }

            if (value.Data is { } data)
            {
                writer.WritePropertyName("data");
                JsonSerializer.Serialize(writer, data, RuntimeJson.Options);
            }

            writer.WriteEndObject();
        }
    }

    private sealed record Stored(string Step, TState Data);
}

/// <summary>Makes the converter of a flow's stack entry (<c>Flow&lt;TState&gt;.Persisted</c>) for its state type.</summary>
internal sealed class FlowEntryConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Flow<>.Persisted);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Flow<>.PersistedConverter).MakeGenericType(typeToConvert.GetGenericArguments()));
}
