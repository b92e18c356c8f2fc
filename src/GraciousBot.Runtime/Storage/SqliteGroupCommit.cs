using Microsoft.Data.Sqlite;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// The one writer of a SQLite file in this process, with group commit: every write job that is waiting when the writer
/// is free goes into one transaction and one fsync (as PostgreSQL's WAL flush covers every commit waiting for it), so
/// 64 conversations cost one fsync per group instead of one per turn. A job is acknowledged only after the COMMIT of its
/// group returned, that is after the write-ahead log reached the disk.
/// </summary>
/// <remarks>
/// <para>Jobs run one after another inside the group's transaction, so each sees the ones before it exactly as if they
/// had committed separately: two jobs that check the same ETag get one success and one conflict, as they would
/// serially. A conflict is a result, not a failure: it touches only its own job.</para>
/// <para>Each job runs under a SAVEPOINT. A job that throws anything but a SQLite error (a bug in the job) is rolled back
/// to its savepoint and fails alone. A savepoint is not free: SQLite copies every page the job changes into a journal
/// first (a turn's batch touches some fifteen), so a job that changes nothing until it has checked everything runs
/// without one (<c>savepoint: false</c>, the state store's writes); should such a job throw a bug all the same, the
/// whole group is rolled back, that job fails, and the others run again in a new group. A SQLite error (disk full,
/// I/O error, read-only file, the lock held too long by another process) or a failed COMMIT fails the whole group: the
/// transaction is rolled back, nothing of any job is applied, and every waiter gets that exception (a storage failure,
/// so the turn answers 503 and is retried).</para>
/// <para>What a job leaves for after the COMMIT (<see cref="SqliteSession.AfterCommit"/>) runs, in job order, only for
/// jobs that were not rolled back and only once the COMMIT returned, before any waiter is told.</para>
/// <para>The writer is a dedicated thread with its own connection and its statements prepared once: SQLite's calls
/// are synchronous (the fsync blocks the caller), and this keeps that blocking off the thread pool.</para>
/// </remarks>
internal sealed class SqliteGroupCommit : IDisposable
{
    /// <summary>A bound on one group, so one transaction (and the time its waiters wait) stays small.</summary>
    public const int MaxGroup = 256;

    private readonly Func<SqliteConnection> _open;

    /// <summary>Jobs waiting for the writer, guarded by <see cref="_gate"/>. A plain monitor, not a BlockingCollection:
    /// the latter spins before it sleeps, and on a small machine the idle writer's spinning took CPU from the turns.</summary>
    private readonly Queue<Job> _queue = new();
    private readonly object _gate = new();
    private bool _closed;
    private readonly Thread _thread;
    private SqliteSession? _session;
    private long _groups;
    private readonly Action<SqliteSession>? _afterGroup;
    private readonly Action<SqliteSession>? _beginGroup;
    private readonly Action? _afterCommitLost;
    private readonly Action<SqliteSession>? _committed;

    /// <param name="open">Opens the writer's connection (schema ready, pragmas set); called again after a failure broke it.</param>
    /// <param name="name">The writer thread's name.</param>
    /// <param name="afterGroup">Runs on the writer after each group, outside any transaction (upkeep such as a checkpoint); a SQLite error in it is ignored.</param>
    /// <param name="beginGroup">Runs on the writer at the start of each group, inside its transaction, before the first job; a SQLite error in it fails the group.</param>
    /// <param name="afterCommitLost">Runs on the writer when what a group's jobs left for after the COMMIT is dropped: the group failed, or applying it threw.</param>
    /// <param name="committed">Runs on the writer after a group's COMMIT and what its jobs left for after it, before any waiter is told; a SQLite error in it is ignored.</param>
    public SqliteGroupCommit(
        Func<SqliteConnection> open,
        string name,
        Action<SqliteSession>? afterGroup = null,
        Action<SqliteSession>? beginGroup = null,
        Action? afterCommitLost = null,
        Action<SqliteSession>? committed = null)
    {
        _open = open;
        _afterGroup = afterGroup;
        _beginGroup = beginGroup;
        _afterCommitLost = afterCommitLost;
        _committed = committed;
        _thread = new Thread(Loop) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>How many groups were committed (for tests and diagnostics).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Queues <paramref name="work"/> for the writer; completes after its group is durably committed.</summary>
    /// <param name="work">Runs on the writer thread inside the group's transaction; must not block on anything but SQLite.</param>
    /// <param name="savepoint">False for work that changes nothing before it has checked everything it needs and then
    /// cannot fail but with a SQLite error (see the remarks on the class).</param>
    public Task<T> RunAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken, bool savepoint = true)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var job = new Job<T>(work, savepoint, cancellationToken);
        lock (_gate)
        {
            if (_closed)
            {
                throw new StorageUnavailableException("The SQLite store is closed.");
            }

            _queue.Enqueue(job);
            if (_queue.Count == 1)
            {
                Monitor.Pulse(_gate);
            }
        }

