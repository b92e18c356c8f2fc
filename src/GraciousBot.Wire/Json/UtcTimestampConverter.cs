using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraciousBot.Wire;

/// <summary>Writes <c>timestamp</c> in UTC with a <c>Z</c> suffix, as channels expect; reads any ISO 8601 form.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw new JsonException("The timestamp is not an ISO 8601 date and time.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>The value in UTC with seven fractional digits and a <c>Z</c> (for <see cref="ActivityJson"/> too).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[28];
        _ = value.UtcDateTime.TryFormat(text, out var length, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..length]);
    }
}
