using GraciousBot.Runtime.Storage;

namespace GraciousBot.Web.Hosting;

/// <summary>Runs the runtime's <see cref="StatePurgeService"/> for the life of the host.</summary>
public sealed class StatePurgeHostedService(IStateStore store, TimeProvider timeProvider, ILogger<StatePurgeService> logger) : BackgroundService
{
    private readonly StatePurgeService _purge = new(store, timeProvider, logger);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _purge.RunAsync(stoppingToken);
}
