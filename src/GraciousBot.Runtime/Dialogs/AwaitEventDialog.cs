using System.Text.Json;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Dialogs;

/// <summary>What an <see cref="AwaitEventDialog"/> is waiting for.</summary>
/// <param name="EventNames">Event names that end the wait.</param>
/// <param name="TimeoutAt">When to stop waiting; null waits for ever.</param>
/// <param name="WhileWaiting">Said when the customer writes while we wait; null says nothing.</param>
public sealed record AwaitEventOptions(IReadOnlyList<string> EventNames, DateTimeOffset? TimeoutAt, Activity? WhileWaiting = null);

/// <summary>How the wait ended: an event arrived (its name and value), or the time ran out.</summary>
public sealed record AwaitedEvent(string? Name, JsonElement? Value, bool TimedOut);

/// <summary>
/// Waits for an event from outside (a hub's <c>handoff.status</c>, say) with a deadline. The deadline is enforced by a
/// timer turn and, should that be lost, by the clock on the next activity.
/// </summary>
public sealed class AwaitEventDialog(TurnTimers timers, TimeProvider timeProvider) : IDialog
{
    public const string DialogId = "runtime.awaitEvent";

    public string Id => DialogId;

    public string Version => "1";

    public Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var wait = options as AwaitEventOptions ?? throw new ArgumentException("AwaitEventDialog needs AwaitEventOptions.", nameof(options));
        var timerId = $"{dc.Turn.ChannelId}/{dc.Turn.Activity.Conversation?.Id}/{Guid.NewGuid():N}";
        dc.SetState(new WaitState(wait, timerId));
        if (wait.TimeoutAt is { } at)
        {
            timers.Schedule(dc.Turn, timerId, at);
        }

        return Task.FromResult(DialogStatus.Waiting);
    }

    public async Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.GetState<WaitState>();
        if (state is null)
        {
            return await dc.EndDialogAsync(DialogResult.Of(new AwaitedEvent(null, null, TimedOut: true)), cancellationToken);
        }

        var activity = dc.Turn.Activity;
        if (activity.IsType(ActivityTypes.Event) && state.Options.EventNames.Contains(activity.Name ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            timers.Cancel(state.TimerId);
            return await dc.EndDialogAsync(DialogResult.Of(new AwaitedEvent(activity.Name, activity.Value, TimedOut: false)), cancellationToken);
        }

        var isOurTimer = activity.IsType(ActivityTypes.Event) && activity.Name == TurnTimers.EventName
            && activity.Value is { ValueKind: JsonValueKind.String } id && id.GetString() == state.TimerId;
        if (isOurTimer || (state.Options.TimeoutAt is { } at && timeProvider.GetUtcNow() >= at))
        {
            timers.Cancel(state.TimerId);
            return await dc.EndDialogAsync(DialogResult.Of(new AwaitedEvent(null, null, TimedOut: true)), cancellationToken);
        }

        if (activity.IsType(ActivityTypes.Message) && state.Options.WhileWaiting is { } reassurance)
        {
            dc.Turn.Send(reassurance);
        }

        return DialogStatus.Waiting;
    }

    public Task<DialogStatus> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken) => Task.FromResult(DialogStatus.Waiting);

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.GetState<WaitState>()?.Options.WhileWaiting is { } reassurance)
        {
            dc.Turn.Send(reassurance);
        }

        return Task.CompletedTask;
    }

    public Task CancelAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.GetState<WaitState>() is { } state)
        {
            timers.Cancel(state.TimerId);
        }

        return Task.CompletedTask;
    }

    private sealed record WaitState(AwaitEventOptions Options, string TimerId);
}
