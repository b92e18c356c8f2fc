using GraciousBot.Runtime.Storage;
using GraciousBot.Testing.Postgres;

namespace GraciousBot.Runtime.Tests.Storage;

/// <summary>The contract on a real PostgreSQL server; each test gets its own table in the class's database.</summary>
public sealed class PostgresStateStoreTests(PostgresFixture postgres) : StateStoreContractTests, IClassFixture<PostgresFixture>
{
    private readonly string _table = NewTableName();

    protected override Task<IStateStore> CreateStoreAsync() =>
        Task.FromResult<IStateStore>(new PostgresStateStore(postgres.DataSource, Clock, Options, _table));

    [Fact]
    public async Task FirstUse_ByManyInstancesAtOnce_CreatesTheTableOnce()
    {
        for (var round = 0; round < 3; round++)
        {
            var table = NewTableName();
            var instances = Enumerable.Range(0, 4)
                .Select(_ => new PostgresStateStore(postgres.CreateDataSource(), Clock, Options, table))
                .ToList();

            await Task.WhenAll(instances.Select(i => Task.Run(() => i.PingAsync(Ct))));

            var written = await instances[0].WriteAsync([new StateWrite("k", "{}", null)], Ct);
            Assert.IsType<WriteOutcome.Written>(written);
            Assert.Single(await instances[3].ReadAsync(["k"], Ct));
        }
    }

    [Fact]
    public async Task TwoInstances_OnOneTable_SeeEachOthersWritesAndConflicts()
    {
        await using var other = new PostgresStateStore(postgres.ConnectionString, Clock, Options, _table);
        var etag = await CreateAsync("k", """{"by":"first"}""");

        var outcome = await other.WriteAsync([new StateWrite("k", """{"by":"second"}""", etag)], Ct);
        var stale = await Store.WriteAsync([new StateWrite("k", """{"by":"first again"}""", etag)], Ct);

        Assert.IsType<WriteOutcome.Written>(outcome);
        Assert.Equal(new WriteOutcome.Conflict("k"), stale);
        Assert.Equal("""{"by":"second"}""", (await Store.ReadAsync(["k"], Ct))["k"].Json);
    }

    [Fact]
    public async Task SchemaQualifiedTableName_IsCreatedInThatSchema()
    {
        await using (var command = postgres.DataSource.CreateCommand("CREATE SCHEMA IF NOT EXISTS bot"))
        {
            await command.ExecuteNonQueryAsync(Ct);
        }

        var store = new PostgresStateStore(postgres.DataSource, Clock, Options, "bot." + _table);
        await store.WriteAsync([new StateWrite("k", "{}", null)], Ct);

        await using var count = postgres.DataSource.CreateCommand($"SELECT count(*) FROM bot.{_table}");
        Assert.Equal(1L, await count.ExecuteScalarAsync(Ct));
    }

    [Theory]
    [InlineData("state; DROP TABLE x")]
    [InlineData("Upper")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public void Constructor_InvalidTableName_IsRejected(string table)
    {
        Assert.Throws<ArgumentException>(() => new PostgresStateStore(postgres.DataSource, Clock, Options, table));
    }

    private static string NewTableName() => "state_" + Guid.NewGuid().ToString("N")[..12];
}
