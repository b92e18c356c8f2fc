using GraciousBot.Closing.Details;

namespace GraciousBot.Web.Hosting;

/// <summary>
/// At start-up, builds the English personal-detail rules and the words each needs, in the background, so the first
/// goodbye does not pay for it. Start-up does not wait for it; nothing is compiled here (the patterns that run often
/// are compiled later, when they have shown it).
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
