using GraciousBot.Closing.Details;

namespace GraciousBot.Web.Hosting;

/// <summary>
/// At start-up, queues the personal-detail patterns to be compiled in the background, so the goodbyes read the
/// transcript with compiled patterns from the first minutes on. Start-up does not wait for it.
/// </summary>
internal sealed class DetailPatternsWarmUp : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => DetailExtractor.WarmUp(), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
