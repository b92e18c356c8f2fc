using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

public enum YesNo
{
    Yes,
    No,
}

/// <summary>What a stretch of a message says to a yes/no question.</summary>
internal enum Stance
{
    /// <summary>Nothing about yes or no.</summary>
    Silent,
    Yes,
    No,

    /// <summary>Both, or a hedge ("maybe", "not sure").</summary>
    Unsure,

    /// <summary>A question back instead of an answer.</summary>
    Question,
}

internal readonly record struct StanceReading(Stance Stance, bool WeakOnly);

/// <summary>
/// Reads a yes or a no from a free answer, in any supported language. The rules, in order:
/// <list type="number">
/// <item>Each language reads the answer with its own vocabulary (<see cref="YesNoVocabulary"/>); the reading that
/// understands the most words wins, the locale's language on a tie ("no sé" is Spanish "don't know", not "no").</item>
/// <item>A question back ("why?", "how do I...?") is not an answer, unless the question is an answer phrase itself
/// ("why not?"). Text after an answer is ignored once a question starts ("yes, but how do I...?" is yes).</item>
/// <item>Anything uncertain ("maybe", "not sure", "no idea", "peut-être", "keine Ahnung") makes it unrecognised.</item>
/// <item>An answer word that comes first decides: "no, all good" is no, "yes it did" is yes.</item>
/// <item>Otherwise the statements decide when they agree: "that worked" is yes, "still broken" is no, and a negated
/// statement flips ("not resolved", "doesn't work", "ça marche pas", "funktioniert nicht", "nothing is broken").</item>
/// <item>Weak words ("ok", "fine", "unfortunately") count only when nothing stronger is said, and only in a short
/// clause or at its start ("fine by me" is yes, "the weather is nice" is nothing). Particles ("si" = if, German
/// "ja"/"doch") give way to any other yes or no in their clause ("si no funciona" is no).</item>
/// </list>
/// </summary>
public static class YesNoRecognizer
{
    /// <summary>Yes, no, or null when the answer is neither (a question back, something unrelated, "maybe").</summary>
    public static YesNo? Recognize(string text, string? locale) =>
        ReadStance(TextNormalizer.Tokenize(text), locale).Stance switch
        {
            Stance.Yes => YesNo.Yes,
            Stance.No => YesNo.No,
            _ => null,
        };

    /// <summary>The stance of a stretch of tokens, and whether only weak words ("ok", "fine") decided it.</summary>
    internal static StanceReading ReadStance(string[] tokens, string? locale)
    {
        if (tokens.Length == 0)
        {
            return new StanceReading(Stance.Silent, false);
        }

        Reading? best = null;
        var own = Languages.Of(locale);
        var ownCoverage = 0;
        foreach (var language in Languages.PreferenceOrder(locale))
        {
            // Misspellings are read in the locale's language only: "pass" is not a misspelt German "passt"; and another
            // language must understand more words than the locale's own: Spanish "ya" is not English "ya" (yes).
            // (The locale's language comes first, so its coverage is known before any other's reading is made.)
            var (matches, coverage) = Cues(tokens, YesNoVocabulary.ByLanguage[language], typos: language == own);
            ownCoverage = language == own ? coverage : ownCoverage;
            if (language != own && coverage <= ownCoverage)
            {
                continue;
            }

            var reading = Read(tokens, matches, coverage);

            if (reading.Verdict != Verdict.Silent && (best is null || reading.Coverage > best.Value.Coverage))
            {
                best = reading;
            }
        }

        return best is not { } chosen ? new StanceReading(Stance.Silent, false) : chosen.Verdict switch
        {
            Verdict.Yes => new StanceReading(Stance.Yes, chosen.WeakOnly),
            Verdict.No => new StanceReading(Stance.No, chosen.WeakOnly),
            _ => new StanceReading(chosen.Asked ? Stance.Question : Stance.Unsure, false),
        };
    }

    private enum Verdict
    {
        Silent,
        Yes,
        No,
        Unclear,
    }

    private enum Strength
    {
        Weak,
        Statement,
        Answer,
    }

    /// <summary>What a matched phrase does in its clause.</summary>
    private enum Role
    {
        Ignored,
        Answer,
        Statement,
        Negator,
    }

    /// <summary>One language's reading: its verdict, and how many words its vocabulary understood.</summary>
    private readonly record struct Reading(Verdict Verdict, int Coverage, bool Asked = false, bool WeakOnly = false);

    private readonly record struct Signal(bool Yes, Strength Strength);

