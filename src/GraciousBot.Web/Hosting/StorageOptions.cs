using System.ComponentModel.DataAnnotations;

namespace GraciousBot.Web.Hosting;

public enum StorageProvider
{
    Sqlite,
    Postgres,
    Memory,
}

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (default, one file), Postgres (several instances share it), or Memory (tests).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file; relative paths are under the content root.</summary>
    [Required]
    public string SqlitePath { get; set; } = ".data/graciousbot.db";

    /// <summary>The PostgreSQL connection string (required with the Postgres provider).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>
    /// Connections one instance opens at most, used when the connection string sets no <c>Max Pool Size</c>
    /// (several instances must fit the server's <c>max_connections</c>).
    /// </summary>
    [Range(1, 1000)]
    public int PostgresMaxPoolSize { get; set; } = GraciousBot.Runtime.Storage.PostgresStateStore.DefaultMaxPoolSize;

    /// <summary>How long untouched state lives.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(30);
}
