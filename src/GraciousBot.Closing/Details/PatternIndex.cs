using System.Buffers;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// The required words (<see cref="RequiredWords"/>) of every pattern a language reads a sentence with, searched for
/// all at once: one pass over the sentence finds every required word it holds and marks the patterns that may match
/// (<see cref="PatternMarks"/>). A rule then costs one look at its mark instead of a search of its own, and most
/// sentences mark few or no patterns at all.
/// <para>
/// A pattern is marked exactly when <see cref="RequiredWords.MayMatchText(string)"/> is true for the sentence (the
/// same words, found the same way), so the marks skip only patterns that could not have matched; a pattern with no
/// words is always marked. The words still come only from the patterns (<see cref="RequiredWords.Of(Regex)"/>).
/// </para>
/// </summary>
internal sealed class PatternIndex
{
    private readonly Dictionary<Regex, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly bool[] _always;
    private readonly SearchValues<string>? _search;

    /// <summary>Words by their first two characters (a one-character word under its character and <see cref="OneChar"/>).</summary>
    private readonly Dictionary<int, Entry[]> _byStart = [];

    /// <param name="patterns">The patterns, each known by its position here (the same pattern may appear more than once).</param>
    public PatternIndex(IReadOnlyList<Regex> patterns)
    {
        Count = patterns.Count;
        _always = new bool[Count];
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < patterns.Count; id++)
        {
            _ids.TryAdd(patterns[id], id);
            if (RequiredWords.Of(patterns[id]).Words is not { } words)
            {
                _always[id] = true;
                continue;
            }

            foreach (var word in words)
            {
                (byWord.TryGetValue(word, out var ids) ? ids : byWord[word] = []).Add(id);
            }
        }

        if (byWord.Count > 0)
        {
            _search = SearchValues.Create([.. byWord.Keys], StringComparison.Ordinal);
        }

        foreach (var group in byWord.GroupBy(w => Key(w.Key[0], w.Key.Length > 1 ? w.Key[1] : OneChar)))
        {
            _byStart[group.Key] = [.. group.Select(w => new Entry(w.Key, [.. w.Value]))];
        }
    }

    /// <summary>How many patterns (positions) the index has.</summary>
    public int Count { get; }

    /// <summary>The patterns that may match <paramref name="text"/>: those holding one of their required words, and those without words.</summary>
    public PatternMarks Mark(string text)
    {
        var marks = new bool[Count];
        if (!RequiredWords.Enabled)
        {
            Array.Fill(marks, true);
            return new PatternMarks(this, marks);
        }

        Array.Copy(_always, marks, Count);
        if (_search is null)
        {
            return new PatternMarks(this, marks);
        }

        var span = text.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOfAny(_search);
            if (found < 0)
            {
                break;
            }

            at += found;
            var rest = span[at..];
            if (rest.Length > 1)
            {
                MarkWordsAt(rest, Key(rest[0], rest[1]), marks);
            }

            MarkWordsAt(rest, Key(rest[0], OneChar), marks);
            at++;
        }

        return new PatternMarks(this, marks);
    }

    /// <summary>The position of a pattern, or -1 when the index does not know it.</summary>
    public int IdOf(Regex pattern) => _ids.TryGetValue(pattern, out var id) ? id : -1;

    private void MarkWordsAt(ReadOnlySpan<char> rest, int key, bool[] marks)
    {
        if (!_byStart.TryGetValue(key, out var entries))
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (rest.StartsWith(entry.Word, StringComparison.Ordinal))
            {
                foreach (var id in entry.Ids)
                {
                    marks[id] = true;
                }
            }
        }
    }

    /// <summary>Stands for "no second character" in a key: a non-character, never in text the rules read.</summary>
    private const char OneChar = '\uffff';

    private static int Key(char first, char second) => (first << 16) | second;

    private sealed record Entry(string Word, int[] Ids);
}

/// <summary>Which patterns of a <see cref="PatternIndex"/> may match one sentence (or any part of it).</summary>
internal sealed class PatternMarks(PatternIndex index, bool[] marks)
{
    /// <summary>False only when the pattern at <paramref name="id"/> holds none of its required words in the sentence.</summary>
    public bool MayMatch(int id) => marks[id];

    /// <summary>False only when the pattern is known to the index and none of its required words is in the sentence.</summary>
    public bool MayMatch(Regex pattern) => index.IdOf(pattern) is var id && (id < 0 || marks[id]);
}
