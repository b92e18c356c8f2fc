using System.Buffers;
using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.State;

/// <summary>
/// A list that grows at its end (a log), kept as the JSON array it was stored as: a turn that only adds entries writes
/// the stored bytes back with the new entries after them, without reading the earlier ones. The stored entries are
/// deserialised when a turn first reads the list, and the whole list is serialised again only after
/// <see cref="RemoveOldest"/>. Put it on a property with <see cref="StoredJsonLogConverter{T}"/>.
/// </summary>
/// <typeparam name="T">An entry; the options it is stored with must describe <see cref="List{T}"/> and <typeparamref name="T"/>.</typeparam>
public sealed class StoredJsonLog<T> : IReadOnlyList<T>
{
    private readonly ReadOnlyMemory<byte> _stored;
    private readonly JsonSerializerOptions? _options;
    private readonly List<T> _added = [];
    private List<T>? _earlier;
    private int _storedCount = -1;
    private bool _rewrite;

    /// <summary>An empty log.</summary>
    public StoredJsonLog()
    {
    }

    /// <summary>A log of these entries (written as a whole the first time).</summary>
    public StoredJsonLog(IEnumerable<T> entries) => _added.AddRange(entries);

    internal StoredJsonLog(ReadOnlyMemory<byte> stored, JsonSerializerOptions options)
    {
        _stored = stored;
        _options = options;
    }

    /// <summary>How many entries there are (counting the stored ones does not deserialise them).</summary>
    public int Count => EarlierCount + _added.Count;

    public T this[int index]
    {
        get
        {
            var earlier = Earlier();
            return index < earlier.Count ? earlier[index] : _added[index - earlier.Count];
        }
    }

    public void Add(T entry) => _added.Add(entry);

    /// <summary>
    /// The entries as <typeparamref name="TView"/>, a type that keeps only the few properties a reader needs: stored
    /// entries not yet read are deserialised straight into views (their other properties skipped, not built), and
    /// entries already read or added are mapped by <paramref name="fromEntry"/>. The entries themselves stay unread.
    /// </summary>
    /// <param name="views">How a stored array of entries reads as views (the entries' JSON shape, fewer properties).</param>
    public List<TView> View<TView>(JsonTypeInfo<List<TView>> views, Func<T, TView> fromEntry)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(fromEntry);
        var result = _earlier is { } earlier
            ? earlier.ConvertAll(entry => fromEntry(entry))
            : HasStored && _options is not null ? JsonSerializer.Deserialize(_stored.Span, views) ?? [] : [];
        foreach (var entry in _added)
        {
            result.Add(fromEntry(entry));
        }

