using System.Buffers;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// The required words (<see cref="RequiredWords"/>) of every pattern a language reads a sentence with, searched for
/// all at once: one pass over the sentence finds every required word it holds and marks the patterns that may match
/// (<see cref="PatternMarks"/>). A rule then costs a look at its marks instead of searches of its own, and most
/// sentences mark few or no patterns at all.
/// <para>
/// A pattern is marked exactly when <see cref="RequiredWords.MayMatchText(string)"/> is true for the sentence (the
/// same word sets, found the same way), so the marks skip only patterns that could not have matched; a pattern with
/// no words is always marked. The words still come only from the patterns (<see cref="RequiredWords.Of(Regex)"/>).
/// </para>
/// </summary>
internal sealed class PatternIndex
{
    private readonly Dictionary<Regex, int> _ids = new(ReferenceEqualityComparer.Instance);

    /// <summary>For each pattern, its word sets (<see cref="RequiredWords.Clauses"/>) as positions in the marks; none: always runs.</summary>
    private readonly int[][] _clauses;

    private readonly int _clauseCount;

    /// <summary>For each word set (a position in the marks), the pattern it belongs to; word sets are numbered in pattern order.</summary>
    private readonly int[] _clauseOwners;

    /// <summary>The patterns without words (always marked), in order.</summary>
    private readonly int[] _wordless;
    private readonly SearchValues<string>? _search;

    /// <summary>Words by their first two characters (a one-character word under its character and <see cref="OneChar"/>), with the sets they belong to.</summary>
    private readonly Dictionary<int, Entry[]> _byStart = [];

    /// <param name="patterns">The patterns, each known by its position here (the same pattern may appear more than once).</param>
    public PatternIndex(IReadOnlyList<Regex> patterns)
    {
        Count = patterns.Count;
        _clauses = new int[Count][];
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < patterns.Count; id++)
        {
            _ids.TryAdd(patterns[id], id);
            var clauses = RequiredWords.Of(patterns[id]).Clauses;
            _clauses[id] = new int[clauses.Count];
            for (var c = 0; c < clauses.Count; c++)
            {
                var clause = _clauseCount++;
                _clauses[id][c] = clause;
                foreach (var word in clauses[c])
                {
                    (byWord.TryGetValue(word, out var ids) ? ids : byWord[word] = []).Add(clause);
                }
            }
        }

        _clauseOwners = new int[_clauseCount];
        for (var id = 0; id < Count; id++)
        {
            foreach (var clause in _clauses[id])
            {
                _clauseOwners[clause] = id;
            }
        }

        _wordless = [.. Enumerable.Range(0, Count).Where(id => _clauses[id].Length == 0)];

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

    /// <summary>The patterns that may match <paramref name="text"/>: those holding a word of each of their word sets, and those without words.</summary>
    public PatternMarks Mark(string text)
    {
        var found = new ulong[(_clauseCount + 63) / 64];
        if (!RequiredWords.Enabled)
        {
            Array.Fill(found, ulong.MaxValue);
            return new PatternMarks(this, found);
        }

        var span = text.AsSpan();
        var at = 0;
        while (_search is not null && at < span.Length)
        {
            var next = span[at..].IndexOfAny(_search);
            if (next < 0)
            {
                break;
            }

            at += next;
            var rest = span[at..];
            if (rest.Length > 1)
            {
                MarkWordsAt(rest, Key(rest[0], rest[1]), found);
            }

            MarkWordsAt(rest, Key(rest[0], OneChar), found);
            at++;
        }

        return new PatternMarks(this, found);
    }

    /// <summary>The position of a pattern, or -1 when the index does not know it.</summary>
    public int IdOf(Regex pattern) => _ids.TryGetValue(pattern, out var id) ? id : -1;

    /// <summary>Whether every word set of the pattern at <paramref name="id"/> is among the <paramref name="found"/> ones.</summary>
    internal bool AllFound(int id, ulong[] found)
    {
        foreach (var clause in _clauses[id])
        {
            if ((found[clause >> 6] & (1UL << clause)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The positions below <paramref name="below"/> whose patterns may match, in order: the same as testing
    /// <see cref="AllFound"/> for each of them, found from the word sets present instead of looking at every pattern.
    /// </summary>
    internal List<int> Candidates(int below, ulong[] found)
    {
        var candidates = new List<int>();
        var wordless = 0;
        for (var word = 0; word < found.Length; word++)
        {
            for (var bits = found[word]; bits != 0; bits &= bits - 1)
            {
                var clause = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                var id = clause < _clauseCount ? _clauseOwners[clause] : Count;
                if (id >= below)
                {
                    break;
                }

                if ((candidates.Count == 0 || candidates[^1] != id) && AllFound(id, found))
                {
                    // Patterns without words come in between, in order.
                    for (; wordless < _wordless.Length && _wordless[wordless] < id; wordless++)
                    {
                        candidates.Add(_wordless[wordless]);
                    }

                    candidates.Add(id);
                }
            }
        }

        for (; wordless < _wordless.Length && _wordless[wordless] < below; wordless++)
        {
            candidates.Add(_wordless[wordless]);
        }

        return candidates;
    }

    private void MarkWordsAt(ReadOnlySpan<char> rest, int key, ulong[] found)
    {
        if (!_byStart.TryGetValue(key, out var entries))
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (rest.StartsWith(entry.Word, StringComparison.Ordinal))
            {
                foreach (var clause in entry.Clauses)
                {
                    found[clause >> 6] |= 1UL << clause;
                }
            }
        }
    }

    /// <summary>Stands for "no second character" in a key: a non-character, never in text the rules read.</summary>
    private const char OneChar = '\uffff';

    private static int Key(char first, char second) => (first << 16) | second;

    private sealed record Entry(string Word, int[] Clauses);
}

/// <summary>Which patterns of a <see cref="PatternIndex"/> may match one sentence (or any part of it).</summary>
internal sealed class PatternMarks(PatternIndex index, ulong[] found)
{
    /// <summary>False only when, for one of its word sets, the pattern at <paramref name="id"/> finds none of the words in the sentence.</summary>
    public bool MayMatch(int id) => index.AllFound(id, found);

    /// <summary>The positions below <paramref name="below"/> that may match, in order (those for which <see cref="MayMatch(int)"/> is true).</summary>
    public List<int> Candidates(int below) => index.Candidates(below, found);

    /// <summary>False only when the pattern is known to the index and, for one of its word sets, none of the words is in the sentence.</summary>
    public bool MayMatch(Regex pattern) => index.IdOf(pattern) is var id && (id < 0 || index.AllFound(id, found));
}