        return job.Result;
    }

    /// <summary>Lets the queued jobs finish, then stops the writer and closes its connection.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }

        if (Thread.CurrentThread != _thread)
        {
            _thread.Join(TimeSpan.FromSeconds(30));
        }
    }

    private void Loop()
    {
        var group = new List<Job>(MaxGroup);
        while (true)
        {
            lock (_gate)
            {
                while (_queue.Count == 0 && !_closed)
                {
                    Monitor.Wait(_gate);
                }

                if (_queue.Count == 0)
                {
                    break;
                }

                while (group.Count < MaxGroup && _queue.TryDequeue(out var next))
                {
                    Take(group, next);
                }
            }

            if (group.Count > 0)
            {
                Commit(group);
                group.Clear();
                AfterGroup();
            }
        }

        _session?.Dispose();
        _session = null;
    }

    private void AfterGroup()
    {
        if (_afterGroup is null || _session is null)
        {
            return;
        }

        try
        {
            _afterGroup(_session);
        }
        catch (SqliteException)
        {
            // Upkeep only: a busy or failing file shows itself to the next group, which fails its waiters properly.
        }
    }

    /// <summary>A job whose caller gave up before the writer reached it is not run at all.</summary>
    private static void Take(List<Job> group, Job job)
    {
        if (job.CancellationToken.IsCancellationRequested)
        {
            job.Cancel();
            return;
        }

        group.Add(job);
    }

    private void Commit(List<Job> group)
    {
        var failedAlone = new bool[group.Count];
        (int Job, Exception Bug)? unsaved = null;
        try
        {
            _session ??= new SqliteSession(_open());
            _session.Execute("BEGIN IMMEDIATE");
            _beginGroup?.Invoke(_session);
            for (var i = 0; i < group.Count && unsaved is null; i++)
            {
                _session.BeginJob();
                if (!group[i].Savepoint)
                {
                    try
                    {
                        group[i].Run(_session);
                    }
                    catch (Exception bug) when (bug is not SqliteException)
                    {
                        unsaved = (i, bug);
                    }

                    continue;
                }

                _session.Execute("SAVEPOINT job");
                try
                {
                    group[i].Run(_session);
                    _session.Execute("RELEASE job");
                }
                catch (Exception bug) when (bug is not SqliteException)
                {
                    _session.Execute("ROLLBACK TO job");
                    _session.Execute("RELEASE job");
                    _session.DiscardJob();
                    group[i].Fail(bug);
                    failedAlone[i] = true;
                }
            }

            if (unsaved is null)
            {
                _session.Execute("COMMIT");
            }
            else
            {
                _session.Execute("ROLLBACK");
            }
        }
        catch (Exception failure)
        {
            _session?.DiscardAll();
            Abandon();
            _afterCommitLost?.Invoke();
            for (var i = 0; i < group.Count; i++)
            {
                if (!failedAlone[i])
                {
                    group[i].Fail(i == unsaved?.Job ? unsaved.Value.Bug : failure);
                }
            }

            return;
        }

        if (unsaved is { } rolledBack)
        {
            // A job without a savepoint threw halfway: nothing of this group stays. It fails; the others (but those
            // that already failed alone) run again, from the start, in a group of their own.
            _session.DiscardAll();
            group[rolledBack.Job].Fail(rolledBack.Bug);
            var again = group.Where((_, i) => i != rolledBack.Job && !failedAlone[i]).ToList();
            if (again.Count > 0)
            {
                Commit(again);
            }

            return;
        }

        try
        {
            _session.RunAfterCommit();
        }
        catch (Exception)
        {
            // A bug in what a job left for after the COMMIT: the group is committed all the same, and its waiters are
            // told so; whatever the jobs meant to update from it is dropped instead.
            _session.DiscardAll();
            _afterCommitLost?.Invoke();
        }

        try
        {
            _committed?.Invoke(_session);
        }
        catch (SqliteException)
        {
            // Bookkeeping after the commit (see the parameter): the group is committed all the same.
        }

        Interlocked.Increment(ref _groups);
        for (var i = 0; i < group.Count; i++)
        {
            if (!failedAlone[i])
            {
                group[i].Complete();
            }
        }
    }

    /// <summary>After a failure the transaction is rolled back (SQLite may have done it already) and the connection is
    /// replaced, so a broken handle cannot fail the next group too.</summary>
    private void Abandon()
    {
        try
        {
            _session?.Execute("ROLLBACK");
        }
        catch (Exception)
        {
            // No transaction was active any more (SQLite rolled it back itself), or the connection is broken: either
            // way it is discarded below, and the writer thread must survive to serve the next group.
        }

        try
        {
            _session?.Dispose();
        }
        catch (Exception)
        {
            // A broken handle that fails to close is still dropped.
        }

        _session = null;
    }

    private abstract class Job(bool savepoint, CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public bool Savepoint { get; } = savepoint;

        public abstract void Run(SqliteSession session);

        public abstract void Complete();

        public abstract void Fail(Exception failure);

        public abstract void Cancel();
    }

    private sealed class Job<T>(Func<SqliteSession, T> work, bool savepoint, CancellationToken cancellationToken) : Job(savepoint, cancellationToken)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Result => _done.Task;

        public override void Run(SqliteSession session) => _result = work(session);

        public override void Complete() => _done.TrySetResult(_result!);

        public override void Fail(Exception failure) => _done.TrySetException(failure);

        public override void Cancel() => _done.TrySetCanceled(CancellationToken);
    }
}

