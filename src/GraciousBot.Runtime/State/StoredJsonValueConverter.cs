using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GraciousBot.Runtime.State;

/// <summary>
/// For a part of a stored state that is read on every turn but does not change once set (a closing's context): the
/// value read from a <see cref="StateScope"/>'s document is written back as the bytes it was read from for as long as
/// it is the same instance, rather than serialised again. A value set anew (another instance) is serialised as usual.
/// Put it on a property of an immutable type (records of read-only lists), or of one nobody changes in place: a value
/// changed in place would be written as it was read, and seen by every conversation sharing it.
/// </summary>
/// <remarks>
/// Such a value is read again on every turn of its conversation, always from the same bytes; so the last values read
/// are kept, each with a copy of its bytes (not the whole document's), and the same bytes read again give the same
/// instance instead of a new parse; a value written anew is kept with the bytes written, for the turn that reads them
/// back. The cache is two-way set-associative (<see cref="CacheSlots"/> slots per type, a set by a
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

        var slot = SlotOf(stored.Span);
        if (Volatile.Read(ref Recent[slot]) is { } recent && recent.Bytes.AsSpan().SequenceEqual(stored.Span))
        {
            return recent.Value;
        }

        if (Volatile.Read(ref Recent[slot ^ 1]) is { } older && older.Bytes.AsSpan().SequenceEqual(stored.Span))
        {
            return older.Value;
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
            StoredJsonValues.Keep(Recent, slot, new Cached(bytes, value));
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

        if (writer.Options.Indented)
        {
            // Written on its own it would not be indented as part of the whole.
            JsonSerializer.Serialize(writer, value, Info(options));
            return;
        }

        // A value written anew is kept with the bytes it was written as, like one read: the conversation's next turn
        // reads these very bytes back (a prompt's options, written when it is asked and read when it is answered).
        var buffer = ThreadBuffer.Take();
        try
        {
            using (var own = new Utf8JsonWriter(buffer, writer.Options))
            {
                JsonSerializer.Serialize(own, value, Info(options));
            }

            var bytes = buffer.WrittenSpan.ToArray();
            writer.WriteRawValue(bytes, skipInputValidation: true);
            Stored.AddOrUpdate(value, new StoredBytes(bytes));
            StoredJsonValues.Keep(Recent, SlotOf(bytes), new Cached(bytes, value));
        }
        finally
        {
            ThreadBuffer.Give(buffer);
        }
    }

    private static int SlotOf(ReadOnlySpan<byte> bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode() & (CacheSlots - 1);
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

    /// <summary>
    /// Puts an entry in a cache made by <see cref="NewCache{T}"/>, two ways per set: slot and slot ^ 1 (pass the even or
    /// odd slot a value hashes to; look in both). The entry goes to its slot and the one there moves to the other, so a
    /// set keeps its two latest: two conversations whose values hash alike no longer take turns evicting each other.
    /// No lock: a race may lose an entry (a miss later), never mix one up (a hit compares the whole key).
    /// </summary>
    internal static void Keep<T>(T?[] cache, int slot, T entry)
        where T : class
    {
        var previous = Volatile.Read(ref cache[slot]);
        if (previous is not null && !ReferenceEquals(previous, entry))
        {
            Volatile.Write(ref cache[slot ^ 1], previous);
        }

        Volatile.Write(ref cache[slot], entry);
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
/// whoever they belong to (they are read again from storage on the next turn).
/// </summary>
public sealed class StoredJsonValuesErasure : Storage.IErasureParticipant
{
    public string Name => "readValues";

    public Task<int> EraseAsync(Storage.ErasureSubject subject, CancellationToken cancellationToken) => Task.FromResult(StoredJsonValues.Forget());
}

