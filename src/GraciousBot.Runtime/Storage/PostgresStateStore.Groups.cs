using Npgsql;
using NpgsqlTypes;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// Group commit and shared reads (see <see cref="PostgresCoalescer{TJob}"/>): the batches of concurrent turns are
/// written in one transaction (one round trip, one commit, one WAL flush), and their reads in one SELECT.
/// </summary>
/// <remarks>
/// <para>A group behaves as if its batches had committed one after another, each all or nothing: they run in order in
/// one transaction, so a batch sees the ones before it. A batch whose ETag does not match makes the server roll the
/// whole transaction back; that batch gets its <see cref="WriteOutcome.Conflict"/> and the others run again, in a new
/// transaction, without it. A deadlock or serialization failure (another instance at the same moment) runs every batch
/// of the group again on its own, as before groups existed. Any other failure (the server gone, a read-only database,
/// a failed COMMIT) fails every batch of the group with that exception: nothing of the group is applied, and each turn
/// answers 503 and is retried. A batch is acknowledged only after its group's COMMIT returned.</para>
/// <para>Rows are locked in key order across the whole group (the same order in every instance), so two groups cannot
/// deadlock; the writes of one key keep the order of their batches.</para>
/// </remarks>
public sealed partial class PostgresStateStore
{
    /// <summary>A bound on one group, so one transaction (and the time its waiters wait) stays small.</summary>
    private const int MaxGroup = 64;

    /// <summary>Groups of writes committing at once (PostgreSQL's own group commit covers their WAL flushes).</summary>
    private const int MaxWritesInFlight = 2;

    /// <summary>Shared reads on their way at once.</summary>
    private const int MaxReadsInFlight = 2;

    private sealed class ReadJob(string[] keys)
    {
        public string[] Keys => keys;

        public TaskCompletionSource<IReadOnlyDictionary<string, StoredItem>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>What one caller queued for the next group: a batch of writes or a delete.</summary>
    private abstract class GroupJob(CancellationToken cancellationToken)
    {
        public CancellationToken Cancellation => cancellationToken;

        public abstract void Fail(Exception failure);

        public abstract void Cancel();
    }

    private sealed class WriteJob : GroupJob
    {
        public WriteJob(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
            : base(cancellationToken)
        {
            Writes = writes;
            ETags = new Dictionary<string, string?>(writes.Count, StringComparer.Ordinal);
            foreach (var write in writes)
            {
                ETags[write.Key] = write.Document is null ? null : StoreRules.NewETag();
            }
        }

        public IReadOnlyList<StateWrite> Writes { get; }

        public Dictionary<string, string?> ETags { get; }

        public TaskCompletionSource<WriteOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Fail(Exception failure) => Done.TrySetException(failure);

        public override void Cancel() => Done.TrySetCanceled(Cancellation);
    }

    private sealed class DeleteJob(string[] keys, CancellationToken cancellationToken) : GroupJob(cancellationToken)
    {
        public string[] Keys => keys;

        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Fail(Exception failure) => Done.TrySetException(failure);

        public override void Cancel() => Done.TrySetCanceled(Cancellation);
    }

    /// <summary>A statement on another table of the database (see <see cref="ExecuteInGroupAsync"/>).</summary>
    private sealed class StatementJob(string sql, IReadOnlyList<SqlArgument> arguments, CancellationToken cancellationToken) : GroupJob(cancellationToken)
    {
        public NpgsqlBatchCommand Command()
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var argument in arguments)
            {
                var parameter = new NpgsqlParameter { ParameterName = argument.Name, Value = argument.Value ?? DBNull.Value };
                if (argument.Value is null)
                {
                    parameter.DbType = argument.NullType;
                }

                command.Parameters.Add(parameter);
            }

            return command;
        }

        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Fail(Exception failure) => Done.TrySetException(failure);

        public override void Cancel() => Done.TrySetCanceled(Cancellation);
    }

    private long _committedGroups;

    /// <summary>How many write transactions committed (for tests and diagnostics).</summary>
    internal long CommittedGroups => Interlocked.Read(ref _committedGroups);

    /// <summary>One statement of a group: the key it locks (none for a statement of another table), whose it is, and the write.</summary>
    private readonly record struct Part(string Key, GroupJob Job, StateWrite? Write);

