using System.Text;
using Microsoft.Data.Sqlite;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// State in one SQLite file: the default for a single instance, no server needed. The file is in WAL mode, so reads
/// never wait for a write. SQLite lets one writer in at a time; inside this process writers queue on an async gate
/// instead of spinning in SQLite's busy handler on a pool thread, and the busy timeout covers other processes (or
/// other store instances) on the same file.
/// </summary>
public sealed class SqliteStateStore : IStateStore, IDisposable
{
    private const string Table = "state";

    /// <summary>SQLite accepts far more parameters than this; smaller statements keep plans cheap.</summary>
    private const int KeysPerStatement = 500;

    /// <summary>How many expired rows one purge transaction removes, so turns are not held up behind a big purge.</summary>
    private const int PurgeBatch = 1000;

    private const int BusyTimeoutMilliseconds = 5000;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _ttl;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <param name="path">The database file; its directory is created when missing.</param>
    public SqliteStateStore(string path, TimeProvider timeProvider, StateStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);
        _timeProvider = timeProvider;
        _ttl = StoreRules.TimeToLive(options);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    public async Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        var now = NowUnixMs();
        var chunks = keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement).ToList();

        // Several statements read one snapshot only inside a transaction (a deferred one: it takes no write lock).
        await using var snapshot = chunks.Count > 1 ? connection.BeginTransaction(deferred: true) : null;
        foreach (var chunk in chunks)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = snapshot;
            command.CommandText = $"SELECT key, json, etag FROM {Table} WHERE expires_at > $now AND key IN ({KeyList(command, chunk)})";
            command.Parameters.AddWithValue("$now", now);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(0);
                found[key] = new StoredItem(key, reader.GetString(1), reader.GetString(2));
            }
        }

        return found;
    }

    public async Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        StoreRules.RequireDistinctKeys(writes);
        if (writes.Count == 0)
        {
            return new WriteOutcome.Written(new Dictionary<string, string?>());
        }

        return await WriteTransactionAsync(async (connection, transaction) =>
        {
            var now = NowUnixMs();

            await using var select = Command(connection, transaction, $"SELECT etag, expires_at FROM {Table} WHERE key = $key");
            var selectKey = select.Parameters.Add("$key", SqliteType.Text);

            // A write without a subject keeps the one the document already had.
            await using var upsert = Command(connection, transaction, $"""
                INSERT INTO {Table} (key, json, etag, expires_at, subject) VALUES ($key, $json, $etag, $expires, $subject)
                ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, expires_at = excluded.expires_at,
                    subject = coalesce(excluded.subject, {Table}.subject)
                """);
            var upsertKey = upsert.Parameters.Add("$key", SqliteType.Text);
            var upsertJson = upsert.Parameters.Add("$json", SqliteType.Text);
            var upsertETag = upsert.Parameters.Add("$etag", SqliteType.Text);
            var upsertExpires = upsert.Parameters.Add("$expires", SqliteType.Integer);
            var upsertSubject = upsert.Parameters.Add("$subject", SqliteType.Text);

            await using var delete = Command(connection, transaction, $"DELETE FROM {Table} WHERE key = $key");
            var deleteKey = delete.Parameters.Add("$key", SqliteType.Text);

            var etags = new Dictionary<string, string?>(writes.Count, StringComparer.Ordinal);
            foreach (var write in writes)
            {
                // The transaction holds the write lock from BEGIN IMMEDIATE, so nothing changes between this check
                // and the write below.
                selectKey.Value = write.Key;
                string? current = null;
                await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
                {
                    if (await reader.ReadAsync(cancellationToken) && reader.GetInt64(1) > now)
                    {
                        current = reader.GetString(0);
                    }
                }

                var matches = write.ExpectedETag switch
                {
                    "*" => true,
                    null => current is null,
                    var expected => string.Equals(current, expected, StringComparison.Ordinal),
                };
                if (!matches)
                {
                    return (WriteOutcome)new WriteOutcome.Conflict(write.Key);
                }

                if (write.Json is null)
                {
                    deleteKey.Value = write.Key;
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                    etags[write.Key] = null;
                    continue;
                }

                var etag = StoreRules.NewETag();
                upsertKey.Value = write.Key;
                upsertJson.Value = write.Json;
                upsertETag.Value = etag;
                upsertExpires.Value = StoreRules.ExpiresAt(now, StoreRules.TimeToLive(write, _ttl));
                upsertSubject.Value = (object?)write.Subject ?? DBNull.Value;
                await upsert.ExecuteNonQueryAsync(cancellationToken);
                etags[write.Key] = etag;
            }

            return new WriteOutcome.Written(etags);
        }, outcome => outcome is WriteOutcome.Written, cancellationToken);
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        return await WriteTransactionAsync(async (connection, transaction) =>
        {
            var now = NowUnixMs();
            var existed = 0;
            foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
            {
                await using var command = Command(connection, transaction, string.Empty);
                command.CommandText = $"DELETE FROM {Table} WHERE key IN ({KeyList(command, chunk)}) RETURNING expires_at";
                existed += await CountLiveAsync(command, now, cancellationToken);
            }

            return existed;
        }, _ => true, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, json, etag FROM {Table} WHERE key >= $from AND key < $to AND expires_at > $now ORDER BY key LIMIT $limit";
        command.Parameters.AddWithValue("$from", prefix);
        command.Parameters.AddWithValue("$to", StoreRules.PrefixEnd(prefix));
        command.Parameters.AddWithValue("$now", NowUnixMs());
        command.Parameters.AddWithValue("$limit", limit);
        var found = new List<StoredItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new StoredItem(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return found;
    }

    public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken) =>
        WriteTransactionAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, $"DELETE FROM {Table} WHERE subject = $subject");
            command.Parameters.AddWithValue("$subject", subject);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, _ => true, cancellationToken);

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var purged = 0;
        while (true)
        {
            var removed = await WriteTransactionAsync(async (connection, transaction) =>
            {
                await using var command = Command(connection, transaction, $"""
                    DELETE FROM {Table} WHERE key IN (SELECT key FROM {Table} WHERE expires_at <= $now LIMIT {PurgeBatch})
                    """);
                command.Parameters.AddWithValue("$now", NowUnixMs());
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }, _ => true, cancellationToken);

            purged += removed;
            if (removed < PurgeBatch)
            {
                return purged;
            }
        }
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {Table} WHERE 0";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Releases this file's pooled connections (their file handles and WAL locks).</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one BEGIN IMMEDIATE transaction, committed when <paramref name="commit"/>
    /// says so and rolled back otherwise (or on any exception: all or nothing).
    /// </summary>
    private async Task<T> WriteTransactionAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work,
        Func<T, bool> commit,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // BeginTransaction() without deferred issues BEGIN IMMEDIATE: the write lock is taken up front, so a
            // transaction never has to upgrade a read lock (which is where SQLite deadlocks come from).
            await using var transaction = connection.BeginTransaction();
            var result = await work(connection, transaction);
            if (commit(result))
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await EnsureSchemaAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Per connection (pooled connections keep it, setting it again is free): wait for another process's lock
            // inside SQLite rather than failing at once.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            if (Path.GetDirectoryName(FilePath) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = await OpenRawAsync(cancellationToken);
            await using var command = connection.CreateCommand();

            // journal_mode is stored in the file, so setting it once per store is enough.
            command.CommandText = $"""
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS {Table} (
                    key TEXT NOT NULL PRIMARY KEY,
                    json TEXT NOT NULL,
                    etag TEXT NOT NULL,
                    expires_at INTEGER NOT NULL,
                    subject TEXT
                );
                CREATE INDEX IF NOT EXISTS {Table}_expires_at ON {Table} (expires_at);
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);

            // Files made before erasure by subject existed get the column (SQLite has no ADD COLUMN IF NOT EXISTS).
            command.CommandText = $"SELECT count(*) FROM pragma_table_info('{Table}') WHERE name = 'subject'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                command.CommandText = $"ALTER TABLE {Table} ADD COLUMN subject TEXT";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            command.CommandText = $"CREATE INDEX IF NOT EXISTS {Table}_subject ON {Table} (subject) WHERE subject IS NOT NULL";
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds one parameter per key and returns their names, comma-separated, for an IN list.</summary>
    private static string KeyList(SqliteCommand command, string[] keys)
    {
        var names = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            var name = "$k" + i;
            command.Parameters.Add(name, SqliteType.Text).Value = keys[i];
            names.Append(i == 0 ? string.Empty : ", ").Append(name);
        }

        return names.ToString();
    }

    private static async Task<int> CountLiveAsync(SqliteCommand returningExpiresAt, long now, CancellationToken cancellationToken)
    {
        var live = 0;
        await using var reader = await returningExpiresAt.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            live += reader.GetInt64(0) > now ? 1 : 0;
        }

        return live;
    }

    private long NowUnixMs() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
