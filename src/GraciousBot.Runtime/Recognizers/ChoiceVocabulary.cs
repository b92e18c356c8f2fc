using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Ordinals, numbers and filler words for picking a choice (<see cref="ChoiceWords"/> in each language's folder), all
/// languages together (they do not collide). Positions count from 1; <see cref="Last"/> and <see cref="SecondToLast"/>
/// count from the end.
/// </summary>
internal static class ChoiceVocabulary
{
    public const int Last = ChoiceWords.Last;
    public const int SecondToLast = ChoiceWords.SecondToLast;

    private static readonly ChoiceWords[] All = LocaleRegistry.All(pack => pack.Answers?.Choice).ToArray();

    /// <summary>Words that say "this one" around the real answer; dropped before matching.</summary>
    public static WordSet Fillers { get; } = new(All.Select(words => words.Fillers));

    /// <summary>Words after which a number word names a position: "option two", "número dos".</summary>
    public static WordSet NumberIntroducers { get; } = new(All.Select(words => words.NumberIntroducers));

    /// <summary>Words that refuse a choice rather than pick one: "not the first one", "none", "neither".</summary>
    public static WordSet Refusals { get; } = new(All.Select(words => words.Refusals));

    /// <summary>"no"/"non"/"nein": an interjection before a comma ("no, the second"), a refusal before a word ("no la primera").</summary>
    public static WordSet RefusalsBeforeAWord { get; } = new(All.Select(words => words.RefusalsBeforeAWord));

    public static PhraseSet<int> OrdinalPhrases { get; } = new(All
        .SelectMany(words => words.Ordinals)
        .SelectMany(row => TextNormalizer.List(row.Phrases).Select(phrase => (phrase, row.Value))));

    /// <summary>Numbers written as words, accepted when they are the whole answer or follow "option"/"number".</summary>
    public static PhraseSet<int> CardinalPhrases { get; } = new(ValueRows.Merge(All.Select(words => words.Cardinals))
        .SelectMany(row => TextNormalizer.List(row.Words).Select(phrase => (phrase, row.Value))));
}