    /// <summary>
    /// Bytes of documents this process wrote last and may be sent again without their JSON (see
    /// <see cref="ReadGroupAsync"/>): about 250 conversations.
    /// </summary>
    private const long CacheBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Documents by ETag. Never served on trust: every read asks the server for the current ETag of each key, and the
    /// JSON kept here is used only when the server's ETag is the one it was kept with (an ETag is never reused, so
    /// that JSON is the document's). Other instances' writes therefore need no invalidation.
    /// </summary>
    private readonly SqliteDocumentCache _known = new(CacheBytes);

    private async Task ReadGroupAsync(List<ReadJob> group)
    {
        try
        {
            var keys = group.SelectMany(j => j.Keys).Distinct(StringComparer.Ordinal).ToArray();
            var held = new string?[keys.Length];
            Dictionary<string, StoredItem>? kept = null;
            for (var i = 0; i < keys.Length; i++)
            {
                if (_known.TryGet(keys[i], long.MinValue, out var item))
                {
                    held[i] = item.ETag;
                    (kept ??= new(StringComparer.Ordinal))[item.Key] = item;
                }
            }

            var found = new Dictionary<string, StoredItem>(keys.Length, StringComparer.Ordinal);
            await using (var command = _dataSource.CreateCommand(_sql.Read))
            {
                command.Parameters.Add(new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = keys });
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = NowUnixMs() });
                command.Parameters.Add(new NpgsqlParameter<string?[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = held });
                await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    var key = reader.GetString(0);
                    var etag = reader.GetString(2);
                    if (reader.IsDBNull(1) && kept is not null && kept.TryGetValue(key, out var same) && same.ETag == etag)
                    {
                        found[key] = same;
                    }
                    else
                    {
                        found[key] = new StoredItem(key, reader.GetFieldValue<byte[]>(1), etag);
                        if (kept is not null && kept.ContainsKey(key))
                        {
                            // Another instance wrote it since: keep its version instead.
                            _known.Put(found[key], long.MaxValue);
                        }
                    }
                }
            }

            // A document kept here that is gone (deleted or expired) is not kept any longer.
            foreach (var key in kept?.Keys.Where(k => !found.ContainsKey(k)) ?? [])
            {
                _known.Remove(key);
            }

            if (group.Count == 1)
            {
                group[0].Done.TrySetResult(found);
                return;
            }

            foreach (var job in group)
            {
                var own = new Dictionary<string, StoredItem>(job.Keys.Length, StringComparer.Ordinal);
                foreach (var key in job.Keys)
                {
                    if (found.TryGetValue(key, out var item))
                    {
                        own[key] = item;
                    }
                }

                job.Done.TrySetResult(own);
            }
        }
        catch (Exception failure)
        {
            foreach (var job in group)
            {
                job.Done.TrySetException(failure);
            }
        }
    }

    private async Task CommitGroupAsync(List<GroupJob> group)
    {
        try
        {
            var pending = new List<GroupJob>(group.Count);
            foreach (var job in group)
            {
                if (job.Cancellation.IsCancellationRequested)
                {
                    job.Cancel();
                }
                else
                {
                    pending.Add(job);
                }
            }

            await CommitAsync(pending);
        }
        catch (Exception failure)
        {
            foreach (var job in group)
            {
                job.Fail(failure);
            }
        }
    }

    /// <summary>Commits <paramref name="jobs"/> in one transaction, dropping each batch that conflicts (see the remarks).</summary>
    private async Task CommitAsync(List<GroupJob> jobs)
    {
        while (jobs.Count > 0)
        {
            var parts = Parts(jobs);
            await using var batch = _dataSource.CreateBatch();
            var now = NowUnixMs();
            for (var i = 0; i < parts.Count; i++)
            {
                batch.BatchCommands.Add(Command(parts[i], i, now));
            }

            try
            {
                // One round trip: a batch without an explicit transaction runs in one implicit transaction that
                // commits at its end, and any error rolls all of it back.
                await batch.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (PostgresException failure) when (failure.SqlState == ETagMismatch && ConflictAt(failure, parts) is { } at)
            {
                // The conflict function names the write by its place in the group (never by its key, which the server logs).
                var loser = (WriteJob)parts[at].Job;
                loser.Done.TrySetResult(new WriteOutcome.Conflict(parts[at].Key));
                jobs.Remove(loser);
                continue;
            }
            catch (PostgresException failure) when (OwnFault(failure) && jobs.Count > 1 && jobs.Exists(j => j is StatementJob))
            {
                // A statement of another table may have failed on its own account, and the server does not say which
                // one (Npgsql leaves BatchCommand empty here): each job runs again alone, and only the one at fault fails.
                foreach (var job in jobs)
                {
                    try
                    {
                        await CommitAsync([job]);
                    }
                    catch (PostgresException alone) when (OwnFault(alone))
                    {
                        job.Fail(alone);
                    }
                }

                return;
            }
            catch (PostgresException failure) when (failure.SqlState is DeadlockDetected or SerializationFailure or ETagMismatch)
            {
                if (jobs.Count == 1)
                {
                    // Someone else changed these rows at the same moment (or a conflict the server did not place): for
                    // a batch of writes that is a conflict.
                    if (jobs[0] is WriteJob only)
                    {
                        only.Done.TrySetResult(new WriteOutcome.Conflict(parts[0].Key));
                    }
                    else
                    {
                        jobs[0].Fail(failure);
                    }

                    return;
                }

                foreach (var job in jobs)
                {
                    await CommitAsync([job]);
                }

                return;
            }

            Interlocked.Increment(ref _committedGroups);
            Complete(jobs, parts, batch);
            return;
        }
    }

    /// <summary>Every statement of the group in key order (a stable sort, so one key's statements keep their batches' order).</summary>
    private static List<Part> Parts(List<GroupJob> jobs)
    {
        var parts = new List<Part>(jobs.Count * 4);
        foreach (var job in jobs)
        {
            switch (job)
            {
                case WriteJob write:
                    foreach (var one in write.Writes)
                    {
                        parts.Add(new Part(one.Key, job, one));
                    }

                    break;
                case DeleteJob delete:
                    foreach (var key in delete.Keys)
                    {
                        parts.Add(new Part(key, job, null));
                    }

                    break;
            }
        }

        // Statements on other tables lock their rows after every state row, in the order they came.
        var statements = jobs.OfType<StatementJob>().Select(job => new Part(string.Empty, job, null));
        return jobs.Count == 1 && parts.Count < 2 ? [.. parts, .. statements] : [.. parts.OrderBy(p => p.Key, StringComparer.Ordinal), .. statements];
    }

    private NpgsqlBatchCommand Command(Part part, int index, long now)
    {
        if (part.Job is StatementJob statement)
        {
            return statement.Command();
        }

        if (part.Write is { } write)
        {
            var etag = ((WriteJob)part.Job).ETags[write.Key];
            return ConditionalWrite(write, index, etag, now);
        }

        return Statement(_sql.DeleteCounted, part.Key, now);
    }

    private static int? ConflictAt(PostgresException failure, List<Part> parts) =>
        int.TryParse(failure.ConstraintName, System.Globalization.CultureInfo.InvariantCulture, out var at) && at >= 0 && at < parts.Count && parts[at].Job is WriteJob ? at : null;

    /// <summary>A failure of the statement itself (a data exception, a constraint, its SQL: SQLSTATE classes 22, 23,
    /// 42), not of the connection or the server.</summary>
    private static bool OwnFault(PostgresException failure) => failure.SqlState is { Length: 5 } state && state[..2] is "22" or "23" or "42";

    private void Complete(List<GroupJob> jobs, List<Part> parts, NpgsqlBatch batch)
    {
        Dictionary<DeleteJob, int>? deleted = null;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Job is DeleteJob job)
            {
                deleted ??= [];
                // A SELECT's rows (the live documents it deleted), which RecordsAffected leaves out.
                deleted[job] = deleted.GetValueOrDefault(job) + (int)batch.BatchCommands[i].Rows;
            }
            else if (parts[i].Job is StatementJob statement)
            {
                statement.Done.TrySetResult(batch.BatchCommands[i].RecordsAffected);
            }
        }

        foreach (var job in jobs)
        {
            switch (job)
            {
                case WriteJob write:
                    Remember(write);
                    write.Done.TrySetResult(new WriteOutcome.Written(write.ETags));
                    break;
                case DeleteJob delete:
                    foreach (var key in delete.Keys)
                    {
                        _known.Remove(key);
                    }

                    delete.Done.TrySetResult(deleted?.GetValueOrDefault(delete) ?? 0);
                    break;
            }
        }
    }

    /// <summary>
    /// Keeps what a committed batch wrote for the store's own time to live (conversation and user state, read by every
    /// turn); a document with its own time to live is a journal entry, read back only after a failure.
    /// </summary>
    private void Remember(WriteJob write)
    {
        foreach (var one in write.Writes)
        {
            if (one.Document is { } document && one.TimeToLive is null && write.ETags[one.Key] is { } etag)
            {
                _known.Put(new StoredItem(one.Key, document, etag), long.MaxValue);
            }
            else
            {
                _known.Remove(one.Key);
            }
        }
    }
}
