using System.Text.Json;

namespace GraciousBot.Runtime.State;

/// <summary>
/// The stored bytes a state slot is being read from, for converters that keep part of them as they are (a running
/// dialog's state is kept as its JSON until a dialog reads it): with the source known, such a converter slices the
/// value out of it (a skip over the tokens) instead of copying it into a document of its own. Set by
/// <see cref="StateScope"/> around one synchronous deserialisation; the offsets a reader reports are relative to it.
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
    /// no source is known or the reader's position does not fall on the same token in it.
    /// </summary>
    public static bool TrySlice(ref Utf8JsonReader reader, out ReadOnlyMemory<byte> slice)
    {
        slice = default;
        if (!_set || reader.HasValueSequence || reader.TokenStartIndex >= _current.Length)
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        var first = _current.Span[start];
        var expected = reader.TokenType switch
        {
            JsonTokenType.StartObject => (byte)'{',
            JsonTokenType.StartArray => (byte)'[',
            JsonTokenType.String => (byte)'"',
            _ => first,
        };
        if (first != expected)
        {
            return false;
        }

        reader.Skip();
        slice = _current[start..(int)reader.BytesConsumed];
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
        return System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();
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
