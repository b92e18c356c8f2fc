using GraciousBot.Closing.Insights;
using GraciousBot.Runtime.Storage;
using GraciousBot.Testing.Postgres;

namespace GraciousBot.Closing.Tests.Insights;

/// <summary>The way the host wires it: the outcome records write through the group commit of the state store on the
/// same database.</summary>
public sealed class PostgresOutcomeStoreThroughStateStoreTests(PostgresFixture postgres) : OutcomeStoreContractTests, IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly List<PostgresStateStore> _states = [];

    protected override IOutcomeStore Create()
    {
        var database = postgres.CreateDatabase();
        var state = new PostgresStateStore(database, TimeProvider.System);
        _states.Add(state);
        return new PostgresOutcomeStore(database, Options, state);
    }

    [Fact]
    public async Task Writes_AreVisibleToAStoreWithoutTheStateStore_OnTheSameDatabase()
    {
        var database = postgres.CreateDatabase();
        await using var state = new PostgresStateStore(database, TimeProvider.System);
        await using var through = new PostgresOutcomeStore(database, Options, state);

        await through.WriteAsync(Record("shared-1", Noon), CancellationToken.None);

        await using var direct = new PostgresOutcomeStore(database, Options);
        var found = await direct.QueryAsync(new OutcomeQuery(DateOnly.FromDateTime(Noon.UtcDateTime), DateOnly.FromDateTime(Noon.UtcDateTime)), CancellationToken.None);
        Assert.Equal("shared-1", Assert.Single(found).Id);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var state in _states)
        {
            await state.DisposeAsync();
        }
    }
}
