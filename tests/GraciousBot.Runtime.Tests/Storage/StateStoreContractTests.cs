using System.Text;
using System.Text.Json.Nodes;
using GraciousBot.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Runtime.Tests.Storage;

/// <summary>
/// The storage contract (<see cref="IStateStore"/>), run against every store: each store's test class derives from
/// this one and only says how to make a store.
/// </summary>
public abstract class StateStoreContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    protected static readonly TimeSpan TimeToLive = TimeSpan.FromHours(1);

    /// <summary>How far past the time to live a state document may be kept (36 s for an hour; see <see cref="StoreRules.StateExpiry"/>).</summary>
    protected static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(StoreRules.ExpirySlackMs(TimeToLive));

    /// <summary>How long a state document written once lives: its time to live and the slack.</summary>
    protected static readonly TimeSpan Lifetime = TimeToLive + Slack;

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private IStateStore? _store;

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected StateStoreOptions Options { get; } = new() { TimeToLive = TimeToLive };

    protected IStateStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    /// <summary>Cancels a test that hangs instead of letting it block the run.</summary>
    protected CancellationToken Ct => _timeout.Token;

    /// <summary>A new, empty store on <see cref="Clock"/> with <see cref="Options"/>.</summary>
    protected abstract Task<IStateStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        switch (_store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        _timeout.Dispose();
    }

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsNothing()
    {
        var found = await Store.ReadAsync(["conversation/test/missing"], Ct);

        Assert.Empty(found);
    }

    [Fact]
    public async Task ReadAsync_NoKeys_ReturnsNothing()
    {
        Assert.Empty(await Store.ReadAsync([], Ct));
    }

    [Fact]
    public async Task WriteAsync_CreateWithNullETag_StoresTheDocumentWithTheReturnedETag()
    {
        var etag = await CreateAsync("k", """{"n":1}""");

        var item = Assert.Single(await Store.ReadAsync(["k"], Ct)).Value;
        Assert.Equal(new StoredItem("k", """{"n":1}""", etag), item);
    }

    [Theory]
    [InlineData(false)] // conversation state: a store may keep it for the next turn
    [InlineData(true)] // a journal entry with its own time to live: read back from where it is stored
    public async Task WriteAsync_DocumentAsUtf8_IsReadBackAsTheSameBytesAndText(bool journal)
    {
        const string Text = """{"name":"Zoë","note":"café ☕ 🎉 naïve","quote":"\"hi\""}""";
        var bytes = System.Text.Encoding.UTF8.GetBytes(Text);
        var write = StateWrite.OfUtf8("k", bytes, null) with { TimeToLive = journal ? TimeSpan.FromHours(1) : null };

        var etag = Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([write], Ct)).ETags["k"]!;

        var item = (await Store.ReadAsync(["k"], Ct))["k"];
        Assert.Equal(bytes, item.Utf8Json.ToArray());
        Assert.Equal(Text, item.Json);
        Assert.Equal(new StoredItem("k", Text, etag), item);
        Assert.Equal(Text, Assert.Single(await Store.ScanAsync("k", 10, Ct)).Json);
    }

    [Fact]
    public async Task WriteAsync_CreateWhenTheDocumentExists_ConflictsAndKeepsIt()
    {
        var etag = await CreateAsync("k", """{"n":1}""");

        var outcome = await Store.WriteAsync([new StateWrite("k", """{"n":2}""", null)], Ct);

        Assert.Equal(new WriteOutcome.Conflict("k"), outcome);
        Assert.Equal(new StoredItem("k", """{"n":1}""", etag), (await Store.ReadAsync(["k"], Ct))["k"]);
    }

    [Fact]
    public async Task WriteAsync_UpdateWithTheCurrentETag_WritesAndHandsOutANewETag()
    {
        var first = await CreateAsync("k", """{"n":1}""");

        var second = await WriteOneAsync(new StateWrite("k", """{"n":2}""", first));
        var third = await WriteOneAsync(new StateWrite("k", """{"n":3}""", second));

        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.NotEqual(second, third);
        Assert.Equal(new StoredItem("k", """{"n":3}""", third!), (await Store.ReadAsync(["k"], Ct))["k"]);
    }

    [Fact]
    public async Task WriteAsync_UpdateWithAStaleETag_ConflictsAndKeepsTheDocument()
    {
        var stale = await CreateAsync("k", """{"n":1}""");
        var current = await WriteOneAsync(new StateWrite("k", """{"n":2}""", stale));

        var outcome = await Store.WriteAsync([new StateWrite("k", """{"n":3}""", stale)], Ct);

        Assert.Equal(new WriteOutcome.Conflict("k"), outcome);
        Assert.Equal(new StoredItem("k", """{"n":2}""", current!), (await Store.ReadAsync(["k"], Ct))["k"]);
    }

    [Fact]
    public async Task WriteAsync_UpdateOfAMissingDocument_Conflicts()
    {
        var outcome = await Store.WriteAsync([new StateWrite("k", """{"n":1}""", "\"made-up\"")], Ct);

        Assert.Equal(new WriteOutcome.Conflict("k"), outcome);
        Assert.Empty(await Store.ReadAsync(["k"], Ct));
    }

    [Fact]
    public async Task WriteAsync_StarETag_OverwritesWhateverIsThere()
    {
        await CreateAsync("existing", """{"n":1}""");

        var outcome = await Store.WriteAsync(
            [new StateWrite("existing", """{"n":2}""", "*"), new StateWrite("missing", """{"n":3}""", "*")], Ct);

        var written = Assert.IsType<WriteOutcome.Written>(outcome);
        var found = await Store.ReadAsync(["existing", "missing"], Ct);
        Assert.Equal("""{"n":2}""", found["existing"].Json);
        Assert.Equal("""{"n":3}""", found["missing"].Json);
        Assert.Equal(written.ETags["existing"], found["existing"].ETag);
        Assert.Equal(written.ETags["missing"], found["missing"].ETag);
    }

    [Fact]
    public async Task WriteAsync_Batch_WritesEveryDocumentAndReturnsEachETag()
    {
        var b = await CreateAsync("b", """{"v":"b1"}""");

        var outcome = await Store.WriteAsync(
            [new StateWrite("a", """{"v":"a1"}""", null), new StateWrite("b", """{"v":"b2"}""", b)], Ct);

        var written = Assert.IsType<WriteOutcome.Written>(outcome);
        var found = await Store.ReadAsync(["a", "b"], Ct);
        Assert.Equal(new StoredItem("a", """{"v":"a1"}""", written.ETags["a"]!), found["a"]);
        Assert.Equal(new StoredItem("b", """{"v":"b2"}""", written.ETags["b"]!), found["b"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task WriteAsync_BatchWithOneConflict_WritesNothing(int conflictAt)
    {
        var existing = await CreateAsync("existing", """{"v":"old"}""");
        var taken = await CreateAsync("taken", """{"v":"old"}""");
        var writes = new List<StateWrite>
        {
            new("fresh", """{"v":"new"}""", null),
            new("existing", """{"v":"new"}""", existing),
            new("gone", null, "*"),
        };
        writes.Insert(conflictAt, new StateWrite("taken", """{"v":"new"}""", null));
        await CreateAsync("gone", """{"v":"old"}""");

        var outcome = await Store.WriteAsync(writes, Ct);

        Assert.Equal(new WriteOutcome.Conflict("taken"), outcome);
        var found = await Store.ReadAsync(["fresh", "existing", "taken", "gone"], Ct);
        Assert.False(found.ContainsKey("fresh"));
        Assert.Equal(new StoredItem("existing", """{"v":"old"}""", existing), found["existing"]);
        Assert.Equal(new StoredItem("taken", """{"v":"old"}""", taken), found["taken"]);
        Assert.Equal("""{"v":"old"}""", found["gone"].Json);
    }

    [Fact]
    public async Task WriteAsync_SameKeyTwiceInOneBatch_IsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(
            [new StateWrite("k", """{"n":1}""", null), new StateWrite("k", """{"n":2}""", "*")], Ct));
        Assert.Empty(await Store.ReadAsync(["k"], Ct));
    }

    [Fact]
    public async Task WriteAsync_EmptyBatch_WritesNothing()
    {
        var written = Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([], Ct));
        Assert.Empty(written.ETags);
    }

    [Fact]
    public async Task WriteAsync_NullJsonWithTheCurrentETag_DeletesAndReturnsANullETag()
    {
        var etag = await CreateAsync("k", """{"n":1}""");

        var written = Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("k", null, etag)], Ct));

        Assert.Null(written.ETags["k"]);
        Assert.Empty(await Store.ReadAsync(["k"], Ct));
    }

    [Fact]
    public async Task WriteAsync_NullJsonWithAStaleETag_ConflictsAndKeepsTheDocument()
    {
        var stale = await CreateAsync("k", """{"n":1}""");
        await WriteOneAsync(new StateWrite("k", """{"n":2}""", stale));

        Assert.Equal(new WriteOutcome.Conflict("k"), await Store.WriteAsync([new StateWrite("k", null, stale)], Ct));
        Assert.Equal("""{"n":2}""", (await Store.ReadAsync(["k"], Ct))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_NullJsonWithNullETag_SucceedsOnlyWhenTheDocumentIsAbsent()
    {
        Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("absent", null, null)], Ct));

        await CreateAsync("present", """{"n":1}""");
        Assert.Equal(new WriteOutcome.Conflict("present"), await Store.WriteAsync([new StateWrite("present", null, null)], Ct));
        Assert.Single(await Store.ReadAsync(["present"], Ct));
    }

    [Fact]
    public async Task WriteAsync_NullJsonWithStar_DeletesWhetherOrNotThereIsADocument()
    {
        await CreateAsync("present", """{"n":1}""");

        var outcome = await Store.WriteAsync([new StateWrite("present", null, "*"), new StateWrite("absent", null, "*")], Ct);

        Assert.IsType<WriteOutcome.Written>(outcome);
        Assert.Empty(await Store.ReadAsync(["present", "absent"], Ct));
    }

    [Fact]
    public async Task DeleteAsync_RemovesWhateverTheETag_AndCountsWhatExisted()
    {
        await CreateAsync("a", "{}");
        await CreateAsync("b", "{}");
        await CreateAsync("keep", "{}");

        var deleted = await Store.DeleteAsync(["a", "b", "missing"], Ct);

        Assert.Equal(2, deleted);
        Assert.Equal(["keep"], (await Store.ReadAsync(["a", "b", "keep"], Ct)).Keys);
        Assert.Equal(0, await Store.DeleteAsync(["a"], Ct));
    }

    [Fact]
    public async Task DeleteAsync_ThenCreate_StartsAfresh()
    {
        var old = await CreateAsync("k", """{"n":1}""");
        await Store.DeleteAsync(["k"], Ct);

        Assert.Equal(new WriteOutcome.Conflict("k"), await Store.WriteAsync([new StateWrite("k", """{"n":2}""", old)], Ct));
        var fresh = await CreateAsync("k", """{"n":3}""");
        Assert.NotEqual(old, fresh);
    }

    [Fact]
    public async Task ReadAsync_AfterTheTimeToLiveAndItsSlack_TheDocumentIsGone()
    {
        await CreateAsync("k", "{}");

        Clock.Advance(TimeToLive);
        Assert.Single(await Store.ReadAsync(["k"], Ct));

        Clock.Advance(Slack - TimeSpan.FromMilliseconds(1));
        Assert.Single(await Store.ReadAsync(["k"], Ct));

        Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Empty(await Store.ReadAsync(["k"], Ct));
    }

    [Fact]
    public void TheSlack_IsAHundredthOfTheTimeToLive_AtMostAnHour()
    {
        Assert.Equal(TimeSpan.FromSeconds(36), Slack);
        Assert.Equal(TimeSpan.FromHours(1).TotalMilliseconds, StoreRules.ExpirySlackMs(TimeSpan.FromDays(30)));
        Assert.Equal(100, StoreRules.ExpirySlackMs(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task WriteAsync_WithinTheSlack_KeepsTheExpiry_WhichIsStillAtLeastTheTimeToLiveAway()
    {
        var etag = await CreateAsync("k", """{"n":1}""");
        Clock.Advance(Slack / 2);
        await WriteOneAsync(new StateWrite("k", """{"n":2}""", etag));

        // Kept: the first write's expiry, still more than the time to live after the second write.
        await AssertLastsAsync("k", """{"n":2}""", TimeToLive + (Slack / 2));
    }

    [Fact]
    public async Task WriteAsync_PastTheSlack_MovesTheExpiry()
    {
        var etag = await CreateAsync("k", """{"n":1}""");
        Clock.Advance(Slack + TimeSpan.FromMilliseconds(1));
        await WriteOneAsync(new StateWrite("k", """{"n":2}""", etag));

        // The first write's expiry has passed: the second write set a new one, its own lifetime from now.
        await AssertLastsAsync("k", """{"n":2}""", Lifetime);
    }

    /// <summary>The document under <paramref name="key"/> reads as <paramref name="json"/> until just before
    /// <paramref name="lasts"/> from now, and is gone then.</summary>
    private async Task AssertLastsAsync(string key, string json, TimeSpan lasts)
    {
        Clock.Advance(lasts - TimeSpan.FromMilliseconds(1));
        Assert.Equal(json, (await Store.ReadAsync([key], Ct))[key].Json);

        Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Empty(await Store.ReadAsync([key], Ct));
    }

    [Fact]
    public async Task WriteAsync_RefreshesTheTimeToLive()
    {
        var etag = await CreateAsync("k", """{"n":1}""");
        Clock.Advance(TimeToLive * 0.75);
        await WriteOneAsync(new StateWrite("k", """{"n":2}""", etag));

        Clock.Advance(TimeToLive * 0.75);

        Assert.Equal("""{"n":2}""", (await Store.ReadAsync(["k"], Ct))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_AnExpiredDocument_CountsAsAbsent()
    {
        var old = await CreateAsync("k", """{"n":1}""");
        Clock.Advance(Lifetime);

        Assert.Equal(new WriteOutcome.Conflict("k"), await Store.WriteAsync([new StateWrite("k", """{"n":2}""", old)], Ct));
        Assert.IsType<WriteOutcome.Written>(await Store.WriteAsync([new StateWrite("k", null, null)], Ct));
        var fresh = await CreateAsync("k", """{"n":3}""");

        Assert.Equal(new StoredItem("k", """{"n":3}""", fresh), (await Store.ReadAsync(["k"], Ct))["k"]);
    }

    [Fact]
    public async Task DeleteAsync_AnExpiredDocument_DoesNotCountAsExisting()
    {
        await CreateAsync("k", "{}");
        Clock.Advance(Lifetime);

        Assert.Equal(0, await Store.DeleteAsync(["k"], Ct));
        Assert.Equal(0, await Store.PurgeExpiredAsync(Ct));
    }

    [Fact]
    public async Task PurgeExpiredAsync_RemovesOnlyExpiredDocuments()
    {
        await CreateAsync("old-1", "{}");
        await CreateAsync("old-2", "{}");
        Clock.Advance(TimeToLive / 2);
        await CreateAsync("young", "{}");
        Clock.Advance((TimeToLive / 2) + Slack);

        Assert.Equal(2, await Store.PurgeExpiredAsync(Ct));
        Assert.Equal(0, await Store.PurgeExpiredAsync(Ct));
        Assert.Equal(["young"], (await Store.ReadAsync(["old-1", "old-2", "young"], Ct)).Keys);

        Clock.Advance(TimeToLive / 2);
        Assert.Equal(1, await Store.PurgeExpiredAsync(Ct));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentReadModifyWriteOnOneKey_LosesNoUpdate()
    {
        const int writers = 4;
        const int incrementsEach = 25;
        var conflicts = 0;

        async Task IncrementAsync()
        {
            for (var done = 0; done < incrementsEach;)
            {
                var found = await Store.ReadAsync(["counter"], Ct);
                var current = found.TryGetValue("counter", out var item) ? (int)JsonNode.Parse(item.Json)!["n"]! : 0;
                var outcome = await Store.WriteAsync([new StateWrite("counter", $$"""{"n":{{current + 1}}}""", item?.ETag)], Ct);
                if (outcome is WriteOutcome.Written)
                {
                    done++;
                }
                else
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(IncrementAsync)));

        var final = (await Store.ReadAsync(["counter"], Ct))["counter"];
        Assert.Equal(writers * incrementsEach, (int)JsonNode.Parse(final.Json)!["n"]!);
    }

    [Fact]
    public async Task WriteAsync_UnicodeKeysAndLargeJson_RoundTripExactly()
    {
        const string key = "conversation/msteams/a:1Ünïcødé-會話-🙂;messageid=1'\"%_";
        var text = new StringBuilder();
        while (text.Length < 2_000_000)
        {
            text.Append("Grüße — 你好 — مرحبا — שלום — 🙂👋🏽👩‍👩‍👧 — é (e\u0301) — \\u0000 \\\" \\n — ");
        }

        var json = $$"""{"text":"{{text}}","emoji":"🎉"}""";

        var etag = await CreateAsync(key, json);

        var item = (await Store.ReadAsync([key], Ct))[key];
        Assert.Equal(key, item.Key);
        Assert.Equal(etag, item.ETag);
        Assert.True(string.Equals(json, item.Json, StringComparison.Ordinal), "The large document did not come back unchanged.");
    }

    [Fact]
    public async Task ReadAsync_ManyKeys_ReturnsEveryDocument()
    {
        var keys = Enumerable.Range(0, 1200).Select(i => $"user/test/{i}").ToList();
        var outcome = await Store.WriteAsync([.. keys.Select(k => new StateWrite(k, $$"""{"k":"{{k}}"}""", null))], Ct);
        Assert.IsType<WriteOutcome.Written>(outcome);

        var found = await Store.ReadAsync([.. keys, "user/test/missing"], Ct);

        Assert.Equal(keys.Count, found.Count);
        Assert.All(keys, k => Assert.Equal($$"""{"k":"{{k}}"}""", found[k].Json));
        Assert.Equal(keys.Count, await Store.DeleteAsync(keys, Ct));
    }

    [Fact]
    public async Task ScanAsync_ReturnsLiveDocumentsUnderThePrefix_InKeyOrder_UpToTheLimit()
    {
        await CreateAsync("outbox/b", """{"n":2}""");
        await CreateAsync("outbox/a", """{"n":1}""");
        await CreateAsync("outbox/c", """{"n":3}""");
        await CreateAsync("outbox0", """{"n":0}""");
        await CreateAsync("outbo", """{"n":0}""");
        await WriteOneAsync(new StateWrite("outbox/short", """{"n":4}""", null) { TimeToLive = TimeSpan.FromMinutes(1) });
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(["outbox/a", "outbox/b", "outbox/c"], (await Store.ScanAsync("outbox/", 10, Ct)).Select(i => i.Key));
        Assert.Equal(["outbox/a", "outbox/b"], (await Store.ScanAsync("outbox/", 2, Ct)).Select(i => i.Key));
        Assert.Empty(await Store.ScanAsync("nothing/", 10, Ct));
    }

    [Fact]
    public async Task ScanExpiringAsync_ReturnsLiveDocumentsUnderThePrefix_ExpiringByTheBound_SoonestFirst_UpToTheLimit()
    {
        async Task Expiring(string key, TimeSpan ttl) => await WriteOneAsync(new StateWrite(key, """{"n":1}""", null) { TimeToLive = ttl });
        await Expiring("queue/late", TimeSpan.FromMinutes(50));
        await Expiring("queue/a-third", TimeSpan.FromMinutes(30));
        await Expiring("queue/b-first", TimeSpan.FromMinutes(10));
        await Expiring("queue/c-second", TimeSpan.FromMinutes(20));
        await Expiring("queue/gone", TimeSpan.FromMinutes(1));
        await Expiring("other/b-first", TimeSpan.FromMinutes(10));
        Clock.Advance(TimeSpan.FromMinutes(2));
        var by = Clock.GetUtcNow() + TimeSpan.FromMinutes(30);

        Assert.Equal(["queue/b-first", "queue/c-second", "queue/a-third"], (await Store.ScanExpiringAsync("queue/", by, 10, Ct)).Select(i => i.Key));
        Assert.Equal(["queue/b-first"], (await Store.ScanExpiringAsync("queue/", by, 1, Ct)).Select(i => i.Key));
        Assert.Empty(await Store.ScanExpiringAsync("queue/", Clock.GetUtcNow() + TimeSpan.FromMinutes(5), 10, Ct));
    }

    [Fact]
    public async Task WriteWithOwnTimeToLive_ExpiresThen_OthersKeepTheStoreDefault()
    {
        await WriteOneAsync(new StateWrite("turn/short", "{}", null) { TimeToLive = TimeSpan.FromMinutes(5) });
        await CreateAsync("conversation/long", "{}");
        Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(["conversation/long"], (await Store.ReadAsync(["turn/short", "conversation/long"], Ct)).Keys);
    }

    [Fact]
    public async Task EraseSubjectAsync_DeletesEveryDocumentWrittenForTheSubject_AndNothingElse()
    {
        await Store.WriteAsync(
        [
            new StateWrite("conversation/t/c1", """{"name":"Ada"}""", null) { Subject = "user/t/ada" },
            new StateWrite("turn/t/c1/a1", """{"replies":[]}""", null) { Subject = "user/t/ada" },
            new StateWrite("conversation/t/c2", """{"name":"Bo"}""", null) { Subject = "user/t/bo" },
            new StateWrite("runtime/shared", "{}", null),
        ], Ct);

        // A later write without a subject keeps the one the document had.
        var etag = (await Store.ReadAsync(["conversation/t/c1"], Ct))["conversation/t/c1"].ETag;
        await WriteOneAsync(new StateWrite("conversation/t/c1", """{"name":"Ada","step":2}""", etag));

        Assert.Equal(2, await Store.EraseSubjectAsync("user/t/ada", Ct));
        Assert.Equal(["conversation/t/c2", "runtime/shared"], (await Store.ReadAsync(["conversation/t/c1", "turn/t/c1/a1", "conversation/t/c2", "runtime/shared"], Ct)).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await Store.EraseSubjectAsync("user/t/ada", Ct));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentBatchesOnOneETag_OneIsWrittenAndEveryOtherConflictsAndWritesNothing()
    {
        var etag = await CreateAsync("shared", """{"by":"nobody"}""");

        // Each batch updates the shared document with the ETag everyone read, and creates a document of its own.
        Task<WriteOutcome>[] batches;
        await using (await HoldWritesAsync())
        {
            batches = [.. Enumerable.Range(0, 16).Select(i => Store.WriteAsync(
                [new StateWrite("shared", $$"""{"by":{{i}}}""", etag), new StateWrite($"own/{i}", "{}", null)], Ct))];
        }

        var outcomes = await Task.WhenAll(batches);

        var winner = Assert.Single(outcomes.Select((o, i) => (o, i)), p => p.o is WriteOutcome.Written).i;
        Assert.All(outcomes.Where((_, i) => i != winner), o => Assert.Equal(new WriteOutcome.Conflict("shared"), o));
        var stored = await Store.ReadAsync([.. Enumerable.Range(0, 16).Select(i => $"own/{i}"), "shared"], Ct);
        Assert.Equal([$"own/{winner}", "shared"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($$"""{"by":{{winner}}}""", stored["shared"].Json);
        Assert.Equal(((WriteOutcome.Written)outcomes[winner]).ETags["shared"], stored["shared"].ETag);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentBatches_AConflictingOneDoesNotFailTheOthers()
    {
        await CreateAsync("taken", "{}");

        // Every third batch tries to create a document that exists; the others write their own keys.
        Task<WriteOutcome>[] batches;
        await using (await HoldWritesAsync())
        {
            batches = [.. Enumerable.Range(0, 24).Select(i => Store.WriteAsync(
                i % 3 == 0
                    ? [new StateWrite($"mine/{i}", "{}", null), new StateWrite("taken", "{}", null)]
                    : [new StateWrite($"mine/{i}", $$"""{"n":{{i}}}""", null)],
                Ct))];
        }

        var outcomes = await Task.WhenAll(batches);

        for (var i = 0; i < outcomes.Length; i++)
        {
            var found = await Store.ReadAsync([$"mine/{i}"], Ct);
            if (i % 3 == 0)
            {
                Assert.Equal(new WriteOutcome.Conflict("taken"), outcomes[i]);
                Assert.Empty(found);
            }
            else
            {
                var written = Assert.IsType<WriteOutcome.Written>(outcomes[i]);
                Assert.Equal(new StoredItem($"mine/{i}", $$"""{"n":{{i}}}""", written.ETags[$"mine/{i}"]!), found[$"mine/{i}"]);
            }
        }
    }

    [Fact]
    public async Task PingAsync_WhenTheStoreIsReachable_Succeeds()
    {
        await Store.PingAsync(Ct);
    }

    /// <summary>
    /// Holds the store's writes back until disposed, so that the writes started meanwhile reach the store at the same
    /// moment (a store with group commit commits them in one group). Stores without a writer queue need nothing.
    /// </summary>
    protected virtual Task<IAsyncDisposable> HoldWritesAsync() => Task.FromResult<IAsyncDisposable>(new NothingHeld());

    /// <summary>Creates a document that must not exist yet; returns its ETag.</summary>
    protected async Task<string> CreateAsync(string key, string json) =>
        (await WriteOneAsync(new StateWrite(key, json, null)))!;

    protected async Task<string?> WriteOneAsync(StateWrite write)
    {
        var outcome = await Store.WriteAsync([write], Ct);
        var written = Assert.IsType<WriteOutcome.Written>(outcome);
        return written.ETags[write.Key];
    }

    private sealed class NothingHeld : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
