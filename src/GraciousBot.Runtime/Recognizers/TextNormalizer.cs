using System.Buffers;
using System.Globalization;
using System.Text;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Shared text handling for the recognizers. Customer text and vocabulary go through the same steps, so a phrase
/// written naturally in a word list ("c'est réglé", "weiß nicht") matches what customers type ("cest regle",
/// "WEISS NICHT!!").
/// <list type="bullet">
/// <item><see cref="Fold"/>: compatibility decomposition, accents removed, lower case, ß → ss, one apostrophe.</item>
/// <item><see cref="Tokenize"/>: words (letters and digits, decimals kept as "4.5"), "/" and "%", one token per
/// emoji or symbol, and clause boundaries ("," or "?") in place of punctuation.</item>
/// <item>Stretched words ("nooooo", "yesss") are capped at three repeats and match their vocabulary word.</item>
/// <item><see cref="IsNear"/>: small typos by Damerau-Levenshtein distance, allowed edits growing with length.</item>
/// </list>
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Token standing for a clause break (comma, full stop, "!", ";", ":", new line...).</summary>
    public const string Boundary = ",";

    /// <summary>Token standing for a clause break that ends a question.</summary>
    public const string QuestionBoundary = "?";

    public static bool IsBoundary(string token) => token is Boundary or QuestionBoundary;

    /// <summary>Lower case without accents or compatibility forms; emoji modifiers and joiners removed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (Ascii.IsValid(text))
        {
            // The usual case, without decomposing or a string per character: ASCII folds to its lower case, and the
            // backtick to an apostrophe, exactly as below.
            return string.Create(text.Length, text, static (folded, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    folded[i] = c == '`' ? '\'' : char.ToLowerInvariant(c);
                }
            });
        }

        return FoldRunes(text);
    }

    /// <summary><see cref="Fold"/> for any text: decomposed, then rune by rune.</summary>
    internal static string FoldRunes(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || IsEmojiModifier(rune.Value))
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            switch (lower.Value)
            {
                case 'ß': folded.Append("ss"); break;
                case 'œ': folded.Append("oe"); break;
                case 'æ': folded.Append("ae"); break;
                case 'ø': folded.Append('o'); break;
                case 'ł': folded.Append('l'); break;
                case 'đ': folded.Append('d'); break;
                case 'ı': folded.Append('i'); break;
                case '’' or '‘' or '`' or '´' or 'ʼ' or '′': folded.Append('\''); break;
                case '⁄' or '∕': folded.Append('/'); break;
                case '–' or '—' or '‐' or '−': folded.Append('-'); break;
                default: folded.Append(utf16[..lower.EncodeToUtf16(utf16)]); break;
            }
        }

        return folded.ToString();
    }

    /// <summary>The last text tokenized on this thread and its tokens: the recognizers of one turn read the same message.</summary>
    [ThreadStatic]
    private static (string Text, string[] Tokens)? _last;

    /// <summary>Folds and splits <paramref name="text"/>; boundaries never lead and never repeat.</summary>
    public static string[] Tokenize(string? text)
    {
        if (text is null)
        {
            return [];
        }

        if (_last is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return [.. last.Tokens];
        }

        var tokens = Split(text);
        _last = (text, tokens);
        return [.. tokens];
    }

    private static string[] Split(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        var word = new StringBuilder();

        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        void Break(bool question)
        {
            Flush();
            if (tokens.Count == 0)
            {
                return;
            }

            if (IsBoundary(tokens[^1]))
            {
                if (question)
                {
                    tokens[^1] = QuestionBoundary;
                }
            }
            else
            {
                tokens.Add(question ? QuestionBoundary : Boundary);
            }
        }

        // The runes on the stack (a rented array for a long text): a folded text has at most one rune per char.
        Rune[]? rented = null;
        Span<Rune> runes = folded.Length <= 256 ? stackalloc Rune[256] : (rented = ArrayPool<Rune>.Shared.Rent(folded.Length));
        var count = 0;
        foreach (var each in folded.EnumerateRunes())
        {
            runes[count++] = each;
        }

        runes = runes[..count];
        Span<char> utf16 = stackalloc char[2];
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            var previous = i > 0 ? runes[i - 1].Value : ' ';
            var next = i + 1 < runes.Length ? runes[i + 1].Value : ' ';

            if (Rune.IsLetterOrDigit(rune))
            {
                if (!IsStretch(word, rune))
                {
                    word.Append(utf16[..rune.EncodeToUtf16(utf16)]);
                }
            }
            else if (rune.Value == '\'')
            {
                // "don't", "I'm", "that's" join; French elisions split: "l'agent", "qu'un", "c'est".
                var joins = word.Length > 0 && IsLetter(next) && !(IsElision(word) && IsVowelOrH(next));
                if (!joins)
                {
                    Flush();
                }
            }
            else if (rune.Value is '.' or ',' && IsDigit(previous) && IsDigit(next) && word.Length > 0)
            {
                word.Append('.');
            }
            else if (rune.Value == '-' && word.Length == 0 && IsDigit(next) && !IsLetter(previous) && !IsDigit(previous))
            {
                word.Append('-');
            }
            else if (rune.Value is '/' or '%')
            {
                Flush();
                tokens.Add(rune.ToString());
            }
            else if (rune.Value is '?' or '¿')
            {
                Break(question: rune.Value == '?');
            }
            else if (rune.Value is '.' or ',' or ';' or ':' or '!' or '¡' or '(' or ')' or '[' or ']' or '\n' or '\r' or '…')
            {
                Break(question: false);
            }
            else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol)
            {
                Flush();
                tokens.Add(rune.ToString());
            }
            else
            {
                Flush();
            }
        }

        Flush();
        if (rented is not null)
        {
            ArrayPool<Rune>.Shared.Return(rented);
        }

        return [.. tokens];
    }

    /// <summary>The tokens of <paramref name="text"/> without clause boundaries.</summary>
    public static string[] Words(string? text) => WithoutBoundaries(Tokenize(text));

    /// <summary>The tokens that are not clause boundaries, in order (the same array when there is none).</summary>
    public static string[] WithoutBoundaries(string[] tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            words += IsBoundary(token) ? 0 : 1;
        }

        if (words == tokens.Length)
        {
            return tokens;
        }

        var result = new string[words];
        var at = 0;
        foreach (var token in tokens)
        {
            if (!IsBoundary(token))
            {
                result[at++] = token;
            }
        }

        return result;
    }

    /// <summary>Words joined by single spaces: "  Yes!!  THANKS " → "yes thanks".</summary>
    public static string Normalize(string? text) => string.Join(' ', Words(text));

    /// <summary>True when the word was stretched by the customer ("sooo", "yesss"): three equal letters in a row, or
    /// a doubled vowel ending a longer word ("ouii").</summary>
    public static bool IsStretched(string token)
    {
        // "ouii", "merciii", "jaa": a doubled vowel at the end of a chat word.
        if (token.Length >= 3 && token[^1] == token[^2] && (token.Length >= 4 ? "aeiouy" : "aiu").Contains(token[^1], StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 2; i < token.Length; i++)
        {
            if (token[i] == token[i - 1] && token[i] == token[i - 2] && char.IsLetter(token[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every run of a repeated letter reduced to one: "goood" → "god", "noo" → "no".</summary>
    public static string Squeeze(string token)
    {
        if (!HasRepeatedLetter(token))
        {
            return token;
        }

        Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        return new string(Squeeze(token, buffer));
    }

    /// <summary><see cref="Squeeze(string)"/> into <paramref name="buffer"/> (at least as long as the token), or the
    /// token itself when nothing repeats.</summary>
    public static ReadOnlySpan<char> Squeeze(string token, Span<char> buffer)
    {
        if (!HasRepeatedLetter(token))
        {
            return token;
        }

        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (i == 0 || token[i] != token[i - 1] || !char.IsLetter(token[i]))
            {
                buffer[length++] = token[i];
            }
        }

        return buffer[..length];
    }

    /// <summary>Whether <see cref="Squeeze(string)"/> would change the token: a letter right after the same letter.</summary>
    public static bool HasRepeatedLetter(string token)
    {
        for (var i = 1; i < token.Length; i++)
        {
            if (token[i] == token[i - 1] && char.IsLetter(token[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Exact match, or a stretched word that squeezes to the same letters ("yesss" ~ "yes", "goood" ~ "good").</summary>
    public static bool Same(string input, string vocabulary)
    {
        if (input == vocabulary)
        {
            return true;
        }

        if (!IsStretched(input))
        {
            return false;
        }

        if (input.Length > 256 || vocabulary.Length > 256)
        {
            return Squeeze(input) == Squeeze(vocabulary);
        }

        Span<char> inputBuffer = stackalloc char[input.Length];
        Span<char> vocabularyBuffer = stackalloc char[vocabulary.Length];
        return Squeeze(input, inputBuffer).SequenceEqual(Squeeze(vocabulary, vocabularyBuffer));
    }

    /// <summary>
    /// <see cref="Same"/>, or a small typo: up to <see cref="MaxEdits"/> edits for the vocabulary word's length, same
    /// first letter, letters only. The first-letter rule keeps "right" from matching "night" and "incorrect" from
    /// matching "correct".
    /// </summary>
    public static bool IsNear(string input, string vocabulary)
    {
        if (Same(input, vocabulary))
        {
            return true;
        }

        var edits = MaxEdits(vocabulary.Length);
        if (edits == 0 || input.Length == 0 || input[0] != vocabulary[0] || !IsAllLetters(input) || !IsAllLetters(vocabulary))
        {
            return false;
        }

        var candidate = IsStretched(input) ? Squeeze(input) : input;
        return DamerauLevenshtein(candidate, vocabulary, edits) <= edits;
    }

    /// <summary>Typos tolerated for a word of this length: none up to 4 letters, one up to 8, then two.</summary>
    public static int MaxEdits(int length) => length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };

    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions). Stops early
    /// and returns <paramref name="max"/> + 1 once the distance must exceed <paramref name="max"/>.
    /// </summary>
    public static int DamerauLevenshtein(string a, string b, int max = int.MaxValue)
    {
        max = Math.Min(max, Math.Max(a.Length, b.Length));
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = buffer[..width];
        var oneBack = buffer.Slice(width, width);
        var current = buffer.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            oneBack[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(oneBack[j] + 1, current[j - 1] + 1), oneBack[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = twoBack;
            twoBack = oneBack;
            oneBack = current;
            current = recycled;
        }

        return Math.Min(oneBack[b.Length], max + 1);
    }

    /// <summary>Splits a comma-separated vocabulary list: "yes, yeah, of course" → ["yes", "yeah", "of course"].</summary>
    public static IEnumerable<string> List(string phrases) =>
        phrases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsStretch(StringBuilder word, Rune rune) =>
        word.Length >= 3 && Rune.IsLetter(rune) && rune.Value == word[^1] && word[^1] == word[^2] && word[^2] == word[^3];

    private static bool IsElision(StringBuilder word) =>
        (word.Length == 1 && "cdjlmnst".Contains(word[0])) || (word.Length >= 2 && word[^2] == 'q' && word[^1] == 'u');

    private static bool IsLetter(int value) => Rune.IsValid(value) && Rune.IsLetter(new Rune(value));

    private static bool IsDigit(int value) => value is >= '0' and <= '9';

    private static bool IsVowelOrH(int value) => value is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h';

    private static bool IsAllLetters(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // Variation selectors, zero-width joiner and skin tones: "👍🏽" is "👍", "⭐️" is "⭐".
    private static bool IsEmojiModifier(int value) =>
        value is 0xFE0E or 0xFE0F or 0x200D or (>= 0x1F3FB and <= 0x1F3FF);
}
