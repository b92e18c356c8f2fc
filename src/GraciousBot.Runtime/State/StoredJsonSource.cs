using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace GraciousBot.Runtime.State;

/// <summary>
/// The stored bytes a state slot is being read from, for converters that keep part of them as they are (a running
/// dialog's state is kept as its JSON until a dialog reads it): with the source known, such a converter slices the
/// value out of it (a skip over the tokens) instead of copying it into a document of its own. Set by
/// <see cref="StateScope"/> around one synchronous deserialisation from those bytes.
/// </summary>
internal static class StoredJsonSource
{
    [ThreadStatic]
    private static ReadOnlyMemory<byte> _current;

    [ThreadStatic]
    private static bool _set;

    /// <summary>
    /// The bytes of the value at the reader's current token, sliced out of the source being read (the reader is left
    /// on the value's last token, as after <see cref="Utf8JsonReader.Skip"/>). False, with the reader untouched, when
    /// no source is known or the reader is not reading the source's bytes.
    /// </summary>
    /// <remarks>
    /// Where the value starts is found from where the reader's token lies in memory, not from its offsets: a nested
    /// <c>JsonSerializer.Deserialize(ref reader)</c> (a converter reading a part with the serializer) reads through a
    /// reader of its own over just that part, whose offsets start again at 0 although its bytes are the source's.
    /// </remarks>
    public static bool TrySlice(ref Utf8JsonReader reader, out ReadOnlyMemory<byte> slice)
    {
        slice = default;
        if (!_set || reader.HasValueSequence || _current.IsEmpty || reader.TokenType == JsonTokenType.PropertyName)
        {
            return false;
        }

        var source = _current.Span;
        var offset = (long)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(source), ref MemoryMarshal.GetReference(reader.ValueSpan));
        if (reader.TokenType == JsonTokenType.String)
        {
            offset--; // a string's value starts after its opening quote
        }

        if (offset < 0 || offset >= source.Length)
        {
            return false; // another buffer: the reader is not reading the source
        }

        var before = reader;
        reader.Skip();
        var length = reader.BytesConsumed - before.TokenStartIndex;
        if (offset + length > source.Length)
        {
            reader = before; // a reader over more than the source, whose value runs past it: not the source's value
            return false;
        }

        slice = _current.Slice((int)offset, (int)length);
        return true;
    }

    /// <summary>
    /// The bytes of the value at the reader's current token: a slice of the source being read (see <see cref="TrySlice"/>),
    /// or a copy of the value when there is none. The reader is left on the value's last token.
    /// </summary>
    public static ReadOnlyMemory<byte> SliceOrCopy(ref Utf8JsonReader reader)
    {
        if (TrySlice(ref reader, out var slice))
        {
            return slice;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();
    }

    /// <summary>Marks <paramref name="source"/> as the bytes read until the returned scope is disposed.</summary>
    public static Scope Reading(ReadOnlyMemory<byte> source)
    {
        var scope = new Scope(_current, _set);
        _current = source;
        _set = true;
        return scope;
    }

    /// <summary>No known source until the returned scope is disposed (for a deserialisation from other bytes).</summary>
    public static Scope Unknown()
    {
        var scope = new Scope(_current, _set);
        _current = default;
        _set = false;
        return scope;
    }

    public readonly struct Scope(ReadOnlyMemory<byte> previous, bool wasSet) : IDisposable
    {
        public void Dispose()
        {
            _current = previous;
            _set = wasSet;
        }
    }
}
