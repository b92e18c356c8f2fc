using GraciousBot.Runtime.Storage;
using GraciousBot.Testing.Postgres;

namespace GraciousBot.Runtime.Tests.Storage;

/// <summary>The contract on a real PostgreSQL server; each test gets its own table in the class's database.</summary>
public sealed class PostgresStateStoreTests(PostgresFixture postgres) : StateStoreContractTests, IClassFixture<PostgresFixture>
{
    private readonly string _table = NewTableName();

    /// <summary>The ETags of the two documents <see cref="BehindTwoHeldGroupsAsync"/> holds, made by <see cref="OtherTableAsync"/>.</summary>
    private (string A, string B)? _held;

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
    public async Task DocumentWrittenAsUtf8_IsTextOnTheServer_AndAnotherInstanceReadsItsBytes()
    {
        const string Text = """{"city":"Kraków","note":"😊"}""";
        var bytes = System.Text.Encoding.UTF8.GetBytes(Text);
        await Store.WriteAsync([StateWrite.OfUtf8("k", bytes, null)], Ct);
        await using var other = new PostgresStateStore(postgres.ConnectionString, Clock, Options, _table);

        var read = (await other.ReadAsync(["k"], Ct))["k"];

        Assert.Equal(bytes, read.Utf8Json.ToArray());
        await using var connection = await postgres.DataSource.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {_table} WHERE key = 'k'";
        Assert.Equal(Text, await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task DocumentThisInstanceWrote_ChangedOrDeletedByAnother_IsReadAsTheServerHasIt()
    {
        await using var other = new PostgresStateStore(postgres.ConnectionString, Clock, Options, _table);
        var mine = await CreateAsync("k", """{"by":"first"}""");
        Assert.Equal(mine, (await Store.ReadAsync(["k"], Ct))["k"].ETag);

        var theirs = Assert.IsType<WriteOutcome.Written>(await other.WriteAsync([new StateWrite("k", """{"by":"second"}""", mine)], Ct)).ETags["k"];
        var read = (await Store.ReadAsync(["k"], Ct))["k"];
        Assert.Equal(("""{"by":"second"}""", theirs), (read.Json, read.ETag));

        Assert.Equal(1, await other.DeleteAsync(["k"], Ct));
        Assert.Empty(await Store.ReadAsync(["k"], Ct));
    }

    [Fact]
    public async Task ATurnsRewrite_KeepsTheExpiry_UntilTheSlackRunsOut()
    {
        var etag = await CreateAsync("conversation/c1", """{"n":1}""");
        var first = await ExpiryAsync();
        Assert.Equal((Start + Lifetime).ToUnixTimeMilliseconds(), first);

        Clock.Advance(TimeSpan.FromSeconds(5));
        etag = await WriteOneAsync(new StateWrite("conversation/c1", """{"n":2}""", etag));
        Assert.Equal(first, await ExpiryAsync());

        Clock.Advance(Slack);
        await WriteOneAsync(new StateWrite("conversation/c1", """{"n":3}""", etag));
        Assert.Equal((Clock.GetUtcNow() + Lifetime).ToUnixTimeMilliseconds(), await ExpiryAsync());

        async Task<object?> ExpiryAsync()
        {
            await using var command = postgres.DataSource.CreateCommand($"SELECT expires_at FROM {_table} WHERE key = 'conversation/c1'");
            return await command.ExecuteScalarAsync(Ct);
        }
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

    [Fact]
    public async Task ConcurrentBatches_ShareTransactions_AndOneStaleBatchConflictsAlone()
    {
        var keys = Enumerable.Range(0, 40).Select(i => $"k{i:D2}").ToList();
        var etags = new Dictionary<string, string>();
        foreach (var key in keys)
        {
            etags[key] = await CreateAsync(key, """{"n":0}""");
        }

        var postgresStore = (PostgresStateStore)Store;
        var before = postgresStore.CommittedGroups;

        // Twenty batches of two updates each, plus one batch whose second write is stale: it conflicts, and only it.
        // Another transaction holds the first two batches' rows until every batch has been handed to the store, so
        // the groups on their way wait and the rest queue up behind them, however fast or slow the machine is.
        List<Task<WriteOutcome>> batches;
        Task<WriteOutcome> stale;
        await using (var holder = await postgres.DataSource.OpenConnectionAsync(Ct))
        {
            await using var hold = await holder.BeginTransactionAsync(Ct);
            await using (var lockRows = new Npgsql.NpgsqlCommand($"SELECT key FROM {_table} WHERE key IN ('k00', 'k02') FOR UPDATE", holder, hold))
            {
                await lockRows.ExecuteNonQueryAsync(Ct);
            }

            batches = Enumerable.Range(0, 20)
                .Select(i => Store.WriteAsync([new StateWrite(keys[2 * i], """{"n":1}""", etags[keys[2 * i]]), new StateWrite(keys[(2 * i) + 1], """{"n":1}""", etags[keys[(2 * i) + 1]])], Ct))
                .ToList();
            stale = Store.WriteAsync([new StateWrite("new", """{"n":1}""", null), new StateWrite(keys[5], """{"n":2}""", "\"stale\"")], Ct);
            await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
            await hold.CommitAsync(Ct);
        }

        var outcomes = await Task.WhenAll(batches);

        Assert.All(outcomes, o => Assert.IsType<WriteOutcome.Written>(o));
        Assert.Equal(new WriteOutcome.Conflict(keys[5]), await stale);
        var stored = await Store.ReadAsync([.. keys, "new"], Ct);
        Assert.Equal(keys.Count, stored.Count);
        Assert.All(stored.Values, item => Assert.Equal("""{"n":1}""", item.Json));
        Assert.All(outcomes.Cast<WriteOutcome.Written>().SelectMany(o => o.ETags), e => Assert.Equal(e.Value, stored[e.Key].ETag));
        Assert.InRange(postgresStore.CommittedGroups - before, 1, 10);
    }

    [Fact]
    public async Task StatementsOnAnotherTable_ShareTheTurnsGroup()
    {
        var other = await OtherTableAsync();
        var postgresStore = (PostgresStateStore)Store;
        var before = postgresStore.CommittedGroups;

        var (inserted, turn) = await BehindTwoHeldGroupsAsync(() => (
            postgresStore.ExecuteInGroupAsync($"INSERT INTO {other} (id, n, note) VALUES (@id, @n, @note)", [new("id", "new"), new("n", 1), new("note", null)], Ct),
            Store.WriteAsync([new StateWrite("c", """{"n":1}""", null)], Ct)));

        Assert.Equal(1, await inserted);
        Assert.IsType<WriteOutcome.Written>(await turn);
        Assert.Equal("new:1:-,taken:0:-", await OtherRowsAsync(other));
        Assert.Equal("""{"n":1}""", (await Store.ReadAsync(["c"], Ct))["c"].Json);

        // The two held groups, then the statement and the turn together.
        Assert.Equal(3, postgresStore.CommittedGroups - before);
    }

    [Fact]
    public async Task AStatementThatFails_FailsAlone_AndTheRestOfItsGroupCommits()
    {
        var other = await OtherTableAsync();
        var postgresStore = (PostgresStateStore)Store;

        var (duplicate, rest) = await BehindTwoHeldGroupsAsync(() => (
            postgresStore.ExecuteInGroupAsync($"INSERT INTO {other} (id, n) VALUES (@id, @n)", [new("id", "taken"), new("n", 2)], Ct),
            Task.WhenAll(
                postgresStore.ExecuteInGroupAsync($"UPDATE {other} SET n = n + 1 WHERE id = @id", [new("id", "taken")], Ct),
                Store.WriteAsync([new StateWrite("c", """{"n":1}""", null)], Ct).ContinueWith(t => t.Result is WriteOutcome.Written ? 1 : 0, TaskScheduler.Default))));

        Assert.Equal("23505", (await Assert.ThrowsAsync<Npgsql.PostgresException>(() => duplicate)).SqlState);
        Assert.Equal(new[] { 1, 1 }, await rest);
        Assert.Equal("taken:1:-", await OtherRowsAsync(other));
        Assert.Equal("""{"n":1}""", (await Store.ReadAsync(["c"], Ct))["c"].Json);
    }

    private async Task<string> OtherTableAsync()
    {
        var other = $"{_table}_other";
        await using var create = postgres.DataSource.CreateCommand($"CREATE TABLE {other} (id TEXT PRIMARY KEY, n INTEGER, note TEXT); INSERT INTO {other} (id, n) VALUES ('taken', 0)");
        await create.ExecuteNonQueryAsync(Ct);
        _held = (await CreateAsync("a", """{"n":0}"""), await CreateAsync("b", """{"n":0}"""));
        return other;
    }


    private async Task<object?> OtherRowsAsync(string other)
    {
        await using var rows = postgres.DataSource.CreateCommand($"SELECT string_agg(id || ':' || n || ':' || coalesce(note, '-'), ',' ORDER BY id) FROM {other}");
        return await rows.ExecuteScalarAsync(Ct);
    }

    /// <summary>Two writes whose rows another transaction holds take both group runners; what <paramref name="queue"/>
    /// starts meanwhile waits behind them and goes into one group.</summary>
    private async Task<T> BehindTwoHeldGroupsAsync<T>(Func<T> queue)
    {
        var (a, b) = _held ?? throw new InvalidOperationException("OtherTableAsync first.");
        Task<WriteOutcome> first, second;
        T queued;
        await using (var holder = await postgres.DataSource.OpenConnectionAsync(Ct))
        {
            await using var hold = await holder.BeginTransactionAsync(Ct);
            await using (var lockRows = new Npgsql.NpgsqlCommand($"SELECT key FROM {_table} WHERE key IN ('a', 'b') FOR UPDATE", holder, hold))
            {
                await lockRows.ExecuteNonQueryAsync(Ct);
            }

            first = Store.WriteAsync([new StateWrite("a", """{"n":1}""", a)], Ct);
            second = Store.WriteAsync([new StateWrite("b", """{"n":1}""", b)], Ct);
            queued = queue();
            await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
            await hold.CommitAsync(Ct);
        }

        Assert.IsType<WriteOutcome.Written>(await first);
        Assert.IsType<WriteOutcome.Written>(await second);
        return queued;
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneKey_ExactlyOneWins()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(i => Store.WriteAsync([new StateWrite("k", $$"""{"by":{{i}}}""", null), new StateWrite($"own{i:D2}", "{}", null)], Ct)));

        var won = Assert.Single(outcomes.Select((o, i) => (o, i)), x => x.o is WriteOutcome.Written);
        Assert.All(outcomes.Where(o => o is not WriteOutcome.Written), o => Assert.Equal(new WriteOutcome.Conflict("k"), o));
        var stored = await Store.ReadAsync([.. Enumerable.Range(0, 16).Select(i => $"own{i:D2}"), "k"], Ct);
        Assert.Equal($$"""{"by":{{won.i}}}""", stored["k"].Json);
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public async Task ConcurrentDeletesAndReads_EachCountsAndSeesItsOwnKeys()
    {
        var keys = Enumerable.Range(0, 30).Select(i => $"d{i:D2}").ToList();
        foreach (var key in keys.Where((_, i) => i % 3 != 0))
        {
            await CreateAsync(key, "{}");
        }

        var reads = await Task.WhenAll(keys.Select(k => Store.ReadAsync([k, "missing"], Ct)));
        var deleted = await Task.WhenAll(keys.Select(k => Store.DeleteAsync([k, "missing"], Ct)));

        Assert.Equal(keys.Select((k, i) => i % 3 != 0 ? new[] { k } : []), reads.Select(r => r.Keys.ToArray()));
        Assert.Equal(keys.Select((k, i) => i % 3 != 0 ? 1 : 0), deleted);
        Assert.Empty(await Store.ReadAsync(keys, Ct));
    }

    [Fact]
    public async Task FirstUse_CompressesDocumentsWithLz4_WhereTheServerHasIt()
    {
        await Store.PingAsync(Ct);

        await using var command = postgres.DataSource.CreateCommand($"SELECT attcompression::text FROM pg_attribute WHERE attrelid = '{_table}'::regclass AND attname = 'json'");
        Assert.Equal("l", await command.ExecuteScalarAsync(Ct));
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
