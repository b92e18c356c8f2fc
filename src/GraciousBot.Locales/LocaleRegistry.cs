using System.Collections.Frozen;

namespace GraciousBot.Locales;

/// <summary>
/// What GraciousBot knows about one language, by area: each area is one file in the language's folder
/// (English/Understanding.cs, English/Answers.cs...). A missing area is null; <see cref="LocaleGaps"/> lists what a
/// language lacks.
/// </summary>
public sealed record LanguagePack(string Code, string Name)
{
    /// <summary>The reading of a whole message: intents, stance, language (see <c>MessageReader</c>).</summary>
    public UnderstandingWords? Understanding { get; init; }

    /// <summary>The recognizers' words: yes/no, commands, ratings, choices, skipping, frustration.</summary>
    public AnswerWords? Answers { get; init; }

    /// <summary>The details reader's rules and vocabularies: trips, birthdays, losses... and how phrases name them.</summary>
    public DetailWords? Details { get; init; }

    /// <summary>Weekdays, months and relative dates, for the details reader; how a due date is written.</summary>
    public DateWords? Dates { get; init; }

    /// <summary>How customers are addressed: titles.</summary>
    public NameWords? Names { get; init; }
}

/// <summary>
/// The one list of languages GraciousBot understands, and the one place every consumer asks for a language's words
/// (the recognizers, the message reader and the details reader alike). Adding a language = a new folder beside
/// English/ with the same files translated, one row in <see cref="Packs"/>, and dialogs/*.&lt;lang&gt;.lg
/// (see README "Adding a language").
/// </summary>
public static class LocaleRegistry
{
    /// <summary>Every language, in the order used to break ties when the locale does not decide.</summary>
    public static IReadOnlyList<LanguagePack> Packs { get; } =
    [
        new("en", "English") { Understanding = English.Understanding, Answers = English.Answers, Details = English.Details, Dates = English.Dates, Names = English.Names },
        new("es", "Spanish") { Understanding = Spanish.Understanding, Answers = Spanish.Answers, Details = Spanish.Details, Dates = Spanish.Dates, Names = Spanish.Names },
        new("fr", "French") { Understanding = French.Understanding, Answers = French.Answers, Details = French.Details, Dates = French.Dates, Names = French.Names },
        new("de", "German") { Understanding = German.Understanding, Answers = German.Answers, Details = German.Details, Dates = German.Dates, Names = German.Names },
    ];

    /// <summary>The two-letter codes of <see cref="Packs"/>, in the same order.</summary>
    public static IReadOnlyList<string> Codes { get; } = Packs.Select(pack => pack.Code).ToList();

    /// <summary>Emoji, symbols and words that mean the same in every language.</summary>
    public static SymbolWords AnyLanguage { get; } = Locales.AnyLanguage.Answers;

    /// <summary>Surname particles from any language ("van", "de la"), for reading names.</summary>
    public static IReadOnlyList<string> NameParticles => Locales.AnyLanguage.NameParticles;

    private static readonly FrozenDictionary<string, LanguagePack> ByCode = Packs.ToFrozenDictionary(pack => pack.Code, StringComparer.Ordinal);

    /// <summary>"en-GB" → "en", "es_MX" → "es"; anything unsupported, null or empty → the first language ("en").</summary>
    public static string LanguageOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Codes[0];
        }

        var trimmed = locale.AsSpan().Trim();
        var end = trimmed.IndexOfAny('-', '_');
        var code = (end < 0 ? trimmed : trimmed[..end]).ToString().ToLowerInvariant();
        return ByCode.ContainsKey(code) ? code : Codes[0];
    }

    /// <summary>The pack of a locale's language ("es-MX" → Spanish); English when the language is not supported.</summary>
    public static LanguagePack For(string? locale) => ByCode[LanguageOf(locale)];

    /// <summary>Every language's words of one area, in <see cref="Packs"/> order, skipping languages that lack it.</summary>
    public static IEnumerable<T> All<T>(Func<LanguagePack, T?> area)
        where T : class => Packs.Select(area).OfType<T>();
}
