using GraciousBot.Runtime.Storage;
using Npgsql;

namespace GraciousBot.Runtime.Tests.Storage;

/// <summary>Which failures are "storage unavailable, retry" (503) and how the PostgreSQL pool is capped.</summary>
public sealed class StorageFailuresTests
{
    [Theory]
    [InlineData("53300")] // too many connections
    [InlineData("57P01")] // administrator shut the server down
    [InlineData("25006")] // read-only transaction
    [InlineData("08006")] // connection failure
    public void PostgresErrors_AreStorageFailures(string sqlState)
    {
        Assert.True(StorageFailures.Is(new PostgresException("failed", "FATAL", "FATAL", sqlState)));
    }

    [Fact]
    public void ConnectionFailures_AndWrappedOnes_AreStorageFailures_ABugIsNot()
    {
        Assert.True(StorageFailures.Is(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))));
        Assert.True(StorageFailures.Is(new Microsoft.Data.Sqlite.SqliteException("attempt to write a readonly database", 8)));
        Assert.True(StorageFailures.Is(new InvalidOperationException("wrapped", new StorageUnavailableException("queue busy"))));
        Assert.False(StorageFailures.Is(new InvalidOperationException("a bug")));
        Assert.False(StorageFailures.Is(new NullReferenceException()));
    }

    [Theory]
    [InlineData("Host=db;Database=bot", 20)]
    [InlineData("Host=db;Database=bot;Maximum Pool Size=9", 9)]
    [InlineData("Host=db;Database=bot;maxpoolsize=11", 11)]
    public void CapPool_SetsTheCapOnlyWhenTheConnectionStringNamesNone(string connectionString, int expected)
    {
        var capped = PostgresStateStore.CapPool(connectionString, PostgresStateStore.DefaultMaxPoolSize);

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(capped).MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db;Database=bot", 32, true)]
    [InlineData("Host=db;Database=bot;Max Auto Prepare=0;No Reset On Close=false", 0, false)]
    [InlineData("Host=db;Database=bot;maxautoprepare=5", 5, true)]
    public void Tuned_PreparesAndSkipsTheResetOnlyWhenTheConnectionStringSaysNothing(string connectionString, int autoPrepare, bool noReset)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresStateStore.Tuned(connectionString));

        Assert.Equal(autoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(noReset, tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
    }
}
