using System.Text.Json;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Runtime.Turns;

/// <summary>
/// Timers that come back as turns: when one is due, an <c>event</c> named <see cref="EventName"/> is delivered to the
/// conversation through the normal turn pipeline, so the dialog waiting for it handles it like any other activity
/// (state, locking and replies included). Dialogs also compare the clock on every turn, so a timer lost with a
/// restarted process still takes effect on the customer's next message.
/// </summary>
public sealed partial class TurnTimers(IServiceProvider services, TimeProvider timeProvider, ILogger<TurnTimers> logger) : IDisposable
{
    public const string EventName = "graciousbot.timer";

    /// <summary>At most this many timers wait at once; more are refused (the clock check still applies).</summary>
    public const int Capacity = 10_000;

    private readonly Dictionary<string, ITimer> _timers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _firing = [];

    /// <summary>How many timers are waiting.</summary>
    public int Count
    {
        get
        {
            lock (_timers)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>Schedules (or replaces) timer <paramref name="id"/> for the conversation the turn belongs to.</summary>
    public void Schedule(TurnContext turn, string id, DateTimeOffset dueAt)
    {
        var reference = turn.Activity.GetConversationReference();
        var identity = turn.Identity with { IsInternal = true };
        var due = dueAt - timeProvider.GetUtcNow();
        lock (_timers)
        {
            if (_timers.Remove(id, out var existing))
            {
                existing.Dispose();
            }

            if (_timers.Count >= Capacity)
            {
                LogTimerRefused(logger);
                return;
            }

            _timers[id] = timeProvider.CreateTimer(_ => Track(FireAsync(id, reference, identity)), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Completes when every timer turn that has started has finished (tests use it after moving a fake clock).</summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_firing)
            {
                _firing.RemoveAll(t => t.IsCompleted);
                running = [.. _firing];
            }

            if (running.Length == 0)
            {
                return;
            }

            await Task.WhenAll(running);
        }
    }

    private void Track(Task firing)
    {
        lock (_firing)
        {
            _firing.Add(firing);
        }
    }

    public void Cancel(string id)
    {
        lock (_timers)
        {
            if (_timers.Remove(id, out var timer))
            {
                timer.Dispose();
            }
        }
    }

    private async Task FireAsync(string id, ConversationReference reference, TurnIdentity identity)
    {
        lock (_timers)
        {
            if (_timers.Remove(id, out var timer))
            {
                timer.Dispose();
            }
        }

        var activity = reference.AsIncoming(Activity.Event(EventName, JsonSerializer.SerializeToElement(id, Wire.WireJsonContext.Default.String)) with
        {
            Id = $"timer-{id}-{Guid.NewGuid():N}",
            Timestamp = timeProvider.GetUtcNow(),
        });

        try
        {
            var processor = (TurnProcessor?)services.GetService(typeof(TurnProcessor)) ?? throw new InvalidOperationException("No TurnProcessor is registered.");
            await processor.ProcessAsync(activity, identity, _stopping.Token);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogTimerFailed(logger, failure);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        lock (_timers)
        {
            foreach (var timer in _timers.Values)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }

        _stopping.Dispose();
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Timer capacity reached; timer not scheduled")]
    private static partial void LogTimerRefused(ILogger logger);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "A timer turn failed")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception);
}
