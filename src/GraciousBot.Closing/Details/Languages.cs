using System.Text.RegularExpressions;
using GraciousBot.Locales;

namespace GraciousBot.Closing.Details;

/// <summary>The supported languages and how one is chosen for a text.</summary>
internal static partial class Languages
{
    /// <summary>The details reader of each language: English has its own; the others share one (see Other.cs).</summary>
    private static readonly Dictionary<string, Lazy<LanguagePack>> Readers = new(StringComparer.Ordinal)
    {
        ["en"] = new(English.Create),
        ["es"] = new(Other.Spanish),
        ["fr"] = new(Other.French),
        ["de"] = new(Other.German),
    };

    private static readonly Lazy<LanguagePack> EnglishPack = Readers["en"];

    public static IEnumerable<LanguagePack> All => Codes.Select(code => Readers[code].Value);

    /// <summary>The languages of <see cref="LocaleRegistry"/> that have a details reader, in its order.</summary>
    public static IReadOnlyList<string> Codes { get; } = LocaleRegistry.Codes.Where(Readers.ContainsKey).ToList();

    /// <summary>The pack for a locale ("es-MX" → es); English when unknown.</summary>
    public static LanguagePack ByLocale(string? locale) => LanguageOf(locale) is { } code ? Readers[code].Value : EnglishPack.Value;

    public static string? LanguageOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var code = locale.Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();
        return Codes.Contains(code) ? code : null;
    }

    /// <summary>The text's own language when it is clearly one of ours, else the locale's, else English.</summary>
    public static LanguagePack Choose(string text, string? locale)
    {
        var words = Word().Matches(text).Select(m => Sentence.Fold(m.Value)).ToList();
        var scores = All.Select(p => (Pack: p, Score: words.Count(p.Markers.Contains))).OrderByDescending(x => x.Score).ToList();
        var best = scores[0];
        var second = scores[1];
        var fromLocale = LanguageOf(locale) is null ? null : ByLocale(locale);
        if (best.Score >= 2 && best.Score >= second.Score * 1.5)
        {
            return best.Pack;
        }

        return fromLocale ?? (best.Score > 0 && best.Score > second.Score ? best.Pack : EnglishPack.Value);
    }

    /// <summary>
    /// The languages to read a text in: the chosen one, or — when the text gives no clear signal and there is no
    /// locale — every language, so a short "Me jubilo en diciembre" is still understood.
    /// </summary>
    public static IReadOnlyList<LanguagePack> Candidates(string text, string? locale)
    {
        var words = Word().Matches(text).Select(m => Sentence.Fold(m.Value)).ToList();
        var best = All.Max(p => words.Count(p.Markers.Contains));
        if (LanguageOf(locale) is not null || best >= 2)
        {
            return [Choose(text, locale)];
        }

        // English, plus any language the text shows at least one marker word of.
        return [EnglishPack.Value, .. All.Skip(1).Where(p => words.Any(p.Markers.Contains))];
    }

    /// <summary>The phrase vocabulary of a language, for the safety check.</summary>
    public static IReadOnlySet<string> PhraseWords(string? locale) => ByLocale(locale).Phrases.Words;

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
