using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// State in one SQLite file: the default for a single instance, no server needed. Writes go through one writer per
/// store with group commit (<see cref="SqliteGroupCommit"/>): concurrent turns' batches share one transaction and one
/// fsync, and each is acknowledged only after it. Reads use a small pool of their own connections; the file is in WAL
/// mode, so they never wait for the writer. Every statement is prepared once per connection and reused.
/// </summary>
/// <remarks>
/// <para>A batch first reads what it is about to replace (ETag, expiry, subject: pages the writer has cached) and only
/// then writes, so a conflict has changed nothing and the batch needs no savepoint of its own (see
/// <see cref="SqliteGroupCommit"/>); each write is a plain INSERT or UPDATE that leaves the subject's index alone when
/// the subject is unchanged. The documents the writer committed are kept for the next turn's read
/// (<see cref="SqliteDocumentCache"/>), and the keys absent from the file (a turn's record and outbox entry, a new
/// conversation) are answered from a filter of every key it holds (<see cref="SqliteKeyFilter"/>): a turn's read usually
/// runs no SELECT at all.</para>
/// <para>Durability: WAL with <c>synchronous = FULL</c>, so every COMMIT fsyncs the write-ahead log before it returns and a
/// committed turn survives kill -9 and a power cut. (<c>NORMAL</c> would survive kill -9 but could lose the last
/// commits in a power cut or an OS crash, which breaks "acknowledged means stored"; with group commit the fsync is paid
/// once per group, so FULL costs little.) Other processes or other stores on the same file are serialised by SQLite's
/// own lock, waited for with a busy timeout.
/// </para>
/// </remarks>
public sealed class SqliteStateStore : IStateStore, IDisposable
{
    private const string Table = "state";

    /// <summary>SQLite accepts far more parameters than this; smaller statements keep plans cheap.</summary>
    private const int KeysPerStatement = 500;

    /// <summary>Reads of up to this many keys use a prepared statement per key count (a turn reads three or four).</summary>
    private const int PreparedReadKeys = 8;

    /// <summary>How many expired rows one purge transaction removes, so turns are not held up behind a big purge.</summary>
    private const int PurgeBatch = 1000;

    /// <summary>Idle read connections kept open; more are opened when needed and closed after use.</summary>
    private const int IdleReaders = 8;

    private const int BusyTimeoutMilliseconds = 5000;

    /// <summary>How long the writer's log restart waits for readers still on the old log (see <see cref="RestartLogFrames"/>).</summary>
    private const int RestartWaitMilliseconds = 100;

    /// <summary>How often the write-ahead log is copied into the database file when something was committed.</summary>
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Past this many frames (16 MiB of 4 KiB pages) in the write-ahead log, the writer restarts it between two groups.
    /// The timer's passive checkpoints copy frames into the database file beside the writer, but the log only starts over
    /// once every frame is copied AND no reader still reads from it, which under steady reads and writes never happens by
    /// itself: the log grew without end (hundreds of MiB in a minute under load), and every page lookup of the readers
    /// and the writer searched a longer log index. A RESTART checkpoint copies the few frames the passive ones left,
    /// waits for the readers still on the log (new readers read the database file), and the next group writes the log
    /// from its start.
    /// </summary>
    private const int RestartLogFrames = 4096;

    /// <summary>
    /// The writer's page cache, in KiB (SQLite's default is 2,000). Each closing adds rows whose keys land at random places
    /// in the key and subject indexes, so with the default the writer read back about seven pages from the file per turn
    /// (<c>pread</c>; 14,000 a second at ~2,000 turns/s) and with 6 MiB one or two (16 MiB: about one, for 15 MiB more memory).
    /// </summary>
    private const int WriterCacheKiB = 6 * 1024;

    /// <summary>What is left of a restarted log file on disk (SQLite truncates it to this after a restart).</summary>
    private const long LogSizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>
    /// After another connection committed, the key filter is rebuilt only this long after (doubling up to
    /// <see cref="KeysMaxBackoffMs"/> while they keep committing): a file shared with another writer reads absent keys
    /// from the file instead of rescanning every key after each of its commits.
    /// </summary>
    private const long KeysFirstBackoffMs = 1000;

