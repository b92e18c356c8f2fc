using GraciousBot.Runtime.Turns;

namespace GraciousBot.Web.Hosting;

/// <summary>Delivers replies left in the outbox (after a restart or a failed connector call) for the life of the host.</summary>
public sealed class OutboxHostedService(OutboxRetrier retrier) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => retrier.RunAsync(stoppingToken);
}
