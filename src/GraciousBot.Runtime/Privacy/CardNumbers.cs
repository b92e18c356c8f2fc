using System.Text.Json;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GraciousBot.Runtime.Privacy;

/// <summary>Masks payment card numbers (13–19 digits passing the Luhn check, with or without spaces or dashes), keeping the last four.</summary>
public static partial class CardNumbers
{
    /// <summary>The text with every card number masked; the same string when it has none.</summary>
    public static string Mask(string text) => !HasCardNumber(text) ? text : Candidate().Replace(text, match =>
        CardDigits(match.Value) is { } digits ? new string('•', 4) + " " + new string(digits[^4..]) : match.Value);

    /// <summary>The digits of a candidate when they make a card number (13–19 digits passing the Luhn check); else null.</summary>
    private static char[]? CardDigits(ReadOnlySpan<char> candidate)
    {
        var digits = candidate.ToString().Where(char.IsAsciiDigit).ToArray();
        return digits.Length is >= 13 and <= 19 && Luhn(digits) ? digits : null;
    }

    /// <summary>A copy of the JSON with every string masked.</summary>
    public static JsonElement Mask(JsonElement element)
    {
        if (!HasAny(element))
        {
            // Nothing to mask (the usual case): the element itself, without a copy.
            return element;
        }

        var node = JsonNode.Parse(element.GetRawText());
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return JsonSerializer.SerializeToElement(Mask(value.GetValue<string>()));
        }

        MaskChildren(node);
        return JsonSerializer.SerializeToElement(node);
    }

    private static void MaskChildren(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (Masked(obj[key]) is { } masked)
                    {
                        obj[key] = masked;
                    }
                    else
                    {
                        MaskChildren(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Masked(array[i]) is { } masked)
                    {
                        array[i] = masked;
                    }
                    else
                    {
                        MaskChildren(array[i]);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Whether a string value of the JSON (what <see cref="MaskChildren"/> masks) holds a card number, read from the
    /// element's own UTF-8 without a copy of its text or a tree. A value's digits read as themselves unless escaped,
    /// so one without an escape and with fewer than 13 ASCII digits cannot hold a card number and is not decoded.
    /// </summary>
    public static bool HasAny(JsonElement element)
    {
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(element));
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.String || (!reader.ValueIsEscaped && CountAsciiDigits(reader.ValueSpan) < 13))
            {
                continue;
            }

            if (HasCardNumber(reader.GetString()!))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountAsciiDigits(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            count += b is >= (byte)'0' and <= (byte)'9' ? 1 : 0;
        }

        return count;
    }

    private static bool HasCardNumber(string text)
    {
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            if (CardDigits(text.AsSpan(match.Index, match.Length)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static JsonValue? Masked(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? JsonValue.Create(Mask(value.GetValue<string>())) : null;

    private static bool Luhn(char[] digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    [GeneratedRegex(@"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")]
    private static partial Regex Candidate();
}
