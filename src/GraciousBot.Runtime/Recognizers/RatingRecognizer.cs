using System.Globalization;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>What a rating answer said: a rating on the scale, a number off the scale, or no rating at all.</summary>
public abstract record RatingRecognition
{
    private RatingRecognition()
    {
    }

    public sealed record Recognized(int Value) : RatingRecognition;

    /// <summary>A number was given but is not on the 1..max scale ("7", "0", "6 stars"); <see cref="Given"/> is it.</summary>
    public sealed record OutOfRange(int Given) : RatingRecognition;

    public sealed record None : RatingRecognition;
}

/// <summary>
/// Reads a 1..max rating (max defaults to 5). Rules, first match wins:
/// <list type="number">
/// <item>Numbers, as digits or words in any language ("4", "four", "cuatro", "quatre", "vier"), anywhere in the text
/// ("I'd give it a 4", "solid 4, thanks").</item>
/// <item>Fractions and percentages are rescaled to 1..max and rounded half up: "8/10" → 4, "9 out of 10" → 5
/// (4.5), "10/10" → 5, "100%" → 5, "4 de 5" → 4. A fraction over its own scale ("6/5") or zero is out of range.</item>
/// <item>Decimals are rounded half up: "4.5" → 5, "4,4" → 4, "3.5 stars" → 4.</item>
/// <item>Several different numbers are ambiguous (None), unless exactly one is a rating ("4 stars", "8/10"): "took 20
/// minutes but 4 stars" → 4. Numbers over 100 (order numbers) give way to any other number, and numbers of
/// something else ("30 minutes", "2 days", "3 times") are not ratings.</item>
/// <item>Star symbols are counted when there is no number: "⭐⭐⭐⭐" → 4, "★★★☆☆" → 3, "*****" → 5.</item>
/// <item>Otherwise adjectives and emoji map onto the 1-5 scale (rescaled for other maxima): excellent/perfect/😍 → 5,
/// great/good/👍 → 4, ok/fine/meh/"not bad" → 3, bad/poor/"not great" → 2, terrible/awful/useless/😡 → 1, with the
/// same in Spanish, French and German (see <see cref="RatingVocabulary"/>). Conflicting adjectives, or a negated one
/// with no listed meaning ("not excellent"), give None.</item>
/// </list>
/// </summary>
public static class RatingRecognizer
{
    public static RatingRecognition Recognize(string text, string? locale, int max = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var tokens = TextNormalizer.Tokenize(text);
        var french = Languages.Of(locale) == Languages.French;

        return FromNumbers(tokens, ReadNumbers(tokens, french), max, SaysSchoolGrade(tokens, locale))
            ?? FromStars(text, tokens, max)
            ?? FromAdjectives(tokens, max)
            ?? new RatingRecognition.None();
    }

    /// <summary>Only numbers and stars, no rating words: null when the text has neither (so a number off the scale
    /// can be told apart from no rating at all).</summary>
    /// <param name="schoolGrade">Whether the message (maybe in another clause: "In Schulnoten: eine glatte 2") said
    /// that numbers are school grades; null to look in <paramref name="text"/> only.</param>
    public static RatingRecognition? FromNumbersOrStars(string text, string? locale, int max = 5, bool? schoolGrade = null)
    {
        var tokens = TextNormalizer.Tokenize(text);
        return FromNumbers(tokens, ReadNumbers(tokens, Languages.Of(locale) == Languages.French), max, schoolGrade ?? SaysSchoolGrade(tokens, locale)) ?? FromStars(text, tokens, max);
    }

    /// <summary>Whether a text says its numbers are German school grades ("Schulnote 1", "Note 2", "Sechs, setzen").</summary>
    public static bool SaysSchoolGrade(string text, string? locale) => SaysSchoolGrade(TextNormalizer.Tokenize(text), locale);

    /// <summary>"Schulnote 1", "Note: 2" (German school grades, 1 the best): only when a grade word is said.</summary>
    private static bool SaysSchoolGrade(string[] tokens, string? locale) =>
        tokens.Any(RatingVocabulary.SchoolGradeWords.Contains)
        || (RatingVocabulary.GradeWordsByLanguage.TryGetValue(Languages.Of(locale), out var grades) && tokens.Any(grades.Contains));

