namespace GraciousBot.Locales;

/// <summary>
/// What one language needs to hear personal details (a trip, a birthday, a loss...) and to name them back safely:
/// the rules as regular-expression sources in priority order, and the vocabularies around them. Kinds, flags and
/// owners are written as the names of the details engine's values ("Birthday", "DateAdjacent | Past", "Child"), so
/// this project needs nothing of the engine; the engine reads them once and fails loudly on a wrong name.
/// Placeholders in patterns: {REL} (relation words), {HOL} (holidays), {PLACE}; English also {POSSREL}, {OWNER},
/// {ORD}, {BE}. A nullable list is a quirk of some languages only.
/// </summary>
public sealed record DetailWords
{
    /// <summary>Rules in priority order: earlier rules claim their trigger words first.</summary>
    public required IReadOnlyList<DetailRuleSource> Rules { get; init; }

    /// <summary>Relation word as typed (normalized) → vocabulary key ("hubby" → "husband").</summary>
    public required IReadOnlyDictionary<string, string> Relations { get; init; }

    /// <summary>Relation vocabulary key → whose event it is ("Child", "Partner", "Parent", "Pet"); others are "Other".</summary>
    public required IReadOnlyDictionary<string, string> RelationOwners { get; init; }

    /// <summary>Holidays as a pattern alternation, longest first where one starts another ("christmas eve|christmas").</summary>
    public required string Holidays { get; init; }

    /// <summary>Holiday as written → how a phrase names it ("xmas" → "Christmas").</summary>
    public required IReadOnlyDictionary<string, string> HolidayNames { get; init; }

    /// <summary>Single-token typo fixes and expansions ("tmrw" → "tomorrow", "im" → "i'm").</summary>
    public required IReadOnlyDictionary<string, string> Typos { get; init; }

    /// <summary>Longer trigger words that a one-letter slip should still reach ("birthdya" → "birthday").</summary>
    public required IReadOnlyList<string> FuzzyTargets { get; init; }

    /// <summary>Real words one letter away from a fuzzy target that must be left alone.</summary>
    public IReadOnlyList<string>? FuzzyExceptions { get; init; }

    public required IReadOnlyList<string> Negators { get; init; }

    /// <summary>Words after a negator that undo it ("can't wait", "not sure").</summary>
    public required IReadOnlyList<string> NegationReleasers { get; init; }

    /// <summary>Words that end the scope of a negation or a hypothetical, scanning back from the trigger.</summary>
    public required IReadOnlyList<string> ClauseBoundaries { get; init; }

    /// <summary>Conditionals and modals: cancel a non-presupposed trigger in their clause ("if I travel").</summary>
    public required string Conditional { get; init; }

    /// <summary>Irrealis: cancels any trigger in its clause ("someday", "my dream trip").</summary>
    public required string Irrealis { get; init; }

    /// <summary>Habits and generic statements ("when I travel", "every year"): cancel unless a date is given.</summary>
    public required string Habitual { get; init; }

    /// <summary>Generic questions about the product or policy ("can I use it abroad?").</summary>
    public required string GenericQuestion { get; init; }

    /// <summary>Words that, right after a trigger, make it a product, policy, setting or account field.</summary>
    public required IReadOnlyList<string> LookalikeModifiers { get; init; }

    /// <summary>Words that, right after a non-possessive trigger, make it a product ("wedding dress").</summary>
    public required IReadOnlyList<string> ProductModifiers { get; init; }

    /// <summary>Patterns that cancel an overlapping trigger of a kind (or of any kind): account data, devices that "died".</summary>
    public required IReadOnlyList<SuppressorSource> Suppressors { get; init; }

    /// <summary>Capitalized words that mark a product name ("Deluxe", "Pro", "Edition").</summary>
    public required IReadOnlyList<string> ProductCues { get; init; }

    /// <summary>Something went wrong: groups "strong" and "weak".</summary>
    public required string GoneWrong { get; init; }

    /// <summary>Tense and aspect cues: groups fut/past/ong (strong), wfut/wpast/wong (weak).</summary>
    public required string Tense { get; init; }

    /// <summary>Function words that mark the language, for detecting it from text.</summary>
    public required IReadOnlyList<string> Markers { get; init; }

    /// <summary>Written noun → vocabulary noun, per kind: "holidays:holiday" ("trip" alone is itself).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> PhraseNouns { get; init; }

    /// <summary>Each kind's noun when none was said ("Travel" → "trip").</summary>
    public required IReadOnlyDictionary<string, string> DefaultNouns { get; init; }

    /// <summary>The fixed words of this language's phrases ("your", "new", "trip"), for the safety check.</summary>
    public required IReadOnlyList<string> PhraseWords { get; init; }

    /// <summary>How a phrase says the customer's own ("your", "su", "votre", "Ihr"), before a noun.</summary>
    public required string SelfPossessive { get; init; }

    /// <summary>Words that make a place an address ("street", "calle", "rue", "Straße"), never a place to wish well.</summary>
    public required IReadOnlyList<string> StreetWords { get; init; }