    private const long KeysMaxBackoffMs = 60_000;

    /// <summary>A file with more keys than this gets no key filter (its absent keys are read from the file): building
    /// one scans every key on the writer, holding up that group.</summary>
    private const long MaxFilteredKeys = 2_000_000;

    /// <summary>Bytes of documents kept for the turns' reads (see <see cref="SqliteDocumentCache"/>): about 250 conversations.</summary>
    private const long CacheBytes = 4L * 1024 * 1024;

    private const string Insert = $"INSERT INTO {Table} (key, json, etag, expires_at, subject) VALUES ($key, CAST($json AS TEXT), $etag, $expires, $subject)";

    /// <summary>A write without a subject, or with the one the row has (the usual turn), leaves the subject and its index alone.</summary>
    private const string Update = $"UPDATE {Table} SET json = CAST($json AS TEXT), etag = $etag, expires_at = $expires WHERE key = $key";

    /// <summary>The usual turn: the document's expiry is still good (see <see cref="StoreRules.StateExpiry"/>), so
    /// only its content and ETag change and neither index is touched.</summary>
    private const string UpdateContent = $"UPDATE {Table} SET json = CAST($json AS TEXT), etag = $etag WHERE key = $key";

    private const string UpdateWithSubject = $"UPDATE {Table} SET json = CAST($json AS TEXT), etag = $etag, expires_at = $expires, subject = $subject WHERE key = $key";

    private const string DeleteKey = $"DELETE FROM {Table} WHERE key = $key RETURNING expires_at";

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _ttl;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly ConcurrentBag<SqliteSession> _readers = [];
    private readonly Lazy<SqliteGroupCommit> _writer;
    private readonly SqliteDocumentCache _cache = new(CacheBytes);
    private readonly SqliteChangeProbe _probe;
    private long _dataVersion = -1;

    /// <summary>Every key in the file, as far as this store knows (see <see cref="SqliteKeyFilter"/>); null until the writer
    /// has built it, and again whenever another connection may have added keys it does not know.</summary>
    private volatile SqliteKeyFilter? _keys;

    /// <summary>On the writer: when the key filter may be built again (<see cref="Environment.TickCount64"/>), and how long
    /// it waits after the next commit of another connection (see <see cref="AnotherConnectionCommitted"/>).</summary>
    private long _keysBuildAfter;
    private long _keysBackoffMs = KeysFirstBackoffMs;
    private long _fileReads;
    private long _rowLookups;
    private volatile bool _schemaReady;
    private volatile bool _disposed;
    private ITimer? _checkpointTimer;
    private long _checkpointedGroups;
    private int _checkpointing;
    private bool _restartLog;

    /// <param name="path">The database file; its directory is created when missing.</param>
    public SqliteStateStore(string path, TimeProvider timeProvider, StateStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);
        _timeProvider = timeProvider;
        _ttl = StoreRules.TimeToLive(options);

