using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Number words, units and rating adjectives of every language together (<see cref="RatingWords"/> in each language's
/// folder, plus <see cref="SymbolWords"/>), compiled once: customers rate in any language whatever the locale.
/// </summary>
internal static class RatingVocabulary
{
    private static readonly RatingWords[] All = LocaleRegistry.All(pack => pack.Answers?.Rating).ToArray();

    private static readonly SymbolWords Symbols = LocaleRegistry.AnyLanguage;

    /// <summary>Number rows of every language merged by value, each value's words in language order.</summary>
    private static readonly (int Value, string Words)[] NumberRows = ValueRows.Merge(All.Select(words => words.Numbers));

    /// <summary>"one star", "une étoile", "ein Stern": articles that mean 1 only right before a unit.</summary>
    public static WordSet OneBeforeUnit { get; } = new(All.Select(words => words.OneBeforeUnit));

    /// <summary>"one" is a pronoun after these ("the best one", "this one"), not a rating.</summary>
    public static WordSet BeforePronounOne { get; } = new(All.Select(words => words.BeforePronounOne).OfType<string>());

    /// <summary>"très bien": the French intensifier folds to the Spanish "tres" (3).</summary>
    public static WordSet AfterFrenchTres { get; } = new(All.Select(words => words.AfterTres).OfType<string>());

    public static WordSet Units { get; } = new(All.Select(words => words.Units).Append(Symbols.StarUnits));

    /// <summary>Units that make a number something other than a rating: "waited 30 minutes", "2 days".</summary>
    public static WordSet OtherUnits { get; } = new(All.Select(words => words.OtherUnits));

    /// <summary>Words that make a number a school grade (1 the best, 6 the worst) in any closing ("Schulnote").</summary>
    public static WordSet SchoolGradeWords { get; } = new(All.Select(words => words.SchoolGrade).OfType<string>());

    /// <summary>Words that make a number a school grade in a closing in their own language only (German "Note 2").</summary>
    public static IReadOnlyDictionary<string, WordSet> GradeWordsByLanguage { get; } = LocaleRegistry.Packs
        .Where(pack => pack.Answers?.Rating.Grade is not null)
        .ToDictionary(pack => pack.Code, pack => new WordSet(pack.Answers!.Rating.Grade!), StringComparer.Ordinal);

    /// <summary>Number words of four letters or more mistyped: two neighbouring letters swapped ("fiev") or a letter
    /// doubled ("cuatrro"); looked up squeezed (doubled letters made single).</summary>
    public static IReadOnlyDictionary<string, int> MistypedNumbers { get; } = NumberRows
        .SelectMany(row => TextNormalizer.List(row.Words).Select(word => (row.Value, Word: TextNormalizer.Normalize(word))))
        .Where(entry => entry.Word.Length >= 4 && entry.Value is >= 1 and <= 10)
        .SelectMany(entry => Enumerable.Range(0, entry.Word.Length - 1)
            .Select(i => string.Concat(entry.Word.AsSpan(0, i), entry.Word.AsSpan(i + 1, 1), entry.Word.AsSpan(i, 1), entry.Word.AsSpan(i + 2)))
            .Append(entry.Word)
            .Select(typo => (entry.Value, Typo: TextNormalizer.Squeeze(typo))))
        .GroupBy(entry => entry.Typo, StringComparer.Ordinal)
        .Where(group => group.Select(entry => entry.Value).Distinct().Count() == 1)
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    /// <summary>Filled stars; "☆" (empty) is not counted.</summary>
    public static WordSet StarSymbols { get; } = new(Symbols.Stars);

    /// <summary>Between the two numbers of a fraction: "4/5", "4 out of 5", "4 de 5", "4 sur 5", "4 von 5".</summary>
    public static PhraseSet<bool> FractionConnectors { get; } = PhraseSet.Of(All.Select(words => words.FractionConnectors).Prepend(Symbols.FractionConnectors).ToArray());

    public static PhraseSet<bool> PercentWords { get; } = PhraseSet.Of(All.Select(words => words.PercentWords).Prepend(Symbols.PercentWords).ToArray());

    public static WordSet Negators { get; } = new(All.Select(words => words.Negators));

    public static IReadOnlyDictionary<string, int> Numbers { get; } = NumberRows
        .SelectMany(row => TextNormalizer.List(row.Words).Select(word => (Word: TextNormalizer.Normalize(word), row.Value)))
        .DistinctBy(entry => entry.Word) // "zero" and "zéro" fold to one word
        .ToDictionary(entry => entry.Word, entry => entry.Value, StringComparer.Ordinal);

    /// <summary>
    /// Adjectives and emoji on a 1-5 scale (rescaled when the prompt's maximum is not 5). Negated forms that mean
    /// something else are listed as phrases ("not bad" = 3, "pas terrible" = 2); other negated adjectives are ignored.
    /// </summary>
    public static PhraseSet<int> Adjectives { get; } = new(All.SelectMany(words => words.Adjectives).Concat(Symbols.RatingEmoji)
        .SelectMany(row => TextNormalizer.List(row.Phrases).Select(phrase => (phrase, row.Value))));
}
