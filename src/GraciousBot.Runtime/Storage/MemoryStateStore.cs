namespace GraciousBot.Runtime.Storage;

/// <summary>In-process storage for tests and single-process demos; same contract as the durable stores.</summary>
public sealed class MemoryStateStore(TimeProvider timeProvider, StateStoreOptions? options = null) : IStateStore
{
    private readonly TimeSpan _ttl = (options ?? new StateStoreOptions()).TimeToLive;
    private readonly Dictionary<string, (DocumentJson Document, string ETag, long Expires, string? Subject)> _items = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Now in unix milliseconds, the unit every store keeps expiries in (see <see cref="StoreRules"/>).</summary>
    private long NowUnixMs() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var now = NowUnixMs();
        var found = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        lock (_items)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item) && item.Expires > now)
                {
                    found[key] = new StoredItem(key, item.Document, item.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoredItem>>(found);
    }

    public Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        StoreRules.RequireDistinctKeys(writes);
        var now = NowUnixMs();
        lock (_items)
        {
            foreach (var write in writes)
            {
                var exists = _items.TryGetValue(write.Key, out var current) && current.Expires > now;
                var matches = write.ExpectedETag switch
                {
                    "*" => true,
                    null => !exists,
                    var expected => exists && current.ETag == expected,
                };
                if (!matches)
                {
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Conflict(write.Key));
                }
            }

            var etags = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var write in writes)
            {
                if (write.Document is not { } document)
                {
                    _items.Remove(write.Key);
                    etags[write.Key] = null;
                    continue;
                }

                var etag = $"\"{++_version}\"";
                var subject = write.Subject ?? (_items.TryGetValue(write.Key, out var previous) ? previous.Subject : null);
                var expires = write.TimeToLive is null
                    ? StoreRules.StateExpiry(now, _ttl, _items.TryGetValue(write.Key, out var stored) ? stored.Expires : null)
                    : StoreRules.ExpiresAt(now, StoreRules.TimeToLive(write, _ttl));
                _items[write.Key] = (document, etag, expires, subject);
                etags[write.Key] = etag;
            }

            return Task.FromResult<WriteOutcome>(new WriteOutcome.Written(etags));
        }
    }

    public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var now = NowUnixMs();
        lock (_items)
        {
            // An expired document is removed too, but it no longer existed, so it does not count.
            return Task.FromResult(keys.Distinct(StringComparer.Ordinal).Count(k => _items.Remove(k, out var item) && item.Expires > now));
        }
    }

    public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        var now = NowUnixMs();
        lock (_items)
        {
            IReadOnlyList<StoredItem> found = [.. _items
                .Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal) && i.Value.Expires > now)
                .OrderBy(i => i.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(i => new StoredItem(i.Key, i.Value.Document, i.Value.ETag))];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<StoredItem>> ScanExpiringAsync(string prefix, DateTimeOffset expiresBy, int limit, CancellationToken cancellationToken)
    {
        var now = NowUnixMs();
        lock (_items)
        {
            IReadOnlyList<StoredItem> found = [.. _items
                .Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal) && i.Value.Expires > now && i.Value.Expires <= expiresBy.ToUnixTimeMilliseconds())
                .OrderBy(i => i.Value.Expires)
                .ThenBy(i => i.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(i => new StoredItem(i.Key, i.Value.Document, i.Value.ETag))];
            return Task.FromResult(found);
        }
    }

    public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            var owned = _items.Where(i => i.Value.Subject == subject).Select(i => i.Key).ToList();
            owned.ForEach(k => _items.Remove(k));
            return Task.FromResult(owned.Count);
        }
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = NowUnixMs();
        lock (_items)
        {
            var expired = _items.Where(i => i.Value.Expires <= now).Select(i => i.Key).ToList();
            expired.ForEach(k => _items.Remove(k));
            return Task.FromResult(expired.Count);
        }
    }

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