    private sealed record Clause(List<PhraseMatch<Cue>> Matches, int Start, int Words, bool IsQuestion);

    /// <summary>The cues of one language in the tokens, and how many tokens they cover.</summary>
    private static (List<PhraseMatch<Cue>> Matches, int Coverage) Cues(string[] tokens, PhraseSet<Cue> vocabulary, bool typos)
    {
        var matches = vocabulary.Matches(tokens, typos);

        // A clause negator reaches far, so it must be spelled exactly: "wieder" (again) is one letter from "weder".
        // (Without typos every match is exact already.)
        if (typos && matches.Exists(match => match.Value.HasFlag(Cue.ClauseNegator)))
        {
            var exact = vocabulary.Matches(tokens, typos: false);
            matches.RemoveAll(match => match.Value.HasFlag(Cue.ClauseNegator) && !exact.Contains(match));
        }

        var coverage = 0;
        foreach (var match in matches)
        {
            coverage += match.Length;
        }

        return (matches, coverage);
    }

    private static Reading Read(string[] tokens, List<PhraseMatch<Cue>> matches, int coverage)
    {
        var clauses = SplitClauses(tokens, matches);

        var firstQuestion = clauses.FindIndex(clause => clause.IsQuestion);
        if (firstQuestion == 0 && !IsAnswerAsQuestion(clauses))
        {
            // "i guess?", "ok??", "Glaub schon?": a hedge, not a question back.
            var hedge = clauses[0] is { Matches: [var only] } first && only.Length == first.Words && (only.Value & (Cue.Weak | Cue.Hedge)) != 0;
            return new Reading(Verdict.Unclear, coverage, Asked: !hedge);
        }

        if (firstQuestion > 0)
        {
            clauses = clauses[..firstQuestion];
        }

        if (clauses.Any(clause => clause.Matches.Any(match => match.Value.HasFlag(Cue.Uncertain))))
        {
            return new Reading(Verdict.Unclear, coverage);
        }

        var signals = clauses.SelectMany(Signals).ToList();
        if (signals.Count == 0)
        {
            return new Reading(Verdict.Silent, coverage);
        }

        if (signals[0].Strength == Strength.Answer)
        {
            return new Reading(signals[0].Yes ? Verdict.Yes : Verdict.No, coverage);
        }

        var deciding = signals.Any(signal => signal.Strength != Strength.Weak)
            ? signals.Where(signal => signal.Strength != Strength.Weak).ToList()
            : signals;
        var verdict = deciding.All(signal => signal.Yes) ? Verdict.Yes
            : deciding.All(signal => !signal.Yes) ? Verdict.No
            : Verdict.Unclear;
        return new Reading(verdict, coverage, WeakOnly: deciding.All(signal => signal.Strength == Strength.Weak));
    }

    /// <summary>"why not?", "no?": a question that is nothing but one answer phrase. A statement word echoed back
    /// ("Resolved?", "Gelöst?") or a hedge ("i guess?") asks instead.</summary>
    private static bool IsAnswerAsQuestion(List<Clause> clauses) =>
        clauses is [{ Matches: [var only] } clause]
        && only.Length == clause.Words
        && (only.Value & (Cue.Weak | Cue.Hedge)) == 0
        && ((only.Value & (Cue.YesWord | Cue.NoWord)) != 0 || (only.Length >= 2 && (only.Value & (Cue.Positive | Cue.Negative)) != 0));

    /// <summary>Clauses end at punctuation and before "but"/"pero"/"mais"/"aber"; a clause is a question when it ends with
    /// "?" or starts with a question word.</summary>
    private static List<Clause> SplitClauses(string[] tokens, List<PhraseMatch<Cue>> matches)
    {
        var clauses = new List<Clause>();
        var current = new List<PhraseMatch<Cue>>();
        var words = 0;
        var start = 0;
        var next = 0;

        void Close(bool question)
        {
            if (words > 0)
            {
                var asks = question || (current.Count > 0 && current[0].Value.HasFlag(Cue.Question));
                clauses.Add(new Clause(current, start, words, asks));
            }

            current = [];
            words = 0;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (words == 0)
            {
                start = i;
            }

            if (TextNormalizer.IsBoundary(tokens[i]))
            {
                Close(tokens[i] == TextNormalizer.QuestionBoundary);
                continue;
            }

            if (next < matches.Count && matches[next].Start == i)
            {
                var match = matches[next++];
                if (match.Value.HasFlag(Cue.Contrast))
                {
                    Close(question: false);
                    i = match.End - 1;
                    continue;
                }

                current.Add(match);
            }

            words++;
        }

        Close(question: false);
        return clauses;
    }

