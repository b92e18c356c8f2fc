using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// State in PostgreSQL, for several instances sharing one database. Every ETag check happens inside the statement
/// that writes (a conditional INSERT, UPDATE or DELETE), so two instances can never both win; a batch runs in one
/// transaction and any write that finds the wrong ETag rolls the whole batch back. Concurrent batches share one
/// transaction and concurrent reads one SELECT (group commit, see PostgresStateStore.Groups.cs), so a store keeps at
/// most a few connections busy however many turns run at once.
/// </summary>
public sealed partial class PostgresStateStore : IStateStore, IAsyncDisposable, IDisposable
{
    public const string DefaultTableName = "graciousbot_state";

    /// <summary>How many expired rows one purge statement removes, so it never holds many row locks for long.</summary>
    private const int PurgeBatch = 1000;

    /// <summary>Class 40: the transaction was chosen as a deadlock victim or failed serialization.</summary>
    private const string DeadlockDetected = "40P01";
    private const string SerializationFailure = "40001";

    /// <summary>The SQLSTATE the table's conflict function raises when a write's ETag does not match.</summary>
    private const string ETagMismatch = "GB409";

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _ttl;
    private readonly string _table;
    private readonly string _tableName;
    private readonly string _indexName;
    private readonly string _subjectIndexName;
    private readonly string _conflictFunction;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly Sql _sql;
    private readonly PostgresCoalescer<ReadJob> _reads;
    private readonly PostgresCoalescer<GroupJob> _writes;
    private volatile bool _schemaReady;

    /// <summary>A store on a data source the caller owns (and disposes).</summary>
    /// <param name="tableName">A table name, optionally schema-qualified (<c>schema.table</c>): lower-case letters, digits and underscores.</param>
    public PostgresStateStore(NpgsqlDataSource dataSource, TimeProvider timeProvider, StateStoreOptions? options = null, string tableName = DefaultTableName)
        : this(dataSource, ownsDataSource: false, timeProvider, options, tableName)
    {
    }

    /// <summary>
    /// A store with its own data source for <paramref name="connectionString"/>, disposed with the store. The pool is
    /// capped at <see cref="DefaultMaxPoolSize"/> unless the connection string says otherwise; statements are prepared
    /// on the server after their second use and connections go back to the pool without a reset round trip (the store
    /// never changes session settings), unless the connection string says otherwise.
    /// </summary>
    public PostgresStateStore(string connectionString, TimeProvider timeProvider, StateStoreOptions? options = null, string tableName = DefaultTableName)
        : this(NpgsqlDataSource.Create(Tuned(CapPool(connectionString, DefaultMaxPoolSize))), ownsDataSource: true, timeProvider, options, tableName)
    {
    }

