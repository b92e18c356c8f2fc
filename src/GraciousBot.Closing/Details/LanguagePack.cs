using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>How a rule's match is read.</summary>
[Flags]
internal enum RuleFlags
{
    None = 0,

    /// <summary>A possessive noun phrase ("my trip", "our wedding"): it presupposes the thing exists, so "if" does not cancel it.</summary>
    Presupposed = 1,

    /// <summary>Fires only when the sentence also has a date expression ("an interview on Monday").</summary>
    RequiresDate = 2,

    /// <summary>The place group is required and must validate against the gazetteer (not just capital letters).</summary>
    StrictPlace = 4,

    /// <summary>The place group is required and may be any validated proper noun.</summary>
    NeedsPlace = 8,

    /// <summary>A "was born" kind of statement: only recent dates count.</summary>
    RecentOnly = 16,

    /// <summary>Something achieved ("ran the marathon"): celebrate rather than wish well.</summary>
    Achievement = 32,

    /// <summary>The rule itself says something went wrong ("had to cancel our trip").</summary>
    GoneWrong = 64,

    /// <summary>A newly arrived pet or similar happy news.</summary>
    Celebrate = 128,

    /// <summary>A test or exam still to come: wish well rather than celebrate.</summary>
    WishWell = 256,

    /// <summary>A statement in the present ("it's my birthday"): ongoing unless a date says otherwise.</summary>
    Present = 512,

    /// <summary>A statement in the past ("just got back from"): past unless a date says otherwise.</summary>
    Past = 1024,

    /// <summary>A plan ("booked a trip", "expecting a baby"): future unless a date says otherwise.</summary>
    Future = 2048,

    /// <summary>A bare noun opening a terse message ("exams next week"): fires only with a date right after it.</summary>
    DateAdjacent = 4096,
}

/// <summary>
/// One pattern over a normalized sentence. Named groups: <c>trig</c> (the trigger words, for negation and
/// modifier checks), <c>rel</c> (a relation word), <c>self</c>, <c>name</c> (a first name before 's),
/// <c>place</c> (first word of a place), <c>ord</c> (an ordinal), <c>noun</c> (a vocabulary noun), <c>n</c> (a number).
/// </summary>
internal sealed record DetailRule(DetailKind Kind, Regex Pattern, RuleFlags Flags = RuleFlags.None, string? Noun = null)
{
    public bool Has(RuleFlags flag) => (Flags & flag) == flag;
}

/// <summary>
/// A date expression found in a sentence: its token span and what it resolves to. Some expressions point either
/// way ("on Friday"): <see cref="Ahead"/> is the reading if the sentence speaks of the future, <see cref="Behind"/>
/// if it speaks of the past. <see cref="Timing"/> is set when the words fix it ("tonight", "last week").
/// </summary>
internal sealed record DateCue(int From, int To, DateOnly? Ahead, DateOnly? Behind, DetailTiming? Timing)
{
    public static DateCue Fixed(int from, int to, DateOnly date) => new(from, to, date, date, null);
}

/// <summary>A tense or aspect cue: a word that says future, past or ongoing; progressive forms depend on the kind.</summary>
internal sealed record TenseCue(int From, int To, DetailTiming Timing, bool Strong, bool Progressive = false)
{
    /// <summary>
    /// The cues a language's tense pattern finds. Its named groups are top-level alternatives, so one succeeds per
    /// match: fut/past/ong are strong cues, wfut/wpast/wong weak ones; <paramref name="other"/> reads any
    /// language-specific group (or returns null to ignore the match).
    /// </summary>
    public static IEnumerable<TenseCue> Read(Sentence sentence, Regex pattern, Func<Match, int, int, TenseCue?>? other = null)
    {
        foreach (Match m in Alternatives.Matches(pattern, sentence.Text))
        {
            var from = sentence.TokenAt(m.Index);
            var to = sentence.TokenAt(m.Index + m.Length - 1) + 1;
            TenseCue? cue = true switch
            {
                _ when m.Groups["fut"].Success => new(from, to, DetailTiming.Future, true),
                _ when m.Groups["wfut"].Success => new(from, to, DetailTiming.Future, false),
                _ when m.Groups["past"].Success => new(from, to, DetailTiming.Past, true),
                _ when m.Groups["wpast"].Success => new(from, to, DetailTiming.Past, false),
                _ when m.Groups["ong"].Success => new(from, to, DetailTiming.Ongoing, true),
                _ when m.Groups["wong"].Success => new(from, to, DetailTiming.Ongoing, false),
                _ => other?.Invoke(m, from, to),
            };
            if (cue is not null)
            {
                yield return cue;
            }
        }
    }
}

