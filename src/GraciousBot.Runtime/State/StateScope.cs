using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraciousBot.Runtime.State;

/// <summary>
/// One stored document (a conversation's or a user's state) holding typed slots. It is read once per turn and
/// written once at the end, only when something in it changed.
/// </summary>
/// <remarks>
/// The document is kept as the UTF-8 text it was read as. A slot is deserialised straight from its bytes when first
/// read; when the turn is over, the slots that were set or removed are serialised once, the others are copied as they
/// were, and the result is compared byte for byte with what was read. A value changed in place must be
/// <see cref="Set{T}"/> again to be stored (every caller does: it is what says "this changed").
/// </remarks>
public sealed class StateScope
{
    /// <summary>The document of a scope that was not stored (shared: a document is never changed in place).</summary>
    private static readonly byte[] EmptyDocument = "{}"u8.ToArray();

    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>The slots set, replaced or removed since the document was read or saved, in the order they were first touched.</summary>
    private readonly List<string> _touched = [];

    private ReadOnlyMemory<byte> _original;
    private List<Slot>? _slots;
    private bool _cleared;
    private byte[]? _pending;

    public StateScope(string storageKey, string? json, string? eTag)
        : this(storageKey, json is null ? EmptyDocument : Encoding.UTF8.GetBytes(json), eTag)
    {
    }

    private StateScope(string storageKey, ReadOnlyMemory<byte> document, string? eTag)
    {
        StorageKey = storageKey;
        ETag = eTag;
        _original = document;
    }

    /// <summary>A document read as UTF-8 (null: it did not exist). The bytes are read in place and never changed.</summary>
    public static StateScope FromUtf8(string storageKey, ReadOnlyMemory<byte>? utf8Json, string? eTag) => new(storageKey, utf8Json ?? EmptyDocument, eTag);

    public string StorageKey { get; }

    /// <summary>The ETag the document was read with; null when it did not exist.</summary>
    public string? ETag { get; private set; }

    /// <summary>The value in a slot, or null when it is empty or no longer readable as <typeparamref name="T"/>.</summary>
    public T? Get<T>(StateKey<T> key)
        where T : class
    {
        if (_values.TryGetValue(key.Name, out var cached))
        {
            return cached as T;
        }

        T? value = null;
        if (!_cleared && Find(key.Name) is { } slot)
        {
            try
            {
                var stored = _original.Slice(slot.Start, slot.Length);
                using (StoredJsonSource.Reading(stored))
                {
                    value = JsonSerializer.Deserialize<T>(stored.Span, RuntimeJson.Options);
                }
            }
            catch (JsonException)
            {
                // A slot written by an older version that no longer fits its type reads as empty.
            }
        }

        _values[key.Name] = value;
        return value;
    }

    public void Set<T>(StateKey<T> key, T? value)
        where T : class => Touch(key.Name, value);

    public void Remove<T>(StateKey<T> key)
        where T : class => Touch(key.Name, null);

    /// <summary>Empties every slot.</summary>
    public void Clear()
    {
        _pending = null;
        _values.Clear();
        _touched.Clear();
        _cleared = true;
    }

    /// <summary>The document as it would be stored now.</summary>
    public string ToJson() => Encoding.UTF8.GetString(Build().Span);

    public bool IsEmpty => !_cleared && _touched.Count == 0 ? Slots().Count == 0 : Build().Span.SequenceEqual("{}"u8);

    /// <summary>Whether the document differs from what was read.</summary>
    public bool HasChanged => Pending() is not null;

    /// <summary>
    /// What to store, serialised once: null when nothing changed; otherwise the new document as UTF-8, or none
    /// (delete) when it is now empty.
    /// </summary>
    public PendingDocument? Pending()
    {
        if (!_cleared && _touched.Count == 0)
        {
            return null;
        }

        var document = Serialize();
        _pending = document;
        if (document.AsSpan().SequenceEqual(_original.Span))
        {
            return null;
        }

        return document.AsSpan().SequenceEqual("{}"u8) ? new PendingDocument(null) : new PendingDocument(document);
    }

    /// <summary>
    /// Marks the content as saved, with the store's new ETag: what was saved is what <see cref="Pending"/> returned,
    /// so that document is kept rather than serialised a second time.
    /// </summary>
    public void Saved(string? eTag)
    {
        _original = _pending ?? Build();
        _pending = null;
        _slots = null;
        _touched.Clear();
        _cleared = false;
        ETag = eTag;
    }

    private void Touch(string name, object? value)
    {
        _pending = null;
        if (!_touched.Contains(name))
        {
            _touched.Add(name);
        }

        _values[name] = value;
    }

    /// <summary>
    /// The document as it would be stored: the slots read, in their stored order, each either copied as it was or
    /// (when touched) serialised again, then the new slots in the order they were first set.
    /// </summary>
    private ReadOnlyMemory<byte> Build() => !_cleared && _touched.Count == 0 ? _original : Serialize();

    /// <summary>The document with the touched slots serialised again, as a new array.</summary>
    private byte[] Serialize()
    {
        // One buffer per thread, reused (the document is copied out of it at the end); one that grew past the cap is
        // let go after this document, so a rare huge one does not stay resident.
        var buffer = _buildBuffer ??= new ArrayBufferWriter<byte>(InitialBuildBuffer);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, RuntimeJson.DocumentWriter))
        {
            writer.WriteStartObject();
            if (!_cleared)
            {
                foreach (var slot in Slots())
                {
                    if (!_touched.Contains(slot.Name))
                    {
                        writer.WritePropertyName(slot.Name);
                        writer.WriteRawValue(_original.Span.Slice(slot.Start, slot.Length), skipInputValidation: true);
                    }
                    else
                    {
                        WriteSlot(writer, slot.Name);
                    }
                }
            }

            foreach (var name in _touched)
            {
                if (_cleared || Find(name) is null)
                {
                    WriteSlot(writer, name);
                }
            }

            writer.WriteEndObject();
        }

        var document = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBuildBuffer)
        {
            _buildBuffer = null;
        }

        return document;
    }

    private const int InitialBuildBuffer = 16 * 1024;

    private const int MaxKeptBuildBuffer = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buildBuffer;

    private void WriteSlot(Utf8JsonWriter writer, string name)
    {
        if (_values.GetValueOrDefault(name) is { } value)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, value.GetType(), RuntimeJson.Options);
        }
    }

    private Slot? Find(string name)
    {
        foreach (var slot in Slots())
        {
            if (slot.Name == name)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>The top-level slots of the stored document (none when it is not a readable JSON object).</summary>
    private List<Slot> Slots() => _slots ??= Index(_original);

    private static List<Slot> Index(ReadOnlyMemory<byte> document)
    {
        var slots = new List<Slot>();
        try
        {
            var reader = new Utf8JsonReader(document.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return [];
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                var slot = new Slot(name, start, end - start);
                var repeated = slots.FindIndex(s => s.Name == slot.Name);
                if (repeated >= 0)
                {
                    slots[repeated] = slot; // a repeated name: the last value wins
                }
                else
                {
                    slots.Add(slot);
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? slots : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed record Slot(string Name, int Start, int Length);
}

/// <summary>A changed document to store: its new UTF-8 bytes, or none when it is now empty (delete it).</summary>
public readonly record struct PendingDocument(byte[]? Utf8)
{
    public bool Delete => Utf8 is null;

    /// <summary>The new document as text (null for a delete).</summary>
    public string? Json => Utf8 is null ? null : Encoding.UTF8.GetString(Utf8);
}
