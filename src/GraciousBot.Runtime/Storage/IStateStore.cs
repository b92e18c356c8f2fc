namespace GraciousBot.Runtime.Storage;

/// <summary>A stored document and the ETag it was read with.</summary>
public sealed record StoredItem(string Key, string Json, string ETag);

/// <summary>
/// One write. <see cref="ExpectedETag"/> is the ETag the document was read with: null means "create, it must not
/// exist yet", <c>*</c> overwrites whatever is there. <see cref="Json"/> null deletes.
/// </summary>
public sealed record StateWrite(string Key, string? Json, string? ExpectedETag)
{
    /// <summary>
    /// Whose data this is (a user-state key): erasure removes every document written with it. Null keeps the subject
    /// the document already had.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>How long this document lives; null means the store's time to live.</summary>
    public TimeSpan? TimeToLive { get; init; }
}

/// <summary>What a write achieved: every document written, or a typed conflict and nothing written.</summary>
public abstract record WriteOutcome
{
    private WriteOutcome() { }

    public sealed record Written(IReadOnlyDictionary<string, string?> ETags) : WriteOutcome;

    public sealed record Conflict(string Key) : WriteOutcome;
}

/// <summary>
/// Document storage with ETag optimistic concurrency. A batch of writes is all or nothing: a turn's state, its
/// record and its outbox are one batch (see <see cref="Turns.TurnProcessor"/>), so they are committed together or not
/// at all. Documents expire after their time to live unless written again. A store that cannot be reached or refuses a
/// write throws (a <see cref="System.Data.Common.DbException"/> for the database stores); see <see cref="StorageFailures"/>.
/// </summary>
public interface IStateStore
{
    Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken);

    /// <summary>Deletes documents whatever their ETag; returns how many existed.</summary>
    Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Live documents whose key starts with <paramref name="prefix"/>, in key order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Live documents whose key starts with <paramref name="prefix"/> and that expire at or before
    /// <paramref name="expiresBy"/>, the soonest to expire first, at most <paramref name="limit"/>: what a queue kept as
    /// documents that expire a fixed time after they are due asks for "due now" without reading every waiting
    /// document. A store that cannot answer this may return <see cref="ScanAsync"/>'s documents instead (callers filter).
    /// </summary>
    Task<IReadOnlyList<StoredItem>> ScanExpiringAsync(string prefix, DateTimeOffset expiresBy, int limit, CancellationToken cancellationToken) =>
        ScanAsync(prefix, limit, cancellationToken);

    /// <summary>Deletes every document written for <paramref name="subject"/> (see <see cref="StateWrite.Subject"/>); returns how many.</summary>
    Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken);

    /// <summary>Removes expired documents; returns how many.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);

    /// <summary>Throws when the store cannot be reached (readiness).</summary>
    Task PingAsync(CancellationToken cancellationToken);
}

/// <summary>Options shared by every store.</summary>
public sealed class StateStoreOptions
{
    /// <summary>How long an untouched document lives. Default: 30 days.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(30);
}