        // The store keeps its connections itself (the writer's and the readers'), with their prepared statements.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        _probe = new SqliteChangeProbe(OpenRaw);
        _writer = new(
            () => new SqliteGroupCommit(OpenWriter, "graciousbot-sqlite-writer", RestartLogWhenLong, BeginGroup, ForgetCache, Committed),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>How many write transactions (groups) were committed: fewer than the writes when they were grouped.</summary>
    internal long CommittedGroups => _writer.IsValueCreated ? _writer.Value.Groups : 0;

    /// <summary>Documents read from the cache instead of the file (for tests and diagnostics).</summary>
    internal long CacheHits => _cache.Hits;

    /// <summary>Bytes the cache holds now (for tests).</summary>
    internal long CachedBytes => _cache.Bytes;

    /// <summary>Reads that ran a SELECT (for tests and diagnostics): the others were answered from the cache and the key filter.</summary>
    internal long FileReads => Interlocked.Read(ref _fileReads);

    /// <summary>Keys the writer looked up before writing them (for tests): those the key filter knows absent are not.</summary>
    internal long RowLookups => Interlocked.Read(ref _rowLookups);

    /// <summary>The fewest keys a key filter is sized for (tests make it small, so it fills and is rebuilt).</summary>
    internal int KeyFilterCapacity { get; init; } = 1 << 16;

    public async Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        // Only while nothing was committed since our writer's last group: then the cache holds what the file holds for
        // its keys, and a key the filter never saw is not in the file.
        var now = NowUnixMs();
        var unchanged = _probe.Unchanged();
        var inFile = unchanged ? _keys : null;
        List<string>? missing = null;
        foreach (var key in keys)
        {
            if (unchanged && _cache.TryGet(key, now, out var cached))
            {
                found[key] = cached;
            }
            else if (inFile is null || inFile.MayContain(key))
            {
                (missing ??= new List<string>(keys.Count)).Add(key);
            }
        }

        if (missing is null)
        {
            ThrowIfDisposed();
            return found;
        }

        Interlocked.Increment(ref _fileReads);

        var distinct = missing.Count == 1 ? [missing[0]] : missing.Distinct(StringComparer.Ordinal).ToArray();
        return await WithReaderAsync(reader =>
        {
            if (distinct.Length <= PreparedReadKeys)
            {
                ReadInto(found, reader.Statement(PreparedReads[distinct.Length].Sql, PreparedReads[distinct.Length].Parameters), distinct, now);
                return found;
            }

            // Several statements read one snapshot only inside a transaction (a deferred one: it takes no write lock).
            using var snapshot = reader.Connection.BeginTransaction(deferred: true);
            foreach (var chunk in distinct.Chunk(KeysPerStatement))
            {
                using var command = reader.Connection.CreateCommand();
                command.Transaction = snapshot;
                command.CommandText = ReadSql(chunk.Length);
                foreach (var (name, type) in ReadParameters(chunk.Length))
                {
                    command.Parameters.Add(name, type);
                }

                ReadInto(found, command, chunk, now);
            }

            return found;
        }, cancellationToken);
    }

    public async Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        StoreRules.RequireDistinctKeys(writes);
        if (writes.Count == 0)
        {
            return new WriteOutcome.Written(new Dictionary<string, string?>());
        }

