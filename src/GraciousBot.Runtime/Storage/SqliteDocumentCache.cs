namespace GraciousBot.Runtime.Storage;

/// <summary>
/// The documents this process's writer committed last, so a turn reads its conversation (7–11 KB, three pages and
/// their log lookups) and its user without a SELECT. Only the writer changes it, and only with what a COMMIT made
/// durable, in commit order, before the writes are acknowledged.
/// </summary>
/// <remarks>
/// <para>Another connection writing the file (another process, another store on it, the sqlite3 shell): the store
/// serves entries only while <see cref="SqliteChangeProbe"/> says nothing was committed since its writer's last group,
/// and the writer clears the cache when its own <c>PRAGMA data_version</c> shows another connection's commit. A cached
/// document is therefore never older than the file's.</para>
/// <para>Bounded in bytes (least recently used first out). Only documents living the store's own time to live are
/// kept (conversation and user state, read by every turn); a write with its own time to live is a journal entry
/// (turn record, outbox entry, scheduled turn) that is read back only after a failure. Keys read but absent are never
/// cached: another process may create them (the store's <see cref="SqliteKeyFilter"/> answers them instead).</para>
/// <para>A hand-written cache rather than Microsoft.Extensions.Caching.Memory: what it needs is a byte bound over the
/// strings it holds, a clear-everything at once, and updates applied in commit order by one writer; the general cache
/// sizes entries by what the caller declares and compacts on a timer, and its expirations are of no use here (the
/// documents carry their own).</para>
/// </remarks>
internal sealed class SqliteDocumentCache(long maxBytes)
{
    /// <summary>What an entry costs besides its strings' characters (the node, the entry, the dictionary slot).</summary>
    private const int EntryOverheadBytes = 160;

    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;
    private long _hits;

    /// <summary>Reads served from the cache (for tests and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Bytes held now (for tests).</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>The live document under <paramref name="key"/> when it is cached.</summary>
    public bool TryGet(string key, long nowUnixMs, out StoredItem item)
    {
        item = null!;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node) || node.Value.ExpiresAt <= nowUnixMs)
            {
                return false;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            item = node.Value.Item;
        }

        Interlocked.Increment(ref _hits);
        return true;
    }

    /// <summary>By the writer: a committed document.</summary>
    public void Put(StoredItem item, long expiresAt)
    {
        var size = EntryOverheadBytes + item.Size;
        lock (_gate)
        {
            RemoveLocked(item.Key);
            if (size > maxBytes)
            {
                return;
            }

            _entries[item.Key] = _recency.AddFirst(new Entry(item, expiresAt, size));
            _bytes += size;
            while (_bytes > maxBytes && _recency.Last is { } oldest)
            {
                RemoveLocked(oldest.Value.Item.Key);
            }
        }
    }

    /// <summary>By the writer: a deleted document, or one whose committed version is not known.</summary>
    public void Remove(string key)
    {
        lock (_gate)
        {
            RemoveLocked(key);
        }
    }

    /// <summary>By the writer: another connection wrote the file, or a change whose keys are not known was made.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
            _bytes = 0;
        }
    }

    private void RemoveLocked(string key)
    {
        if (_entries.Remove(key, out var node))
        {
            _recency.Remove(node);
            _bytes -= node.Value.Size;
        }
    }

    private sealed record Entry(StoredItem Item, long ExpiresAt, long Size);
}
