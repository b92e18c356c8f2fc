using GraciousBot.Web.Tests.Hosting;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Reliability;

/// <summary>
/// kill -9 of the bot in the middle of 64 concurrent closings on SQLite: after the restart and the callers' redelivery,
/// every caller has received every reply and its endOfConversation with its own result, and no turn ran twice.
/// </summary>
public sealed class KillDuringClosingsTests(ITestOutputHelper output) : IDisposable
{
    private const int Callers = 64;

    private readonly string _folder = Directory.CreateTempSubdirectory("graciousbot-kill-").FullName;

    [Fact]
    public async Task KilledInTheMiddleOf64Closings_AfterRestartAndRedelivery_EveryCallerGetsEveryReplyAndItsEnd()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        using var bot = new BotProcess(_folder);
        await bot.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var driver = new ClosingDriver(http, bot.Url);

        var closings = Enumerable.Range(1, Callers).Select(i => Task.Run(() => driver.RunClosingAsync(i, timeout.Token))).ToList();
        await driver.WhenAppliedAsync(Callers * 5 / 2, closings, timeout.Token);
        var appliedBefore = driver.Applied;
        await bot.KillAsync();
        await bot.StartAsync();

        var ends = await Task.WhenAll(closings);

        output.WriteLine($"Killed after {appliedBefore} turns; {driver.Retries} resends; {driver.Applied} turns answered.");
        Assert.Equal(Callers, ends.Length);
        Assert.Equal(Callers * 5, driver.Applied);
        Assert.True(appliedBefore < Callers * 5, "Every closing had finished before the kill: the test did not test anything.");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
