using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// A cheap test that runs before a detail pattern: the words at least one of which every match of the pattern must
/// contain ("birthday", "bday", "birthday party" → any match holds "birthday" or "bday"), found in one vectorized
/// search of the sentence. Most sentences hold none of a rule's words, so its regex never runs on them.
/// <para>
/// The words are derived from the pattern itself (see <see cref="Of(Regex)"/>), never listed by hand, so the rules and
/// vocabularies stay the only place a language's words live, and a rule changed there changes its words here. When
/// a pattern uses anything the reader does not understand, it has no words and always runs: the test can only skip a
/// regex that could not have matched, so the details read are the same with or without it (a test checks this over
/// the whole evaluation set).
/// </para>
/// <para>
/// Written here rather than taken from a library: .NET's own regex parser is internal, and the analysis needed
/// ("which literal text must every match contain") is a small recursive reading of the pattern syntax.
/// </para>
/// </summary>
internal sealed class RequiredWords
{
    private static readonly ConcurrentDictionary<Regex, RequiredWords> Known = new(ReferenceEqualityComparer.Instance);

    private readonly SearchValues<string>[] _search;

    private RequiredWords(IReadOnlyList<IReadOnlyList<string>> clauses)
    {
        Clauses = clauses;
        Words = clauses.Count > 0 ? clauses[0] : null;
        _search = [.. clauses.Select(words => SearchValues.Create([.. words], StringComparison.Ordinal))];
    }

    /// <summary>Off: every pattern always runs (for measuring and for the equivalence test).</summary>
    public static bool Enabled { get; set; } = true;

    /// <summary>The words one of which every match contains; null when the pattern could match without any known word.</summary>
    public IReadOnlyList<string>? Words { get; }

    /// <summary>
    /// Every set of words one of which each match contains, <see cref="Words"/> first: "(?:my|our) (?:birthday|bday)"
    /// needs "my" or "our", and "birthday" or "bday". Empty when the pattern could match without any known word.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Clauses { get; }

    /// <summary>The required words of a pattern, read once and kept (patterns are static, one per rule).</summary>
    public static RequiredWords Of(Regex pattern) => Known.GetOrAdd(pattern, static p => new RequiredWords(AnalyzeClauses(p)));

    /// <summary>False only when the pattern cannot match <paramref name="text"/> (for one of its word sets, no word is in it).</summary>
    public static bool MayMatch(Regex pattern, string text) => !Enabled || Of(pattern).MayMatchText(text);

    /// <summary>The pattern's matches in <paramref name="text"/>; none, without running it, when a required word is missing.</summary>
    public static IEnumerable<Match> Matches(Regex pattern, string text) => MayMatch(pattern, text) ? CompiledPatterns.Fastest(pattern).Matches(text) : [];

    /// <summary>Whether the pattern matches <paramref name="text"/>; false, without running it, when a required word is missing.</summary>
    public static bool IsMatch(Regex pattern, string text) => MayMatch(pattern, text) && CompiledPatterns.Fastest(pattern).IsMatch(text);

