using GraciousBot.Closing.Insights;
using GraciousBot.Testing.Postgres;

namespace GraciousBot.Closing.Tests.Insights;

/// <summary>What every outcome store must do, on memory, a SQLite file and a real PostgreSQL server.</summary>
public abstract class OutcomeStoreContractTests
{
    protected static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    protected static InsightsOptions Options { get; } = new();

    protected abstract IOutcomeStore Create();

    [Fact]
    public async Task Write_ThenQuery_RoundTripsEveryField_AndTheSameIdReplaces()
    {
        var store = Create();
        var record = Record("a", Noon) with
        {
            Brand = "Contoso", Caller = "root-app", CaseCategory = "billing", Rating = 4, CommentLeft = true, Comment = "Great, thanks",
            HandoffReason = "lowRating", HandoffState = "accepted", DetailKinds = ["birthday", "travel"], Turns = 5,
            Duration = TimeSpan.FromSeconds(93.5), SurveyAsked = true, SurveySkipped = false, UserHash = await store.UserHashAsync("webchat", "u-1", CancellationToken.None),
        };
        await store.WriteAsync(record, CancellationToken.None);
        await store.WriteAsync(record with { Rating = 5 }, CancellationToken.None);

        var found = Assert.Single(await store.QueryAsync(Day(2026, 11, 23), CancellationToken.None));
        Assert.Equal(record with { Rating = 5, DetailKinds = found.DetailKinds }, found);
        Assert.Equal(["birthday", "travel"], found.DetailKinds);
    }