/// <summary>
/// Everything language-specific the extractor needs: the rules, the vocabularies around them (negation,
/// hypotheticals, habits, tense, things going wrong, look-alikes), dates, and how to write a safe phrase.
/// </summary>
internal sealed class LanguagePack
{
    public required string Code { get; init; }

    public required IReadOnlyList<DetailRule> Rules { get; init; }

    /// <summary>Single-token typo fixes and expansions ("tmrw" → "tomorrow", "im" → "i'm").</summary>
    public required IReadOnlyDictionary<string, string> Typos { get; init; }

    /// <summary>Longer trigger words that a one-letter slip should still reach ("birthdya" → "birthday").</summary>
    public IReadOnlyList<string> FuzzyTargets { get; init; } = [];

    /// <summary>Real words that are one letter away from a fuzzy target and must be left alone.</summary>
    public IReadOnlySet<string> FuzzyExceptions { get; init; } = new HashSet<string>();

    public required IReadOnlySet<string> Negators { get; init; }

    /// <summary>Words after a negator that undo it ("can't wait", "not sure").</summary>
    public required IReadOnlySet<string> NegationReleasers { get; init; }

    /// <summary>Words that end the scope of a negation or a hypothetical, scanning back from the trigger.</summary>
    public required IReadOnlySet<string> ClauseBoundaries { get; init; }

    /// <summary>Conditionals and modals: cancel a non-presupposed trigger in their clause ("if I travel").</summary>
    public required Regex Conditional { get; init; }

    /// <summary>Irrealis: cancels any trigger in its clause ("someday", "my dream trip").</summary>
    public required Regex Irrealis { get; init; }

    /// <summary>Habits and generic statements ("when I travel", "every year"): cancel unless a date is given.</summary>
    public required Regex Habitual { get; init; }

    /// <summary>Generic questions about the product or policy ("can I use it abroad?").</summary>
    public required Regex GenericQuestion { get; init; }

    /// <summary>Words that, right after a trigger, make it a product, policy, setting or account field.</summary>
    public required IReadOnlySet<string> LookalikeModifiers { get; init; }

    /// <summary>Words that, right after a non-possessive trigger, make it a product ("wedding dress", "birthday card").</summary>
    public IReadOnlySet<string> ProductModifiers { get; init; } = new HashSet<string>();

    /// <summary>Patterns that cancel an overlapping trigger of a kind: account data, devices that "died", "sick of".</summary>
    public required IReadOnlyList<(DetailKind? Kind, Regex Pattern)> Suppressors { get; init; }

    /// <summary>Capitalized words that mark a product name ("Deluxe", "Pro", "Edition").</summary>
    public required IReadOnlySet<string> ProductCues { get; init; }

    public required Regex GoneWrong { get; init; }

    public required Func<Sentence, IEnumerable<TenseCue>> Tense { get; init; }

    public required Func<Sentence, DateOnly, IReadOnlyList<DateCue>> Dates { get; init; }

    /// <summary>Relation word as typed (normalized) → vocabulary key.</summary>
    public required IReadOnlyDictionary<string, string> Relations { get; init; }

    /// <summary>Relation vocabulary key → whose event it is (child, partner, parent, pet); any other relation is "other".</summary>
    public IReadOnlyDictionary<string, DetailOwner> RelationOwners { get; init; } = new Dictionary<string, DetailOwner>();

