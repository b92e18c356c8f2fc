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
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = RuntimeJson.Options.Encoder, SkipValidation = true };

    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>The slots set, replaced or removed since the document was read or saved, in the order they were first touched.</summary>
    private readonly List<string> _touched = [];

    private byte[] _original;
    private Slot[]? _slots;
    private bool _cleared;
    private byte[]? _pending;

    /// <summary>Where the slots of <see cref="_pending"/> are (recorded while it was written).</summary>
    private Slot[]? _pendingSlots;

    /// <summary>The text of <see cref="_pending"/>, as handed to the store.</summary>
    private string? _pendingJson;

    /// <summary>The kept reading of <see cref="_original"/>, when it came from (or went to) <see cref="KnownDocuments"/>.</summary>
    private KnownDocument? _known;

    public StateScope(string storageKey, string? json, string? eTag)
    {
        StorageKey = storageKey;
        ETag = eTag;
        if (json is null)
        {
            _original = EmptyDocument;
        }
        else if (KnownDocuments.Find(storageKey, json) is { } known)
        {
            _known = known;
            _original = known.Utf8;
            _slots = known.Slots;
            ReadFromKept = true;
        }
        else
        {
            _original = Encoding.UTF8.GetBytes(json);
            _known = KnownDocuments.Keep(storageKey, json, _original, slots: null);
        }
    }

    public string StorageKey { get; }

    /// <summary>Whether the document's bytes are the reading kept from the conversation's last turn (for tests).</summary>
    internal bool ReadFromKept { get; }

    /// <summary>The ETag the document was read with; null when it did not exist.</summary>
    public string? ETag { get; private set; }

    private static byte[] EmptyDocument => "{}"u8.ToArray();

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
                var stored = _original.AsMemory(slot.Start, slot.Length);
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
        _pendingJson = null;
        _values.Clear();
        _touched.Clear();
        _cleared = true;
    }

    /// <summary>The document as it would be stored now.</summary>
    public string ToJson() => Encoding.UTF8.GetString(Build().Document);

    public bool IsEmpty => !_cleared && _touched.Count == 0 ? Slots().Length == 0 : Build().Document.AsSpan().SequenceEqual("{}"u8);

    /// <summary>Whether the document differs from what was read.</summary>
    public bool HasChanged => Pending() is not null;

    /// <summary>
    /// What to store, serialised once: null when nothing changed; otherwise the new document, or null JSON (delete)
    /// when it is now empty.
    /// </summary>
    public (string? Json, bool Delete)? Pending()
    {
        if (!_cleared && _touched.Count == 0)
        {
            return null;
        }

        var (document, slots) = Build();
        _pending = document;
        _pendingSlots = slots;
        if (document.AsSpan().SequenceEqual(_original))
        {
            return null;
        }

        if (document.AsSpan().SequenceEqual("{}"u8))
        {
            return (null, true);
        }

        _pendingJson = Encoding.UTF8.GetString(document);
        return (_pendingJson, false);
    }

    /// <summary>
    /// Marks the content as saved, with the store's new ETag: what was saved is what <see cref="Pending"/> returned,
    /// so that document is kept rather than serialised a second time.
    /// </summary>
    public void Saved(string? eTag)
    {
        if (_pending is null)
        {
            (_pending, _pendingSlots) = Build();
        }

        _original = _pending;
        _slots = _pendingSlots;
        // What was stored is what the conversation's next turn reads: kept with where its slots are, so that turn
        // neither encodes nor indexes it again.
        _known = _pendingJson is { } json && eTag is not null ? KnownDocuments.Keep(StorageKey, json, _original, _slots) : null;
        _pending = null;
        _pendingSlots = null;
        _pendingJson = null;
        _touched.Clear();
        _cleared = false;
        ETag = eTag;
    }

    private void Touch(string name, object? value)
    {
        _pending = null;
        _pendingJson = null;
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
    private (byte[] Document, Slot[] Slots) Build()
    {
        if (!_cleared && _touched.Count == 0)
        {
            return (_original, Slots());
        }

        // One buffer per thread, reused (the document is copied out of it at the end); one that grew past the cap is
        // let go after this document, so a rare huge one does not stay resident.
        var buffer = _buildBuffer ??= new ArrayBufferWriter<byte>(InitialBuildBuffer);
        buffer.ResetWrittenCount();
        var written = new List<Slot>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (!_cleared)
            {
                foreach (var slot in Slots())
                {
                    if (!_touched.Contains(slot.Name))
                    {
                        writer.WritePropertyName(slot.Name);
                        var start = Position(writer);
                        writer.WriteRawValue(_original.AsSpan(slot.Start, slot.Length), skipInputValidation: true);
                        written.Add(new Slot(slot.Name, start, Position(writer) - start));
                    }
                    else
                    {
                        WriteSlot(writer, slot.Name, written);
                    }
                }
            }

            foreach (var name in _touched)
            {
                if (_cleared || Find(name) is null)
                {
                    WriteSlot(writer, name, written);
                }
            }

            writer.WriteEndObject();
        }

        var document = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBuildBuffer)
        {
            _buildBuffer = null;
        }

        return (document, [.. written]);
    }

    private const int InitialBuildBuffer = 16 * 1024;

    private const int MaxKeptBuildBuffer = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buildBuffer;

    private void WriteSlot(Utf8JsonWriter writer, string name, List<Slot> written)
    {
        if (_values.GetValueOrDefault(name) is { } value)
        {
            writer.WritePropertyName(name);
            var start = Position(writer);
            JsonSerializer.Serialize(writer, value, value.GetType(), RuntimeJson.Options);
            written.Add(new Slot(name, start, Position(writer) - start));
        }
    }

    /// <summary>
    /// Where the next value will start in the document being written (unindented: a value follows its name's colon
    /// at once, and a writer without validation writes nothing before it).
    /// </summary>
    private static int Position(Utf8JsonWriter writer) => (int)(writer.BytesCommitted + writer.BytesPending);

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
    private Slot[] Slots()
    {
        if (_slots is null)
        {
            _slots = Index(_original);
            if (_known is { } known && ReferenceEquals(known.Utf8, _original))
            {
                known.Slots ??= _slots;
            }
        }

        return _slots;
    }

    private static Slot[] Index(byte[] document)
    {
        var slots = new List<Slot>();
        try
        {
            var reader = new Utf8JsonReader(document);
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
                var repeated = IndexOf(slots, name);
                if (repeated >= 0)
                {
                    slots[repeated] = slot; // a repeated name: the last value wins
                }
                else
                {
                    slots.Add(slot);
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? [.. slots] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static int IndexOf(List<Slot> slots, string name)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Slot(string Name, int Start, int Length);

    /// <summary>A stored document as this process last read or stored it: its text, its UTF-8 bytes and (once known) its slots.</summary>
    private sealed class KnownDocument(string key, string json, byte[] utf8, Slot[]? slots)
    {
        public string Key { get; } = key;

        public string Json { get; } = json;

        public byte[] Utf8 { get; } = utf8;

        /// <summary>Set once by whoever indexes the bytes first (any two indexings are equal).</summary>
        public Slot[]? Slots { get; set; } = slots;
    }

    /// <summary>
    /// The document each conversation (and user) stored or read last, kept for its next turn: that turn reads the same
    /// text back (the memory store and the SQLite store's cache hand back the very string written; another store an
    /// equal one), so it gets the bytes and slot index already made instead of encoding and indexing ~10 KB again.
    /// </summary>
    /// <remarks>
    /// A hit needs the same key and equal text, so a document another instance wrote, or one changed under an ETag
    /// conflict, is simply a miss. Two-way set-associative by key (<see cref="Capacity"/> slots, no lock; see
    /// <see cref="StoredJsonValues.Keep{T}"/>) and only documents up to <see cref="MaxKeptChars"/> characters. The bytes are never written to
    /// (every reader slices them read-only). Emptied with the other kept values on an erasure
    /// (<see cref="StoredJsonValues.Forget"/>): it holds customers' words.
    /// </remarks>
    private static class KnownDocuments
    {
        private const int Capacity = 256;

        private const int MaxKeptChars = 64 * 1024;

        private static readonly KnownDocument?[] Recent = StoredJsonValues.NewCache<KnownDocument>(Capacity);

        public static KnownDocument? Find(string key, string json)
        {
            var slot = SlotOf(key);
            return Matches(Volatile.Read(ref Recent[slot]), key, json) ?? Matches(Volatile.Read(ref Recent[slot ^ 1]), key, json);
        }

        private static KnownDocument? Matches(KnownDocument? known, string key, string json) =>
            known is not null && known.Key == key && (ReferenceEquals(known.Json, json) || known.Json == json) ? known : null;

        public static KnownDocument? Keep(string key, string json, byte[] utf8, Slot[]? slots)
        {
            if (json.Length > MaxKeptChars)
            {
                return null;
            }

            var known = new KnownDocument(key, json, utf8, slots);
            var slot = SlotOf(key);
            if (Volatile.Read(ref Recent[slot]) is { } current && current.Key != key)
            {
                StoredJsonValues.Keep(Recent, slot, known);
            }
            else
            {
                // The key's own earlier document is replaced in place, so the set's other key stays.
                Volatile.Write(ref Recent[slot], known);
                if (Volatile.Read(ref Recent[slot ^ 1]) is { } other && other.Key == key)
                {
                    Volatile.Write(ref Recent[slot ^ 1], null);
                }
            }

            return known;
        }

        private static int SlotOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) & (Capacity - 1));
    }
}
