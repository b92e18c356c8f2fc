using System.Collections.Frozen;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Locales;

/// <summary>What the runtime knows about one language, by area. A missing area is null.</summary>
public sealed record LanguagePack(string Code, UnderstandingWords? Understanding)
{
    /// <summary>Areas a complete language has: the reading of a message and the recognizers' own tables.</summary>
    public static IReadOnlyList<string> Areas { get; } = ["understanding", "yesNo", "interruptions", "skip", "rating", "choice", "frustration"];

    /// <summary>The areas this language has no knowledge for yet (a new language starts with all of them).</summary>
    public IReadOnlyList<string> Missing() => Areas.Where(area => !LocaleRegistry.Has(Code, area)).ToList();
}

/// <summary>
/// The one list of languages GraciousBot understands, and where each language's knowledge lives: its folder
/// Languages/&lt;Language&gt;.cs for the reading of a message, and the recognizers' per-language tables. Adding a language
/// = a new file here, a row in <see cref="Packs"/>, its rows in the recognizers' tables, and dialogs/*.&lt;lang&gt;.lg.
/// The personal-detail vocabularies (Closing/Details) join later as another area (see README "Adding a language").
/// </summary>
public static class LocaleRegistry
{
    private static readonly FrozenDictionary<string, LanguagePack> ByCode = new[]
    {
        new LanguagePack(Recognizers.Languages.English, English.Understanding),
        new LanguagePack(Recognizers.Languages.Spanish, Spanish.Understanding),
        new LanguagePack(Recognizers.Languages.French, French.Understanding),
        new LanguagePack(Recognizers.Languages.German, German.Understanding),
    }.ToFrozenDictionary(pack => pack.Code, StringComparer.Ordinal);

    /// <summary>Every language, in <see cref="Recognizers.Languages.Supported"/> order.</summary>
    public static IReadOnlyList<LanguagePack> Packs { get; } = Recognizers.Languages.Supported.Select(code => ByCode[code]).ToList();

    /// <summary>The pack of a locale's language ("es-MX" → Spanish); English when the language is not supported.</summary>
    public static LanguagePack For(string? locale) => ByCode[Recognizers.Languages.Of(locale)];

    /// <summary>Whether <paramref name="code"/> has knowledge for <paramref name="area"/> (see <see cref="LanguagePack.Areas"/>).</summary>
    public static bool Has(string code, string area) => area switch
    {
        "understanding" => ByCode.TryGetValue(code, out var pack) && pack.Understanding is not null,
        "yesNo" => YesNoVocabulary.ByLanguage.ContainsKey(code),
        "interruptions" => InterruptionVocabulary.ByLanguage.ContainsKey(code),
        "skip" or "rating" or "choice" or "frustration" => MergedTables.Contains(code),
        _ => false,
    };

    /// <summary>Skip, rating, choice and frustration words are one table for all four languages (they do not collide).</summary>
    private static readonly FrozenSet<string> MergedTables = new[]
    {
        Recognizers.Languages.English, Recognizers.Languages.Spanish, Recognizers.Languages.French, Recognizers.Languages.German,
    }.ToFrozenSet(StringComparer.Ordinal);
}
