using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>The languages the recognizers understand (<see cref="LocaleRegistry"/>), and how a channel locale maps onto one of them.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";
    public const string French = "fr";
    public const string German = "de";

    /// <summary>Two-letter codes, in the order used to break ties when the locale does not decide.</summary>
    public static IReadOnlyList<string> Supported => LocaleRegistry.Codes;

    /// <summary>"en-GB" → "en", "es_MX" → "es"; anything unsupported, null or empty → "en".</summary>
    public static string Of(string? locale) => LocaleRegistry.LanguageOf(locale);

    /// <summary>The locale's language first, then the others in <see cref="Supported"/> order.</summary>
    internal static IReadOnlyList<string> PreferenceOrder(string? locale) => Orders[Of(locale)];

    private static readonly Dictionary<string, string[]> Orders = Supported.ToDictionary(
        language => language,
        language => Supported.Where(other => other != language).Prepend(language).ToArray());
}
