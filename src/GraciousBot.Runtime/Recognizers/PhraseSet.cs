using System.Buffers;
using System.Collections.Frozen;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>A phrase found in a token list: where it starts, how many tokens it covers, and what it stands for.</summary>
internal readonly record struct PhraseMatch<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}

/// <summary>
/// Vocabulary phrases (one or more words) with a value each, normalised once with <see cref="TextNormalizer"/> and
/// indexed by their first word. A phrase may be anchored to the start ("^no se") or end ("no se$") of a clause.
/// Matching is leftmost-longest and never crosses a clause boundary; exact matches are found first, then typos
/// (<see cref="TextNormalizer.IsNear"/>) on the words no exact phrase covered.
/// </summary>
internal sealed class PhraseSet<T>
{
    /// <summary>Tokens of up to this many characters are squeezed on the stack; longer ones (rare) on the heap.</summary>
    private const int StackTokenLength = 128;

    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;
    private readonly FrozenDictionary<char, Phrase[]> _typoTolerantByFirstLetter;

    /// <summary>The first letters of the phrases (a squeeze keeps it): most tokens are ruled out without a hash.</summary>
    private readonly SearchValues<char> _firstLetters;

    public PhraseSet(IEnumerable<(string Phrase, T Value)> entries)
    {
        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        foreach (var (text, value) in entries)
        {
            var phrase = Phrase.Parse(text, value);
            var key = string.Join(' ', phrase.Words) + (phrase.AtStart ? "^" : "") + (phrase.AtEnd ? "$" : "");
            if (phrases.TryGetValue(key, out var existing) && !EqualityComparer<T>.Default.Equals(existing.Value, value))
            {
                throw new InvalidOperationException($"Vocabulary phrase '{text}' is listed twice with different meanings.");
            }

            phrases[key] = phrase;
        }

        // Longest (then anchored) first, so the first phrase that matches at a position is the most specific one.
        var ordered = phrases.Values
            .OrderByDescending(phrase => phrase.Words.Length)
            .ThenByDescending(phrase => (phrase.AtStart ? 1 : 0) + (phrase.AtEnd ? 1 : 0))
            .ToArray();
        _byFirstWord = ordered
            .GroupBy(phrase => TextNormalizer.Squeeze(phrase.Words[0]), StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstLetters = SearchValues.Create([.. _byFirstWord.Keys.Select(word => word[0]).Distinct()]);
        // A typo never changes the first letter (see TextNormalizer.IsNear), so typo candidates are indexed by it.
        _typoTolerantByFirstLetter = ordered
            .Where(phrase => phrase.Words.Any(word => TextNormalizer.MaxEdits(word.Length) > 0))
            .GroupBy(phrase => phrase.Words[0][0])
            .ToFrozenDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>Non-overlapping matches in token order; <paramref name="typos"/> also allows small misspellings.</summary>
    public List<PhraseMatch<T>> Matches(IReadOnlyList<string> tokens, bool typos = true)
    {
        var matches = new List<PhraseMatch<T>>();
        var count = tokens.Count;
        Span<bool> covered = count <= 256 ? stackalloc bool[count] : new bool[count];
        for (var i = 0; i < count; i++)
        {
            if (TextNormalizer.IsBoundary(tokens[i]) || !TryFirstWord(tokens[i], out var candidates))
            {
                continue;
            }

            var phrase = FirstAt(candidates, tokens, i, covered, typos: false);
            if (phrase is not null)
            {
                matches.Add(new PhraseMatch<T>(i, phrase.Words.Length, phrase.Value));
                covered.Slice(i, phrase.Words.Length).Fill(true);
                i += phrase.Words.Length - 1;
            }
        }

        if (typos && covered.Contains(false))
        {
            var exact = matches.Count;
            for (var i = 0; i < count; i++)
            {
                if (covered[i] || TextNormalizer.IsBoundary(tokens[i])
                    || !_typoTolerantByFirstLetter.TryGetValue(tokens[i][0], out var candidates))
                {
                    continue;
                }

                var phrase = FirstAt(candidates, tokens, i, covered, typos: true);
                if (phrase is not null)
                {
                    matches.Add(new PhraseMatch<T>(i, phrase.Words.Length, phrase.Value));
                    covered.Slice(i, phrase.Words.Length).Fill(true);
                    i += phrase.Words.Length - 1;
                }
            }

            if (matches.Count > exact)
            {
                matches.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }
        }

        return matches;
    }

    /// <summary>Whether <see cref="Matches"/> would find anything (its Count &gt; 0), without building the list: the
    /// first match found is never hindered by an earlier one, so any phrase matching anywhere is enough.</summary>
    public bool Any(IReadOnlyList<string> tokens, bool typos = false)
    {
        var count = tokens.Count;
        for (var i = 0; i < count; i++)
        {
            if (!TextNormalizer.IsBoundary(tokens[i]) && TryFirstWord(tokens[i], out var candidates)
                && FirstAt(candidates, tokens, i, [], typos: false) is not null)
            {
                return true;
            }
        }

        if (!typos)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!TextNormalizer.IsBoundary(tokens[i]) && _typoTolerantByFirstLetter.TryGetValue(tokens[i][0], out var candidates)
                && FirstAt(candidates, tokens, i, [], typos: true) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phrases whose first word (squeezed: "goood" is "god") is <paramref name="token"/>'s, without a
    /// string per lookup.</summary>
    private bool TryFirstWord(string token, out Phrase[] candidates)
    {
        if (token.Length == 0 || !_firstLetters.Contains(token[0]))
        {
            candidates = [];
            return false;
        }

        if (!TextNormalizer.HasRepeatedLetter(token))
        {
            // Most words squeeze to themselves: the string itself is the key.
            return _byFirstWord.TryGetValue(token, out candidates!);
        }

        if (token.Length > StackTokenLength)
        {
            return _byFirstWord.TryGetValue(TextNormalizer.Squeeze(token), out candidates!);
        }

        Span<char> buffer = stackalloc char[token.Length];
        return _byFirstWordSpan.TryGetValue(TextNormalizer.Squeeze(token, buffer), out candidates!);
    }

    /// <summary>The first (most specific) candidate that matches at <paramref name="start"/>; a loop, not a closure per
    /// position. An empty <paramref name="covered"/> means nothing is covered yet.</summary>
    private static Phrase? FirstAt(Phrase[] candidates, IReadOnlyList<string> tokens, int start, ReadOnlySpan<bool> covered, bool typos)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.MatchesAt(tokens, start, covered, typos))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The words no phrase covers, in order: fillers out of an answer ("por favor", "s'il vous plaît").</summary>
    public string[] Without(IReadOnlyList<string> words)
    {
        var matches = Matches(words, typos: false);
        var count = words.Count;
        Span<bool> covered = count <= 256 ? stackalloc bool[count] : new bool[count];
        var kept = count;
        foreach (var match in matches)
        {
            covered.Slice(match.Start, match.Length).Fill(true);
            kept -= match.Length;
        }

        var result = new string[kept];
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (!covered[i])
            {
                result[at++] = words[i];
            }
        }

        return result;
    }

    /// <summary>The value of the phrase that is exactly <paramref name="words"/>, all of them and nothing else.</summary>
    public bool TryMatchWhole(IReadOnlyList<string> words, out T value, bool typos = true)
    {
        // What Matches would say, without the list: one match, at the start, covering every word. An exact phrase at
        // the start decides; else any exact phrase elsewhere means more than one match or none at the start; else the
        // typo-tolerant phrase at the start (tried only when typos are allowed) decides.
        value = default!;
        if (words.Count == 0)
        {
            return false;
        }

        var first = words[0];
        var exact = TextNormalizer.IsBoundary(first) || !TryFirstWord(first, out var candidates) ? null : FirstAt(candidates, words, 0, [], typos: false);
        if (exact is null && typos && !Any(words, typos: false)
            && !TextNormalizer.IsBoundary(first) && _typoTolerantByFirstLetter.TryGetValue(first[0], out var typoCandidates))
        {
            exact = FirstAt(typoCandidates, words, 0, [], typos: true);
        }

        if (exact is null || exact.Words.Length != words.Count)
        {
            return false;
        }

        value = exact.Value;
        return true;
    }

    private sealed record Phrase(string[] Words, T Value, bool AtStart, bool AtEnd)
    {
        public static Phrase Parse(string text, T value)
        {
            var trimmed = text.Trim();
            var atStart = trimmed.StartsWith('^');
            var atEnd = trimmed.EndsWith('$');
            var words = TextNormalizer.Words(trimmed.Trim('^', '$'));
            if (words.Length == 0)
            {
                throw new InvalidOperationException($"Vocabulary phrase '{text}' has no words.");
            }

            return new Phrase(words, value, atStart, atEnd);
        }

        public bool MatchesAt(IReadOnlyList<string> tokens, int start, ReadOnlySpan<bool> covered, bool typos)
        {
            var end = start + Words.Length;
            if (end > tokens.Count
                || (AtStart && start > 0 && !TextNormalizer.IsBoundary(tokens[start - 1]))
                || (AtEnd && end < tokens.Count && !TextNormalizer.IsBoundary(tokens[end])))
            {
                return false;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                var token = tokens[start + k];
                if ((!covered.IsEmpty && covered[start + k]) || TextNormalizer.IsBoundary(token))
                {
                    return false;
                }

                var same = typos ? TextNormalizer.IsNear(token, Words[k]) : TextNormalizer.Same(token, Words[k]);
                if (!same)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>Phrase sets that only say whether a phrase is there.</summary>
internal static class PhraseSet
{
    /// <summary>All phrases of the comma-separated <paramref name="lists"/>: PhraseSet.Of("thanks, thank you", "gracias").</summary>
    public static PhraseSet<bool> Of(params string[] lists) =>
        new(lists.SelectMany(TextNormalizer.List).Select(phrase => (phrase, true)));
}

/// <summary>A set of single words (fillers, stop words), matching stretched spellings too.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string> _squeezed;

    public WordSet(IEnumerable<string> lists)
    {
        var words = lists.SelectMany(TextNormalizer.List).SelectMany(TextNormalizer.Words).ToArray();
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _squeezed = words.Select(TextNormalizer.Squeeze).ToFrozenSet(StringComparer.Ordinal);
    }

    public WordSet(params string[] lists)
        : this((IEnumerable<string>)lists)
    {
    }

    public bool Contains(string word) =>
        _words.Contains(word) || (TextNormalizer.IsStretched(word) && _squeezed.Contains(TextNormalizer.Squeeze(word)));
}
