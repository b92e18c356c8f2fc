using System.Text.RegularExpressions;
using GraciousBot.Locales;

namespace GraciousBot.Closing.Details;

/// <summary>
/// Reads a language's details words (<see cref="DetailWords"/> and <see cref="DateWords"/> in its folder of
/// GraciousBot.Locales) into the engine's types: kinds, flags and owners are written there by name.
/// </summary>
internal static partial class LocaleDetails
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DetailWords> Read = new(StringComparer.Ordinal);

    /// <summary>A language's details words, its typos extended by the bare spellings of its accented words (see <see cref="BareSpellings"/>).</summary>
    public static DetailWords Words(string code) => Read.GetOrAdd(code, static code =>
    {
        var words = LocaleRegistry.For(code).Details ?? throw new InvalidOperationException($"Language '{code}' has no details words.");
        return words with { Typos = BareSpellings(words) };
    });

    /// <summary>
    /// Customers type without accents or umlauts ("murio", "decede", "zurueck", "fuer"): every accented word the rules
    /// use is also read in its bare spellings (accents dropped; ä/ö/ü also as ae/oe/ue, ß as ss), unless that spelling
    /// is itself a word of the rules ("esta" stays "esta", not "está") or two accented words share it. Written typos win.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BareSpellings(DetailWords words)
    {
        var sources = words.Rules.Select(r => r.Pattern).Concat(words.Suppressors.Select(s => s.Pattern))
            .Concat([words.Holidays, words.GoneWrong, words.Tense, words.Conditional, words.Irrealis, words.Habitual, words.GenericQuestion])
            .Concat(words.Relations.Keys).Concat(words.Typos.Keys).Concat(words.Typos.Values).Concat(words.Markers)
            .Concat(words.Negators).Concat(words.ClauseBoundaries).Concat(words.NegationReleasers);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (Match m in LetterRun().Matches(source))
            {
                vocabulary.Add(m.Value.ToLowerInvariant());
            }
        }

        var bare = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in vocabulary.Where(w => w.Any(c => c > 127)))
        {
            foreach (var spelling in Spellings(word).Where(s => s != word && !vocabulary.Contains(s)))
            {
                (bare.TryGetValue(spelling, out var candidates) ? candidates : bare[spelling] = []).Add(word);
            }
        }

        // Where two accented words share a bare spelling ("demenage": déménage, déménagé), the one with fewer accents
        // is read (the plainer form, usually the present); a tie is left unread.
        var typos = new Dictionary<string, string>(words.Typos, StringComparer.Ordinal);
        foreach (var (spelling, candidates) in bare)
        {
            var ranked = candidates.Distinct().OrderBy(Accents).ThenBy(w => w, StringComparer.Ordinal).ToList();
            if (ranked.Count == 1 || Accents(ranked[0]) < Accents(ranked[1]))
            {
                typos.TryAdd(spelling, ranked[0]);
                foreach (var elided in Elisions)
                {
                    typos.TryAdd(elided + spelling, elided + ranked[0]);
                }
            }
        }

        return typos;
    }

    /// <summary>French elisions typed onto a word ("d'emmenager"), which reach the reader as one word.</summary>
    private static readonly string[] Elisions = ["d'", "l'", "s'", "j'", "m'", "n'", "t'", "c'", "qu'"];

    private static int Accents(string word) => word.Count(c => c > 127);

    private static IEnumerable<string> Spellings(string word)
    {
        var umlauts = word.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var stripped = new string(word.Replace("ß", "ss", StringComparison.Ordinal).Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        return umlauts == stripped ? [stripped] : [umlauts, stripped];
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LetterRun();

    public static Locales.DateWords Dates(string code) =>
        LocaleRegistry.For(code).Dates ?? throw new InvalidOperationException($"Language '{code}' has no date words.");

    public static DetailKind Kind(string name) => Enum.Parse<DetailKind>(name);

    /// <summary>"DateAdjacent | Past" → the flags; none when empty.</summary>
    public static RuleFlags Flags(string? names) =>
        string.IsNullOrEmpty(names) ? RuleFlags.None : Enum.Parse<RuleFlags>(names.Replace('|', ','));

    public static List<DetailRule> Rules(DetailWords words, Func<string, Regex> rx) =>
        words.Rules.Select(rule => new DetailRule(Kind(rule.Kind), rx(rule.Pattern), Flags(rule.Flags), rule.Noun)).ToList();

    public static List<(DetailKind? Kind, Regex Pattern)> Suppressors(DetailWords words, Func<string, Regex> rx) =>
        words.Suppressors.Select(s => (s.Kind is null ? (DetailKind?)null : Kind(s.Kind), rx(s.Pattern))).ToList();

    public static Dictionary<string, DetailOwner> Owners(DetailWords words) =>
        words.RelationOwners.ToDictionary(pair => pair.Key, pair => Enum.Parse<DetailOwner>(pair.Value), StringComparer.Ordinal);

    public static HashSet<string> Set(IEnumerable<string>? words, StringComparer? comparer = null) =>
        new(words ?? [], comparer ?? StringComparer.Ordinal);

    public static Dictionary<string, string> Map(IReadOnlyDictionary<string, string>? words) =>
        new(words ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    /// <summary>Written noun → vocabulary noun per kind, from "holidays:holiday" entries ("trip" alone is itself).</summary>
    public static Dictionary<DetailKind, IReadOnlyDictionary<string, string>> Nouns(DetailWords words) =>
        words.PhraseNouns.ToDictionary(pair => Kind(pair.Key), pair => (IReadOnlyDictionary<string, string>)Entries(pair.Value));

    public static Dictionary<DetailKind, string> Defaults(DetailWords words) =>
        words.DefaultNouns.ToDictionary(pair => Kind(pair.Key), pair => pair.Value);

    private static Dictionary<string, string> Entries(IEnumerable<string> entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                map[entry] = entry;
            }
            else
            {
                map[entry[..colon]] = entry[(colon + 1)..];
            }
        }

        return map;
    }
}
