using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Recognises an explicit "nothing to add" for an optional free-text answer. The whole answer must say so, apart from
/// politeness ("thanks", "please", "gracias", "merci", "danke") and a leading "no"/"nope"/"non"/"nein": "Nothing else,
/// thanks!" and "no, all good" skip; "nothing worked" and "no, the agent was rude" do not. A lone dash, dot or slash
/// ("-", "...", "/") skips too. All languages are accepted whatever the locale (<see cref="SkipWords"/> in each
/// language's folder).
/// </summary>
public static class SkipRecognizer
{
    private static readonly SkipWords[] All = LocaleRegistry.All(pack => pack.Answers?.Skip).ToArray();

    internal static readonly PhraseSet<bool> Politeness = PhraseSet.Of(
        All.Select(words => words.Politeness).Append(LocaleRegistry.AnyLanguage.Politeness).ToArray());

    private static readonly WordSet LeadingNo = new(All.Select(words => words.LeadingNo));

    private static readonly string[] SkipPhrases = All.Select(words => words.Phrases).ToArray();

    // Stored as answers are read: without politeness ("no thank you" is "no").
    private static readonly PhraseSet<bool> Phrases = PhraseSet.Of(SkipPhrases
        .SelectMany(TextNormalizer.List)
        .Select(phrase => string.Join(' ', Politeness.Without(TextNormalizer.Words(phrase))))
        .Where(phrase => phrase.Length > 0)
        .ToArray());

    public static bool IsSkip(string text, string? locale)
    {
        _ = locale; // Customers switch languages; every language's phrases are accepted.
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (ReadOnce.Find(text) is not { } memo)
        {
            return IsWholeSkip(text);
        }

        return (memo.Skip ??= new System.Runtime.CompilerServices.StrongBox<bool>(IsWholeSkip(text))).Value;
    }

    private static bool IsWholeSkip(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.All(c => c is '-' or '–' or '—' or '_' or '.' or '/' or '…' || char.IsWhiteSpace(c)))
        {
            return true;
        }

        var words = Politeness.Without(TextNormalizer.Words(text));
        if (words.Length == 0)
        {
            return false;
        }

        if (Phrases.TryMatchWhole(words, out _))
        {
            return true;
        }

        // "no, nothing else", "nope all good", "nein, kein Kommentar".
        return words.Length > 1 && LeadingNo.Contains(words[0]) && Phrases.TryMatchWhole(words[1..], out _);
    }
}
