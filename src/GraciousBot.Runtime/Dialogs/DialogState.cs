using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Runtime.State;

namespace GraciousBot.Runtime.Dialogs;

/// <summary>
/// A running dialog's own state on the stack: the JSON it was stored as, or the typed value a dialog set this turn.
/// A typed value is serialised once, when the conversation's document is written; stored JSON is copied as it is
/// unless the dialog reads it.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class DialogState
{
    private readonly JsonElement _stored;
    private readonly object? _value;
    private readonly Type _type;

    private DialogState(JsonElement stored, object? value, Type type)
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
            return _value is { } other
                ? JsonSerializer.SerializeToElement(other, _type, RuntimeJson.Options).Deserialize<T>(RuntimeJson.Options)
                : JsonSerializer.Deserialize<T>(JsonMarshal.GetRawUtf8Value(_stored), RuntimeJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal sealed class Converter : JsonConverter<DialogState>
    {
        public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonElement.ParseValue(ref reader), null, typeof(JsonElement));

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
                writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(value._stored), skipInputValidation: true);
            }
        }
    }
}
