using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GraciousBot.Runtime.Privacy;

/// <summary>Masks payment card numbers (13–19 digits passing the Luhn check, with or without spaces or dashes), keeping the last four.</summary>
public static partial class CardNumbers
{
    public static string Mask(string text) => Candidate().Replace(text, match =>
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
        var raw = element.GetRawText();
        if (!raw.Contains("\\u", StringComparison.Ordinal) && !HasCardNumber(raw))
        {
            // Nothing to mask (the usual case): digits in JSON text read as themselves unless \u-escaped, and the
            // separators a number may have (spaces, dashes) are not escaped either, so the raw text tells.
            return element;
        }

        var node = JsonNode.Parse(raw);
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