    [Fact]
    public async Task Query_DaysAreInclusiveUtc_AndChannelAndLocaleFilter()
    {
        var store = Create();
        await store.WriteAsync(Record("before", new DateTimeOffset(2026, 11, 22, 23, 59, 59, TimeSpan.Zero)), CancellationToken.None);
        await store.WriteAsync(Record("first", new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        await store.WriteAsync(Record("last", new DateTimeOffset(2026, 11, 24, 23, 59, 59, TimeSpan.Zero)) with { ChannelId = "msteams", Locale = "de-DE" }, CancellationToken.None);
        await store.WriteAsync(Record("after", new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None);

        var period = new OutcomeQuery(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 24));
        Assert.Equal(["first", "last"], (await store.QueryAsync(period, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(["last"], (await store.QueryAsync(period with { ChannelId = "MSTeams" }, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(["first"], (await store.QueryAsync(period with { Locale = "en-gb" }, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task DeleteForUser_RemovesOnlyThatCustomersComments()
    {
        var store = Create();
        var theirs = await store.UserHashAsync("webchat", "erase-me", CancellationToken.None);
        var others = await store.UserHashAsync("webchat", "keep-me", CancellationToken.None);
        Assert.NotEqual(theirs, others);
        Assert.NotEqual(theirs, await store.UserHashAsync("msteams", "erase-me", CancellationToken.None));
        await store.WriteAsync(Record("1", Noon) with { CommentLeft = true, Comment = "call me Tuesdays", UserHash = theirs }, CancellationToken.None);
        await store.WriteAsync(Record("2", Noon.AddMinutes(1)) with { CommentLeft = true, Comment = "nice", UserHash = others }, CancellationToken.None);

        Assert.Equal(1, await store.DeleteForUserAsync("webchat", "erase-me", CancellationToken.None));

        var records = await store.QueryAsync(Day(2026, 11, 23), CancellationToken.None);
        Assert.Equal([null, "nice"], records.Select(r => r.Comment));
        Assert.Equal([true, true], records.Select(r => r.CommentLeft));
        Assert.Null(records[0].UserHash);
        Assert.Equal(0, await store.DeleteForUserAsync("webchat", "erase-me", CancellationToken.None));
    }

    [Fact]
    public async Task Purge_DeletesOnlyRecordsOlderThanTheCutOff()
    {
        var store = Create();
        await store.WriteAsync(Record("old", Noon.AddDays(-401)), CancellationToken.None);
        await store.WriteAsync(Record("kept", Noon.AddDays(-399)), CancellationToken.None);

        Assert.Equal(1, await store.PurgeAsync(Noon - Options.Retention, CancellationToken.None));
        Assert.Equal(["kept"], (await store.QueryAsync(new OutcomeQuery(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)), CancellationToken.None)).Select(r => r.Id));
    }

    private static OutcomeQuery Day(int year, int month, int day) => new(new DateOnly(year, month, day), new DateOnly(year, month, day));

    protected static OutcomeRecord Record(string id, DateTimeOffset endedAt) => new()
    {
        Id = id,
        EndedAt = endedAt,
        ChannelId = "webchat",
        Locale = "en-GB",
        Outcome = "completed",
        Resolution = "confirmed",
    };
}

public sealed class MemoryOutcomeStoreTests : OutcomeStoreContractTests
{
    protected override IOutcomeStore Create() => new MemoryOutcomeStore(Options);
}

public sealed class SqliteOutcomeStoreTests : OutcomeStoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graciousbot-outcomes-").FullName;

    protected override IOutcomeStore Create() => new SqliteOutcomeStore(Path.Combine(_folder, "nested", "state.db"), Options);

    [Fact]
    public async Task HashKey_IsGeneratedOnce_AndSharedByEveryInstanceOnTheFile()
    {
        var path = Path.Combine(_folder, "shared.db");
        var first = await new SqliteOutcomeStore(path, Options).UserHashAsync("webchat", "u", CancellationToken.None);
        Assert.Equal(first, await new SqliteOutcomeStore(path, Options).UserHashAsync("webchat", "u", CancellationToken.None));
        Assert.NotEqual(first, await new SqliteOutcomeStore(Path.Combine(_folder, "other.db"), Options).UserHashAsync("webchat", "u", CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The way the host wires it: the outcome records write through the state store of the same file.</summary>
public sealed class SqliteOutcomeStoreThroughStateWriterTests : OutcomeStoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graciousbot-outcomes-").FullName;
    private readonly List<GraciousBot.Runtime.Storage.SqliteStateStore> _states = [];

    protected override IOutcomeStore Create()
    {
        var path = Path.Combine(_folder, $"state-{_states.Count}.db");
        var state = new GraciousBot.Runtime.Storage.SqliteStateStore(path, TimeProvider.System);
        _states.Add(state);
        return new SqliteOutcomeStore(path, Options, state);
    }

    [Fact]
    public async Task Writes_AreVisibleToAStoreWithoutTheWriter_OnTheSameFile()
    {
        var path = Path.Combine(_folder, "shared.db");
        using var state = new GraciousBot.Runtime.Storage.SqliteStateStore(path, TimeProvider.System);
        var through = new SqliteOutcomeStore(path, Options, state);
        await through.WriteAsync(Record("shared-1", Noon), CancellationToken.None);

        var direct = new SqliteOutcomeStore(path, Options);
        var found = await direct.QueryAsync(new OutcomeQuery(DateOnly.FromDateTime(Noon.UtcDateTime), DateOnly.FromDateTime(Noon.UtcDateTime)), CancellationToken.None);
        Assert.Equal("shared-1", Assert.Single(found).Id);
    }

    public void Dispose()
    {
        foreach (var state in _states)
        {
            state.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

public sealed class PostgresOutcomeStoreTests(PostgresFixture postgres) : OutcomeStoreContractTests, IClassFixture<PostgresFixture>
{
    protected override IOutcomeStore Create() => new PostgresOutcomeStore(postgres.CreateDatabase(), Options);

    [Fact]
    public async Task FirstUse_ByManyInstancesAtOnce_CreatesTheTablesAndOneKey()
    {
        var database = postgres.CreateDatabase();
        var instances = Enumerable.Range(0, 4).Select(_ => new PostgresOutcomeStore(database, Options)).ToList();

        var hashes = await Task.WhenAll(instances.Select(i => Task.Run(() => i.UserHashAsync("webchat", "u", CancellationToken.None))));

        Assert.Single(hashes.Distinct());
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
    }
}