    /// <summary>
    /// Connections one instance opens at most, unless the connection string sets <c>Max Pool Size</c>: Npgsql's own
    /// default (100) lets two instances exhaust a 100-connection server, and Azure's Standard_B1ms allows about 50.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>The connection string with <c>Max Pool Size</c> set to <paramref name="maxPoolSize"/> when it names none.</summary>
    public static string CapPool(string connectionString, int maxPoolSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoolSize, 1);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var named = given.Keys.Cast<string>().Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant() is "MAXPOOLSIZE" or "MAXIMUMPOOLSIZE");
        return named ? connectionString : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxPoolSize }.ConnectionString;
    }

    /// <summary>Automatic preparation (every statement of the store is one of a few fixed texts) and no reset on close,
    /// where the connection string does not set them. The outcome records on the same database use it too.</summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        if (!named.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = 32;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!named.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private PostgresStateStore(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider timeProvider, StateStoreOptions? options, string tableName)
    {
        if (!TableNamePattern().IsMatch(tableName))
        {
            throw new ArgumentException($"'{tableName}' is not a valid table name: use lower-case letters, digits and underscores, optionally 'schema.table'.", nameof(tableName));
        }

        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _timeProvider = timeProvider;
        _ttl = StoreRules.TimeToLive(options);
        var parts = tableName.Split('.');
        _tableName = parts[^1];
        _table = string.Join('.', parts.Select(p => $"\"{p}\""));
        _indexName = $"\"{_tableName}_expires_at\"";
        _subjectIndexName = $"\"{_tableName}_subject\"";
        _conflictFunction = string.Join('.', parts[..^1].Select(p => $"\"{p}\"").Append($"\"{_tableName}_conflict\""));
        _sql = new Sql(_table, _conflictFunction);
        _reads = new PostgresCoalescer<ReadJob>(ReadGroupAsync, MaxReadsInFlight, MaxGroup);
        _writes = new PostgresCoalescer<GroupJob>(CommitGroupAsync, MaxWritesInFlight, MaxGroup);
    }

    public async Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        }

        await EnsureSchemaAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var job = new ReadJob([.. keys]);
        _reads.Add(job);

        // A read changes nothing, so its caller may stop waiting for it.
        return await job.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        StoreRules.RequireDistinctKeys(writes);
        if (writes.Count == 0)
        {
            return new WriteOutcome.Written(new Dictionary<string, string?>());
        }

        await EnsureSchemaAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var job = new WriteJob(writes, cancellationToken);
        _writes.Add(job);

        // Not given up when the caller cancels: once queued, the batch may commit, and the caller must hear whether it did.
        return await job.Done.Task;
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        await EnsureSchemaAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var job = new DeleteJob([.. keys.Distinct(StringComparer.Ordinal)], cancellationToken);
        _writes.Add(job);
        return await job.Done.Task;
    }

    /// <summary>
    /// Runs one statement on another table of this database (the closing outcomes, say; never the state table, whose
    /// documents this process keeps by ETag) inside the next group commit, after the group's state rows: it shares the
    /// turns' transaction, round trip and WAL flush instead of paying its own. Completes once the group is committed;
    /// returns the rows changed. A statement that fails on its own account (its data, a constraint, its SQL) fails
    /// alone: its group's jobs then commit one by one. A failure of the connection or the server fails the group.
    /// Parameters are named (<c>@name</c>); a null value is sent as <see cref="SqlArgument.NullType"/>.
    /// </summary>
    public Task<int> ExecuteInGroupAsync(string sql, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        cancellationToken.ThrowIfCancellationRequested();
        var job = new StatementJob(sql, [.. arguments], cancellationToken);
        _writes.Add(job);
        return job.Done.Task;
    }

    public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        ScanAsync(prefix, long.MaxValue, soonestFirst: false, limit, cancellationToken);

    public Task<IReadOnlyList<StoredItem>> ScanExpiringAsync(string prefix, DateTimeOffset expiresBy, int limit, CancellationToken cancellationToken) =>
        ScanAsync(prefix, expiresBy.ToUnixTimeMilliseconds(), soonestFirst: true, limit, cancellationToken);

    /// <summary>Live documents under <paramref name="prefix"/> expiring by <paramref name="expiresBy"/>, in key order or the soonest to expire first.</summary>
    private async Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, long expiresBy, bool soonestFirst, int limit, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(
            $"SELECT key, json, etag FROM {_table} WHERE key >= $1 AND key < $2 AND expires_at > $3 AND expires_at <= $4 ORDER BY {(soonestFirst ? "expires_at, key" : "key")} LIMIT $5");
        command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = prefix });
        command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = StoreRules.PrefixEnd(prefix) });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = NowUnixMs() });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expiresBy });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = limit });
        var found = new List<StoredItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new StoredItem(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetString(2)));
        }

        return found;
    }

    public async Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"DELETE FROM {_table} WHERE subject = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = subject });
        var erased = await command.ExecuteNonQueryAsync(cancellationToken);

        // Erased data does not stay in this process either (it was never served: every read checks the ETag).
        _known.Clear();
        return erased;
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        var purged = 0;
        while (true)
        {
            // The outer condition is checked again on the latest row version, so a document written again while the
            // purge ran is kept. SKIP LOCKED: rows being written right now are not expired for long.
            await using var command = _dataSource.CreateCommand($"""
                DELETE FROM {_table} WHERE expires_at <= $1 AND key IN (
                    SELECT key FROM {_table} WHERE expires_at <= $1 LIMIT {PurgeBatch} FOR UPDATE SKIP LOCKED)
                """);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = NowUnixMs() });
            var removed = await command.ExecuteNonQueryAsync(cancellationToken);
            purged += removed;
            if (removed < PurgeBatch)
            {
                return purged;
            }
        }
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"SELECT 1 FROM {_table} LIMIT 0");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync();
        }
    }

    /// <summary>For containers that dispose synchronously.</summary>
    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    /// <summary>
    /// One write as one statement that checks its ETag in the same statement that writes (so two instances can never
    /// both win) and raises <see cref="ETagMismatch"/> through the table's conflict function when it does not match;
    /// <paramref name="index"/> is the write's place in its group, which the conflict names.
    /// <para>A state document (one without its own time to live) is written to expire between the time to live and
    /// <see cref="StoreRules.ExpirySlackMs"/> beyond it: an update keeps the expiry the row has when it is in that range,
    /// so the usual turn changes no indexed column and the server can update the row in place (a HOT update, no index
    /// entries). Anything with its own time to live expires exactly then.</para>
    /// </summary>
    private NpgsqlBatchCommand ConditionalWrite(StateWrite write, int index, string? etag, long now)
    {
        var (earliest, latest) = write.TimeToLive is null ? StoreRules.StateExpiryRange(now, _ttl) : Exactly(StoreRules.ExpiresAt(now, StoreRules.TimeToLive(write, _ttl)));
        return (write.Document?.Utf8Array, write.ExpectedETag) switch
        {
            ({ } json, null) => Statement(_sql.Create, write.Key, json, etag!, latest, Subject(write), now, index),
            ({ } json, "*") => Statement(_sql.Upsert, write.Key, json, etag!, latest, Subject(write)),
            ({ } json, { } expected) => Statement(_sql.Update, write.Key, json, etag!, earliest, Subject(write), expected, now, index, latest),
            (null, null) => Statement(_sql.Absent, write.Key, now, index),
            (null, "*") => Statement(_sql.DeleteAny, write.Key),
            (null, { } expected) => Statement(_sql.DeleteChecked, write.Key, expected, now, index),
        };
    }

    private static (long Earliest, long Latest) Exactly(long expiresAt) => (expiresAt, expiresAt);

    /// <summary>The store's statement texts, made once (each is prepared on the server after its second use).</summary>
    private sealed class Sql
    {
        public Sql(string table, string conflictFunction)
        {
            // A write that must match something: one row comes back from the data-modifying statement when it did, and
            // the conflict function is called (a volatile function, so never evaluated ahead) when it did not. The
            // write's place in its group is the statement's last parameter, so every place shares one statement.
            static string Checked(string statement, string conflict) =>
                $"WITH w AS ({statement}) SELECT CASE WHEN EXISTS (SELECT 1 FROM w) THEN 1 ELSE {conflict} END";

            // Create: insert, or take over a row that has expired (it counts as absent); a live row makes it a conflict.
            // A write without a subject ($5 null) keeps the one the row already had.
            Create = Checked($"""
                INSERT INTO {table} AS t (key, json, etag, expires_at, subject) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, expires_at = excluded.expires_at,
                    subject = coalesce(excluded.subject, t.subject)
                WHERE t.expires_at <= $6
                RETURNING 1
                """, $"{conflictFunction}($7)");
            Upsert = $"""
                INSERT INTO {table} AS t (key, json, etag, expires_at, subject) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, expires_at = excluded.expires_at,
                    subject = coalesce(excluded.subject, t.subject)
                """;
            Update = Checked($"""
                UPDATE {table} SET json = $2, etag = $3, subject = coalesce($5, subject),
                    expires_at = CASE WHEN expires_at BETWEEN $4 AND $9 THEN expires_at ELSE $9 END
                WHERE key = $1 AND etag = $6 AND expires_at > $7
                RETURNING 1
                """, $"{conflictFunction}($8)");

            // Delete of something that must not exist: nothing to delete, but it must indeed be absent.
            Absent = $"SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM {table} WHERE key = $1 AND expires_at > $2) THEN 1 ELSE {conflictFunction}($3) END";
            DeleteAny = $"DELETE FROM {table} WHERE key = $1";
            DeleteChecked = Checked($"DELETE FROM {table} WHERE key = $1 AND etag = $2 AND expires_at > $3 RETURNING 1", $"{conflictFunction}($4)");

            // DeleteAsync: the row goes, live or expired, in one statement; the rows it selects (its count) are the live ones.
            DeleteCounted = $"WITH gone AS (DELETE FROM {table} WHERE key = $1 RETURNING expires_at) SELECT FROM gone WHERE expires_at > $2";

            // One index lookup per key (LIMIT 1 keeps the planner from turning the lookups into one join over the
            // whole table): with "key = ANY(keys)" the server checked every row it found against the whole array,
            // which for a shared read of many turns' keys grows with the square of the group. A document whose ETag
            // is the one this process holds ($3, null when it holds none) comes back without its JSON.
            Read = $"""
                SELECT t.key, CASE WHEN t.etag = k.etag THEN NULL ELSE t.json END, t.etag FROM unnest($1::text[], $3::text[]) AS k(key, etag)
                CROSS JOIN LATERAL (SELECT key, json, etag FROM {table} WHERE key = k.key COLLATE "C" AND expires_at > $2 LIMIT 1) AS t
                """;
        }

        public string Create { get; }

        public string Upsert { get; }

        public string Update { get; }

        public string Absent { get; }

        public string DeleteAny { get; }

        public string DeleteChecked { get; }

        public string DeleteCounted { get; }

        public string Read { get; }
    }

    private static object Subject(StateWrite write) => (object?)write.Subject ?? DBNull.Value;

    private static NpgsqlBatchCommand Statement(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value switch
            {
                string text => new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = text },
                byte[] utf8 => new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = utf8 }, // a document as UTF-8: sent as it is
                DBNull => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = DBNull.Value },
                long number => new NpgsqlParameter<long> { TypedValue = number },
                int number => new NpgsqlParameter<int> { TypedValue = number },
                _ => throw new ArgumentException($"Unexpected parameter type {value.GetType()}.", nameof(values)),
            });
        }

        return command;
    }

    /// <summary>
    /// Creates the table on first use. Two instances starting together would race inside CREATE TABLE IF NOT EXISTS
    /// (it can fail with a duplicate-key error on the catalog), so creation runs under a transaction-scoped advisory
    /// lock named after the table.
    /// </summary>
    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtext($1))") { Parameters = { new NpgsqlParameter<string> { TypedValue = "graciousbot:" + _table } } },

                    // COLLATE "C": keys compare byte-wise, which is what an id wants and what keeps the index usable
                    // for range and prefix scans whatever the database's locale.
                    new NpgsqlBatchCommand($"""
                        CREATE TABLE IF NOT EXISTS {_table} (
                            key text COLLATE "C" NOT NULL PRIMARY KEY,
                            json text NOT NULL,
                            etag text NOT NULL,
                            expires_at bigint NOT NULL
                        )
                        """),
                    new NpgsqlBatchCommand($"CREATE INDEX IF NOT EXISTS {_indexName} ON {_table} (expires_at)"),

                    // Erasure by subject; tables made before it existed get the column here.
                    new NpgsqlBatchCommand($"ALTER TABLE {_table} ADD COLUMN IF NOT EXISTS subject text COLLATE \"C\""),
                    new NpgsqlBatchCommand($"CREATE INDEX IF NOT EXISTS {_subjectIndexName} ON {_table} (subject) WHERE subject IS NOT NULL"),

                    // A conversation's document is some 10 KB of JSON, rewritten every turn: PostgreSQL compresses it,
                    // and its default compressor (pglz) was a tenth of the server's time; lz4 (PostgreSQL 14 and later,
                    // when built with it) does the same job for a fraction of that. Documents already stored stay as they are.
                    new NpgsqlBatchCommand($"""
                        DO $$
                        BEGIN
                            IF current_setting('server_version_num')::integer >= 140000 THEN
                                IF (SELECT attcompression FROM pg_attribute WHERE attrelid = '{_table}'::regclass AND attname = 'json') IS DISTINCT FROM 'l' THEN
                                    ALTER TABLE {_table} ALTER COLUMN json SET COMPRESSION lz4;
                                END IF;
                            END IF;
                        EXCEPTION WHEN feature_not_supported THEN
                            NULL;
                        END
                        $$
                        """),

                    // What a write whose ETag does not match calls: the error rolls its whole batch back.
                    new NpgsqlBatchCommand($"""
                        CREATE OR REPLACE FUNCTION {_conflictFunction}(write_index integer) RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
                        BEGIN
                            RAISE EXCEPTION USING ERRCODE = '{ETagMismatch}', CONSTRAINT = write_index::text,
                                MESSAGE = 'ETag mismatch: the batch was not applied';
                        END
                        $$
                        """),
                },
            };
            await batch.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private long NowUnixMs() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    [GeneratedRegex("^([a-z_][a-z0-9_]{0,62}\\.)?[a-z_][a-z0-9_]{0,50}$")]
    private static partial Regex TableNamePattern();
}