        return result;
    }

    /// <summary>Drops the <paramref name="count"/> oldest entries (the whole list is then written again).</summary>
    public void RemoveOldest(int count)
    {
        if (count <= 0)
        {
            return;
        }

        var earlier = Earlier();
        var fromEarlier = Math.Min(count, earlier.Count);
        earlier.RemoveRange(0, fromEarlier);
        _added.RemoveRange(0, Math.Min(count - fromEarlier, _added.Count));
        _rewrite = true;
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var entry in Earlier())
        {
            yield return entry;
        }

        foreach (var entry in _added)
        {
            yield return entry;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool HasStored => !_stored.IsEmpty;

    private int EarlierCount
    {
        get
        {
            if (_earlier is { } earlier)
            {
                return earlier.Count;
            }

            if (_storedCount < 0)
            {
                _storedCount = HasStored ? CountStored(_stored.Span) : 0;
            }

            return _storedCount;
        }
    }

    private List<T> Earlier()
    {
        if (_earlier is { } earlier)
        {
            return earlier;
        }

        earlier = HasStored && _options is { } options
            ? JsonSerializer.Deserialize(_stored.Span, ListInfo(options)) ?? []
            : [];
        _earlier = earlier;
        return earlier;
    }

    internal void WriteTo(Utf8JsonWriter writer, JsonSerializerOptions options, StoredJsonLogConverter<T> entries)
    {
        if (!_rewrite && HasStored && _added.Count == 0)
        {
            writer.WriteRawValue(_stored.Span, skipInputValidation: true);
            return;
        }

        if (!_rewrite && HasStored && EarlierCount > 0 && EndsCleanly(_stored.Span))
        {
            WriteAppended(writer, options, entries);
            return;
        }

        writer.WriteStartArray();
        foreach (var value in this)
        {
            entries.WriteEntry(writer, value, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>The stored array without its closing bracket, a comma, the new entries, and the bracket.</summary>
    private void WriteAppended(Utf8JsonWriter writer, JsonSerializerOptions options, StoredJsonLogConverter<T> entries)
    {
        // The new entries are written as an array of their own, whose opening bracket becomes the comma; the writer
        // copies the stored entries and them straight into its output, as one value in two pieces. The array is built
        // in a buffer kept per thread (the copy is made before this returns); one that grew past the cap is let go.
        var added = _appendBuffer ??= new ArrayBufferWriter<byte>(InitialAppendBuffer);
        added.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(added, writer.Options))
        {
            json.WriteStartArray();
            foreach (var value in _added)
            {
                entries.WriteEntry(json, value, options);
            }

            json.WriteEndArray();
        }

        var appended = System.Runtime.InteropServices.MemoryMarshal.AsMemory(added.WrittenMemory);
        appended.Span[0] = (byte)',';
        var stored = _stored[.._stored.Span.LastIndexOf((byte)']')];
        var first = new Piece(stored);
        var last = first.Then(appended);
        writer.WriteRawValue(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), skipInputValidation: true);
        if (added.Capacity > MaxKeptAppendBuffer)
        {
            _appendBuffer = null;
        }
    }

    private const int InitialAppendBuffer = 8 * 1024;

    private const int MaxKeptAppendBuffer = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _appendBuffer;

    /// <summary>One piece of a value written in pieces.</summary>
    private sealed class Piece : ReadOnlySequenceSegment<byte>
    {
        public Piece(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Piece Then(ReadOnlyMemory<byte> memory)
        {
            var next = new Piece(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }

    /// <summary>Whether the stored array's last value is followed by its closing bracket (no trailing comma to join after).</summary>
    private static bool EndsCleanly(ReadOnlySpan<byte> array)
    {
        var end = array.LastIndexOf((byte)']');
        var last = end > 0 ? array[..end].TrimEnd(" \t\r\n"u8) : default;
        return last.Length > 0 && last[^1] != (byte)',' && last[^1] != (byte)'/';
    }

    /// <summary>The number of values in a stored JSON array (a walk over its tokens, nothing deserialised).</summary>
    private static int CountStored(ReadOnlySpan<byte> array)
    {
        var reader = new Utf8JsonReader(array, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return 0;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            reader.Skip();
        }

        return count;
    }

    private static JsonTypeInfo<List<T>> ListInfo(JsonSerializerOptions options) => (JsonTypeInfo<List<T>>)options.GetTypeInfo(typeof(List<T>));
}

/// <summary>
/// Reads a JSON array into a <see cref="StoredJsonLog{T}"/> (a slice of the stored bytes when a <see cref="StateScope"/>
/// is reading; a copy otherwise) and writes it back as those bytes followed by the entries added since.
/// </summary>
public class StoredJsonLogConverter<T> : JsonConverter<StoredJsonLog<T>>
{
    public override StoredJsonLog<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a JSON array.");
        }

        return new StoredJsonLog<T>(StoredJsonSource.SliceOrCopy(ref reader), options);
    }

    public override void Write(Utf8JsonWriter writer, StoredJsonLog<T> value, JsonSerializerOptions options) => value.WriteTo(writer, options, this);

    /// <summary>Writes one entry: as the serializer does, unless a converter for one type of entry knows a quicker way to the same bytes.</summary>
    protected internal virtual void WriteEntry(Utf8JsonWriter writer, T entry, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, entry, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}

/// <summary>
/// A log of activities (a transcript), whose entries are written by <see cref="ActivityJson"/>: the bytes the
/// serializer writes, without its metadata path (see <see cref="ActivityJson"/>). Read by the serializer, as before.
/// </summary>
public sealed class StoredActivityLogConverter : StoredJsonLogConverter<Activity>
{
    protected internal override void WriteEntry(Utf8JsonWriter writer, Activity entry, JsonSerializerOptions options) => ActivityJson.Write(writer, entry);
}
