using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraciousBot.Runtime.State;

/// <summary>
/// A list of JSON values read from a stored document and kept as its bytes until someone looks at them (a closing's
/// copy of the caller's transcript is read at the start, at the goodbye and for a handover, but stored again on every
/// turn): parsed once on first use, written back as the same bytes while nobody has.
/// </summary>
public sealed class StoredJsonList : IReadOnlyList<JsonElement>
{
    private readonly ReadOnlyMemory<byte> _stored;
    private JsonElement[]? _elements;

    internal StoredJsonList(ReadOnlyMemory<byte> stored) => _stored = stored;

    public int Count => Elements().Length;

    public JsonElement this[int index] => Elements()[index];

    public IEnumerator<JsonElement> GetEnumerator() => ((IEnumerable<JsonElement>)Elements()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal bool TryGetStored(out ReadOnlyMemory<byte> stored)
    {
        stored = _stored;
        return _elements is null;
    }

    private JsonElement[] Elements()
    {
        if (_elements is { } parsed)
        {
            return parsed;
        }

        // Not disposed: the elements read from it live as long as this list (its metadata goes back to the GC, not a pool).
        var document = JsonDocument.Parse(_stored);
        parsed = document.RootElement.ValueKind == JsonValueKind.Array ? [.. document.RootElement.EnumerateArray()] : [];
        _elements = parsed;
        return parsed;
    }
}

/// <summary>
/// Reads a JSON array of values into a <see cref="StoredJsonList"/> (a slice of the stored bytes when a
/// <see cref="StateScope"/> is reading; a copy otherwise) and writes one back as it was while it is untouched.
/// Put it on a property of type <c>IReadOnlyList&lt;JsonElement&gt;</c> that a flow keeps but seldom reads.
/// </summary>
public sealed class StoredJsonListConverter : JsonConverter<IReadOnlyList<JsonElement>>
{
    public override IReadOnlyList<JsonElement>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a JSON array.");
        }

        return new StoredJsonList(StoredJsonSource.SliceOrCopy(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<JsonElement> value, JsonSerializerOptions options)
    {
        if (value is StoredJsonList list && list.TryGetStored(out var stored))
        {
            writer.WriteRawValue(stored.Span, skipInputValidation: true);
            return;
        }

        writer.WriteStartArray();
        foreach (var element in value)
        {
            element.WriteTo(writer);
        }

        writer.WriteEndArray();
    }
}
