using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraciousBot.Closing.Insights;

/// <summary>
/// The Meter and ActivitySource named "GraciousBot": what operations watches. Tags are low-cardinality values
/// (outcome, reason, channel, operation), never customer text or ids. Definitions are in the README.
/// </summary>
public static class GraciousBotTelemetry
{
    public const string Name = "GraciousBot";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ClosingsStarted = Meter.CreateCounter<long>("graciousbot.closings.started", "{closing}", "Closings begun (by a caller's closeConversation or a customer's first message).");

    public static readonly Counter<long> ClosingsEnded = Meter.CreateCounter<long>("graciousbot.closings.ended", "{closing}", "Closings ended, by outcome.");

    public static readonly Counter<long> Ratings = Meter.CreateCounter<long>("graciousbot.ratings", "{rating}", "Satisfaction ratings given, by rating (1-5).");

    public static readonly Counter<long> Handovers = Meter.CreateCounter<long>("graciousbot.handovers", "{handover}", "Closings that handed over to a person, by reason and final state.");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("graciousbot.turn.duration", "s", "Time the bot spent on one turn (state loaded, dialogs run).");

    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>("graciousbot.storage.duration", "s", "State store calls, by operation.");

    public static readonly Counter<long> StorageErrors = Meter.CreateCounter<long>("graciousbot.storage.errors", "{error}", "State store calls that failed, by operation.");

    public static readonly Histogram<double> ConnectorDuration = Meter.CreateHistogram<double>("graciousbot.connector.duration", "s", "Calls to the channel's or caller's Connector API, by operation.");

    public static readonly Counter<long> ConnectorErrors = Meter.CreateCounter<long>("graciousbot.connector.errors", "{error}", "Connector calls that failed (after retries), by operation.");

    public static readonly Counter<long> InsightsErrors = Meter.CreateCounter<long>("graciousbot.insights.errors", "{error}", "Outcome records or result webhooks that could not be written or delivered.");

    private static readonly Lock BacklogLock = new();
    private static Func<long>? _backlog;

    /// <summary>
    /// The hook for an outbox (replies saved with the turn and delivered afterwards): report how many wait, and
    /// <c>graciousbot.outbox.backlog</c> is published. Nothing is published until one is registered.
    /// </summary>
    public static void ObserveOutboxBacklog(Func<long> backlog)
    {
        lock (BacklogLock)
        {
            if (_backlog is null)
            {
                Meter.CreateObservableGauge("graciousbot.outbox.backlog", () => _backlog?.Invoke() ?? 0, "{activity}", "Replies saved but not yet delivered.");
            }

            _backlog = backlog;
        }
    }

    /// <summary>Measures one call: its duration, and an error when it throws.</summary>
    public static Task<T> MeasureAsync<T>(Histogram<double> duration, Counter<long> errors, string operation, Func<Task<T>> call) =>
        // While nothing listens (no exporter, no dotnet-counters, no span listener) the call runs as it is: a timing
        // nobody reads is not taken (checked on every call, so a listener attaching later is seen).
        duration.Enabled || errors.Enabled || Source.HasListeners() ? MeasuredAsync(duration, errors, operation, call) : call();

    private static async Task<T> MeasuredAsync<T>(Histogram<double> duration, Counter<long> errors, string operation, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = Source.StartActivity(operation, ActivityKind.Client);
        try
        {
            return await call();
        }
        catch (Exception failure)
        {
            errors.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("error.type", failure.GetType().Name));
            activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            throw;
        }
        finally
        {
            duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }
}
