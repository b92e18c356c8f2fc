using System.Text.RegularExpressions;
using GraciousBot.Locales;

namespace GraciousBot.Closing.Details;

/// <summary>
/// Reads a language's details words (<see cref="DetailWords"/> and <see cref="DateWords"/> in its folder of
/// GraciousBot.Locales) into the engine's types: kinds, flags and owners are written there by name.
/// </summary>
internal static class LocaleDetails
{
    public static DetailWords Words(string code) =>
        LocaleRegistry.For(code).Details ?? throw new InvalidOperationException($"Language '{code}' has no details words.");

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
