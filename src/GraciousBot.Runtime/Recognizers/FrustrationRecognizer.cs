using System.Buffers;
using System.Text;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Signs that a customer is frustrated. <see cref="Score"/> (0..1) combines them: abuse 0.7, a complaint 0.5 (a
/// second one 0.3 more), shouting 0.4, angry emoji 0.3, as 1 - Π(1 - weight). Used to offer a person, never to force one.
/// </summary>
public sealed record FrustrationSignal(bool Abusive, bool Shouting, bool Complaint, double Score)
{
    /// <summary>The score from which offering a person is suggested (any abuse or complaint reaches it).</summary>
    public const double OfferThreshold = 0.5;

    public bool ShouldOfferHuman => Score >= OfferThreshold;
}

/// <summary>
/// Finds abuse (a small per-language lexicon, whole words, "f***"/"sh*t"/"$h!t" masking, German compounds such as
/// "Scheißbot"), shouting (mostly capitals over at least 10 letters, or "!!!"), and complaints ("this is useless",
/// "waste of time", "no sirve", "c'est nul", "unverschämt"). Every language's lexicon is used whatever the locale.
/// </summary>
public static class FrustrationRecognizer
{
    private const int ShoutingMinimumLetters = 10;
    private const double ShoutingCapitalShare = 0.7;

    public static FrustrationSignal Analyze(string text, string? locale)
    {
        _ = locale; // Customers switch languages, and swear in several.
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FrustrationSignal(false, false, false, 0);
        }

        // A turn asks about its message more than once (the closing's check, the reading's complaint): read it once.
        if (ReadOnce.Find(text) is not { } memo)
        {
            return Signal(text);
        }

        return memo.Frustration ??= Signal(text);
    }

    private static FrustrationSignal Signal(string text)
    {
        var words = TextNormalizer.Words(text);
        var abusive = AnyAbusiveWord(words)
            || FrustrationVocabulary.Abuse.Any(words)
            || (MayHaveMaskedWords(text) && MaskedWords(text).Any(FrustrationVocabulary.IsAbusiveMasked));
        var complaints = FrustrationVocabulary.Complaints.Matches(words, typos: false).Count;
        var shouting = IsShouting(text);
        var angry = false;
        foreach (var word in words)
        {
            angry |= FrustrationVocabulary.AngryEmoji.Contains(word);
        }

        var calm = 1.0;
        calm *= abusive ? 1 - 0.7 : 1;
        calm *= complaints > 0 ? 1 - 0.5 : 1;
        calm *= complaints > 1 ? 1 - 0.3 : 1;
        calm *= shouting ? 1 - 0.4 : 1;
        calm *= angry ? 1 - 0.3 : 1;
        return new FrustrationSignal(abusive, shouting, complaints > 0, Math.Round(1 - calm, 3));
    }

    private static bool AnyAbusiveWord(string[] words)
    {
        foreach (var word in words)
        {
            if (FrustrationVocabulary.IsAbusiveWord(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False when no word of the text can hold a mask character: plain ASCII (which folds to itself but
    /// lower case) without any of "*#@$!%". Other text may fold into them ("＊" → "*"), so it is always looked at.</summary>
    private static bool MayHaveMaskedWords(string text) => !Ascii.IsValid(text) || text.AsSpan().ContainsAny(MaskCharacters);

    private static readonly SearchValues<char> MaskCharacters = SearchValues.Create("*#@$!%");

    /// <summary>Mostly capitals over at least <see cref="ShoutingMinimumLetters"/> letters, or "!!!" (also "?!!").</summary>
    private static bool IsShouting(string text)
    {
        var letters = 0;
        var capitals = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            capitals += char.IsUpper(c) ? 1 : 0;
        }

        if (letters >= ShoutingMinimumLetters && capitals >= letters * ShoutingCapitalShare)
        {
            return true;
        }

        // A run of at least three "!" or "?" with at least two "!": "!!!", "?!!", "!?!".
        var run = 0;
        var bangs = 0;
        foreach (var c in text)
        {
            run = c is '!' or '?' ? run + 1 : 0;
            bangs = c == '!' ? bangs + 1 : c == '?' ? bangs : 0;
            if (run >= 3 && bangs >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words written with symbols in them ("f***", "sh*t", "$h!t", "@#$%"), lower-cased, accents removed.</summary>
    private static IEnumerable<string> MaskedWords(string text) =>
        TextNormalizer.Fold(text)
            .Split([' ', '\t', '\n', '\r', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.TrimEnd('!', '?'))
            .Where(word => word.Length >= 3 && word.Any(c => c is '*' or '#' or '@' or '$' or '!' or '%'));
}