        var writer = await WriterAsync(cancellationToken);
        return await writer.RunAsync(session => Write(session, writes), cancellationToken, savepoint: false);
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var writer = await WriterAsync(cancellationToken);
        return await writer.RunAsync(session =>
        {
            var now = NowUnixMs();
            var delete = session.Statement(DeleteKey, ("$key", SqliteType.Text));
            var existed = 0;
            foreach (var key in distinct)
            {
                delete.Parameters[0].Value = key;
                existed += CountLive(delete, now);
                session.AfterCommit(() => _cache.Remove(key));
            }

            return existed;
        }, cancellationToken, savepoint: false);
    }

    public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        ScanAsync(prefix, long.MaxValue, soonestFirst: false, limit, cancellationToken);

    public Task<IReadOnlyList<StoredItem>> ScanExpiringAsync(string prefix, DateTimeOffset expiresBy, int limit, CancellationToken cancellationToken) =>
        ScanAsync(prefix, expiresBy.ToUnixTimeMilliseconds(), soonestFirst: true, limit, cancellationToken);

    /// <summary>
    /// Live documents under <paramref name="prefix"/> expiring by <paramref name="expiresBy"/>, in key order or the
    /// soonest to expire first. The key range is walked in the primary key's index and each row's expiry checked in
    /// place (the unary plus keeps SQLite from walking the expiry index instead: that would visit every document of
    /// any prefix expiring soon, turn records included), so only the documents asked for come back with their JSON.
    /// </summary>
    private async Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, long expiresBy, bool soonestFirst, int limit, CancellationToken cancellationToken)
    {
        return await WithReaderAsync(reader =>
        {
            var command = reader.Statement(
                $"SELECT key, json, etag FROM {Table} WHERE key >= $from AND key < $to AND +expires_at > $now AND +expires_at <= $by ORDER BY {(soonestFirst ? "expires_at, key" : "key")} LIMIT $limit",
                ("$from", SqliteType.Text), ("$to", SqliteType.Text), ("$now", SqliteType.Integer), ("$by", SqliteType.Integer), ("$limit", SqliteType.Integer));
            command.Parameters[0].Value = prefix;
            command.Parameters[1].Value = StoreRules.PrefixEnd(prefix);
            command.Parameters[2].Value = NowUnixMs();
            command.Parameters[3].Value = expiresBy;
            command.Parameters[4].Value = limit;
            var found = new List<StoredItem>();
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                found.Add(new StoredItem(rows.GetString(0), rows.GetFieldValue<byte[]>(1), rows.GetString(2)));
            }

            return (IReadOnlyList<StoredItem>)found;
        }, cancellationToken);
    }

    public async Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken)
    {
        var writer = await WriterAsync(cancellationToken);
        return await writer.RunAsync(session =>
        {
            var erase = session.Statement($"DELETE FROM {Table} WHERE subject = $subject", ("$subject", SqliteType.Text));
            erase.Parameters[0].Value = subject;
            session.AfterCommit(_cache.Clear);
            return erase.ExecuteNonQuery();
        }, cancellationToken, savepoint: false);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var writer = await WriterAsync(cancellationToken);
        var purged = 0;
        while (true)
        {
            // One job per batch: turns' writes queue in between instead of waiting for the whole purge.
            var removed = await writer.RunAsync(session =>
            {
                var purge = session.Statement(
                    $"DELETE FROM {Table} WHERE key IN (SELECT key FROM {Table} WHERE expires_at <= $now LIMIT {PurgeBatch})",
                    ("$now", SqliteType.Integer));
                purge.Parameters[0].Value = NowUnixMs();
                return purge.ExecuteNonQuery();
            }, cancellationToken, savepoint: false);

            purged += removed;
            if (removed < PurgeBatch)
            {
                return purged;
            }
        }
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await WithReaderAsync(reader => reader.Statement($"SELECT count(*) FROM {Table} WHERE 0").ExecuteScalar(), cancellationToken);
    }

    /// <summary>Finishes the queued writes, then closes the writer's and the readers' connections (their file handles
    /// and WAL locks). Later calls fail as storage failures (503), never as crashes.</summary>
    public void Dispose()
    {
        _disposed = true;
        _checkpointTimer?.Dispose();
        if (_writer.IsValueCreated)
        {
            _writer.Value.Dispose();
        }

        _probe.Dispose();

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    /// <summary>
    /// Runs one statement on another table of this file (the closing outcomes, say; never the state table, whose
    /// documents the store keeps in its cache) on the store's writer, inside its next group commit: one writer per
    /// file. A second connection writing the same file would take SQLite's write lock between groups, and the writer
    /// would sleep in SQLite's busy handler until it was free. Completes once the group
    /// is durably committed; returns the rows changed. Parameter types follow the values (null binds NULL).
    /// </summary>
    public async Task<int> ExecuteOnWriterAsync(string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters, CancellationToken cancellationToken)
    {
        var writer = await WriterAsync(cancellationToken);
        return await writer.RunAsync(session =>
        {
            var command = session.Statement(sql);
            if (command.Parameters.Count != parameters.Count)
            {
                command.Parameters.Clear();
                foreach (var (name, _) in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }
            }

            for (var i = 0; i < parameters.Count; i++)
            {
                command.Parameters[parameters[i].Key].Value = parameters[i].Value ?? DBNull.Value;
            }

            return command.ExecuteNonQuery();
        }, cancellationToken, savepoint: false);
    }

    /// <summary>Runs <paramref name="work"/> on the writer inside a group, like a write (for tests of the group commit).
    /// It may change anything, so the cache starts over after its group.</summary>
    internal async Task<T> RunOnWriterAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken, bool savepoint = true)
    {
        var writer = await WriterAsync(cancellationToken);
        return await writer.RunAsync(session =>
        {
            // It may insert keys the filter is not told of: the writes after it in this group look them up.
            _keys = null;
            session.AfterCommit(() =>
            {
                _cache.Clear();
                _keys = null;
            });
            return work(session);
        }, cancellationToken, savepoint);
    }

    /// <summary>
    /// For tests: parks the writer inside a group until <paramref name="resume"/> completes, so that every write queued
    /// meanwhile is committed together in the next group. Completes once the writer is parked; returns the parked job.
    /// </summary>
    internal async Task<Task> ParkWriterAsync(Task resume, CancellationToken cancellationToken)
    {
        var parked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = await WriterAsync(cancellationToken);
        var job = writer.RunAsync(_ =>
        {
            parked.SetResult();
            resume.Wait(cancellationToken);
            return 0;
        }, cancellationToken);
        await parked.Task.WaitAsync(cancellationToken);
        return job;
    }

    /// <summary>
    /// One batch, on the writer inside its group's transaction: every ETag is checked first (against the file as the
    /// jobs before this one in the group left it), then everything is written, so a conflict writes nothing.
    /// </summary>
    private WriteOutcome Write(SqliteSession session, IReadOnlyList<StateWrite> writes)
    {
        var now = NowUnixMs();
        var rows = CurrentRows(session, writes, _keys, now);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            var matches = write.ExpectedETag switch
            {
                "*" => true,
                null => rows[i].LiveETag is null,
                var expected => string.Equals(rows[i].LiveETag, expected, StringComparison.Ordinal),
            };
            if (!matches)
            {
                return new WriteOutcome.Conflict(write.Key);
            }
        }

        var etags = new Dictionary<string, string?>(writes.Count, StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            if (write.Document is not { } document)
            {
                if (rows[i].Exists)
                {
                    Run(session.Statement(DeleteKey, ("$key", SqliteType.Text)), write.Key);
                }

                etags[write.Key] = null;
                session.AfterCommit(() => _cache.Remove(write.Key));
                continue;
            }

            var etag = StoreRules.NewETag();

            // State lives by the store's time to live, with the slack that lets a conversation's turns keep one expiry;
            // a journal entry or a scheduled turn has its own, exact one.
            var expiresAt = write.TimeToLive is null
                ? StoreRules.StateExpiry(now, _ttl, rows[i].Exists ? rows[i].ExpiresAt : null)
                : StoreRules.ExpiresAt(now, StoreRules.TimeToLive(write, _ttl));
            var (key, json, newETag, expires, subject) =
                (("$key", SqliteType.Text), ("$json", SqliteType.Text), ("$etag", SqliteType.Text), ("$expires", SqliteType.Integer), ("$subject", SqliteType.Text));
            var sameSubject = write.Subject is null || write.Subject == rows[i].Subject;
            if (!rows[i].Exists)
            {
                // Known before it can be committed, so no read after the commit takes it for absent.
                _keys?.Add(write.Key);
                Run(session.Statement(Insert, key, json, newETag, expires, subject), write.Key, document.Utf8Array, etag, expiresAt, (object?)write.Subject ?? DBNull.Value);
            }
            else if (sameSubject && expiresAt == rows[i].ExpiresAt)
            {
                Run(session.Statement(UpdateContent, key, json, newETag), write.Key, document.Utf8Array, etag);
            }
            else if (sameSubject)
            {
                Run(session.Statement(Update, key, json, newETag, expires), write.Key, document.Utf8Array, etag, expiresAt);
            }
            else
            {
                Run(session.Statement(UpdateWithSubject, key, json, newETag, expires, subject), write.Key, document.Utf8Array, etag, expiresAt, write.Subject);
            }

            etags[write.Key] = etag;

            // Conversation and user state is read by the next turn; a journal entry (its own time to live) is not.
            StoredItem? kept = write.TimeToLive is null ? new StoredItem(write.Key, document, etag) : null;
            session.AfterCommit(kept is null ? () => _cache.Remove(write.Key) : () => _cache.Put(kept, expiresAt));
        }

        return new WriteOutcome.Written(etags);
    }

    /// <summary>What a write finds under its key: whether there is a row, its ETag if it is live, its subject and expiry.</summary>
    private readonly record struct Row(bool Exists, string? LiveETag, string? Subject, long ExpiresAt);

    /// <summary>The rows under the batch's keys, in the batch's order: one statement for a turn's batch (up to
    /// <see cref="PreparedReadKeys"/> keys), one per chunk of that size beyond. A key the filter never saw has no row
    /// (a turn's record and outbox entry, a new conversation) and is not looked up: on the writer inside its group the
    /// filter knows every key in the file, expired ones too (see <see cref="BeginGroup"/>; each INSERT tells it first).</summary>
    private Row[] CurrentRows(SqliteSession session, IReadOnlyList<StateWrite> writes, SqliteKeyFilter? inFile, long now)
    {
        var rows = new Row[writes.Count];
        var at = new Dictionary<string, int>(writes.Count, StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            if (inFile is null || inFile.MayContain(writes[i].Key))
            {
                at[writes[i].Key] = i;
            }
        }

        var keys = at.Keys.ToArray();
        Interlocked.Add(ref _rowLookups, keys.Length);
        for (var start = 0; start < keys.Length; start += PreparedReadKeys)
        {
            var count = Math.Min(PreparedReadKeys, keys.Length - start);
            var select = session.Statement(PreparedCurrentRows[count].Sql, PreparedCurrentRows[count].Parameters);
            for (var i = 0; i < count; i++)
            {
                select.Parameters[i].Value = keys[start + i];
            }

            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var expiresAt = reader.GetInt64(2);
                rows[at[reader.GetString(0)]] = new Row(true, expiresAt > now ? reader.GetString(1) : null, reader.IsDBNull(3) ? null : reader.GetString(3), expiresAt);
            }
        }

        return rows;
    }

    /// <summary>Binds <paramref name="values"/> in the order the parameters were declared; returns the rows changed.</summary>
    private static int Run(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// On the writer at the start of each group, inside its transaction (so no other connection can write until the
    /// COMMIT): when another connection committed since the last group, the cache forgets everything.
    /// </summary>
    private void BeginGroup(SqliteSession writer)
    {
        var version = WritersVersion(writer);
        if (version != _dataVersion)
        {
            if (_dataVersion != -1)
            {
                AnotherConnectionCommitted();
            }

            _cache.Clear();
            _keys = null;
            _dataVersion = version;
        }

        if (_keys is null or { Full: true } && Environment.TickCount64 >= _keysBuildAfter)
        {
            _keys = KeysInFile(writer);
        }
    }

    /// <summary>
    /// On the writer inside a group's transaction (no other connection can commit until it ends): every key in the file,
    /// expired or not, in a filter sized for twice as many. Null when the file holds too many keys to be worth it (counted
    /// again a while later, not at every group).
    /// </summary>
    private SqliteKeyFilter? KeysInFile(SqliteSession writer)
    {
        var count = (long)writer.Statement($"SELECT count(*) FROM {Table}").ExecuteScalar()!;
        if (count > MaxFilteredKeys)
        {
            _keysBuildAfter = Environment.TickCount64 + KeysMaxBackoffMs;
            return null;
        }

        var filter = new SqliteKeyFilter((int)Math.Max(KeyFilterCapacity, 2 * count));
        using var rows = writer.Statement($"SELECT key FROM {Table}").ExecuteReader();
        while (rows.Read())
        {
            filter.Add(rows.GetString(0));
        }

        return filter;
    }

    /// <summary>On the writer: the key filter waits before it is built again, longer each time (see <see cref="KeysFirstBackoffMs"/>).</summary>
    private void AnotherConnectionCommitted()
    {
        _keysBuildAfter = Environment.TickCount64 + _keysBackoffMs;
        _keysBackoffMs = Math.Min(KeysMaxBackoffMs, 2 * _keysBackoffMs);
    }

    /// <summary>On the writer after each group's COMMIT and cache updates: readers may use the cache again (see
    /// <see cref="SqliteChangeProbe"/>), unless another connection committed meanwhile.</summary>
    private void Committed(SqliteSession writer)
    {
        // After a forgotten cache (-1) the version says nothing of another connection: no reason to wait longer.
        var known = _dataVersion != -1;
        if (!_probe.Absorb(() => WritersVersion(writer), ref _dataVersion))
        {
            if (known)
            {
                AnotherConnectionCommitted();
            }

            _cache.Clear();
            _keys = null;
        }
    }

    /// <summary>The group failed or its cache updates were lost: nothing cached is trusted until the next group, and the
    /// key filter is built again (the writer's connection may be a new one, whose version says nothing of the gap).</summary>
    private void ForgetCache()
    {
        _probe.Forget();
        _cache.Clear();
        _keys = null;
        _dataVersion = -1;
    }

    /// <summary>Changes only when another connection committed (within a transaction: as of its start).</summary>
    private static long WritersVersion(SqliteSession writer) => (long)writer.Statement("PRAGMA data_version").ExecuteScalar()!;

    private async Task<SqliteGroupCommit> WriterAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (!_schemaReady)
        {
            await EnsureSchemaAsync(cancellationToken);
        }

        return _writer.Value;
    }

    /// <summary>
    /// The writer's connection: durable commits (see the remarks on the class), a larger page cache (see
    /// <see cref="WriterCacheKiB"/>), and no automatic checkpoint: SQLite would run it inside the COMMIT that crosses
    /// the threshold, holding up that whole group (copying pages into the
    /// database file and fsyncing it). A timer checkpoints from its own connection instead, beside the writer, and the
    /// writer restarts a long log between groups (see <see cref="RestartLogFrames"/>); a restarted log file is cut back
    /// to a bounded size. Temporary files in memory: a savepoint's journal (every page a job changes, copied before) and
    /// a statement's would otherwise spill to a temporary file past 64 KiB, which a turn's batch reached every time.
    /// </summary>
    private SqliteConnection OpenWriter()
    {
        var connection = OpenRaw();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = {LogSizeLimitBytes}; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{WriterCacheKiB}";
        pragma.ExecuteNonQuery();
        _checkpointTimer ??= TimeProvider.System.CreateTimer(_ => Checkpoint(), null, CheckpointInterval, CheckpointInterval);
        return connection;
    }

    /// <summary>
    /// A passive checkpoint: copies what it can without waiting for the writer or readers; the writer starts the log
    /// over once all of it is in the database file. A failure here loses nothing (the log keeps it) and is retried.
    /// </summary>
    private void Checkpoint()
    {
        var groups = CommittedGroups;
        if (_disposed || groups == Interlocked.Read(ref _checkpointedGroups) || Interlocked.Exchange(ref _checkpointing, 1) == 1)
        {
            return;
        }

        try
        {
            using var connection = OpenRaw();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            using (var result = command.ExecuteReader())
            {
                // busy, frames in the log, frames copied into the database file
                if (result.Read() && result.GetInt64(1) >= RestartLogFrames)
                {
                    Volatile.Write(ref _restartLog, true);
                }
            }

            Interlocked.Exchange(ref _checkpointedGroups, groups);
        }
        catch (SqliteException)
        {
            // Busy or failing storage: the next tick tries again; the turns see the failure themselves if it lasts.
        }
        finally
        {
            Interlocked.Exchange(ref _checkpointing, 0);
        }
    }

    /// <summary>
    /// On the writer between groups, when a passive checkpoint found the log long (and none is running: a RESTART would
    /// otherwise wait in SQLite's busy handler for the checkpoint lock, holding up every turn behind it).
    /// </summary>
    private void RestartLogWhenLong(SqliteSession writer)
    {
        if (!Volatile.Read(ref _restartLog) || Interlocked.Exchange(ref _checkpointing, 1) == 1)
        {
            return;
        }

        try
        {
            // The readers still on the old log are waited for briefly, not for the whole busy timeout: the turns wait
            // behind this. If one is still there, the next passive checkpoint finds the log long again.
            Volatile.Write(ref _restartLog, false);
            writer.Execute($"PRAGMA busy_timeout = {RestartWaitMilliseconds}");
            try
            {
                writer.Execute("PRAGMA wal_checkpoint(RESTART)");
            }
            finally
            {
                writer.Execute($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            }
        }
        finally
        {
            Interlocked.Exchange(ref _checkpointing, 0);
        }
    }

    /// <summary>Runs <paramref name="read"/> on a rented read connection (opened when none is idle) and returns it.</summary>
    private async Task<T> WithReaderAsync<T>(Func<SqliteSession, T> read, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        if (!_schemaReady)
        {
            await EnsureSchemaAsync(cancellationToken);
        }

        if (!_readers.TryTake(out var reader))
        {
            reader = new SqliteSession(OpenRaw());
        }

        var healthy = false;
        try
        {
            var result = read(reader);
            healthy = true;
            return result;
        }
        finally
        {
            // A connection that failed is not reused; nor is one beyond the idle cap, or any after Dispose.
            if (healthy && !_disposed && _readers.Count < IdleReaders)
            {
                _readers.Add(reader);
            }
            else
            {
                reader.Dispose();
            }
        }
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new StorageUnavailableException("The SQLite store is closed.");
        }
    }

    /// <summary>The reads' statements by key count (the SQL is the prepared statement's key: built once, not per read).</summary>
    private static readonly (string Sql, (string, SqliteType)[] Parameters)[] PreparedReads =
        [.. Enumerable.Range(0, PreparedReadKeys + 1).Select(n => (ReadSql(n), ReadParameters(n)))];

    /// <summary>The writer's look-ups of a batch's current rows by key count.</summary>
    private static readonly (string Sql, (string, SqliteType)[] Parameters)[] PreparedCurrentRows =
        [.. Enumerable.Range(0, PreparedReadKeys + 1).Select(n => (
            $"SELECT key, etag, expires_at, subject FROM {Table} WHERE key IN ({string.Join(", ", Enumerable.Range(0, n).Select(i => "$k" + i))})",
            Enumerable.Range(0, n).Select(i => ("$k" + i, SqliteType.Text)).ToArray()))];

    private static string ReadSql(int keys) =>
        $"SELECT key, json, etag FROM {Table} WHERE expires_at > $now AND key IN ({string.Join(", ", Enumerable.Range(0, keys).Select(i => "$k" + i))})";

    private static (string, SqliteType)[] ReadParameters(int keys) =>
        [("$now", SqliteType.Integer), .. Enumerable.Range(0, keys).Select(i => ("$k" + i, SqliteType.Text))];

    private static void ReadInto(Dictionary<string, StoredItem> found, SqliteCommand command, string[] keys, long now)
    {
        command.Parameters[0].Value = now;
        for (var i = 0; i < keys.Length; i++)
        {
            command.Parameters[i + 1].Value = keys[i];
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            found[key] = new StoredItem(key, reader.GetFieldValue<byte[]>(1), reader.GetString(2));
        }
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();

            // Per connection: wait for another process's lock inside SQLite rather than failing at once.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
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

            await using var connection = OpenRaw();
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

    private static int CountLive(SqliteCommand returningExpiresAt, long now)
    {
        var live = 0;
        using var reader = returningExpiresAt.ExecuteReader();
        while (reader.Read())
        {
            live += reader.GetInt64(0) > now ? 1 : 0;
        }

        return live;
    }

    private long NowUnixMs() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
