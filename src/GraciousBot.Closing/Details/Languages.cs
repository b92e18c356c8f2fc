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

    /// <summary>
    /// The same as <see cref="Candidates"/>, with the text's words read once and counted without queries (it runs
    /// for every utterance): the locale's language unless the text clearly is another, or every language the text
    /// shows a marker word of when there is no locale and no clear signal.
    /// </summary>
    public static IReadOnlyList<LanguagePack> CandidatesOnce(string text, string? locale)
    {
        var packs = Packs.Value;
        var markers = MarkerLookups.Value;
        Span<int> scores = stackalloc int[packs.Length];
        foreach (var m in Word().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            if (span.IndexOfAnyExcept(PlainLower) < 0)
            {
                // a–z and straight apostrophes only: the word is its own folded form, looked up without a string.
                for (var p = 0; p < packs.Length; p++)
                {
                    scores[p] += markers[p] is { } lookup ? (lookup.Contains(span) ? 1 : 0) : (packs[p].Markers.Contains(span.ToString()) ? 1 : 0);
                }

                continue;
            }

            var word = Sentence.Fold(text.Substring(m.Index, m.Length));
            for (var p = 0; p < packs.Length; p++)
            {
                scores[p] += packs[p].Markers.Contains(word) ? 1 : 0;
            }
        }

        // As Choose: the first language with the best score (the order of Codes on ties), against the best of the others.
        var best = 0;
        for (var p = 1; p < packs.Length; p++)
        {
            best = scores[p] > scores[best] ? p : best;
        }

        var second = -1;
        for (var p = 0; p < packs.Length; p++)
        {
            second = p != best && scores[p] > second ? scores[p] : second;
        }

        var fromLocale = LocaleLanguage(locale);
        if (fromLocale is not null || scores[best] >= 2)
        {
            if (scores[best] >= 2 && scores[best] >= second * 1.5)
            {
                return [packs[best]];
            }

            return [fromLocale ?? (scores[best] > 0 && scores[best] > second ? packs[best] : EnglishPack.Value)];
        }

        // English, plus any language the text shows at least one marker word of.
        var candidates = new List<LanguagePack> { EnglishPack.Value };
        for (var p = 1; p < packs.Length; p++)
        {
            if (scores[p] > 0)
            {
                candidates.Add(packs[p]);
            }
        }

        return candidates;
    }

    /// <summary>The languages with a reader, in the order of <see cref="Codes"/>.</summary>
    private static readonly Lazy<LanguagePack[]> Packs = new(() => [.. All]);

    /// <summary>Each language's marker words, looked up by a span of text where the set allows it.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>?[]> MarkerLookups = new(() =>
    [
        .. Packs.Value.Select(p => p.Markers is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup
            : (HashSet<string>.AlternateLookup<ReadOnlySpan<char>>?)null),
    ]);

    private static readonly System.Buffers.SearchValues<char> PlainLower = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz'");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguagePack?> LocalePacks = new(StringComparer.Ordinal);

    /// <summary>The pack of a locale's language, or null when the locale names none of ours (kept for the first locale strings seen).</summary>
    private static LanguagePack? LocaleLanguage(string? locale)
    {
        if (locale is null)
        {
            return null;
        }

        if (LocalePacks.TryGetValue(locale, out var known))
        {
            return known;
        }

        var pack = LanguageOf(locale) is null ? null : ByLocale(locale);
        if (LocalePacks.Count < 64)
        {
            LocalePacks.TryAdd(locale, pack);
        }

        return pack;
    }

    /// <summary>The phrase vocabulary of a language, for the safety check.</summary>
    public static IReadOnlySet<string> PhraseWords(string? locale) => ByLocale(locale).Phrases.Words;

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
