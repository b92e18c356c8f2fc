namespace GraciousBot.Runtime.Storage;

/// <summary>
/// A stored document and the ETag it was read with. A store that keeps UTF-8 (SQLite) hands over its bytes, and the
/// state layer reads them as they are; the text form is made from them only when a caller asks for it.
/// </summary>
public sealed record StoredItem
{
    private readonly DocumentJson _document;

    public StoredItem(string key, string json, string eTag)
        : this(key, new DocumentJson(json), eTag)
    {
    }

    /// <summary>A document read as UTF-8 bytes (they are the item's own from then on: nobody changes them).</summary>
    public StoredItem(string key, ReadOnlyMemory<byte> utf8Json, string eTag)
        : this(key, new DocumentJson(utf8Json), eTag)
    {
    }

    internal StoredItem(string key, DocumentJson document, string eTag)
    {
        Key = key;
        _document = document;
        ETag = eTag;
    }

    public string Key { get; }

    public string Json => _document.Text;

    public ReadOnlyMemory<byte> Utf8Json => _document.Utf8Array;

    public string ETag { get; }

    /// <summary>About how many bytes the item holds (its key, document and ETag), for a cache's budget.</summary>
    internal long Size => 2L * (Key.Length + ETag.Length) + _document.Size;

    public bool Equals(StoredItem? other) =>
        other is not null && Key == other.Key && ETag == other.ETag && _document.Equals(other._document);

    public override int GetHashCode() => HashCode.Combine(Key, ETag);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Key = {Key}, Json = {Json}, ETag = {ETag}");
        return true;
    }
}

/// <summary>
/// One write. <see cref="ExpectedETag"/> is the ETag the document was read with: null means "create, it must not
/// exist yet", <c>*</c> overwrites whatever is there. <see cref="Json"/> null deletes.
/// </summary>
public sealed record StateWrite
{
    private readonly DocumentJson? _document;

    public StateWrite(string key, string? json, string? expectedETag)
        : this(key, json is null ? null : new DocumentJson(json), expectedETag)
    {
    }

    private StateWrite(string key, DocumentJson? document, string? expectedETag)
    {
        Key = key;
        _document = document;
        ExpectedETag = expectedETag;
    }

    /// <summary>A document written as the UTF-8 bytes it was built as (they are the write's from then on).</summary>
    public static StateWrite OfUtf8(string key, ReadOnlyMemory<byte> utf8Json, string? expectedETag) => new(key, new DocumentJson(utf8Json), expectedETag);

    public string Key { get; }

    /// <summary>The document as text; null deletes.</summary>
    public string? Json => _document?.Text;

    /// <summary>The document in whichever form it was made (for a store that keeps it as it came); null deletes.</summary>
    internal DocumentJson? Document => _document;

    public string? ExpectedETag { get; }

    /// <summary>
    /// Whose data this is (a user-state key): erasure removes every document written with it. Null keeps the subject
    /// the document already had.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>How long this document lives; null means the store's time to live.</summary>
    public TimeSpan? TimeToLive { get; init; }

    public bool Equals(StateWrite? other) =>
        other is not null && Key == other.Key && ExpectedETag == other.ExpectedETag && Subject == other.Subject && TimeToLive == other.TimeToLive
        && (_document is null ? other._document is null : _document.Equals(other._document));

    public override int GetHashCode() => HashCode.Combine(Key, ExpectedETag);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Key = {Key}, Json = {Json}, ExpectedETag = {ExpectedETag}, Subject = {Subject}, TimeToLive = {TimeToLive}");
        return true;
    }
}

/// <summary>
/// A document's JSON as UTF-8 bytes or as text, whichever it was made from; the other form is made once, when first
/// asked for. Neither is ever changed.
/// </summary>
internal sealed class DocumentJson : IEquatable<DocumentJson>
{
    // References only, so a form made by one thread while another reads it is either there whole or not at all.
    private string? _text;
    private byte[]? _utf8;

    public DocumentJson(string text) => _text = text;

    /// <summary>Bytes held as they are when they are a whole array (every caller's are), copied otherwise.</summary>
    public DocumentJson(ReadOnlyMemory<byte> utf8) =>
        _utf8 = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(utf8, out var segment) && segment is { Offset: 0, Array: { } array } && array.Length == segment.Count
            ? array
            : utf8.ToArray();

    public string Text => _text ??= System.Text.Encoding.UTF8.GetString(_utf8!);

    /// <summary>The bytes, as an array holding exactly them (never changed): for readers and for a driver that binds arrays.</summary>
    public byte[] Utf8Array => _utf8 ??= System.Text.Encoding.UTF8.GetBytes(_text!);

    /// <summary>About how many bytes the forms made so far take.</summary>
    public long Size => (_utf8?.Length ?? 0) + (2L * (_text?.Length ?? 0));

    public bool Equals(DocumentJson? other) =>
        other is not null && (_utf8 is { } mine && other._utf8 is { } theirs ? mine.AsSpan().SequenceEqual(theirs) : Text == other.Text);

    public override bool Equals(object? obj) => Equals(obj as DocumentJson);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
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
    /// <summary>How long an untouched document lives. Default: 30 days. A state document lives at least this long after
    /// its last write and at most <see cref="StoreRules.ExpirySlackMs"/> longer (see <see cref="StoreRules.StateExpiry"/>).</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(30);
}
