using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using GraciousBot.Runtime.Storage;
using Npgsql;

namespace GraciousBot.Closing.Insights;

/// <summary>
/// Outcome records in SQL: table <c>closing_outcomes</c> next to the state, plus <c>closing_outcomes_key</c> holding
/// the generated hash key. The SQL is the same for SQLite and PostgreSQL (times as Unix milliseconds, flags as 0/1,
/// detail kinds comma-separated, upsert with ON CONFLICT), so one class serves both.
/// </summary>
public abstract class SqlOutcomeStore(InsightsOptions options) : IOutcomeStore
{
    private const string Columns = "id, ended_at, channel_id, locale, brand, caller, case_category, outcome, resolution, rating, comment_left, comment, handoff_reason, handoff_state, detail_kinds, turns, duration_ms, survey_skipped, survey_asked, user_hash";

    private readonly SemaphoreSlim _ready = new(1, 1);
    private byte[]? _key = UserHash.Configured(options);
    private bool _created;

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    protected abstract string BinaryType { get; }

    public async Task WriteAsync(OutcomeRecord record, CancellationToken cancellationToken)
    {
        await ExecuteWriteAsync($"""
            INSERT INTO closing_outcomes ({Columns})
            VALUES (@id, @ended_at, @channel_id, @locale, @brand, @caller, @case_category, @outcome, @resolution, @rating, @comment_left, @comment, @handoff_reason, @handoff_state, @detail_kinds, @turns, @duration_ms, @survey_skipped, @survey_asked, @user_hash)
            ON CONFLICT (id) DO UPDATE SET ended_at = excluded.ended_at, outcome = excluded.outcome, resolution = excluded.resolution,
              rating = excluded.rating, comment_left = excluded.comment_left, comment = excluded.comment, handoff_reason = excluded.handoff_reason,
              handoff_state = excluded.handoff_state, detail_kinds = excluded.detail_kinds, turns = excluded.turns, duration_ms = excluded.duration_ms,
              survey_skipped = excluded.survey_skipped, survey_asked = excluded.survey_asked
            """,
            [
                new("id", record.Id),
                new("ended_at", record.EndedAt.ToUnixTimeMilliseconds()),
                new("channel_id", record.ChannelId),
                new("locale", record.Locale),
                new("brand", record.Brand),
                new("caller", record.Caller),
                new("case_category", record.CaseCategory),
                new("outcome", record.Outcome),
                new("resolution", record.Resolution),
                new("rating", record.Rating, System.Data.DbType.Int32),
                new("comment_left", record.CommentLeft ? 1 : 0),
                new("comment", record.Comment),
                new("handoff_reason", record.HandoffReason),
                new("handoff_state", record.HandoffState),
                new("detail_kinds", string.Join(',', record.DetailKinds)),
                new("turns", record.Turns),
                new("duration_ms", (long)record.Duration.TotalMilliseconds),
                new("survey_skipped", record.SurveySkipped ? 1 : 0),
                new("survey_asked", record.SurveyAsked ? 1 : 0),
                new("user_hash", record.UserHash),
            ],
            cancellationToken);
    }