    /// <summary>The yes/no signals of one clause, in order, each negated as its clause says.</summary>
    private static IEnumerable<Signal> Signals(Clause clause)
    {
        var matches = clause.Matches;
        var roles = matches.Select((match, index) => RoleOf(matches, index)).ToArray();
        var signals = new List<Signal>();
        for (var i = 0; i < matches.Count; i++)
        {
            var cue = matches[i].Value;
            switch (roles[i])
            {
                case Role.Answer:
                    signals.Add(new Signal(cue.HasFlag(Cue.YesWord), Strength.Answer));
                    break;
                case Role.Statement when cue.HasFlag(Cue.Weak) && !IsShortOrLeading(clause, i):
                    // "ok", "fine by me", "ok, ..." — but not "the weather is nice".
                    break;
                case Role.Statement:
                    var negated = IsNegated(matches, roles, i);
                    if (negated || !cue.HasFlag(Cue.OnlyNegated))
                    {
                        signals.Add(new Signal(cue.HasFlag(Cue.Positive) != negated, cue.HasFlag(Cue.Weak) ? Strength.Weak : Strength.Statement));
                    }

                    break;
            }
        }

        // "it didn't", "nope not", "nicht": a short clause that only negates is a no.
        if (signals.Count == 0 && clause.Words <= 3 && roles.Contains(Role.Negator))
        {
            signals.Add(new Signal(false, Strength.Statement));
        }

        return signals;
    }

    private static bool IsShortOrLeading(Clause clause, int index) =>
        clause.Words <= 3 || clause.Matches[index].Start == clause.Start;

    private static Role RoleOf(List<PhraseMatch<Cue>> matches, int index)
    {
        var cue = matches[index].Value;
        if ((cue & (Cue.YesWord | Cue.NoWord)) != 0)
        {
            // "no funciona", "no good", "noch nicht funktioniert": an answer word right before (or, for post-negators,
            // after) a positive statement negates it instead of answering.
            // "nicht mehr kaputt" (no longer broken): a negating answer phrase right before a fault word negates it.
            var before = cue.HasFlag(Cue.Negator) && index + 1 < matches.Count
                && ((IsPositiveStatement(matches[index + 1]) && matches[index + 1].Start - matches[index].End <= 2)
                    || (matches[index].Length >= 2 && matches[index + 1].Value.HasFlag(Cue.Negative) && matches[index + 1].Start == matches[index].End));
            var after = cue.HasFlag(Cue.PostNegator) && index > 0 && IsPositiveStatement(matches[index - 1]);
            if (before || after)
            {
                return Role.Negator;
            }

            // "ja klar", "si no funciona", "ist doch kaputt": a particle gives way to any other yes/no in its clause.
            var givesWay = cue.HasFlag(Cue.Particle) && matches.Where((_, other) => other != index).Any(match =>
                (match.Value & (Cue.Positive | Cue.Negative | Cue.YesWord | Cue.NoWord)) != 0 && !match.Value.HasFlag(Cue.Particle));
            return givesWay ? Role.Ignored : Role.Answer;
        }

        if ((cue & (Cue.Positive | Cue.Negative)) != 0)
        {
            return Role.Statement;
        }

        return (cue & (Cue.Negator | Cue.PostNegator)) != 0 ? Role.Negator : Role.Ignored;
    }

    /// <summary>A positive statement, or a fault word that only counts negated: "no good", "no more errors".</summary>
    private static bool IsPositiveStatement(PhraseMatch<Cue> match) =>
        (match.Value.HasFlag(Cue.Positive) || match.Value.HasFlag(Cue.Negative | Cue.OnlyNegated)) && (match.Value & (Cue.YesWord | Cue.NoWord)) == 0;

    /// <summary>A negator up to three words before the statement (anywhere before it for a clause negator such as
    /// "weder"), or a post-negator anywhere after it in the clause.</summary>
    private static bool IsNegated(List<PhraseMatch<Cue>> matches, Role[] roles, int statement)
    {
        var target = matches[statement];
        for (var i = 0; i < matches.Count; i++)
        {
            if (roles[i] != Role.Negator)
            {
                continue;
            }

            var cue = matches[i].Value;
            var before = i < statement && cue.HasFlag(Cue.Negator) && (target.Start - matches[i].End <= 3 || cue.HasFlag(Cue.ClauseNegator));
            var after = i > statement && cue.HasFlag(Cue.PostNegator);
            if (before || after)
            {
                return true;
            }
        }

        return false;
    }
}
