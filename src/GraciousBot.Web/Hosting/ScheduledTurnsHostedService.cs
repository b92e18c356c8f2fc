using GraciousBot.Runtime.Turns;

namespace GraciousBot.Web.Hosting;

/// <summary>Delivers due follow-ups (scheduled turns) for the life of the host.</summary>
public sealed class ScheduledTurnsHostedService(ScheduledTurnRunner runner) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => runner.RunAsync(stoppingToken);
}
