namespace GraciousBot.Runtime.Storage;

/// <summary>The parts of the storage contract every store applies the same way.</summary>
internal static class StoreRules
{
    /// <summary>This process's half of every ETag it hands out: random, so two processes (instances on one database,
    /// or this one before and after a restart) never hand out the same ones.</summary>
    private static readonly ulong Instance = BitConverter.ToUInt64(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    private static long _etags;

    /// <summary>
    /// A new ETag for a write: 32 hex digits in quotes (the shape of the random Guid it used to be), this process's random
    /// half and a count. Unique without asking the system for random bytes on every write (a <c>getrandom</c> call each,
    /// seen in the SQLite writer's profile).
    /// </summary>
    public static string NewETag() => string.Create(34, (Instance, (ulong)Interlocked.Increment(ref _etags)), static (span, parts) =>
    {
        span[0] = '"';
        parts.Instance.TryFormat(span[1..17], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        parts.Item2.TryFormat(span[17..33], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        span[33] = '"';
    });

    /// <summary>
    /// One batch writes each key at most once; a batch that names a key twice is a bug in the caller, because which
    /// ETag the second write should be checked against has no good answer.
    /// </summary>
    public static void RequireDistinctKeys(IReadOnlyList<StateWrite> writes)
    {
        if (writes.Count < 2)
        {
            return;
        }

        var seen = new HashSet<string>(writes.Count, StringComparer.Ordinal);
        foreach (var write in writes)
        {
            if (!seen.Add(write.Key))
            {
                throw new ArgumentException($"The batch writes the key '{write.Key}' more than once.", nameof(writes));
            }
        }
    }

    /// <summary>The time to live, checked: documents that expire at once would make every write a no-op.</summary>
    public static TimeSpan TimeToLive(StateStoreOptions? options)
    {
        var ttl = (options ?? new StateStoreOptions()).TimeToLive;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero, nameof(options));
        return ttl;
    }

    /// <summary>When a document written now expires, in unix milliseconds (saturating, so a huge TTL means never).</summary>
    public static long ExpiresAt(long nowUnixMs, TimeSpan ttl)
    {
        var ttlMs = ttl.TotalMilliseconds;
        return ttlMs >= long.MaxValue - nowUnixMs ? long.MaxValue : nowUnixMs + (long)ttlMs;
    }

    /// <summary>
    /// How far past its time to live a state document (one that lives by the store's time to live, not its own) may
    /// be kept: a hundredth of it, at most an hour. Writing the expiry that far ahead lets the next turns of the
    /// conversation keep it (see <see cref="StateExpiry"/>), so a turn's rewrite leaves the expiry's index alone.
    /// </summary>
    public static long ExpirySlackMs(TimeSpan ttl) => (long)Math.Min(ttl.TotalMilliseconds / 100, TimeSpan.FromHours(1).TotalMilliseconds);

    /// <summary>
    /// The expiries a state document written now may have: at least the time to live away, at most
    /// <see cref="ExpirySlackMs"/> beyond that (saturating, like <see cref="ExpiresAt"/>).
    /// </summary>
    public static (long Earliest, long Latest) StateExpiryRange(long nowUnixMs, TimeSpan ttl)
    {
        var earliest = ExpiresAt(nowUnixMs, ttl);
        var slack = ExpirySlackMs(ttl);
        return (earliest, earliest >= long.MaxValue - slack ? long.MaxValue : earliest + slack);
    }

    /// <summary>
    /// The expiry of a state document written now: the one it has while that is within <see cref="StateExpiryRange"/>;
    /// otherwise the latest of the range. A document therefore lives at least its time to live after its last write, and
    /// at most the slack longer.
    /// </summary>
    public static long StateExpiry(long nowUnixMs, TimeSpan ttl, long? storedExpiresAt)
    {
        var (earliest, latest) = StateExpiryRange(nowUnixMs, ttl);
        return storedExpiresAt is { } stored && stored >= earliest && stored <= latest ? stored : latest;
    }

    /// <summary>The smallest key greater than every key starting with <paramref name="prefix"/> (for range scans).</summary>
    public static string PrefixEnd(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());
    }

    /// <summary>A write's own time to live, or the store's.</summary>
    public static TimeSpan TimeToLive(StateWrite write, TimeSpan storeTtl) =>
        write.TimeToLive is { } own && own > TimeSpan.Zero ? own : storeTtl;
}