    private sealed record Candidate(RatingRecognition Result, bool IsRating, decimal Given);

    private static RatingRecognition? FromNumbers(string[] tokens, Dictionary<int, decimal> numbers, int max, bool schoolGrades)
    {
        if (numbers.Count == 0)
        {
            return null;
        }

        var connectors = RatingVocabulary.FractionConnectors.Matches(tokens, typos: false).ToDictionary(match => match.Start);
        var percents = RatingVocabulary.PercentWords.Matches(tokens, typos: false).ToDictionary(match => match.Start);
        var candidates = new List<Candidate>();
        var consumed = new HashSet<int>();
        foreach (var (index, value) in numbers.OrderBy(pair => pair.Key))
        {
            if (!consumed.Add(index))
            {
                continue;
            }

            if (connectors.TryGetValue(index + 1, out var connector) && numbers.TryGetValue(connector.End, out var scale))
            {
                consumed.Add(connector.End);
                candidates.Add(new Candidate(Fraction(value, scale, max), true, value));
            }
            else if (percents.ContainsKey(index + 1))
            {
                candidates.Add(new Candidate(Fraction(value, 100, max), true, value));
            }
            else
            {
                var unit = index + 1 < tokens.Length && RatingVocabulary.Units.Contains(tokens[index + 1]);
                candidates.Add(schoolGrades && !unit && SchoolGrade(value) is { } grade
                    ? new Candidate(Fraction(grade, 5, max), true, value)
                    : new Candidate(OnScale(value, max), unit, value));
            }
        }

        var ratings = candidates.Where(candidate => candidate.IsRating).ToList();
        if (ratings.Count == 0)
        {
            ratings = candidates.Count > 1 && candidates.Any(candidate => candidate.Given <= 100)
                ? candidates.Where(candidate => candidate.Given <= 100).ToList()
                : candidates;
        }

        var distinct = ratings.Select(candidate => candidate.Result).Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : new RatingRecognition.None();
    }

    /// <summary>Positions of numbers in the tokens, from digits or number words.</summary>
    private static Dictionary<int, decimal> ReadNumbers(string[] tokens, bool french)
    {
        var numbers = new Dictionary<int, decimal>();
        var shortAnswer = tokens.Count(token => !TextNormalizer.IsBoundary(token)) <= 2;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var next = i + 1 < tokens.Length ? tokens[i + 1] : null;
            var beforeUnit = next is not null && RatingVocabulary.Units.Contains(next);
            if (next is not null && RatingVocabulary.OtherUnits.Contains(next))
            {
                continue; // "30 minutes", "2 days", "3 times": a number, but not a rating
            }

            if (token.Any(char.IsAsciiDigit) && decimal.TryParse(token, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var digits))
            {
                numbers[i] = digits;
            }
            else if (RatingVocabulary.Numbers.TryGetValue(token, out var word) && IsNumberWord(tokens, i, french))
            {
                numbers[i] = word;
            }
            else if (shortAnswer && !RatingVocabulary.Numbers.ContainsKey(token) && RatingVocabulary.MistypedNumbers.TryGetValue(TextNormalizer.Squeeze(token), out var mistyped))
            {
                numbers[i] = mistyped; // "fiev", "cuatrro" as (nearly) the whole answer: two letters swapped or one doubled
            }
            else if (beforeUnit && RatingVocabulary.OneBeforeUnit.Contains(token))
            {
                numbers[i] = 1;
            }
        }

