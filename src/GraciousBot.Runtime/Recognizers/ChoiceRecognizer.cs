namespace GraciousBot.Runtime.Recognizers;

/// <summary>One option of a choice prompt. <paramref name="Value"/> is what the dialog receives.</summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);

/// <summary>
/// Finds the choice a customer meant, in this order:
/// <list type="number">
/// <item>The whole answer is a title, value or synonym (ignoring case, accents, punctuation and filler words such as
/// "the", "please", "option", "la", "bitte").</item>
/// <item>A refusal ("not the first one", "none", "ni la una ni la otra") picks nothing.</item>
/// <item>A position: "2", "#2", "option 2", "two", "the second one", "2nd", "last", "second to last", "la segunda",
/// "el último", "le premier", "la dernière", "das zweite", "der letzte". A bare number that appears in exactly one
/// title ("6" among "3 months", "6 months") picks that title.</item>
/// <item>A title, value or synonym inside a longer answer ("I'd like the refund status please"); the longest wins.</item>
/// <item>Title words ("the refund one", "billing"), with small typos and word starts ("bill" for "billing"),
/// when they point to one choice only.</item>
/// </list>
/// A position and a title that disagree, or two positions, make the answer ambiguous: null.
/// </summary>
public static class ChoiceRecognizer
{
    public static Choice? Recognize(string text, IReadOnlyList<Choice> choices, string? locale) =>
        Recognize(text, choices, FormsOf(choices), locale);

    /// <summary>The choices' words, made once for several readings of one message (<see cref="MessageReader"/>).</summary>
    internal static ChoiceForms[] FormsOf(IReadOnlyList<Choice> choices)
    {
        var forms = new ChoiceForms[choices.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = Forms(choices[i]);
        }

        return forms;
    }

