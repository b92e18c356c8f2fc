using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>The supported languages and how one is chosen for a text.</summary>
internal static partial class Languages
{
    private static readonly Lazy<LanguagePack> EnglishPack = new(English.Create);
    private static readonly Lazy<LanguagePack> SpanishPack = new(Other.Spanish);
    private static readonly Lazy<LanguagePack> FrenchPack = new(Other.French);
    private static readonly Lazy<LanguagePack> GermanPack = new(Other.German);

    public static IEnumerable<LanguagePack> All => [EnglishPack.Value, SpanishPack.Value, FrenchPack.Value, GermanPack.Value];

    public static IReadOnlyList<string> Codes { get; } = ["en", "es", "fr", "de"];

    /// <summary>The pack for a locale ("es-MX" → es); English when unknown.</summary>
    public static LanguagePack ByLocale(string? locale) => LanguageOf(locale) switch
    {
        "es" => SpanishPack.Value,
        "fr" => FrenchPack.Value,
        "de" => GermanPack.Value,
        _ => EnglishPack.Value,
    };

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
