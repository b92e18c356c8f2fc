namespace GraciousBot.Runtime.Storage;

/// <summary>A stored document and the ETag it was read with.</summary>
public sealed record StoredItem(string Key, string Json, string ETag);

/// <summary>
/// One write. <see cref="ExpectedETag"/> is the ETag the document was read with: null means "create, it must not
/// exist yet", <c>*</c> overwrites whatever is there. <see cref="Json"/> null deletes.
/// </summary>
public sealed record StateWrite(string Key, string? Json, string? ExpectedETag);

/// <summary>What a write achieved: every document written, or a typed conflict and nothing written.</summary>
public abstract record WriteOutcome
{
    private WriteOutcome() { }

    public sealed record Written(IReadOnlyDictionary<string, string?> ETags) : WriteOutcome;

    public sealed record Conflict(string Key) : WriteOutcome;
}

/// <summary>
/// Document storage with ETag optimistic concurrency. A batch of writes is all or nothing. Documents expire after
/// the store's time to live unless written again.
/// </summary>
public interface IStateStore
{
    Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken);

    /// <summary>Deletes documents whatever their ETag; returns how many existed.</summary>
    Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

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