    /// <summary><see cref="Recognize(string, IReadOnlyList{Choice}, string?)"/> with the choices' words already made.</summary>
    internal static Choice? Recognize(string text, IReadOnlyList<Choice> choices, ChoiceForms[] forms, string? locale)
    {
        _ = locale; // The ordinal and filler vocabularies of all languages are used together; they do not collide.
        var tokens = TextNormalizer.Tokenize(text);
        var words = tokens.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
        if (words.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        // "Request a refund!", "e-mail" for "Email", "log in" for "Login".
        var joined = string.Concat(words);
        var exact = Single(choices, forms, (all, _) => all.SequenceEqual(words) || TextNormalizer.IsNear(joined, string.Concat(all)));
        if (exact.Found)
        {
            return exact.Choice;
        }

        if (IsRefusal(tokens, forms))
        {
            return null;
        }

        var core = words.Where(word => !ChoiceVocabulary.Fillers.Contains(word)).ToArray();
        if (core.Length == 0)
        {
            // "one", "une", "la una": a filler that is also a number word, alone.
            return words.Length == 1 && ChoiceVocabulary.CardinalPhrases.TryMatchWhole(words, out var alone) ? At(choices, alone) : null;
        }

        var byCore = Single(choices, forms, (_, formCore) => formCore.Length > 0 && formCore.SequenceEqual(core));
        if (byCore.Found)
        {
            return byCore.Choice;
        }

        var (positions, rest) = Positions(core, words);
        if (positions.Distinct().Count() > 1)
        {
            return null;
        }

        int? position = positions.Count == 1 ? positions[0] : null;
        if (rest.Length == 0 && position is { } only)
        {
            return ByNumberInTitle(core, choices, forms) ?? At(choices, only);
        }

        var byTitle = ByTitleInText(words, choices, forms) ?? ByTitleWords(rest, choices, forms);
        if (byTitle is null)
        {
            return position is { } fallback ? At(choices, fallback) : null;
        }

        // "do the broadband speed one first", "lo de la fibra primero": an ordinal after a named item says when, not which.
        var saysWhen = ChoiceVocabulary.OrdinalPhrases.Matches(words) is [.., var last] && last.Start > 0
            && words[last.End..].All(ChoiceVocabulary.Fillers.Contains);
        return position is null || At(choices, position.Value) == byTitle || saysWhen ? byTitle : null;
    }

    /// <summary>A choice's title, value and synonyms as words: in full, without filler words, and the words that
    /// identify it (three letters or more, or numbers).</summary>
    internal sealed record ChoiceForms(string[][] All, string[][] Core, string[] Significant);

    private readonly record struct Pick(bool Found, Choice? Choice);

    private static ChoiceForms Forms(Choice choice)
    {
        var all = new[] { choice.Title, choice.Value }
            .Concat(choice.Synonyms ?? [])
            .Select(TextNormalizer.Words)
            .Where(form => form.Length > 0)
            .ToArray();
        var core = all.Select(form => form.Where(word => !ChoiceVocabulary.Fillers.Contains(word)).ToArray()).ToArray();
        var significant = core.SelectMany(form => form).Where(word => word.Length >= 3 || word.All(char.IsDigit)).Distinct().ToArray();
        return new ChoiceForms(all, core, significant);
    }

    /// <summary>The one choice with a form (in full, without fillers) satisfying <paramref name="test"/>; not found when
    /// none or several do.</summary>
    private static Pick Single(IReadOnlyList<Choice> choices, ChoiceForms[] forms, Func<string[], string[], bool> test)
    {
        var found = Enumerable.Range(0, choices.Count)
            .Where(i => forms[i].All.Zip(forms[i].Core).Any(pair => test(pair.First, pair.Second)))
            .ToList();
        return found.Count == 1 ? new Pick(true, choices[found[0]]) : new Pick(false, null);
    }

    /// <summary>A refusal word outside every title: "not the first", but not the "no" of "No, keep it open".</summary>
    private static bool IsRefusal(string[] tokens, ChoiceForms[] forms)
    {
        var inTitle = new bool[tokens.Length];
        foreach (var form in forms.SelectMany(choice => choice.All))
        {
            foreach (var start in Occurrences(tokens, form))
            {
                Array.Fill(inTitle, true, start, form.Length);
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var followedByWord = i + 1 < tokens.Length && !TextNormalizer.IsBoundary(tokens[i + 1]);
            var refuses = ChoiceVocabulary.Refusals.Contains(tokens[i])
                || (followedByWord && ChoiceVocabulary.RefusalsBeforeAWord.Contains(tokens[i]));
            if (refuses && !inTitle[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Positions named in the answer, and the words left over once they are taken out.</summary>
    private static (List<int> Positions, string[] Remaining) Positions(string[] core, string[] words)
    {
        var positions = new List<int>();
        var used = new bool[core.Length];
        foreach (var match in ChoiceVocabulary.OrdinalPhrases.Matches(core))
        {
            positions.Add(match.Value);
            Array.Fill(used, true, match.Start, match.Length);
        }

        for (var i = 0; i < core.Length; i++)
        {
            if (!used[i] && TryNumber(core[i], out var number))
            {
                positions.Add(number);
                used[i] = true;
            }
        }

        // "two" on its own or after "option"/"number"/"número": a cardinal names a position.
        foreach (var match in ChoiceVocabulary.CardinalPhrases.Matches(core, typos: false))
        {
            var index = Array.IndexOf(words, core[match.Start]);
            var introduced = index > 0 && ChoiceVocabulary.NumberIntroducers.Contains(words[index - 1]);
            if (!used[match.Start] && (core.Length == match.Length || introduced))
            {
                positions.Add(match.Value);
                Array.Fill(used, true, match.Start, match.Length);
            }
        }

        return (positions, core.Where((_, i) => !used[i]).ToArray());
    }

    /// <summary>"2", "12th", "3e", "2º" → the number; anything else is not a number.</summary>
    private static bool TryNumber(string word, out int number)
    {
        var digits = word.TakeWhile(char.IsAsciiDigit).Count();
        var suffix = word[digits..];
        number = 0;
        return digits is > 0 and <= 3
            && suffix is "" or "st" or "nd" or "rd" or "th" or "e" or "er" or "re" or "eme" or "o" or "a" or "te" or "ter" or "tes" or "ten"
            && int.TryParse(word.AsSpan(0, digits), out number);
    }

    private static Choice? ByNumberInTitle(string[] core, IReadOnlyList<Choice> choices, ChoiceForms[] forms)
    {
        if (core is not [var number] || !number.All(char.IsAsciiDigit))
        {
            return null;
        }

        return Single(choices, forms, (all, _) => all.Contains(number)).Choice;
    }

    private static Choice? At(IReadOnlyList<Choice> choices, int position) => position switch
    {
        ChoiceVocabulary.Last => choices[^1],
        ChoiceVocabulary.SecondToLast when choices.Count >= 2 => choices[^2],
        >= 1 when position <= choices.Count => choices[position - 1],
        _ => null,
    };

    /// <summary>A title, value or synonym found word for word inside the answer; the longest one wins.</summary>
    private static Choice? ByTitleInText(string[] words, IReadOnlyList<Choice> choices, ChoiceForms[] forms)
    {
        var best = 0;
        var winners = new HashSet<int>();
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var form in forms[i].All.Where(form => form.Length > 0 && form.Any(word => !ChoiceVocabulary.Fillers.Contains(word))))
            {
                if (!Occurrences(words, form).Any())
                {
                    continue;
                }

                if (form.Length > best)
                {
                    best = form.Length;
                    winners.Clear();
                }

                if (form.Length == best)
                {
                    winners.Add(i);
                }
            }
        }

        return winners.Count == 1 ? choices[winners.Single()] : null;
    }

    /// <summary>Where <paramref name="form"/> appears word for word (small typos allowed) in <paramref name="tokens"/>.</summary>
    private static IEnumerable<int> Occurrences(string[] tokens, string[] form)
    {
        for (var start = 0; start + form.Length <= tokens.Length; start++)
        {
            var here = start;
            if (form.Select((word, k) => TextNormalizer.IsNear(tokens[here + k], word)).All(near => near))
            {
                yield return start;
            }
        }
    }

    /// <summary>"the refund one": the choice whose title words the answer uses most, when only one does.</summary>
    private static Choice? ByTitleWords(string[] rest, IReadOnlyList<Choice> choices, ChoiceForms[] forms)
    {
        var significant = rest.Where(word => word.Length >= 3 || word.All(char.IsDigit)).ToArray();
        if (significant.Length == 0)
        {
            return null;
        }

        var scores = forms.Select(form => significant.Count(word => form.Significant.Any(title => WordMatches(word, title)))).ToArray();
        var top = scores.Max();
        return top > 0 && scores.Count(score => score == top) == 1 ? choices[Array.IndexOf(scores, top)] : null;
    }

    private static bool WordMatches(string word, string title) =>
        TextNormalizer.IsNear(word, title)
        || (Math.Min(word.Length, title.Length) >= 4 && (title.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(title, StringComparison.Ordinal)));
}
