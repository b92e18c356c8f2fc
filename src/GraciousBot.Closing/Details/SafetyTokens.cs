using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>How sign-offs and vocabularies are cut into words for the safety check.</summary>
internal static partial class SafetyTokens
{
    /// <summary>Words, lower case, with possessive endings removed ("daughter's" → "daughter").</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            var word = Sentence.Fold(m.Value).Trim('\'', '-');
            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*'?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