        return numbers;
    }

    private static bool IsNumberWord(string[] tokens, int index, bool french)
    {
        var token = tokens[index];
        var next = index + 1 < tokens.Length ? tokens[index + 1] : null;
        var previous = index > 0 ? tokens[index - 1] : null;
        switch (token)
        {
            case "tres":
                return !french && (next is null || !RatingVocabulary.AfterFrenchTres.Contains(next));
            case "one" or "uno":
                // "one", "one star", "one out of five", "I'd give it one" — but not "the best one", "this one was".
                var beforeUnit = next is not null && RatingVocabulary.Units.Contains(next);
                var endsClause = next is null || TextNormalizer.IsBoundary(next);
                var pronoun = previous is not null && RatingVocabulary.BeforePronounOne.Contains(previous);
                return beforeUnit || StartsScale(tokens, index + 1) || (endsClause && !pronoun);
            default:
                return true;
        }
    }

    /// <summary>"out of five", "/10", "de 5": a fraction connector followed by a number.</summary>
    private static bool StartsScale(string[] tokens, int start)
    {
        if (start >= tokens.Length || RatingVocabulary.FractionConnectors.Matches(tokens[start..], typos: false) is not [{ Start: 0 } connector, ..])
        {
            return false;
        }

        var scale = start + connector.End;
        return scale < tokens.Length && (tokens[scale].All(char.IsAsciiDigit) || RatingVocabulary.Numbers.ContainsKey(tokens[scale]));
    }

    private static RatingRecognition? FromStars(string text, string[] tokens, int max)
    {
        var stars = tokens.Count(RatingVocabulary.StarSymbols.Contains);
        var trimmed = text.Trim();
        if (stars == 0 && trimmed.Length > 0 && trimmed.All(c => c == '*' || char.IsWhiteSpace(c)))
        {
            stars = trimmed.Count(c => c == '*');
        }

        return stars == 0 ? null : OnScale(stars, max);
    }

    private static RatingRecognition? FromAdjectives(string[] tokens, int max)
    {
        // "3 Mal angerufen": a unit after a number ("mal" is also a Spanish/French rating word) is not an adjective.
        var matches = RatingVocabulary.Adjectives.Matches(tokens)
            .Where(match => !(match.Length == 1 && match.Start > 0 && RatingVocabulary.OtherUnits.Contains(tokens[match.Start])
                && (tokens[match.Start - 1].Any(char.IsAsciiDigit) || RatingVocabulary.Numbers.ContainsKey(tokens[match.Start - 1]))))
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var covered = new bool[tokens.Length];
        foreach (var match in matches)
        {
            Array.Fill(covered, true, match.Start, match.Length);
        }

        var values = matches.Where(match => !IsNegated(tokens, covered, match.Start)).Select(match => match.Value).Distinct().ToList();
        return values is [var value]
            ? new RatingRecognition.Recognized(max == 5 ? value : Math.Clamp(RoundHalfUp(value * max / 5m), 1, max))
            : new RatingRecognition.None();
    }

    /// <summary>A negation word (not part of a listed phrase) up to three words before, in the same clause.</summary>
    private static bool IsNegated(string[] tokens, bool[] covered, int start)
    {
        for (var i = start - 1; i >= Math.Max(0, start - 3); i--)
        {
            if (TextNormalizer.IsBoundary(tokens[i]))
            {
                return false;
            }

            if (!covered[i] && RatingVocabulary.Negators.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static RatingRecognition OnScale(decimal value, int max)
    {
        var rounded = RoundHalfUp(value);
        return rounded >= 1 && rounded <= max
            ? new RatingRecognition.Recognized(rounded)
            : new RatingRecognition.OutOfRange(rounded);
    }

    /// <summary>"8/10" → 4 on a 1-5 scale; the fraction's own scale equal to max reads as the plain number.</summary>
    private static RatingRecognition Fraction(decimal value, decimal scale, int max)
    {
        if (scale == max || scale <= 0)
        {
            return OnScale(value, max);
        }

        if (value <= 0 || value > scale)
        {
            return new RatingRecognition.OutOfRange(RoundHalfUp(value));
        }

        return new RatingRecognition.Recognized(Math.Clamp(RoundHalfUp(value * max / scale), 1, max));
    }

    /// <summary>A German school grade on the 1-5 scale: 1 (sehr gut) → 5, 2 → 4, 3 → 3, 4 → 2, 5 and 6 → 1.</summary>
    private static int? SchoolGrade(decimal value) => value switch
    {
        1 => 5,
        2 => 4,
        3 => 3,
        4 => 2,
        5 or 6 => 1,
        _ => null,
    };

    private static int RoundHalfUp(decimal value)
    {
        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        return rounded > int.MaxValue ? int.MaxValue : rounded < int.MinValue ? int.MinValue : (int)rounded;
    }
}
