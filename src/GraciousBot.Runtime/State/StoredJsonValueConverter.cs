using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GraciousBot.Runtime.State;

/// <summary>
/// For a part of a stored state that is read on every turn but does not change once set (a closing's context): the
/// value read from a <see cref="StateScope"/>'s document is written back as the bytes it was read from for as long as
/// it is the same instance, rather than serialised again. A value set anew (another instance) is serialised as usual.
/// Put it on a property of an immutable type (records of read-only lists): a value changed in place would be written
/// as it was read.
/// </summary>
/// <remarks>
/// Such a value is read again on every turn of its conversation, always from the same bytes; so the last values read
/// are kept, each with a copy of its bytes (not the whole document's), and the same bytes read again give the same
/// instance instead of a new parse. The cache is direct-mapped (<see cref="CacheSlots"/> slots per type, a slot by a
/// hash of the bytes, a hit only when the bytes are equal), so it stays small and needs no lock; an instance shared
/// this way is safe only because the type is immutable, which this converter already requires. An erasure empties it
/// (<see cref="StoredJsonValues.Forget"/>): it holds customers' words.
/// </remarks>
public sealed class StoredJsonValueConverter<T> : JsonConverter<T>
    where T : class
{
    /// <summary>How many values read are kept per type (a power of two): about as many as conversations under way at once.</summary>
    internal const int CacheSlots = 256;

    private static readonly ConditionalWeakTable<T, StoredBytes> Stored = [];

    private static readonly Cached?[] Recent = StoredJsonValues.NewCache<Cached>(CacheSlots);

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = Info(options);
        if (!StoredJsonSource.TrySlice(ref reader, out var stored))
        {
            return JsonSerializer.Deserialize(ref reader, info);
        }

        var hash = new HashCode();
        hash.AddBytes(stored.Span);
        var slot = hash.ToHashCode() & (CacheSlots - 1);
        if (Volatile.Read(ref Recent[slot]) is { } recent && recent.Bytes.AsSpan().SequenceEqual(stored.Span))
        {
            return recent.Value;
        }

        // A copy of its own bytes, so that the value (and values nested in it that keep their own bytes, slices of
        // these) does not hold the whole document it was read from.
        var bytes = stored.ToArray();
        T? value;
        using (StoredJsonSource.Reading(bytes))
        {
            value = JsonSerializer.Deserialize<T>(bytes, info);
        }

        if (value is not null)
        {
            Stored.AddOrUpdate(value, new StoredBytes(bytes));
            Volatile.Write(ref Recent[slot], new Cached(bytes, value));
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (Stored.TryGetValue(value, out var stored))
        {
            writer.WriteRawValue(stored.Bytes.Span, skipInputValidation: true);
            return;
        }

        JsonSerializer.Serialize(writer, value, Info(options));
    }

    private static JsonTypeInfo<T> Info(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private sealed record StoredBytes(ReadOnlyMemory<byte> Bytes);

    private sealed class Cached(byte[] bytes, T value)
    {
        public byte[] Bytes { get; } = bytes;

        public T Value { get; } = value;
    }
}

/// <summary>The values <see cref="StoredJsonValueConverter{T}"/> keeps for the next turn, of every type.</summary>
public static class StoredJsonValues
{
    private static readonly Lock Registering = new();
    private static Array[] _caches = [];

    /// <summary>Empties every cache (after an erasure: the values read hold customers' words). Returns how many values it held.</summary>
    public static int Forget()
    {
        var forgotten = 0;
        foreach (var cache in _caches)
        {
            for (var i = 0; i < cache.Length; i++)
            {
                if (cache.GetValue(i) is not null)
                {
                    forgotten++;
                    cache.SetValue(null, i);
                }
            }
        }

        return forgotten;
    }

    internal static T?[] NewCache<T>(int slots)
        where T : class
    {
        var cache = new T?[slots];
        lock (Registering)
        {
            _caches = [.. _caches, cache];
        }

        return cache;
    }
}

/// <summary>
/// Erasure's part for the values kept in memory between turns (<see cref="StoredJsonValues"/>): all of them are let go,
/// whoever they belong to (they are read again from storage on the next turn). It reports no documents: they are copies
/// of what the stores hold (and erase and count), and how many happen to be kept depends on other conversations, not on
/// this customer.
/// </summary>
public sealed class StoredJsonValuesErasure : Storage.IErasureParticipant
{
    public string Name => "readValues";

    public Task<int> EraseAsync(Storage.ErasureSubject subject, CancellationToken cancellationToken)
    {
        StoredJsonValues.Forget();
        return Task.FromResult(0);
    }
}

