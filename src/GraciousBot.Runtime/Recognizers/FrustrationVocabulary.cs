using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Abuse and complaint lexicons (<see cref="FrustrationWords"/> in each language's folder), all used for every locale.
/// Words that mean something harmless in another supported language are left out: French "con" (Spanish "with"),
/// "retard" (French "delay"), "dick" (German "thick"), bare "harto" (Chilean "a lot"), "es reicht" (German "that will do").
/// </summary>
internal static class FrustrationVocabulary
{
    private static readonly FrustrationWords[] All = LocaleRegistry.All(pack => pack.Answers?.Frustration).ToArray();

    /// <summary>Word starts that are abusive in any form or compound: "fucking", "shitty", "Scheißbot", "Drecksladen".</summary>
    private static readonly string[] AbusiveStems = All.SelectMany(words => TextNormalizer.List(words.AbusiveStems)).ToArray();

    private static readonly WordSet Words = new(All.Select(words => words.AbusiveWords));

    /// <summary>Spelled-out forms that masked words ("f*cking", "sh*t", "a**hole") are compared with.</summary>
    private static readonly string[] MaskTargets = All
        .SelectMany(words => TextNormalizer.List(words.AbusiveWords))
        .Select(TextNormalizer.Normalize)
        .Concat(All.SelectMany(words => TextNormalizer.List(words.MaskedForms ?? "")))
        .Distinct()
        .ToArray();

    public static PhraseSet<bool> Abuse { get; } = PhraseSet.Of(All.Select(words => words.Abuse).ToArray());

    public static PhraseSet<bool> Complaints { get; } = PhraseSet.Of(All.Select(words => words.Complaints).ToArray());

    public static WordSet AngryEmoji { get; } = new(LocaleRegistry.AnyLanguage.AngryEmoji);

    public static bool IsAbusiveWord(string word)
    {
        if (Words.Contains(word))
        {
            return true;
        }

        foreach (var stem in AbusiveStems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"f***", "sh*t", "$h!t", "a**hole", or a grawlix such as "@#$%".</summary>
    public static bool IsAbusiveMasked(string masked)
    {
        if (masked.All(c => "@#$%&*!".Contains(c)))
        {
            return masked.Length >= 3 && masked.Distinct().Count() >= 3;
        }

        var unleet = new string(masked.Select(c => c switch { '$' => 's', '@' => 'a', '!' => 'i', '0' => 'o', '3' => 'e', _ => c }).ToArray());
        if (!unleet.Any(c => c is '*' or '#' or '%'))
        {
            return IsAbusiveWord(unleet);
        }

        return char.IsLetter(unleet[0]) && MaskTargets.Any(target => WildcardEquals(unleet, 0, target, 0));
    }

    /// <summary>Letters must be equal; a run of mask characters stands for one or more letters.</summary>
    private static bool WildcardEquals(string pattern, int p, string word, int w)
    {
        if (p == pattern.Length)
        {
            return w == word.Length;
        }

        if (pattern[p] is '*' or '#' or '%')
        {
            var end = p;
            while (end < pattern.Length && pattern[end] is '*' or '#' or '%')
            {
                end++;
            }

            for (var take = 1; w + take <= word.Length; take++)
            {
                if (WildcardEquals(pattern, end, word, w + take))
                {
                    return true;
                }
            }

            return false;
        }

        return w < word.Length && pattern[p] == word[w] && WildcardEquals(pattern, p + 1, word, w + 1);
    }
}
