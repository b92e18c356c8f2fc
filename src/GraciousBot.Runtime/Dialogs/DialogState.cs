using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Runtime.State;

namespace GraciousBot.Runtime.Dialogs;

/// <summary>
/// A running dialog's own state on the stack: the JSON it was stored as, or the typed value a dialog set this turn.
/// A typed value is serialised once, when the conversation's document is written; stored JSON is copied as it is
/// unless the dialog reads it. Stored JSON read through a <see cref="StateScope"/> is a slice of the document's bytes
/// (no copy, no parsed document of its own); read from anywhere else, it is copied once.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class DialogState
{
    private readonly ReadOnlyMemory<byte> _stored;
    private readonly object? _value;
    private readonly Type _type;

    private DialogState(ReadOnlyMemory<byte> stored, object? value, Type type)
    {
        _stored = stored;
        _value = value;
        _type = type;
    }

    /// <summary>State a dialog set this turn (written as <typeparamref name="T"/>).</summary>
    public static DialogState Of<T>(T value)
        where T : class => new(default, value, typeof(T));

    /// <summary>The state as <typeparamref name="T"/>; null when it is empty or no longer reads as one.</summary>
    public T? Read<T>()
        where T : class
    {
        if (_value is T typed)
        {
            return typed;
        }

        try
        {
            if (_value is { } other)
            {
                using (StoredJsonSource.Unknown())
                {
                    return JsonSerializer.SerializeToElement(other, _type, RuntimeJson.Options).Deserialize<T>(RuntimeJson.Options);
                }
            }

            // Dialog states nested in this one are slices of these bytes too.
            using (StoredJsonSource.Reading(_stored))
            {
                return JsonSerializer.Deserialize<T>(_stored.Span, RuntimeJson.Options);
            }
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal sealed class Converter : JsonConverter<DialogState>
    {
        public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (StoredJsonSource.TrySlice(ref reader, out var stored))
            {
                // The value's bytes in the document being read: from its first token to the end of its last.
                return new(stored, null, typeof(JsonElement));
            }

            using var value = JsonDocument.ParseValue(ref reader);
            return new(JsonMarshal.GetRawUtf8Value(value.RootElement).ToArray(), null, typeof(JsonElement));
        }

        public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options)
        {
            if (value._value is { } typed)
            {
                // The runtime's options, not the ones passed in: a source-generated writer passes its context's,
                // which know only that context's types.
                JsonSerializer.Serialize(writer, typed, value._type, RuntimeJson.Options);
            }
            else
            {
                writer.WriteRawValue(value._stored.Span, skipInputValidation: true);
            }
        }
    }
}
