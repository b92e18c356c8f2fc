namespace GraciousBot.Locales;

/// <summary>
/// What one language needs to read short answers: yes/no, commands, ratings, choices, "nothing to add" and
/// frustration. Phrase lists are comma-separated and written naturally (accents, apostrophes); matching ignores case,
/// accents and punctuation. "^"/"$" anchor a phrase to the start/end of a clause. A nullable list is a quirk of some
/// languages only (French "très" folding to Spanish "tres"); every other list must have words in every language.
/// </summary>
public sealed record AnswerWords
{
    /// <summary>Yes/no phrases by what they do (<see cref="Cue"/>); a phrase listed under several cues does all of them.</summary>
    public required IReadOnlyList<CuePhrases> YesNo { get; init; }

    public required InterruptionWords Interruptions { get; init; }

    public required RatingWords Rating { get; init; }

    public required ChoiceWords Choice { get; init; }

    public required SkipWords Skip { get; init; }

    public required FrustrationWords Frustration { get; init; }
}

/// <summary>Phrases that all do the same thing in a yes/no answer.</summary>
public sealed record CuePhrases(Cue Cue, string Phrases);

/// <summary>Phrases that all stand for the same number: a rating, a position in a list.</summary>
public sealed record NumberedPhrases(int Value, string Phrases);

/// <summary>
/// Interruption commands. An answer is a command only when, once the request words (<see cref="Fillers"/>: "please",
/// "I want to", "can I"...) are dropped, nothing but a command phrase is left. For a person the verbs and articles of
/// "talk to a" (<see cref="HumanFillers"/>) are request words too. With a talking verb, the words from a
/// <see cref="Topic"/> word on are ignored ("talk to someone about my bill").
/// </summary>
public sealed record InterruptionWords(
    string Fillers, string HumanFillers, string Human, string Cancel, string Help, string StartOver, string TalkVerbs, string Topic);

/// <summary>Number words, units and rating adjectives (1-5 scale, rescaled when the prompt's maximum is not 5).</summary>
public sealed record RatingWords
{
    /// <summary>Number words 0-10 and 100.</summary>
    public required IReadOnlyList<NumberedPhrases> Numbers { get; init; }

    /// <summary>"one star", "une étoile", "ein Stern": articles that mean 1 only right before a unit.</summary>
    public required string OneBeforeUnit { get; init; }

    public required string Units { get; init; }

    /// <summary>Units that make a number something other than a rating: "waited 30 minutes", "2 days".</summary>
    public required string OtherUnits { get; init; }

    /// <summary>Between the two numbers of a fraction: "4 out of 5", "4 de 5", "4 sur 5", "4 von 5".</summary>
    public required string FractionConnectors { get; init; }

    public required string PercentWords { get; init; }

    public required string Negators { get; init; }

    /// <summary>
    /// Adjectives on a 1-5 scale. Negated forms that mean something else are listed as phrases ("not bad" = 3,
    /// "pas terrible" = 2); other negated adjectives are ignored.
    /// </summary>
    public required IReadOnlyList<NumberedPhrases> Adjectives { get; init; }

    /// <summary>"one" is a pronoun after these ("the best one", "this one"), not a rating.</summary>
    public string? BeforePronounOne { get; init; }

    /// <summary>"très bien": words after which the French intensifier (folded to the Spanish "tres", 3) is not a number.</summary>
    public string? AfterTres { get; init; }

    /// <summary>Words that make a number a school grade (1 the best, 6 the worst) in any closing: "Schulnote".</summary>
    public string? SchoolGrade { get; init; }

    /// <summary>Words that make a number a school grade in a closing in this language only: German "Note 2".</summary>
    public string? Grade { get; init; }
}

/// <summary>
/// Ordinals, numbers and filler words for picking a choice. Positions count from 1; <see cref="Last"/> and
/// <see cref="SecondToLast"/> count from the end.
/// </summary>
public sealed record ChoiceWords
{
    public const int Last = -1;
    public const int SecondToLast = -2;

    public required IReadOnlyList<NumberedPhrases> Ordinals { get; init; }

    /// <summary>Numbers written as words, accepted when they are the whole answer or follow "option"/"number".</summary>
    public required IReadOnlyList<NumberedPhrases> Cardinals { get; init; }

    /// <summary>Words that say "this one" around the real answer; dropped before matching.</summary>
    public required string Fillers { get; init; }

    /// <summary>Words after which a number word names a position: "option two", "número dos".</summary>
    public required string NumberIntroducers { get; init; }

    /// <summary>Words that refuse a choice rather than pick one: "not the first one", "none", "neither".</summary>
    public required string Refusals { get; init; }

    /// <summary>"no"/"non"/"nein": an interjection before a comma ("no, the second"), a refusal before a word ("no la primera").</summary>
    public required string RefusalsBeforeAWord { get; init; }
}

/// <summary>An explicit "nothing to add" for an optional free-text answer (see <c>SkipRecognizer</c>).</summary>
public sealed record SkipWords
{
    /// <summary>Politeness around any answer: "thanks", "please", "gracias", "merci", "danke".</summary>
    public required string Politeness { get; init; }

    /// <summary>A leading "no" before a skip phrase: "no, nothing else".</summary>
    public required string LeadingNo { get; init; }

    /// <summary>The whole answer says "nothing to add": "skip", "nothing else", "sin comentarios", "rien à ajouter".</summary>
    public required string Phrases { get; init; }
}

/// <summary>
/// Abuse and complaint lexicons, all used for every locale. Words that mean something harmless in another supported
/// language are left out (French "con" is Spanish "with", "dick" is German "thick"): check the other languages' words
/// before adding one.
/// </summary>
public sealed record FrustrationWords
{
    public required string AbusiveWords { get; init; }

    /// <summary>Word starts that are abusive in any form or compound: "fucking", "shitty", "Scheißbot", "Drecksladen".</summary>
    public required string AbusiveStems { get; init; }

    /// <summary>Spelled-out forms beyond <see cref="AbusiveWords"/> that masked words ("f*cking", "sh*t") are compared with.</summary>
    public string? MaskedForms { get; init; }

    public required string Abuse { get; init; }

    public required string Complaints { get; init; }
}

/// <summary>Emoji, symbols and words that mean the same in every language.</summary>
public sealed record SymbolWords
{
    /// <summary>Added to every language's yes/no phrases: 👍, ❌, 🤷, "ok".</summary>
    public required IReadOnlyList<CuePhrases> YesNo { get; init; }

    /// <summary>Rating emoji on the 1-5 scale.</summary>
    public required IReadOnlyList<NumberedPhrases> RatingEmoji { get; init; }

    /// <summary>Star symbols that are a rating unit ("4 ⭐").</summary>
    public required string StarUnits { get; init; }

    /// <summary>Filled stars counted as a rating ("⭐⭐⭐"); "☆" (empty) is not counted.</summary>
    public required string Stars { get; init; }

    public required string FractionConnectors { get; init; }

    public required string PercentWords { get; init; }

    public required string Politeness { get; init; }

    public required string AngryEmoji { get; init; }
}
