using System.Threading.Channels;
using GraciousBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Runtime.Tests.Storage;

public sealed class StatePurgeServiceTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(10));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private CancellationToken Ct => _timeout.Token;

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task RunAsync_PurgesAtStartAndEveryInterval_AndStopsWhenCancelled()
    {
        var store = new PurgeWatchingStore(new MemoryStateStore(_clock, new StateStoreOptions { TimeToLive = TimeSpan.FromMinutes(15) }));
        var service = new StatePurgeService(store, _clock, NullLogger<StatePurgeService>.Instance, Interval);
        using var stop = new CancellationTokenSource();

        var running = service.RunAsync(stop.Token);
        Assert.Equal(0, await store.Purges.Reader.ReadAsync(Ct));

        await store.WriteAsync([new StateWrite("k", "{}", null)], Ct);
        _clock.Advance(Interval);
        Assert.Equal(0, await store.Purges.Reader.ReadAsync(Ct));
        _clock.Advance(Interval);
        Assert.Equal(1, await store.Purges.Reader.ReadAsync(Ct));

        await stop.CancelAsync();
        await running.WaitAsync(Ct);
    }

    [Fact]
    public async Task RunAsync_WhenAPurgeFails_TriesAgainAtTheNextInterval()
    {
        var store = new PurgeWatchingStore(new MemoryStateStore(_clock)) { FailNext = 1 };
        var service = new StatePurgeService(store, _clock, NullLogger<StatePurgeService>.Instance, Interval);
        using var stop = new CancellationTokenSource();

        var running = service.RunAsync(stop.Token);
        Assert.Equal(-1, await store.Purges.Reader.ReadAsync(Ct));
        _clock.Advance(Interval);
        Assert.Equal(0, await store.Purges.Reader.ReadAsync(Ct));

        await stop.CancelAsync();
        await running.WaitAsync(Ct);
    }

    /// <summary>A real store that reports each purge (-1 for one that failed) so the test can follow the loop.</summary>
    private sealed class PurgeWatchingStore(IStateStore inner) : IStateStore
    {
        public Channel<int> Purges { get; } = Channel.CreateUnbounded<int>();

        public int FailNext { get; set; }

        public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
        {
            if (FailNext > 0)
            {
                FailNext--;
                Purges.Writer.TryWrite(-1);
                throw new InvalidOperationException("The store is down.");
            }

            var purged = await inner.PurgeExpiredAsync(cancellationToken);
            Purges.Writer.TryWrite(purged);
            return purged;
        }

        public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.ReadAsync(keys, cancellationToken);

        public Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken) => inner.WriteAsync(writes, cancellationToken);

        public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

        public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) => inner.ScanAsync(prefix, limit, cancellationToken);

        public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken) => inner.EraseSubjectAsync(subject, cancellationToken);
    }
}
