using GraciousBot.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace GraciousBot.Runtime.Tests.Storage;

public sealed class SqliteStateStoreTests : StateStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graciousbot-sqlite-tests", Guid.NewGuid().ToString("N"));

    /// <summary>In a folder that does not exist yet: the store creates it.</summary>
    private string DatabasePath => Path.Combine(_folder, "nested", "state.db");

    protected override Task<IStateStore> CreateStoreAsync() => Task.FromResult<IStateStore>(new SqliteStateStore(DatabasePath, Clock, Options));

    private SqliteStateStore Sqlite => (SqliteStateStore)Store;

    /// <summary>Parks the writer: every write started until disposal is committed in the next group, together.</summary>
    protected override async Task<IAsyncDisposable> HoldWritesAsync()
    {
        await Store.PingAsync(Ct);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parked = await Sqlite.ParkWriterAsync(resume.Task, Ct);
        return new Held(resume, parked);
    }

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

    [Theory]
    [InlineData("conversation/c1", false)] // kept in the writer's cache after its commit
    [InlineData("turn/c1/a1", true)] // a journal entry, with its own time to live: not kept
    public async Task Utf8Document_IsStoredAsText_AndReadBackAsItsBytes(string key, bool journal)
    {
        const string Text = """{"name":"Zoë","note":"café ☕ 🎉","quote":"\"hi\""}""";
        var bytes = System.Text.Encoding.UTF8.GetBytes(Text);
        var write = StateWrite.OfUtf8(key, bytes, null) with { TimeToLive = journal ? TimeSpan.FromHours(1) : null };

        var written = Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([write], Ct));

        // Text in the file (bound as bytes, stored as TEXT), so the sqlite3 shell and older builds read it as before.
        Assert.Equal("text", await ScalarAsync($"SELECT typeof(json) FROM state WHERE key = '{key}'"));
        Assert.Equal(Text, await FileJsonAsync(key));
        foreach (var store in new[] { Sqlite, new SqliteStateStore(DatabasePath, Clock, Options) })
        {
            var item = (await store.ReadAsync([key], Ct))[key];
            Assert.Equal(bytes, item.Utf8Json.ToArray());
            Assert.Equal(new StoredItem(key, Text, written.ETags[key]!), item);
        }
    }

    [Fact]
    public async Task TextWrittenByAnotherProgram_IsReadAsItsUtf8()
    {
        await Store.PingAsync(Ct);
        await ExecuteAsync($"INSERT INTO state (key, json, etag, expires_at) VALUES ('conversation/c1', '{{\"v\":\"ß\"}}', '\"old\"', {long.MaxValue})");
        using var other = new SqliteStateStore(DatabasePath, Clock, Options);

        var item = (await other.ReadAsync(["conversation/c1"], Ct))["conversation/c1"];

        Assert.Equal("""{"v":"ß"}"""u8.ToArray(), item.Utf8Json.ToArray());
        Assert.Equal("""{"v":"ß"}""", item.Json);
    }

    [Fact]
    public async Task PurgeExpiredAsync_DeletesTheRowsFromTheFile()
    {
        await CreateAsync("k", "{}");
        Clock.Advance(Lifetime);

        await Store.PurgeExpiredAsync(Ct);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM state"));
    }

    [Fact]
    public async Task ATurnsRewrite_LeavesTheExpiryColumnAlone_UntilTheSlackRunsOut()
    {
        var etag = await CreateAsync("conversation/c1", """{"n":1}""");
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        var first = await ScalarAsync(connection, "SELECT expires_at FROM state WHERE key = 'conversation/c1'");
        Assert.Equal((Start + Lifetime).ToUnixTimeMilliseconds(), first);

        Clock.Advance(TimeSpan.FromSeconds(5));
        etag = await WriteOneAsync(new StateWrite("conversation/c1", """{"n":2}""", etag));
        Assert.Equal(first, await ScalarAsync(connection, "SELECT expires_at FROM state WHERE key = 'conversation/c1'"));

        Clock.Advance(Slack);
        await WriteOneAsync(new StateWrite("conversation/c1", """{"n":3}""", etag));
        Assert.Equal((Clock.GetUtcNow() + Lifetime).ToUnixTimeMilliseconds(), await ScalarAsync(connection, "SELECT expires_at FROM state WHERE key = 'conversation/c1'"));

        // A journal entry's own time to live is exact.
        await WriteOneAsync(new StateWrite("turn/c1/a1", "{}", null) { TimeToLive = TimeSpan.FromMinutes(5) });
        Assert.Equal((Clock.GetUtcNow() + TimeSpan.FromMinutes(5)).ToUnixTimeMilliseconds(), await ScalarAsync(connection, "SELECT expires_at FROM state WHERE key = 'turn/c1/a1'"));
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

    [Fact]
    public async Task GroupCommit_WritesWaitingTogether_AreCommittedInOneTransaction()
    {
        var before = Sqlite.CommittedGroups;
        Task<WriteOutcome>[] writes;
        await using (await HoldWritesAsync())
        {
            writes = [.. Enumerable.Range(0, 20).Select(i => Store.WriteAsync([new StateWrite($"k{i}", "{}", null)], Ct))];
        }

        Assert.All(await Task.WhenAll(writes), o => Assert.IsType<WriteOutcome.Written>(o));

        // The parked group, then one group for all twenty.
        Assert.Equal(before + 2, Sqlite.CommittedGroups);
        Assert.Equal(20, (await Store.ScanAsync("k", 100, Ct)).Count);
    }

    [Fact]
    public async Task UnderSteadyWritesAndReads_TheWriteAheadLogStartsOver_InsteadOfGrowingWithEverything()
    {
        await Store.PingAsync(Ct);
        var body = "{\"text\":\"" + new string('x', 16 * 1024) + "\"}";
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Store.ReadAsync([$"doc/{r}", $"doc/{r + 100}"], Ct);
            }
        })).ToArray();

        // 48 MiB of documents in overlapping batches: three times the point where the log must start over.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 375; i++)
            {
                Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite($"doc/{(w * 375) + i}", body, "*")], Ct));
            }
        })));
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        // Frames in the log now: over 17,000 had it never started over (48 MiB of documents and their index pages); it
        // starts over past 4,096, so what is left is what came after the last restart.
        using var probe = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        probe.Open();
        using var checkpoint = probe.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        var frames = -1L;
        for (var attempt = 0; frames < 0 && attempt < 100; attempt++)
        {
            // -1 while the store's own checkpoint holds the checkpoint lock: ask again.
            using var result = checkpoint.ExecuteReader();
            frames = result.Read() ? result.GetInt64(1) : -1;
            if (frames < 0)
            {
                await Task.Delay(50, Ct);
            }
        }

        Assert.InRange(frames, 0, 12_000);
        Assert.Equal(body, (await Store.ReadAsync(["doc/2999"], Ct))["doc/2999"].Json);
    }

    [Fact]
    public async Task ExecuteOnWriter_AnotherTablesStatement_JoinsTheTurnsGroupCommit_WithValuesBoundByType()
    {
        await Store.PingAsync(Ct);
        await ExecuteAsync("CREATE TABLE other (id TEXT PRIMARY KEY, n INTEGER, note TEXT)");
        var before = Sqlite.CommittedGroups;
        Task<WriteOutcome> turn;
        Task<int> row;
        await using (await HoldWritesAsync())
        {
            turn = Store.WriteAsync([new StateWrite("conversation/a", "{}", null)], Ct);
            row = Sqlite.ExecuteOnWriterAsync(
                "INSERT INTO other (id, n, note) VALUES (@id, @n, @note)",
                [KeyValuePair.Create<string, object?>("id", "r1"), KeyValuePair.Create<string, object?>("n", 7L), KeyValuePair.Create<string, object?>("note", null)],
                Ct);
        }

        Assert.IsType<WriteOutcome.Written>(await turn);
        Assert.Equal(1, await row);

        // The parked group, then one group holding both the state write and the other table's row.
        Assert.Equal(before + 2, Sqlite.CommittedGroups);
        Assert.Equal(1, await Sqlite.ExecuteOnWriterAsync("UPDATE other SET n = n + 1 WHERE id = @id AND note IS NULL AND typeof(n) = 'integer'", [KeyValuePair.Create<string, object?>("id", "r1")], Ct));
    }

    [Fact]
    public async Task GroupCommit_ASqliteErrorInTheGroup_FailsEveryWaiterAsAStorageFailure_AndAppliesNothing()
    {
        await Store.PingAsync(Ct);
        await ExecuteAsync($"CREATE TRIGGER refuse_poison BEFORE INSERT ON state WHEN NEW.key = 'poison' BEGIN SELECT RAISE(ABORT, 'the disk refused'); END");

        Task<WriteOutcome>[] writes;
        await using (await HoldWritesAsync())
        {
            writes = [.. new[] { "before", "poison", "after" }.Select(k => Store.WriteAsync([new StateWrite(k, "{}", null)], Ct))];
        }

        foreach (var write in writes)
        {
            var failure = await Assert.ThrowsAsync<SqliteException>(() => write);
            Assert.True(StorageFailures.Is(failure));
        }

        Assert.Empty(await Store.ReadAsync(["before", "poison", "after"], Ct));

        // The writer carries on with the next group.
        await CreateAsync("later", "{}");
        Assert.Single(await Store.ReadAsync(["later"], Ct));
    }

    /// <summary>With a savepoint the job is rolled back to it; without one (the state store's own jobs) the whole group
    /// is rolled back and the other jobs run again in a group of their own.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GroupCommit_AJobThatThrowsABug_FailsAlone_AndItsOwnChangesAreRolledBack(bool savepoint)
    {
        var before = Sqlite.CommittedGroups;
        Task<WriteOutcome> first, last;
        Task<int> buggy;
        await using (await HoldWritesAsync())
        {
            first = Store.WriteAsync([new StateWrite("first", "{}", null)], Ct);
            buggy = Sqlite.RunOnWriterAsync<int>(session =>
            {
                using var insert = session.Connection.CreateCommand();
                insert.CommandText = "INSERT INTO state (key, json, etag, expires_at) VALUES ('half-done', '{}', 'x', 9223372036854775807)";
                insert.ExecuteNonQuery();
                throw new InvalidOperationException("a bug halfway through");
            }, Ct, savepoint);
            last = Store.WriteAsync([new StateWrite("last", "{}", null)], Ct);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => buggy);
        Assert.IsType<WriteOutcome.Written>(await first);
        Assert.IsType<WriteOutcome.Written>(await last);
        Assert.Equal(["first", "last"], (await Store.ReadAsync(["first", "half-done", "last"], Ct)).Keys.Order(StringComparer.Ordinal));

        // The parked group, then one committed group with both writes.
        Assert.Equal(before + 2, Sqlite.CommittedGroups);
    }

    [Fact]
    public async Task GroupCommit_AWriteCancelledBeforeTheWriterReachedIt_IsNotApplied()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        Task<WriteOutcome> cancelled;
        await using (await HoldWritesAsync())
        {
            cancelled = Store.WriteAsync([new StateWrite("k", "{}", null)], cancel.Token);
            await cancel.CancelAsync();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Empty(await Store.ReadAsync(["k"], Ct));
    }

    [Fact]
    public async Task Dispose_LaterCallsFailAsStorageFailures()
    {
        await CreateAsync("k", "{}");
        using var other = new SqliteStateStore(DatabasePath, Clock, Options);
        await other.PingAsync(Ct);

        other.Dispose();

        var failure = await Assert.ThrowsAsync<StorageUnavailableException>(() => other.WriteAsync([new StateWrite("k2", "{}", null)], Ct));
        Assert.True(StorageFailures.Is(failure));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => other.ReadAsync(["k"], Ct));
    }

    [Fact]
    public async Task Writer_CommitsDurably_WithSynchronousFull()
    {
        await CreateAsync("k", "{}");

        var synchronous = await Sqlite.RunOnWriterAsync(session =>
        {
            using var command = session.Connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return (long)command.ExecuteScalar()!;
        }, Ct);

        Assert.Equal(2L, synchronous);
    }

    [Fact]
    public async Task ReadAfterWrite_IsServedFromTheCache_WithTheWrittenDocumentAndETag()
    {
        var etag = await CreateAsync("conversation/c1", """{"n":1}""");
        var hits = Sqlite.CacheHits;

        var found = await Store.ReadAsync(["conversation/c1", "turn/absent"], Ct);

        Assert.Equal(new StoredItem("conversation/c1", """{"n":1}""", etag), Assert.Single(found).Value);
        Assert.Equal(hits + 1, Sqlite.CacheHits);
    }

    [Fact]
    public async Task JournalEntries_WithTheirOwnTimeToLive_AreNotCached_ButStillRead()
    {
        await Store.WriteAsync([new StateWrite("turn/1", """{"r":1}""", null) { TimeToLive = TimeSpan.FromMinutes(5) }], Ct);
        var hits = Sqlite.CacheHits;

        Assert.Equal("""{"r":1}""", (await Store.ReadAsync(["turn/1"], Ct))["turn/1"].Json);
        Assert.Equal(hits, Sqlite.CacheHits);
    }

    [Fact]
    public async Task ABatchThatConflicts_LeavesNothingOfItsEarlierWritesInTheCache()
    {
        var first = await CreateAsync("a", """{"v":"a1"}""");
        await CreateAsync("b", """{"v":"b1"}""");

        var outcome = await Store.WriteAsync([new StateWrite("a", """{"v":"a2"}""", first), new StateWrite("b", """{"v":"b2"}""", "\"stale\"")], Ct);

        Assert.Equal(new WriteOutcome.Conflict("b"), outcome);
        Assert.Equal(new StoredItem("a", """{"v":"a1"}""", first), (await Store.ReadAsync(["a"], Ct))["a"]);
        Assert.Equal("""{"v":"a1"}""", await FileJsonAsync("a"));
    }

    [Fact]
    public async Task AnotherProcessWritesTheFile_TheNextGroupForgetsTheCache_AndReadsSeeTheirDocument()
    {
        await CreateAsync("conversation/c1", """{"by":"us"}""");
        await ExecuteAsync("""UPDATE state SET json = '{"by":"them"}', etag = '"theirs"' WHERE key = 'conversation/c1'""");

        // Any write of ours starts a group, which sees the other connection's commit before it runs.
        await CreateAsync("other", "{}");

        Assert.Equal(new StoredItem("conversation/c1", """{"by":"them"}""", "\"theirs\""), (await Store.ReadAsync(["conversation/c1"], Ct))["conversation/c1"]);
    }

    [Fact]
    public async Task AnotherProcessWritesTheFile_ReadsSeeTheirDocumentAtOnce_WithoutAGroupOfOurs()
    {
        await CreateAsync("conversation/c1", """{"by":"us"}""");
        var hits = Sqlite.CacheHits;

        await ExecuteAsync("""UPDATE state SET json = '{"by":"them"}', etag = '"theirs"' WHERE key = 'conversation/c1'""");

        Assert.Equal(new StoredItem("conversation/c1", """{"by":"them"}""", "\"theirs\""), (await Store.ReadAsync(["conversation/c1"], Ct))["conversation/c1"]);
        Assert.Equal(hits, Sqlite.CacheHits);
    }

    [Fact]
    public async Task AnotherStoreOnTheFile_ItsWritesAreReadBack_AndOursAfterThemAreCachedAgain()
    {
        await CreateAsync("conversation/c1", """{"n":1}""");
        using var other = new SqliteStateStore(DatabasePath, Clock, Options);
        var theirs = await other.ReadAsync(["conversation/c1"], Ct);
        Assert.IsType<WriteOutcome.Written>(await other.WriteAsync([new StateWrite("conversation/c1", """{"n":2}""", theirs["conversation/c1"].ETag)], Ct));

        var read = (await Store.ReadAsync(["conversation/c1"], Ct))["conversation/c1"];
        Assert.Equal("""{"n":2}""", read.Json);
        var written = Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("conversation/c1", """{"n":3}""", read.ETag)], Ct));

        var hits = Sqlite.CacheHits;
        Assert.Equal(new StoredItem("conversation/c1", """{"n":3}""", written.ETags["conversation/c1"]!), (await Store.ReadAsync(["conversation/c1"], Ct))["conversation/c1"]);
        Assert.Equal(hits + 1, Sqlite.CacheHits);
        Assert.Equal("""{"n":3}""", (await other.ReadAsync(["conversation/c1"], Ct))["conversation/c1"].Json);
    }

    [Fact]
    public async Task Cache_IsBoundedInBytes_AndKeepsTheDocumentsWrittenLast()
    {
        var body = "{\"text\":\"" + new string('x', 16 * 1024) + "\"}";
        for (var i = 0; i < 200; i++)
        {
            await Store.WriteAsync([new StateWrite($"conversation/{i}", body, "*")], Ct);
        }

        Assert.InRange(Sqlite.CachedBytes, 1, 4L * 1024 * 1024);
        var hits = Sqlite.CacheHits;
        Assert.Equal(2, (await Store.ReadAsync(["conversation/0", "conversation/199"], Ct)).Count);
        Assert.Equal(hits + 1, Sqlite.CacheHits);
    }

    [Fact]
    public async Task DeletesAndErasure_AreSeenByTheNextRead()
    {
        await Store.WriteAsync([new StateWrite("conversation/a", "{}", null) { Subject = "user/u" }, new StateWrite("conversation/b", "{}", null)], Ct);
        await Store.ReadAsync(["conversation/a", "conversation/b"], Ct);

        await Store.EraseSubjectAsync("user/u", Ct);
        await Store.DeleteAsync(["conversation/b"], Ct);

        Assert.Empty(await Store.ReadAsync(["conversation/a", "conversation/b"], Ct));
    }

    [Fact]
    public async Task AWriteNamingANewSubject_MovesTheDocumentToIt_AndOneNamingNoneKeepsIt()
    {
        var etag = await WriteOneAsync(new StateWrite("conversation/a", "{}", null) { Subject = "user/old" });
        var written = Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("conversation/a", """{"n":1}""", etag) { Subject = "user/new" }], Ct));
        Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("conversation/a", """{"n":2}""", written.ETags["conversation/a"])], Ct));

        Assert.Equal(0, await Store.EraseSubjectAsync("user/old", Ct));
        Assert.Equal(1, await Store.EraseSubjectAsync("user/new", Ct));
        Assert.Empty(await Store.ReadAsync(["conversation/a"], Ct));
    }

    [Fact]
    public async Task TheUsualTurn_SameSubjectEveryWrite_LeavesTheSubjectIndexUntouched()
    {
        var etag = await WriteOneAsync(new StateWrite("conversation/a", "{}", null) { Subject = "user/u" });
        await ExecuteAsync("CREATE TABLE subject_rewrites (n INTEGER); CREATE TRIGGER count_subject_rewrites AFTER UPDATE OF subject ON state BEGIN INSERT INTO subject_rewrites VALUES (1); END");

        for (var i = 0; i < 3; i++)
        {
            var written = Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("conversation/a", $$"""{"n":{{i}}}""", etag) { Subject = "user/u" }], Ct));
            etag = written.ETags["conversation/a"]!;
        }

        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM subject_rewrites"));
        Assert.Equal(1, await Store.EraseSubjectAsync("user/u", Ct));
    }

    [Fact]
    public async Task AbsentKeys_AfterAGroupOfOurs_AreAnsweredWithoutASelect()
    {
        await CreateAsync("conversation/c1", """{"n":1}""");
        var fileReads = Sqlite.FileReads;

        var found = await Store.ReadAsync(["conversation/c1", "turn/c1/a1", "outbox/c1/a1", "user/u1"], Ct);

        Assert.Equal(["conversation/c1"], found.Keys);
        Assert.Equal(fileReads, Sqlite.FileReads);
    }

    [Fact]
    public async Task Writes_LookUpOnlyTheKeysTheFileMayHold_AndStillFindExpiredAndExistingRows()
    {
        var conversation = await CreateAsync("conversation/c1", """{"n":1}""");
        await Store.WriteAsync([new StateWrite("turn/c1/old", "{}", null) { TimeToLive = TimeSpan.FromMinutes(1) }], Ct);
        Clock.Advance(TimeSpan.FromMinutes(2));
        var lookups = Sqlite.RowLookups;

        var outcome = await Store.WriteAsync(
            [
                new StateWrite("conversation/c1", """{"n":2}""", conversation),
                new StateWrite("turn/c1/a1", """{"r":1}""", null) { TimeToLive = TimeSpan.FromMinutes(5) },
                new StateWrite("outbox/c1/a1", """{"o":1}""", null) { TimeToLive = TimeSpan.FromMinutes(5) },
                new StateWrite("turn/c1/old", """{"r":2}""", null) { TimeToLive = TimeSpan.FromMinutes(5) },
            ],
            Ct);

        // The conversation and the expired record are looked up (the expired row is replaced, not inserted twice); the
        // two new keys are not.
        var written = Assert.IsType<WriteOutcome.Written>(outcome);
        Assert.Equal(lookups + 2, Sqlite.RowLookups);
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM state WHERE key = 'turn/c1/old'"));
        Assert.Equal(written.ETags["turn/c1/a1"], (await Store.ReadAsync(["turn/c1/a1"], Ct))["turn/c1/a1"].ETag);
        Assert.IsType<WriteOutcome.Conflict>(await Store.WriteAsync([new StateWrite("outbox/c1/a1", "{}", null)], Ct));
    }

    [Fact]
    public async Task TwoWritesOfOneKeyInOneGroup_TheSecondIsCheckedAgainstTheFirst_NotTheCache()
    {
        var etag = await CreateAsync("conversation/c1", """{"n":1}""");
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parked = await Sqlite.ParkWriterAsync(resume.Task, Ct);

        var first = Store.WriteAsync([new StateWrite("conversation/c1", """{"by":"first"}""", etag)], Ct);
        var second = Store.WriteAsync([new StateWrite("conversation/c1", """{"by":"second"}""", etag)], Ct);
        resume.SetResult();
        await parked;

        Assert.IsType<WriteOutcome.Written>(await first);
        Assert.Equal(new WriteOutcome.Conflict("conversation/c1"), await second);
        Assert.Equal("""{"by":"first"}""", (await Store.ReadAsync(["conversation/c1"], Ct))["conversation/c1"].Json);
    }

    [Fact]
    public async Task AnErasureEarlierInTheGroup_LeavesNoCachedRowForALaterWrite()
    {
        var etag = (await WriteOneAsync(new StateWrite("conversation/c1", """{"n":1}""", null) { Subject = "user/u1" }))!;
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parked = await Sqlite.ParkWriterAsync(resume.Task, Ct);

        var erased = Store.EraseSubjectAsync("user/u1", Ct);
        var stale = Store.WriteAsync([new StateWrite("conversation/c1", """{"n":2}""", etag)], Ct);
        resume.SetResult();
        await parked;

        Assert.Equal(1, await erased);
        Assert.Equal(new WriteOutcome.Conflict("conversation/c1"), await stale);
        Assert.Empty(await Store.ReadAsync(["conversation/c1"], Ct));
    }

    [Fact]
    public async Task AnotherConnectionsUpdate_IsSeenByTheNextWritesETagCheck()
    {
        var etag = await CreateAsync("conversation/c1", """{"n":1}""");

        await ExecuteAsync("""UPDATE state SET json = '{"by":"them"}', etag = '"theirs"' WHERE key = 'conversation/c1'""");

        Assert.Equal(new WriteOutcome.Conflict("conversation/c1"), await Store.WriteAsync([new StateWrite("conversation/c1", """{"n":2}""", etag)], Ct));
        Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("conversation/c1", """{"n":2}""", "\"theirs\"")], Ct));
    }

    [Fact]
    public async Task AKeyInsertedEarlierInTheSameGroup_BehindTheFiltersBack_IsFoundByALaterWrite()
    {
        await CreateAsync("conversation/c1", "{}");
        await Store.PingAsync(Ct);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parked = await Sqlite.ParkWriterAsync(resume.Task, Ct);

        var raw = Sqlite.RunOnWriterAsync(
            session =>
            {
                session.Execute("""INSERT INTO state (key, json, etag, expires_at) VALUES ('outbox/c1/a1', '{"by":"raw"}', '"raw"', 9223372036854775807)""");
                return 0;
            },
            Ct,
            savepoint: false);
        var create = Store.WriteAsync([new StateWrite("outbox/c1/a1", "{}", null)], Ct);
        resume.SetResult();
        await parked;
        await raw;

        Assert.IsType<WriteOutcome.Conflict>(await create);
        Assert.Equal("\"raw\"", (await Store.ReadAsync(["outbox/c1/a1"], Ct))["outbox/c1/a1"].ETag);
    }

    [Fact]
    public async Task AKeyOurWriterCreated_IsReadFromTheFile_EvenWhenNotCached()
    {
        await CreateAsync("conversation/c1", "{}");
        await Store.WriteAsync([new StateWrite("turn/c1/a1", """{"r":1}""", null) { TimeToLive = TimeSpan.FromMinutes(5) }], Ct);
        var fileReads = Sqlite.FileReads;

        Assert.Equal("""{"r":1}""", (await Store.ReadAsync(["turn/c1/a1", "turn/c1/a2"], Ct))["turn/c1/a1"].Json);
        Assert.Equal(fileReads + 1, Sqlite.FileReads);
    }

    [Fact]
    public async Task AKeyAnotherStoreCreates_IsReadAtOnce_AndAfterOurNextGroup()
    {
        await CreateAsync("conversation/c1", "{}");
        Assert.Empty(await Store.ReadAsync(["turn/c1/a1"], Ct));
        using var other = new SqliteStateStore(DatabasePath, Clock, Options);

        Assert.IsType<WriteOutcome.Written>(await other.WriteAsync([new StateWrite("turn/c1/a1", """{"by":"them"}""", null)], Ct));
        Assert.Equal("""{"by":"them"}""", (await Store.ReadAsync(["turn/c1/a1"], Ct))["turn/c1/a1"].Json);

        await CreateAsync("conversation/c2", "{}");
        Assert.Equal("""{"by":"them"}""", (await Store.ReadAsync(["turn/c1/a1"], Ct))["turn/c1/a1"].Json);
    }

    [Fact]
    public async Task AKeyAnotherProcessInserts_IsReadAtOnce_AndAfterOurNextGroup()
    {
        await CreateAsync("conversation/c1", "{}");
        Assert.Empty(await Store.ReadAsync(["outbox/c1/a1"], Ct));

        await ExecuteAsync("""INSERT INTO state (key, json, etag, expires_at) VALUES ('outbox/c1/a1', '{"by":"them"}', '"theirs"', 9223372036854775807)""");
        Assert.Equal("\"theirs\"", (await Store.ReadAsync(["outbox/c1/a1"], Ct))["outbox/c1/a1"].ETag);

        await CreateAsync("conversation/c2", "{}");
        Assert.Equal("\"theirs\"", (await Store.ReadAsync(["outbox/c1/a1"], Ct))["outbox/c1/a1"].ETag);
    }

    [Fact]
    public async Task AKeyFromAnEarlierStoreOnTheFile_IsFoundByTheNextOne()
    {
        await Store.WriteAsync([new StateWrite("turn/c1/a1", """{"r":1}""", null) { TimeToLive = TimeSpan.FromMinutes(5) }], Ct);
        ((IDisposable)Store).Dispose();
        using var next = new SqliteStateStore(DatabasePath, Clock, Options);

        Assert.Single(await next.ReadAsync(["turn/c1/a1"], Ct));
        await next.WriteAsync([new StateWrite("conversation/c1", "{}", null)], Ct);
        Assert.Single(await next.ReadAsync(["turn/c1/a1"], Ct));
    }

    [Fact]
    public async Task AKeyFilterPastItsSize_IsBuiltAgain_AndNoKeyIsEverMissed()
    {
        using var small = new SqliteStateStore(Path.Combine(_folder, "small.db"), Clock, Options) { KeyFilterCapacity = 4 };
        for (var i = 0; i < 40; i++)
        {
            await small.WriteAsync([new StateWrite($"turn/{i}", "{}", null) { TimeToLive = TimeSpan.FromMinutes(5) }], Ct);
            Assert.Equal(i + 1, (await small.ReadAsync([.. Enumerable.Range(0, i + 1).Select(n => $"turn/{n}")], Ct)).Count);
        }

        Assert.Empty(await small.ReadAsync(["turn/absent"], Ct));
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        return await ScalarAsync(connection, sql);
    }

    private async Task<string?> FileJsonAsync(string key) =>
        (string?)await ScalarAsync($"SELECT json FROM state WHERE key = '{key}'");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private sealed class Held(TaskCompletionSource resume, Task parked) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            resume.SetResult();
            await parked;
        }
    }

    private async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