    public async Task<IReadOnlyList<OutcomeRecord>> QueryAsync(OutcomeQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM closing_outcomes
            WHERE ended_at >= @start AND ended_at < @end
              AND (@channel_id IS NULL OR lower(channel_id) = lower(@channel_id))
              AND (@locale IS NULL OR lower(locale) = lower(@locale))
            ORDER BY ended_at
            """;
        Add(command, "start", query.Start.ToUnixTimeMilliseconds());
        Add(command, "end", query.End.ToUnixTimeMilliseconds());
        Add(command, "channel_id", query.ChannelId);
        Add(command, "locale", query.Locale);
        var records = new List<OutcomeRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new OutcomeRecord
            {
                Id = reader.GetString(0),
                EndedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                ChannelId = reader.GetString(2),
                Locale = reader.GetString(3),
                Brand = String(reader, 4),
                Caller = String(reader, 5),
                CaseCategory = String(reader, 6),
                Outcome = reader.GetString(7),
                Resolution = reader.GetString(8),
                Rating = reader.IsDBNull(9) ? null : Convert.ToInt32(reader.GetValue(9), System.Globalization.CultureInfo.InvariantCulture),
                CommentLeft = Convert.ToInt32(reader.GetValue(10), System.Globalization.CultureInfo.InvariantCulture) == 1,
                Comment = String(reader, 11),
                HandoffReason = String(reader, 12),
                HandoffState = String(reader, 13),
                DetailKinds = String(reader, 14) is { Length: > 0 } kinds ? kinds.Split(',') : [],
                Turns = Convert.ToInt32(reader.GetValue(15), System.Globalization.CultureInfo.InvariantCulture),
                Duration = TimeSpan.FromMilliseconds(Convert.ToInt64(reader.GetValue(16), System.Globalization.CultureInfo.InvariantCulture)),
                SurveySkipped = Convert.ToInt32(reader.GetValue(17), System.Globalization.CultureInfo.InvariantCulture) == 1,
                SurveyAsked = Convert.ToInt32(reader.GetValue(18), System.Globalization.CultureInfo.InvariantCulture) == 1,
                UserHash = String(reader, 19),
            });
        }

        return records;
    }

    public async Task<int> DeleteForUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var hash = await UserHashAsync(channelId, userId, cancellationToken);
        return await ExecuteWriteAsync("UPDATE closing_outcomes SET comment = NULL, user_hash = NULL WHERE user_hash = @user_hash", [new("user_hash", hash)], cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        return await ExecuteWriteAsync("DELETE FROM closing_outcomes WHERE ended_at < @before", [new("before", endedBefore.ToUnixTimeMilliseconds())], cancellationToken);
    }

    public async Task<string> UserHashAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        return UserHash.Of(_key!, channelId, userId);
    }

    /// <summary>One value of a statement; a null one is typed (<paramref name="NullType"/>) so PostgreSQL knows what it is.</summary>
    protected readonly record struct Column(string Name, object? Value, System.Data.DbType NullType = System.Data.DbType.String);

    /// <summary>Runs one writing statement (tables ready first); returns the rows changed.</summary>
    protected virtual async Task<int> ExecuteWriteAsync(string sql, IReadOnlyList<Column> columns, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var column in columns)
        {
            Add(command, column.Name, column.Value, column.NullType);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The tables exist and the hash key is loaded (once; later calls return at once).</summary>
    protected async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (!_created || _key is null)
        {
            await using var connection = await ReadyAsync(cancellationToken);
        }
    }

    /// <summary>An open connection, with the tables created and the hash key loaded the first time.</summary>
    private async Task<DbConnection> ReadyAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        if (_created && _key is not null)
        {
            return connection;
        }

        try
        {
            await _ready.WaitAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        try
        {
            if (!_created)
            {
                try
                {
                    await CreateTablesAsync(connection, cancellationToken);
                }
                catch (DbException)
                {
                    // Several instances creating the tables at once can collide (PostgreSQL's catalog is not
                    // idempotent under IF NOT EXISTS races); by now another one has created them.
                    await CreateTablesAsync(connection, cancellationToken);
                }

                _created = true;
            }

            _key ??= await LoadOrCreateKeyAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        finally
        {
            _ready.Release();
        }
    }

    private Task CreateTablesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"""
                    CREATE TABLE IF NOT EXISTS closing_outcomes (
                      id TEXT PRIMARY KEY, ended_at BIGINT NOT NULL, channel_id TEXT NOT NULL, locale TEXT NOT NULL, brand TEXT, caller TEXT,
                      case_category TEXT, outcome TEXT NOT NULL, resolution TEXT NOT NULL, rating INTEGER, comment_left INTEGER NOT NULL,
                      comment TEXT, handoff_reason TEXT, handoff_state TEXT, detail_kinds TEXT NOT NULL, turns INTEGER NOT NULL,
                      duration_ms BIGINT NOT NULL, survey_skipped INTEGER NOT NULL, survey_asked INTEGER NOT NULL, user_hash TEXT);
                    CREATE INDEX IF NOT EXISTS closing_outcomes_ended_at ON closing_outcomes (ended_at);
                    CREATE INDEX IF NOT EXISTS closing_outcomes_user_hash ON closing_outcomes (user_hash);
                    CREATE TABLE IF NOT EXISTS closing_outcomes_key (id INTEGER PRIMARY KEY, hash_key {BinaryType} NOT NULL);
                    """, cancellationToken);

    private static async Task<byte[]> LoadOrCreateKeyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var insert = connection.CreateCommand())
        {
            // Every instance races to create it; the first one wins and all read the same key.
            insert.CommandText = "INSERT INTO closing_outcomes_key (id, hash_key) VALUES (1, @key) ON CONFLICT (id) DO NOTHING";
            Add(insert, "key", RandomNumberGenerator.GetBytes(32));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT hash_key FROM closing_outcomes_key WHERE id = 1";
        return (byte[])(await select.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds a parameter; a null one is typed (<paramref name="nullType"/>) so PostgreSQL knows what it is.</summary>
    private static void Add(DbCommand command, string name, object? value, System.Data.DbType nullType = System.Data.DbType.String)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = nullType;
        }

        command.Parameters.Add(parameter);
    }

    private static string? String(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

/// <summary>Outcome records in the SQLite file that holds the conversation state.</summary>
/// <remarks>
/// When the state store of the same file is given, writes go through its writer, in its group commits: one writer per
/// file, so an outcome record never holds SQLite's write lock against the turns' commits (nor pays an fsync of its own).
/// </remarks>
public sealed class SqliteOutcomeStore(string path, InsightsOptions options, SqliteStateStore? sameFile = null) : SqlOutcomeStore(options)
{
    private readonly SqliteStateStore? _writer = sameFile is not null && sameFile.FilePath == Path.GetFullPath(path) ? sameFile : null;

    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();

    protected override string BinaryType => "BLOB";

    protected override async Task<int> ExecuteWriteAsync(string sql, IReadOnlyList<Column> columns, CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            return await base.ExecuteWriteAsync(sql, columns, cancellationToken);
        }

        await EnsureReadyAsync(cancellationToken);
        return await _writer.ExecuteOnWriterAsync(sql, [.. columns.Select(c => KeyValuePair.Create(c.Name, c.Value))], cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

/// <summary>Outcome records in the PostgreSQL database that holds the conversation state.</summary>
/// <remarks>
/// When the state store of the same database is given, writes go through its group commit: an outcome record shares the
/// turns' transaction, round trip and WAL flush instead of committing on its own (reads, the tables and the hash key use
/// this store's own connections).
/// </remarks>
public sealed class PostgresOutcomeStore(string connectionString, InsightsOptions options, PostgresStateStore? sameDatabase = null) : SqlOutcomeStore(options), IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    protected override string BinaryType => "BYTEA";

    protected override async Task<int> ExecuteWriteAsync(string sql, IReadOnlyList<Column> columns, CancellationToken cancellationToken)
    {
        if (sameDatabase is null)
        {
            return await base.ExecuteWriteAsync(sql, columns, cancellationToken);
        }

        await EnsureReadyAsync(cancellationToken);
        return await sameDatabase.ExecuteInGroupAsync(sql, [.. columns.Select(c => new SqlArgument(c.Name, c.Value, c.NullType))], cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _source.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