/// <summary>
/// One open connection and its statements, each prepared once and reused (SQLite keeps a command's compiled statement
/// between executions). Used by one thread at a time: the writer, or a reader that rented it.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly List<Action> _afterCommit = [];
    private int _jobStart;

    public SqliteConnection Connection { get; } = connection;

    /// <summary>On the writer: runs <paramref name="apply"/> once the group's COMMIT returned, unless this job is rolled back.</summary>
    public void AfterCommit(Action apply) => _afterCommit.Add(apply);

    internal void BeginJob() => _jobStart = _afterCommit.Count;

    internal void DiscardJob() => _afterCommit.RemoveRange(_jobStart, _afterCommit.Count - _jobStart);

    internal void DiscardAll() => _afterCommit.Clear();

    internal void RunAfterCommit()
    {
        foreach (var apply in _afterCommit)
        {
            apply();
        }

        _afterCommit.Clear();
    }

    /// <summary>The prepared statement for <paramref name="sql"/>; <paramref name="parameters"/> are declared the first time.</summary>
    public SqliteCommand Statement(string sql, params ReadOnlySpan<(string Name, SqliteType Type)> parameters)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, type) in parameters)
            {
                command.Parameters.Add(name, type);
            }

            command.Prepare();
            _statements[sql] = command;
        }

        return command;
    }

    public void Execute(string sql) => Statement(sql).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
        Connection.Dispose();
    }
}
