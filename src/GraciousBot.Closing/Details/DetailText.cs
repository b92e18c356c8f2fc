using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>A word of the customer's text: as typed (for proper nouns) and normalized (for the rules).</summary>
internal sealed record Token(string Original, string Norm, int Start)
{
    public int End => Start + Norm.Length;

    public bool IsCapitalized => Original.Length > 1 && char.IsUpper(Original[0]) && HasLower(Original.AsSpan(1));

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// One sentence, normalized: lower case, typos fixed, punctuation split off, words joined by single spaces so
/// rules can be written as plain patterns. Token offsets map pattern matches back to the words as typed.
/// </summary>
internal sealed partial class Sentence
{
    private Sentence(IReadOnlyList<Token> tokens)
    {
        Tokens = tokens;
        var norms = new string[tokens.Count];
        for (var i = 0; i < norms.Length; i++)
        {
            norms[i] = tokens[i].Norm;
        }

        Text = string.Join(' ', norms);
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The normalized text the rules match.</summary>
    public string Text { get; }

    /// <summary>
    /// Which patterns may match this sentence (<see cref="PatternIndex"/>), set by the reader; null when every pattern
    /// searches for its own required words.
    /// </summary>
    public PatternMarks? Marks { get; set; }

    /// <summary>
    /// The matches of a pattern in <paramref name="part"/>, this sentence's text or a part of it (a span of its
    /// tokens): none, without running the pattern, when the sentence holds none of its required words.
    /// </summary>
    public IEnumerable<Match> Matches(Regex pattern, string part) => Marks?.MayMatch(pattern) == false ? [] : RequiredWords.Matches(pattern, part);

    /// <summary>Whether a pattern matches <paramref name="part"/>, this sentence's text or a part of it (see <see cref="Matches"/>).</summary>
    public bool IsMatch(Regex pattern, string part) => Marks?.MayMatch(pattern) != false && RequiredWords.IsMatch(pattern, part);

    public bool IsQuestion => Tokens.Count > 0 && Tokens[^1].Norm == "?";

    /// <summary>The index of the token that contains or follows a character offset of <see cref="Text"/>.</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > offset)
            {
                return i;
            }
        }

        return Tokens.Count;
    }

    /// <summary>The normalized words from token <paramref name="from"/> up to <paramref name="to"/>, as they stand in <see cref="Text"/>.</summary>
    public string Span(int from, int to)
    {
        // As Tokens.Skip(from).Take(to - from) joined by spaces: the tokens are joined so in Text.
        var start = Math.Max(0, from);
        var end = (int)Math.Min(Tokens.Count, (long)start + Math.Max(0, (long)to - from));
        return start >= end ? string.Empty : Text.Substring(Tokens[start].Start, Tokens[end - 1].End - Tokens[start].Start);
    }

    /// <summary>Splits masked text into normalized sentences.</summary>
    public static IReadOnlyList<Sentence> Split(string text, LanguagePack language)
    {
        var sentences = new List<Sentence>();
        var current = new List<(string Original, string Norm)>();
        foreach (var m in Words().EnumerateMatches(text))
        {
            var original = text.Substring(m.Index, m.Length);
            language.Normalize(original, current);

            var abbreviation = original == "." && current.Count >= 2 && Abbreviations.Contains(current[^2].Norm);
            if (!abbreviation && (original is "." or "!" or "?" or ";" or "\n" or "…" or "!?" or "?!" || original.AsSpan().IndexOfAnyExcept(SentenceEnds) < 0))
            {
                Flush();
            }
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            var tokens = new List<Token>(current.Count);
            var offset = 0;
            foreach (var (original, norm) in current)
            {
                if (norm.Length == 0)
                {
                    continue;
                }

                tokens.Add(new Token(original, norm, offset));
                offset += norm.Length + 1;
            }

            if (tokens.Count > 0)
            {
                sentences.Add(new Sentence(tokens));
            }

            current.Clear();
        }
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "dr", "mr", "mrs", "ms", "st", "mt", "jr", "sr", "vs", "approx", "dept", "prof", "sra", "mme", "mlle", "hr", "fr", "str", "nr" };

    /// <summary>Lower case, typographic apostrophes straightened, accents kept.</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'').Replace('´', '\'');
        return lower.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Words (with inner apostrophes and hyphens), the PII mask, numbers with ordinal suffixes, and punctuation.</summary>
    [GeneratedRegex(@"\u27e6pii\u27e7|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*'?|[.!?]+|[,;:()""…/&+–—-]|\n", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