    /// <summary>Whose detail it is: the customer's own when no relation was said.</summary>
    public DetailOwner OwnerOf(string? relation, DetailKind kind) =>
        relation is null ? (kind == DetailKind.Pet ? DetailOwner.Pet : DetailOwner.Customer)
        : RelationOwners.TryGetValue(relation, out var owner) ? owner
        : DetailOwner.Other;

    /// <summary>Written noun → vocabulary noun, per kind; a noun not listed falls back to the kind's default.</summary>
    public required PhraseBook Phrases { get; init; }

    /// <summary>Function words that mark the language, for detecting it from text.</summary>
    public required IReadOnlySet<string> Markers { get; init; }

    /// <summary>Normalizes one word as typed into zero or more normalized tokens, added to <paramref name="into"/> with the word.</summary>
    public void Normalize(string original, List<(string Original, string Norm)> into)
    {
        if (original == "\n")
        {
            return;
        }

        if (original == PiiPatterns.Mask)
        {
            into.Add((original, "piimask"));
            return;
        }

        var folded = Sentence.Fold(original);
        if (folded.EndsWith("'s", StringComparison.Ordinal) && !Typos.ContainsKey(folded) && Typos.TryGetValue(folded[..^2], out var baseWord) && !baseWord.Contains(' ', StringComparison.Ordinal))
        {
            // "gf's" → "girlfriend's", "hubby's" → "husband's"
            into.Add((original, baseWord + "'s"));
            return;
        }

        if (Typos.TryGetValue(folded, out var fixedWord))
        {
            foreach (var part in fixedWord.Split(' '))
            {
                into.Add((original, part));
            }

            return;
        }

        if (folded.Length >= 7 && !FuzzyExceptions.Contains(folded) && !FuzzyTargets.Contains(folded) && AllLetters(folded))
        {
            foreach (var target in FuzzyTargets)
            {
                if (target != folded && Math.Abs(target.Length - folded.Length) <= 1 && EditDistance.AtMostOne(folded, target))
                {
                    into.Add((original, target));
                    return;
                }
            }
        }

        into.Add((original, folded));
    }

    private static bool AllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Helpers for writing rule patterns.</summary>
internal static class RulePatterns
{
    /// <summary>
    /// Makes every "not followed by one of these words" group <c>(?!\s+(?:a|b))</c> match whole words only, so
    /// "(?!\s+(?:the))" does not also reject "there".
    /// </summary>
    public static string WholeWordLookaheads(string pattern)
    {
        const string Opening = @"(?!\s+(?:";
        var result = new System.Text.StringBuilder(pattern.Length + 16);
        var i = 0;
        while (i < pattern.Length)
        {
            var at = pattern.IndexOf(Opening, i, StringComparison.Ordinal);
            if (at < 0)
            {
                result.Append(pattern, i, pattern.Length - i);
                break;
            }

            var start = at + Opening.Length;
            result.Append(pattern, i, start - i);
            var depth = 1;
            var j = start;
            for (; j < pattern.Length && depth > 0; j++)
            {
                if (pattern[j] == '\\')
                {
                    j++;
                    continue;
                }

                depth += pattern[j] == '(' ? 1 : pattern[j] == ')' ? -1 : 0;
            }

            // j is just past the ')' closing the (?: group.
            result.Append(pattern, start, j - start).Append(@"\b");
            i = j;
        }

        return result.ToString();
    }
}

/// <summary>Damerau-Levenshtein distance ≤ 1, without allocating.</summary>
internal static class EditDistance
{
    public static bool AtMostOne(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            var first = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    if (first < 0)
                    {
                        first = i;
                    }
                    else
                    {
                        // One transposition of neighbours.
                        return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a[(i + 1)..] == b[(i + 1)..];
                    }
                }
            }

            return true;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1)
        {
            return false;
        }

        var skip = false;
        for (int i = 0, j = 0; i < shorter.Length; i++, j++)
        {
            if (shorter[i] != longer[j])
            {
                if (skip)
                {
                    return false;
                }

                skip = true;
                i--;
            }
        }

        return true;
    }
}
