using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// The tense and date patterns are one long alternation of many branches (<c>\b(?&lt;fut&gt;…)\b|\b(?&lt;past&gt;…)\b|…</c>).
/// As one regex, the engine tries every branch at every position of the sentence, and its compiled form is so large
/// that it runs no faster than the interpreter (the JIT does not optimize methods that big). Here each top-level
/// branch is its own regex (same options, same timeout, each compiled on its own by <see cref="CompiledPatterns"/>),
/// and their matches are merged exactly as the whole pattern would find them: the whole pattern's next match is at the
/// leftmost position where any branch matches, taken by the first such branch in pattern order, and the search goes on
/// from its end (one character on after an empty match). A branch's next match stays valid until the search passes
/// its start (a branch's match at a position depends only on the text, which lookbehinds and <c>\b</c> read before the
/// start of the search as the whole pattern does). A branch is not run at all on a text without its required words
/// (<see cref="RequiredWords"/>), as a rule is not.
/// <para>
/// Only patterns whose branches cannot affect each other are split: explicit capture (groups are read by name, and a
/// group of a branch not taken is unsuccessful either way), no inline options that reach across branches, no
/// backreferences, conditionals, comments, <c>\G</c> or character class subtraction; anything else keeps the whole
/// pattern. A test compares every match and named group of the split and the whole patterns over the evaluation set.
/// </para>
/// </summary>
internal static class Alternatives
{
    private static readonly ConcurrentDictionary<Regex, Regex[]?> Splits = new(ReferenceEqualityComparer.Instance);

    /// <summary>Off: every pattern runs whole (for measuring, and for the test that the split reads the same).</summary>
    public static bool Enabled { get; set; } = true;

    /// <summary>The patterns read split so far (for the test that compares them whole and split).</summary>
    internal static IEnumerable<Regex> Known => Splits.Where(s => s.Value is not null).Select(s => s.Key);

    /// <summary>The matches of <paramref name="pattern"/> in <paramref name="text"/>, in order, as <see cref="Regex.Matches(string)"/> finds them.</summary>
    public static IEnumerable<Match> Matches(Regex pattern, string text) =>
        Enabled && BranchesOf(pattern) is { } branches ? Merge(branches, text) : CompiledPatterns.Fastest(pattern).Matches(text);

    /// <summary>The pattern's top-level branches as regexes of their own, or null when it is not split (see the class summary).</summary>
    internal static Regex[]? BranchesOf(Regex pattern) => Splits.GetOrAdd(pattern, static p => Split(p));

    private static IEnumerable<Match> Merge(Regex[] branches, string text)
    {
        var next = new Match?[branches.Length];
        var done = new bool[branches.Length];
        for (var i = 0; i < branches.Length; i++)
        {
            // A branch whose required words are not in the text cannot match anywhere in it (most branches of most sentences).
            done[i] = !RequiredWords.MayMatch(branches[i], text);
        }

        var start = 0;
        while (start <= text.Length)
        {
            Match? best = null;
            for (var i = 0; i < branches.Length; i++)
            {
                if (done[i])
                {
                    continue;
                }

                if (next[i] is not { } found || found.Index < start)
                {
                    found = CompiledPatterns.Fastest(branches[i]).Match(text, start);
                    if (!found.Success)
                    {
                        // No match from here on means none from any later start either.
                        done[i] = true;
                        next[i] = null;
                        continue;
                    }

                    next[i] = found;
                }

                // Strictly leftmost: on a tie the earlier branch (in pattern order) wins, as in the whole pattern.
                if (best is null || found.Index < best.Index)
                {
                    best = found;
                }
            }

            if (best is null)
            {
                yield break;
            }

            yield return best;
            start = best.Length == 0 ? best.Index + 1 : best.Index + best.Length;
        }
    }

    private static Regex[]? Split(Regex pattern)
    {
        const RegexOptions Unsafe = RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.NonBacktracking | RegexOptions.ECMAScript;
        if ((pattern.Options & Unsafe) != 0 || (pattern.Options & RegexOptions.ExplicitCapture) == 0)
        {
            return null;
        }

        if (TopLevelBranches(pattern.ToString()) is not { Count: > 1 } parts)
        {
            return null;
        }

        try
        {
            return [.. parts.Select(part => new Regex(part, pattern.Options, pattern.MatchTimeout))];
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The text of each top-level branch, or null when the pattern uses a construct that could tie branches together.</summary>
    internal static List<string>? TopLevelBranches(string pattern)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    if (i + 1 >= pattern.Length || pattern[i + 1] is 'G' or 'k' or '<' or '\'' || char.IsAsciiDigit(pattern[i + 1]))
                    {
                        return null; // \G, or a backreference
                    }

                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    break;
                case '(':
                    if (i + 2 < pattern.Length && pattern[i + 1] == '?' && (pattern[i + 2] is '#' or '(' || IsInlineOptions(pattern, i + 2)))
                    {
                        return null; // a comment, a conditional, or options that reach to the end of the pattern
                    }

                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth < 0)
                    {
                        return null;
                    }

                    break;
                case '|' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        if (depth != 0)
        {
            return null;
        }

        parts.Add(pattern[start..]);
        return parts;
    }

    /// <summary>The index of the <c>]</c> closing the class opened at <paramref name="open"/>; -1 for a subtraction or no end.</summary>
    private static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++; // a ']' first in a class is the character itself
        }

        for (; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    return -1; // [a-z-[aeiou]]: left whole
                case ']':
                    return i;
            }
        }

        return -1;
    }

    /// <summary>Whether "(?" at <paramref name="at"/> - 2 opens inline options: "(?i)" (to the end of the pattern) or "(?i:…)".</summary>
    private static bool IsInlineOptions(string pattern, int at)
    {
        var i = at;
        while (i < pattern.Length && pattern[i] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
        {
            i++;
        }

        return i > at && i < pattern.Length && pattern[i] is ')' or ':';
    }
}
