using Microsoft.Extensions.Logging;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// Removes expired state now and then. Reads already ignore expired documents, so this only reclaims space; a purge
/// that fails is logged and tried again at the next tick. Several instances may run it at once: purging is
/// idempotent. The host runs <see cref="RunAsync"/> for the life of the process.
/// </summary>
public sealed partial class StatePurgeService(IStateStore store, TimeProvider timeProvider, ILogger<StatePurgeService> logger, TimeSpan? interval = null)
{
    /// <summary>How often expired state is purged unless told otherwise.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    private readonly TimeSpan _interval = interval ?? DefaultInterval;

    /// <summary>Purges once at once, then every interval, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_interval, timeProvider);
        try
        {
            // The first purge may be long and a store may do its I/O synchronously: never on the caller's (the
            // host's start-up) thread.
            await Task.Yield();
            do
            {
                await PurgeOnceAsync(cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One purge; returns how many documents were removed, or null when the store failed.</summary>
    public async Task<int?> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var purged = await store.PurgeExpiredAsync(cancellationToken);
            if (purged > 0)
            {
                LogPurged(logger, purged);
            }

            return purged;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPurgeFailed(logger, failure);
            return null;
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Purged {Count} expired state documents")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Purging expired state failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
