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
public sealed class StoredJsonValueConverter<T> : JsonConverter<T>
    where T : class
{
    private static readonly ConditionalWeakTable<T, StoredBytes> Stored = [];

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = Info(options);
        if (!StoredJsonSource.TrySlice(ref reader, out var stored))
        {
            return JsonSerializer.Deserialize(ref reader, info);
        }

        // Values nested in this one that keep their own bytes are slices of these.
        T? value;
        using (StoredJsonSource.Reading(stored))
        {
            value = JsonSerializer.Deserialize(stored.Span, info);
        }

        if (value is not null)
        {
            Stored.AddOrUpdate(value, new StoredBytes(stored));
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
}
