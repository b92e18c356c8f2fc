namespace GraciousBot.Runtime.Storage;

/// <summary>
/// Which keys the file may hold (a Bloom filter): built by the writer from every key in the file, then told of every key
/// it inserts before the INSERT runs, so a key this filter has never seen is not in the file. A turn reads its record and
/// outbox keys (and a new conversation its conversation key), which are almost always absent: this answers them without
/// a SELECT while the store's <see cref="SqliteChangeProbe"/> says nothing else was committed since (see the store).
/// </summary>
/// <remarks>
/// <para>Never a false "absent": bits are only ever set. A deleted key stays "maybe" (the read then asks the file), so
/// the filter is rebuilt once it holds more keys than it was sized for.</para>
/// <para>Hand-written: .NET has no Bloom filter, and what it needs is small (set and test bits, one hash of a string);
/// the packages that offer one bring hashing and serialisation it does not use.</para>
/// </remarks>
internal sealed class SqliteKeyFilter
{
    /// <summary>Ten bits per key and seven probes: about one key in a hundred that is absent reads the file anyway.</summary>
    private const int BitsPerKey = 10;

    private const int Probes = 7;

    private readonly long[] _words;
    private readonly ulong _mask;
    private int _count;

    /// <param name="capacity">How many keys it holds before <see cref="Full"/>.</param>
    public SqliteKeyFilter(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        var bits = Math.Max(64, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)capacity * BitsPerKey));
        _words = new long[bits / 64];
        _mask = (ulong)bits - 1;
    }

    public int Capacity { get; }

    /// <summary>More keys were added than it was sized for: still correct, but absent keys read the file more often.</summary>
    public bool Full => Volatile.Read(ref _count) > Capacity;

    /// <summary>By the writer, before the key can be committed.</summary>
    public void Add(string key)
    {
        var (first, step) = Hash(key);
        for (var i = 0; i < Probes; i++)
        {
            var bit = (first + ((ulong)i * step)) & _mask;
            Interlocked.Or(ref _words[bit >> 6], 1L << (int)(bit & 63));
        }

        Interlocked.Increment(ref _count);
    }

    /// <summary>False only when the key was never added.</summary>
    public bool MayContain(string key)
    {
        var (first, step) = Hash(key);
        for (var i = 0; i < Probes; i++)
        {
            var bit = (first + ((ulong)i * step)) & _mask;
            if ((Volatile.Read(ref _words[bit >> 6]) & (1L << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two hashes from one (double hashing): 64-bit FNV-1a over the characters, then a finaliser that spreads
    /// every input bit over both halves.</summary>
    private static (ulong First, ulong Step) Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return (hash & 0xffffffffUL, (hash >> 32) | 1);
    }
}
