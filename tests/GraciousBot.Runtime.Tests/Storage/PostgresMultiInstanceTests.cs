using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing.Postgres;
using Xunit.Abstractions;

namespace GraciousBot.Runtime.Tests.Storage;

/// <summary>
/// Two hosts (each a turn processor with its own store and connection pool) sharing one PostgreSQL database, as two
/// instances behind a load balancer would.
/// </summary>
public sealed class PostgresMultiInstanceTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private readonly string _table = "state_" + Guid.NewGuid().ToString("N")[..12];

    private CancellationToken Ct => _timeout.Token;

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task AlternatingTurns_EachHostSeesThePreviousTurnsState()
    {
        var (a, b) = TwoHosts();

        for (var i = 1; i <= 10; i++)
        {
            var host = i % 2 == 1 ? a : b;
            var outcome = await host.SendAsync(TurnHost.Message("c1", $"act-{i}", $"text {i}"), Ct);

            Assert.IsType<TurnOutcome.Done>(outcome);
            Assert.Equal($"seen {i}", host.Connector.Sent.Last().Text);
        }

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"text {i}"), await a.TextsAsync("c1", Ct));
    }

    [Fact]
    public async Task ConcurrentTurnsOnBothHosts_EveryTextIsAppliedExactlyOnce()
    {
        var (a, b) = TwoHosts();
        const int turnsEach = 20;

        var turns = Enumerable.Range(0, turnsEach)
            .SelectMany(i => new[] { (Host: a, Text: $"a{i}"), (Host: b, Text: $"b{i}") })
            .Select(t => Task.Run(() => t.Host.SendAsync(TurnHost.Message("c1", "id-" + t.Text, t.Text), Ct)))
            .ToList();
        var outcomes = await Task.WhenAll(turns);

        Assert.All(outcomes, o => Assert.IsType<TurnOutcome.Done>(o));
        var texts = await a.TextsAsync("c1", Ct);
        Assert.Equal(2 * turnsEach, texts.Count);
        Assert.Equal(
            Enumerable.Range(0, turnsEach).SelectMany(i => new[] { $"a{i}", $"b{i}" }).Order(StringComparer.Ordinal),
            texts.Order(StringComparer.Ordinal));

        // Each applied turn saw all the ones before it and nothing else: the replies count 1, 2, ... 40 once each.
        var replies = a.Connector.Sent.Concat(b.Connector.Sent).Select(s => s.Text).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(1, 2 * turnsEach).Select(n => $"seen {n}").Order(StringComparer.Ordinal), replies);
        output.WriteLine($"Turns re-sent after a conflict: {a.Conflicts + b.Conflicts}");
    }

    [Fact]
    public async Task SameActivityAtBothHosts_IsAppliedOnce()
    {
        var (a, b) = TwoHosts();
        const int activities = 10;

        for (var i = 0; i < activities; i++)
        {
            var activity = TurnHost.Message("c1", $"dup-{i}", $"text {i}");
            var outcomes = await Task.WhenAll(
                Task.Run(() => a.SendAsync(activity, Ct)),
                Task.Run(() => b.SendAsync(activity, Ct)));

            Assert.Single(outcomes, o => o is TurnOutcome.Done);
            Assert.Single(outcomes, o => o is TurnOutcome.Duplicate);
        }

        // Redelivered later, to either host, it is still a duplicate.
        Assert.IsType<TurnOutcome.Duplicate>(await a.SendAsync(TurnHost.Message("c1", "dup-3", "text 3"), Ct));
        Assert.IsType<TurnOutcome.Duplicate>(await b.SendAsync(TurnHost.Message("c1", "dup-7", "text 7"), Ct));

        Assert.Equal(Enumerable.Range(0, activities).Select(i => $"text {i}"), await a.TextsAsync("c1", Ct));
        Assert.Equal(activities, a.Connector.Sent.Count + b.Connector.Sent.Count);
    }

    private (TurnHost A, TurnHost B) TwoHosts() =>
        (new TurnHost(new PostgresStateStore(postgres.CreateDataSource(), TimeProvider.System, tableName: _table)),
         new TurnHost(new PostgresStateStore(postgres.CreateDataSource(), TimeProvider.System, tableName: _table)));
}
