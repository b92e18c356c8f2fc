using System.Globalization;
using System.Text;
using GraciousBot.Locales;

namespace GraciousBot.Closing;

/// <summary>
/// The name a person would use to address the customer, from whatever a CRM or channel sends: "Dr. Ana Ruiz" →
/// "Dr. Ruiz" (a title is kept with the surname, in every locale: it is what the customer chose to be called, and
/// "Dr. Ruiz" reads correctly in en, es, fr and de), "MARTINEZ, CARLOS" → "Carlos", "MARY O'BRIEN" → "Mary",
/// "MS O'BRIEN" → "Ms O'Brien", "*Dana* &lt;script&gt;" → "Dana". Markup, emoji and initials are dropped; anything that
/// still does not look like a name gives null: no name is better than a broken one. Written here rather than taken
/// from a library: the name-parsing packages on NuGet target English CRM formats only and none handles the
/// "LAST, FIRST" plus title plus particle cases together.
/// </summary>
public static class Names
{
    /// <summary>Titles people are addressed by, as written in each of our languages (lower case, no dot).</summary>
    private static readonly Dictionary<string, string> Titles = LocaleRegistry.Packs
        .SelectMany(pack => pack.Names?.Titles ?? new Dictionary<string, string>())
        .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Surname particles written in lower case inside a name ("van der Berg", "de la Cruz").</summary>
    private static readonly HashSet<string> Particles = new(LocaleRegistry.NameParticles, StringComparer.OrdinalIgnoreCase);

    private const int MaxWordLength = 30;

    /// <summary>The last name read on this thread and how it is spoken: a turn asks for the same customer's name again and again.</summary>
    [ThreadStatic]
    private static (string Raw, string? Spoken)? _last;

    /// <summary>How to address the customer, or null when the raw value does not give a usable name.</summary>
    public static string? Spoken(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        if (_last is { } last && string.Equals(last.Raw, raw, StringComparison.Ordinal))
        {
            return last.Spoken;
        }

        var spoken = Read(raw);
        _last = (raw, spoken);
        return spoken;
    }

    private static string? Read(string raw)
    {
        var words = Words(raw);
        if (words.Count == 0)
        {
            return null;
        }

        // A title and a surname: "Dr. Ana Ruiz" → "Dr. Ruiz", "Ms O'Brien" → "Ms O'Brien".
        if (Titles.TryGetValue(words[0].TrimEnd('.'), out var title))
        {
            var surname = Surname(words.Skip(1).ToList());
            return surname is null ? null : $"{title} {surname}";
        }

        // "J. Smith": the first name is not known, and a surname alone would be too familiar; no name.
        return IsInitial(words[0]) ? null : ProperCase(words[0].TrimEnd('.'), isFirst: true);
    }

    /// <summary>The words of a name: markup and emoji removed, "LAST, FIRST" turned round.</summary>
    private static List<string> Words(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        var text = StripTags(raw.Normalize(NormalizationForm.FormC));
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            // CRM style "MARTINEZ, CARLOS": the part after the comma comes first. "MARTINEZ," has no first name: none.
            if (!text[(comma + 1)..].Any(char.IsLetter))
            {
                return [];
            }

            text = text[(comma + 1)..] + " " + text[..comma];
        }

        var words = new List<string>();
        foreach (var token in text.Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Any(c => !IsNameCharacter(c) && !IsDecoration(c)))
            {
                // Digits, "@", "/", ":" and the like: an e-mail, a phone number, an id, never part of a name; the
                // name is what came before it, if anything.
                break;
            }

            var kept = new string([.. token.Where(IsNameCharacter)]).Trim('-', '\'', '’');
            if (kept.Length == 0)
            {
                continue;
            }

            if (kept.Length > MaxWordLength || !char.IsLetter(kept[0]) || kept.Count(c => c == '.') > 2)
            {
                return [];
            }

            words.Add(kept);
        }

        return words;
    }

    private static bool IsNameCharacter(char c) => char.IsLetter(c) || c is '\'' or '’' or '-' or '.' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Markdown and emoji: dropped, the name around them kept.</summary>
    private static bool IsDecoration(char c) =>
        c is '*' or '_' or '~' or '`' or '#' or '|' or '\\' or '"' or '“' or '”' or '(' or ')' or '[' or ']' or '!' or '?'
        || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format or UnicodeCategory.EnclosingMark;

    private static string StripTags(string text)
    {
        var result = new StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
                result.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>"J." or "JR" (two capitals with dots) or a single letter.</summary>
    private static bool IsInitial(string word)
    {
        var letters = word.Count(char.IsLetter);
        return letters == 1 || (word.Contains('.', StringComparison.Ordinal) && letters <= 2 && word.All(c => c == '.' || char.IsUpper(c)));
    }

    private static string? Surname(List<string> rest)
    {
        var named = rest.Where(w => !IsInitial(w)).ToList();
        if (named.Count == 0)
        {
            return null;
        }

        // The surname starts at its particles: "Ana van der Berg" → "van der Berg"; else the last word.
        var start = named.Count - 1;
        while (start > 0 && Particles.Contains(named[start - 1]))
        {
            start--;
        }

        if (start == 0 && named.Count > 1 && Particles.Contains(named[0]))
        {
            start = 0;
        }

        var parts = named.Skip(start).Select((w, i) => ProperCase(w, isFirst: false)).ToList();
        return string.Join(' ', parts);
    }

    /// <summary>"MARTINEZ" → "Martinez", "o'brien" → "O'Brien", "MCDONALD" → "McDonald", "ANNE-MARIE" → "Anne-Marie"; mixed case kept.</summary>
    internal static string ProperCase(string word, bool isFirst)
    {
        var letters = word.Where(char.IsLetter).ToList();
        var mixed = letters.Any(char.IsUpper) && letters.Any(char.IsLower);
        if (mixed)
        {
            return word;
        }

        if (!isFirst && Particles.Contains(word))
        {
            return word.ToLower(CultureInfo.InvariantCulture);
        }

        var lower = word.ToLower(CultureInfo.InvariantCulture);
        var result = new StringBuilder(lower.Length);
        var capitalNext = true;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            result.Append(capitalNext && char.IsLetter(c) ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            capitalNext = c is '-' or '\'' or '’' || (i == 1 && lower.StartsWith("mc", StringComparison.Ordinal));
        }

        return result.ToString();
    }
}
