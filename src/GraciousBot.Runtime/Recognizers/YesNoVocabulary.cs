using System.Collections.Frozen;
using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Each language's yes/no phrases (<see cref="AnswerWords.YesNo"/> in the language's folder), compiled once, with the
/// language-neutral emoji and "ok" (<see cref="SymbolWords.YesNo"/>) added to every language.
/// </summary>
internal static class YesNoVocabulary
{
    /// <summary>One phrase set per language, each including the language-neutral emoji and "ok".</summary>
    public static FrozenDictionary<string, PhraseSet<Cue>> ByLanguage { get; } = LocaleRegistry.Packs
        .Where(pack => pack.Answers is not null)
        .ToFrozenDictionary(pack => pack.Code, pack => Build(pack.Answers!.YesNo), StringComparer.Ordinal);

    private static PhraseSet<Cue> Build(IReadOnlyList<CuePhrases> table)
    {
        // A phrase listed under several cues does all of them: merge before building.
        var cues = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var (cue, phrases) in LocaleRegistry.AnyLanguage.YesNo.Concat(table))
        {
            foreach (var phrase in TextNormalizer.List(phrases))
            {
                var key = (phrase.StartsWith('^') ? "^" : "") + TextNormalizer.Normalize(phrase) + (phrase.EndsWith('$') ? "$" : "");
                cues[key] = cues.GetValueOrDefault(key) | cue;
            }
        }

        return new PhraseSet<Cue>(cues.Select(pair => (pair.Key, pair.Value)));
    }
}
