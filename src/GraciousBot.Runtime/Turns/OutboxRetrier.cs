using GraciousBot.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Runtime.Turns;

/// <summary>
/// Delivers replies left in the outbox: turns committed by a process that stopped before sending, or whose connector
/// call failed. Runs at start-up and then every <see cref="Interval"/>; each entry is retried with exponential
/// back-off (see <see cref="TurnProcessor.DeliverPendingAsync"/>) and given up after
/// <see cref="TurnProcessor.MaxDeliveryAttempts"/> attempts. Several instances may run it: an entry is claimed before
/// it is sent.
/// </summary>
public sealed partial class OutboxRetrier(IStateStore store, TurnProcessor processor, TimeProvider timeProvider, ILogger<OutboxRetrier> logger)
{
    /// <summary>Entries looked at per pass.</summary>
    public const int BatchSize = 100;

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        try
        {
            await Task.Yield();
            do
            {
                try
                {
                    await RetryOnceAsync(cancellationToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    LogPassFailed(logger, failure);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One pass over the outbox; returns how many entries were delivered.</summary>
    public async Task<int> RetryOnceAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var entry in await store.ScanAsync(TurnJournalKeys.OutboxPrefix, BatchSize, cancellationToken))
        {
            if (await processor.DeliverPendingAsync(entry, cancellationToken))
            {
                delivered++;
            }
        }

        if (delivered > 0)
        {
            LogDelivered(logger, delivered);
        }

        return delivered;
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Delivered the replies of {Count} turn(s) from the outbox")]
    private static partial void LogDelivered(ILogger logger, int count);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "An outbox pass failed; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