    /// <summary>False only when, for one of the pattern's word sets, none of its words is in <paramref name="text"/>.</summary>
    public bool MayMatchText(string text)
    {
        foreach (var search in _search)
        {
            if (text.AsSpan().IndexOfAny(search) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The best of a pattern's word sets (see <see cref="Clauses"/>), or null (no usable words).</summary>
    internal static IReadOnlyList<string>? Analyze(Regex pattern) => AnalyzeClauses(pattern) is [var best, ..] ? best : null;

    /// <summary>
    /// Every word set of the pattern, the best first (longest shortest word, then fewest words: the rarest in text); a
    /// set whose shortest word has one character is kept only when it is the best (a letter is in almost every text).
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<string>> AnalyzeClauses(Regex pattern)
    {
        const RegexOptions Unsupported = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.NonBacktracking;
        if ((pattern.Options & Unsupported) != 0)
        {
            return [];
        }

        try
        {
            var reader = new Reader(pattern.ToString());
            var clauses = reader.Alternation();
            if (!reader.AtEnd || clauses is null || Reader.Best(clauses) is not { } best)
            {
                return [];
            }

            List<IReadOnlyList<string>> result = [Minimal(best)];
            foreach (var clause in clauses)
            {
                if (!ReferenceEquals(clause, best) && clause.Min(w => w.Length) > 1 && Minimal(clause) is var words && !result.Any(r => r.SequenceEqual(words)))
                {
                    result.Add(words);
                }
            }

            return result;
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    /// <summary>Drops words that contain another of the words (finding the shorter one is enough).</summary>
    private static IReadOnlyList<string> Minimal(HashSet<string> words) =>
        [.. words.Where(w => !words.Any(other => other.Length < w.Length && w.Contains(other, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Reads the pattern syntax the rules use. Every method returns the set of words one of which any match of the
    /// piece must contain, or null when a match of the piece may contain none of them (a class, an optional part).
    /// </summary>
    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        /// <summary>
        /// a|b|c: one of the branches matches, so the words of all branches' best sets together (null if a branch has
        /// none); a single branch keeps all its sets.
        /// </summary>
        public List<HashSet<string>>? Alternation()
        {
            var branches = new List<List<HashSet<string>>?>();
            while (true)
            {
                branches.Add(Sequence());
                if (!AtEnd && pattern[_at] == '|')
                {
                    _at++;
                    continue;
                }

                break;
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var branch in branches)
            {
                if (branch is null || Best(branch) is not { } best)
                {
                    return null;
                }

                union.UnionWith(best);
            }

            return [union];
        }

        /// <summary>The first of the best sets (see <see cref="Better"/>), or null when there are none.</summary>
        public static HashSet<string>? Best(List<HashSet<string>> clauses)
        {
            HashSet<string>? best = null;
            foreach (var clause in clauses)
            {
                if (Better(clause, best))
                {
                    best = clause;
                }
            }

            return best;
        }

        /// <summary>
        /// abc(?:x|y)d: every part matches, so every part's words are needed (runs of plain letters join into one
        /// word); null when no part has words.
        /// </summary>
        private List<HashSet<string>>? Sequence()
        {
            var clauses = new List<HashSet<string>>();
            var run = new StringBuilder();

            void Consider(HashSet<string>? words)
            {
                if (words is { Count: > 0 } && words.All(w => w.Length > 0))
                {
                    clauses.Add(words);
                }
            }

            void EndRun()
            {
                if (run.Length > 0)
                {
                    Consider(new HashSet<string>(StringComparer.Ordinal) { run.ToString() });
                    run.Clear();
                }
            }

            while (!AtEnd && pattern[_at] is not ('|' or ')'))
            {
                var atom = NextAtom();
                var (min, max) = Quantifier();
                switch (atom)
                {
                    case Atom.Literal literal when min == 1 && max == 1:
                        run.Append(literal.Char);
                        break;
                    case Atom.Literal literal when min >= 1:
                        // "xa+b" matches "xaab": "xa" and "ab" are in every match, "xab" is not.
                        run.Append(literal.Char);
                        EndRun();
                        run.Append(literal.Char);
                        break;
                    case Atom.Literal:
                        EndRun();
                        break;
                    case Atom.ZeroWidth when min >= 1:
                        // \b, ^, $ match no characters: the letters on both sides stay neighbours.
                        break;
                    case Atom.Words words:
                        EndRun();
                        if (min >= 1)
                        {
                            foreach (var clause in words.Clauses)
                            {
                                Consider(clause);
                            }
                        }

                        break;
                    default:
                        EndRun();
                        break;
                }
            }

            EndRun();
            return clauses.Count > 0 ? clauses : null;
        }

        /// <summary>Longer shortest word first (rarer in text), then fewer words.</summary>
        private static bool Better(HashSet<string> candidate, HashSet<string>? best) =>
            best is null
            || candidate.Min(w => w.Length) > best.Min(w => w.Length)
            || (candidate.Min(w => w.Length) == best.Min(w => w.Length) && candidate.Count < best.Count);

        private Atom NextAtom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return new Atom.Other();
                case '.':
                    return new Atom.Other();
                case '^' or '$':
                    return new Atom.ZeroWidth();
                case '\\':
                    return Escape();
                case '*' or '+' or '?' or '{' when c != '{' || IsQuantifierAt(_at - 1):
                    throw new NotSupportedException("a quantifier with nothing before it");
                default:
                    return new Atom.Literal(c);
            }
        }

        private Atom Group()
        {
            if (Peek(0) != '?')
            {
                return Inner(); // a numbered group
            }

            var kind = Peek(1);
            if (kind == ':')
            {
                _at += 2;
                return Inner();
            }

            if (kind is '=' or '!')
            {
                _at += 2;
                _ = Alternation();
                Expect(')');
                return new Atom.Other(); // a lookahead reads characters outside the match
            }

            if (kind == '<' && Peek(2) is '=' or '!')
            {
                _at += 3;
                _ = Alternation();
                Expect(')');
                return new Atom.Other();
            }

            if (kind is '<' or '\'')
            {
                var close = kind == '<' ? '>' : '\'';
                var end = pattern.IndexOf(close, _at + 2);
                if (end < 0 || !pattern.AsSpan(_at + 2, end - _at - 2).ContainsOnlyWordCharacters())
                {
                    throw new NotSupportedException("a group name that is not a plain name (balancing groups)");
                }

                _at = end + 1;
                return Inner();
            }

            // Atomic groups, inline options, conditionals: not used by the rules; the pattern keeps no words.
            throw new NotSupportedException("an unsupported group construct");
        }

        private Atom Inner()
        {
            var clauses = Alternation();
            Expect(')');
            return clauses is null ? new Atom.Other() : new Atom.Words(clauses);
        }

        private Atom Escape()
        {
            if (AtEnd)
            {
                throw new NotSupportedException("a trailing backslash");
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return new Atom.ZeroWidth();
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return new Atom.Other();
                case 'p' or 'P':
                    var end = pattern.IndexOf('}', _at);
                    if (end < 0)
                    {
                        throw new NotSupportedException("an unfinished category");
                    }

                    _at = end + 1;
                    return new Atom.Other();
                case 'n':
                    return new Atom.Literal('\n');
                case 't':
                    return new Atom.Literal('\t');
                case 'r':
                    return new Atom.Literal('\r');
                case 'f':
                    return new Atom.Literal('\f');
                case 'v':
                    return new Atom.Literal('\v');
                case 'e':
                    return new Atom.Literal('\u001b');
                case 'u' when _at + 4 <= pattern.Length && ushort.TryParse(pattern.AsSpan(_at, 4), System.Globalization.NumberStyles.HexNumber, null, out var unicode):
                    _at += 4;
                    return new Atom.Literal((char)unicode);
                case 'x' when _at + 2 <= pattern.Length && byte.TryParse(pattern.AsSpan(_at, 2), System.Globalization.NumberStyles.HexNumber, null, out var hex):
                    _at += 2;
                    return new Atom.Literal((char)hex);
                default:
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        // Back-references (\1, \k<name>) and anything else: give up on this pattern rather than guess.
                        throw new NotSupportedException("an escape the reader does not know");
                    }

                    return new Atom.Literal(c);
            }
        }

        /// <summary>?, *, +, {n}, {n,}, {n,m} and their lazy forms; (1, 1) when none follows.</summary>
        private (int Min, int? Max) Quantifier()
        {
            if (AtEnd)
            {
                return (1, 1);
            }

            (int, int?) result;
            switch (pattern[_at])
            {
                case '?':
                    _at++;
                    result = (0, 1);
                    break;
                case '*':
                    _at++;
                    result = (0, null);
                    break;
                case '+':
                    _at++;
                    result = (1, null);
                    break;
                case '{' when IsQuantifierAt(_at):
                    var end = pattern.IndexOf('}', _at);
                    var body = pattern[(_at + 1)..end];
                    _at = end + 1;
                    var comma = body.IndexOf(',', StringComparison.Ordinal);
                    var min = int.Parse(comma < 0 ? body : body[..comma], System.Globalization.CultureInfo.InvariantCulture);
                    int? max = comma < 0 ? min : comma == body.Length - 1 ? null : int.Parse(body[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                    result = (min, max);
                    break;
                default:
                    return (1, 1);
            }

            if (!AtEnd && pattern[_at] == '?')
            {
                _at++; // lazy: the same characters, fewer first
            }

            return result;
        }

        /// <summary>Whether a '{' at <paramref name="at"/> starts {n}, {n,} or {n,m} (otherwise .NET reads it as a letter).</summary>
        private bool IsQuantifierAt(int at)
        {
            var end = pattern.IndexOf('}', at);
            if (end < 0)
            {
                return false;
            }

            var body = pattern.AsSpan(at + 1, end - at - 1);
            var comma = body.IndexOf(',');
            var first = comma < 0 ? body : body[..comma];
            var second = comma < 0 ? [] : body[(comma + 1)..];
            return first.Length > 0 && first.ContainsOnlyDigits() && second.ContainsOnlyDigits();
        }

        private void SkipClass()
        {
            // [^...], []...] and escapes; a subtraction [a-z-[aeiou]] nests one level.
            if (Peek(0) == '^')
            {
                _at++;
            }

            if (Peek(0) == ']')
            {
                _at++;
            }

            while (!AtEnd)
            {
                var c = pattern[_at++];
                if (c == '\\')
                {
                    _at++;
                }
                else if (c == '[')
                {
                    SkipClass();
                }
                else if (c == ']')
                {
                    return;
                }
            }

            throw new NotSupportedException("an unfinished character class");
        }

        private char Peek(int ahead) => _at + ahead < pattern.Length ? pattern[_at + ahead] : '\0';

        private void Expect(char c)
        {
            if (AtEnd || pattern[_at] != c)
            {
                throw new NotSupportedException($"expected '{c}'");
            }

            _at++;
        }
    }

    private abstract record Atom
    {
        /// <summary>One plain character.</summary>
        public sealed record Literal(char Char) : Atom;

        /// <summary>A group whose matches hold one word of each of these sets.</summary>
        public sealed record Words(List<HashSet<string>> Clauses) : Atom;

        /// <summary>An anchor or word boundary: matches no characters.</summary>
        public sealed record ZeroWidth : Atom;

        /// <summary>Anything else: a class, a lookaround, a group with no words.</summary>
        public sealed record Other : Atom;
    }
}

internal static class SpanText
{
    public static bool ContainsOnlyWordCharacters(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return span.Length > 0;
    }

    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
