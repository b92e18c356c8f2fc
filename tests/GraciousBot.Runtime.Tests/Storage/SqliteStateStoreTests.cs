using GraciousBot.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace GraciousBot.Runtime.Tests.Storage;

public sealed class SqliteStateStoreTests : StateStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graciousbot-sqlite-tests", Guid.NewGuid().ToString("N"));

    /// <summary>In a folder that does not exist yet: the store creates it.</summary>
    private string DatabasePath => Path.Combine(_folder, "nested", "state.db");

    protected override Task<IStateStore> CreateStoreAsync() => Task.FromResult<IStateStore>(new SqliteStateStore(DatabasePath, Clock, Options));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task FirstUse_CreatesTheFolderAndAWalModeFileWithTheSchema()
    {
        await Store.PingAsync(Ct);

        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal("key,json,etag,expires_at,subject", await ScalarAsync(connection, "SELECT group_concat(name) FROM pragma_table_info('state')"));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'state' AND sql LIKE '%expires_at%'"));
    }

    [Fact]
    public async Task PurgeExpiredAsync_DeletesTheRowsFromTheFile()
    {
        await CreateAsync("k", "{}");
        Clock.Advance(TimeToLive);

        await Store.PurgeExpiredAsync(Ct);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM state"));
    }

    [Fact]
    public async Task TwoStoresOnOneFile_SeeEachOthersWritesAndConflicts()
    {
        using var other = new SqliteStateStore(DatabasePath, Clock, Options);
        var etag = await CreateAsync("k", """{"by":"first"}""");

        var outcome = await other.WriteAsync([new StateWrite("k", """{"by":"second"}""", etag)], Ct);
        var stale = await Store.WriteAsync([new StateWrite("k", """{"by":"first again"}""", etag)], Ct);

        Assert.IsType<WriteOutcome.Written>(outcome);
        Assert.Equal(new WriteOutcome.Conflict("k"), stale);
        Assert.Equal("""{"by":"second"}""", (await Store.ReadAsync(["k"], Ct))["k"].Json);
    }

    [Fact]
    public async Task TwoStoresOnOneFile_ConcurrentWritersLoseNoUpdate()
    {
        using var other = new SqliteStateStore(DatabasePath, Clock, Options);
        IStateStore[] stores = [Store, other];

        async Task IncrementAsync(IStateStore store)
        {
            for (var done = 0; done < 25;)
            {
                var found = await store.ReadAsync(["counter"], Ct);
                var current = found.TryGetValue("counter", out var item) ? int.Parse(item.Json, System.Globalization.CultureInfo.InvariantCulture) : 0;
                if (await store.WriteAsync([new StateWrite("counter", (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), item?.ETag)], Ct) is WriteOutcome.Written)
                {
                    done++;
                }
            }
        }

        await Task.WhenAll(stores.Concat(stores).Select(s => Task.Run(() => IncrementAsync(s))));

        Assert.Equal("100", (await Store.ReadAsync(["counter"], Ct))["counter"].Json);
    }

    private async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