    /// <summary>Articles that may stand before a place name ("the", "la", "le", "die").</summary>
    public required IReadOnlyList<string> PlaceArticles { get; init; }

    /// <summary>English: plural relations ("parents", "kids") take "your parents'" rather than "'s".</summary>
    public IReadOnlyList<string>? PluralRelations { get; init; }

    /// <summary>English: ordinals as a pattern alternation ("1st|first|...").</summary>
    public string? Ordinals { get; init; }

    /// <summary>English: ordinal words by value, from "zeroth".</summary>
    public IReadOnlyList<string>? OrdinalWords { get; init; }

    /// <summary>English: ordinals past "twentieth" by value ("twenty-first" → 21).</summary>
    public IReadOnlyDictionary<string, int>? LargeOrdinals { get; init; }

    /// <summary>English: pattern pieces its rules use as placeholders: {POSSREL} (a possessive and a relation word,
    /// itself using {REL}), {OWNER} (whose, using {POSSREL}), {BE} (forms of "to be").</summary>
    public IReadOnlyDictionary<string, string>? Placeholders { get; init; }

    /// <summary>English: past participles that are adjectives, not the past ("excited", "married").</summary>
    public IReadOnlyList<string>? NotPast { get; init; }

    /// <summary>English: nouns ending in -ing that are not the progressive ("wedding", "morning").</summary>
    public IReadOnlyList<string>? IngNouns { get; init; }

    /// <summary>English: events the customer takes part in ("my exams", "my interview").</summary>
    public IReadOnlyList<string>? PersonalEvents { get; init; }

    /// <summary>French: place → its preposition ("Canada" → "au").</summary>
    public IReadOnlyDictionary<string, string>? PlacePrepositions { get; init; }

    /// <summary>German: relation → its genitive form.</summary>
    public IReadOnlyDictionary<string, string>? Genitive { get; init; }

    /// <summary>
    /// French: articles that elide into the next word ("l'", "d'"); a phrase word starting with one of
    /// <see cref="ElisionInitials"/> is also allowed with them in front ("l'anniversaire").
    /// </summary>
    public IReadOnlyList<string>? ElidedArticles { get; init; }

    /// <summary>The first letters before which <see cref="ElidedArticles"/> elide.</summary>
    public string? ElisionInitials { get; init; }
}

/// <summary>One details rule: the kind it finds ("Birthday"), its pattern, its flags ("DateAdjacent | Past") and noun.</summary>
public sealed record DetailRuleSource(string Kind, string Pattern, string? Flags = null, string? Noun = null);

/// <summary>A pattern that cancels an overlapping trigger of a kind ("Birthday"), or of every kind when null.</summary>
public sealed record SuppressorSource(string? Kind, string Pattern);

/// <summary>Date words: weekdays from Sunday, months from January, and the patterns of relative dates.</summary>
public sealed record DateWords
{
    public required IReadOnlyList<string> Weekdays { get; init; }

    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>The patterns the shared date reader uses (Spanish, French, German). Null for a language with its own
    /// date reader (English, see <see cref="Pattern"/>); one of the two is needed.</summary>
    public RelativeDateWords? Relative { get; init; }

    /// <summary>English: the whole date pattern of its own date reader.</summary>
    public string? Pattern { get; init; }

    /// <summary>How a due date is written (.NET date format): weekday, day and month ("dddd d 'de' MMMM").</summary>
    public required string DueDateFormat { get; init; }

    /// <summary>Regions that write it another way: "en-US" → "dddd, MMMM d".</summary>
    public IReadOnlyDictionary<string, string>? RegionalDueDateFormats { get; init; }

    /// <summary>Small counts in "in two weeks", "hace unos días": "a couple of" = 2, "quelques" = 3.</summary>
    public required IReadOnlyList<NumberedPhrases> SmallNumbers { get; init; }

    /// <summary>How a unit word starts → the unit ("fortnight", "week", "month", "year"; "none" keeps the day: hours).</summary>
    public required IReadOnlyDictionary<string, string> UnitPrefixes { get; init; }

    /// <summary>Unit words of the shared date reader → "week", "month" or "year" (any other unit counts days).</summary>
    public IReadOnlyDictionary<string, string>? Units { get; init; }
}

/// <summary>How customers are addressed: the titles written in this language ("mr" → "Mr", "sra" → "Sra.").</summary>
public sealed record NameWords
{
    /// <summary>Title as written (lower case, no dot) → as shown.</summary>
    public required IReadOnlyDictionary<string, string> Titles { get; init; }
}

/// <summary>Patterns of the shared date reader; DAY and MONTH are filled from the weekdays and months.</summary>
public sealed record RelativeDateWords(
    string Tomorrow, string AfterTomorrow, string Yesterday, string BeforeYesterday, string Today, string Tonight, string ThisMorning,
    string NextDay, string LastDay, string AnyDay, string Weekend, string NextUnit, string LastUnit, string InUnits, string AgoUnits,
    string DayOfMonth, IReadOnlyDictionary<string, string> Holidays, string? InMonth = null);
