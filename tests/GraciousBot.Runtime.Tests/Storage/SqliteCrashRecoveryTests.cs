using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;

namespace GraciousBot.Runtime.Tests.Storage;

/// <summary>A host dies in the middle of a conversation; a new one on the same file carries on from the last completed turn.</summary>
public sealed class SqliteCrashRecoveryTests : IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graciousbot-sqlite-tests", Guid.NewGuid().ToString("N"));

    private CancellationToken Ct => _timeout.Token;

    private string DatabasePath => Path.Combine(_folder, "state.db");

    public void Dispose()
    {
        _timeout.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task HostDisposedMidTurn_NewHostOnTheSameFile_ContinuesFromTheLastCompletedTurn()
    {
        var (first, stuck, dying) = await StartConversationThenHangATurnAsync(DatabasePath);

        // The host is torn down while "four" is still running: its state never reaches the file.
        ((IDisposable)first.Store).Dispose();
        dying.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stuck);

        using var store = new SqliteStateStore(DatabasePath, TimeProvider.System);
        var second = new TurnHost(store);
        Assert.Equal(["one", "two", "three"], await second.TextsAsync("c1", Ct));

        // The channel redelivers "four" (never acknowledged) and the conversation goes on.
        Assert.IsType<TurnOutcome.Done>(await second.SendAsync(TurnHost.Message("c1", "4", "four"), Ct));
        Assert.IsType<TurnOutcome.Done>(await second.SendAsync(TurnHost.Message("c1", "5", "five"), Ct));
        Assert.IsType<TurnOutcome.Duplicate>(await second.SendAsync(TurnHost.Message("c1", "3", "three"), Ct));
        Assert.Equal(["one", "two", "three", "four", "five"], await second.TextsAsync("c1", Ct));
        Assert.Equal("seen 5", second.Connector.Sent.Last().Text);
    }

    [Fact]
    public async Task FilesAsAKilledHostLeftThem_OpenWithTheLastCompletedTurn()
    {
        var (first, stuck, dying) = await StartConversationThenHangATurnAsync(DatabasePath);

        // A killed process closes nothing and checkpoints nothing: copy the files exactly as they are on disk now,
        // with the last turns only in the write-ahead log.
        var copy = Path.Combine(_folder, "after-kill", "state.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        Assert.True(new FileInfo(DatabasePath + "-wal").Length > 0, "The completed turns should still be in the WAL.");
        File.Copy(DatabasePath, copy);
        File.Copy(DatabasePath + "-wal", copy + "-wal");

        using var store = new SqliteStateStore(copy, TimeProvider.System);
        var second = new TurnHost(store);
        Assert.Equal(["one", "two", "three"], await second.TextsAsync("c1", Ct));
        Assert.IsType<TurnOutcome.Done>(await second.SendAsync(TurnHost.Message("c1", "4", "four"), Ct));
        Assert.Equal(["one", "two", "three", "four"], await second.TextsAsync("c1", Ct));

        dying.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stuck);
        ((IDisposable)first.Store).Dispose();
    }

    /// <summary>Three completed turns, then a fourth that hangs inside the bot (its state changed, not yet saved).</summary>
    private async Task<(TurnHost Host, Task<TurnOutcome> Stuck, CancellationTokenSource Dying)> StartConversationThenHangATurnAsync(string path)
    {
        var host = new TurnHost(new SqliteStateStore(path, TimeProvider.System));
        foreach (var (id, text) in new[] { ("1", "one"), ("2", "two"), ("3", "three") })
        {
            Assert.IsType<TurnOutcome.Done>(await host.SendAsync(TurnHost.Message("c1", id, text), Ct));
        }

        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Bot.BeforeTurnEnds = async (_, ct) =>
        {
            inside.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        };
        var dying = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var stuck = host.Processor.ProcessAsync(TurnHost.Message("c1", "4", "four"), TurnIdentity.Anonymous, dying.Token);
        await inside.Task.WaitAsync(Ct);
        return (host, stuck, dying);
    }
}
