using GraciousBot.Closing;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Web.Hosting;

/// <summary>
/// Reads and checks the wording (templates and cards) as the app starts: a mistake stops start-up with a message
/// naming the file and line, instead of reaching a customer.
/// </summary>
public sealed class WordingCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TemplateCatalog>();
        _ = services.GetRequiredService<ClosingServices>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
