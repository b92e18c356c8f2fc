using GraciousBot.Locales;

namespace GraciousBot.Closing.Details;

/// <summary>Validates the words after "to", "in", "from" as a place: a gazetteer entry or a strict proper noun.</summary>
internal static class Places
{
    /// <summary>Every language's street words (an address, not a place), and the token a masked detail leaves.</summary>
    private static readonly HashSet<string> StreetWords = new(
        LocaleRegistry.Packs.SelectMany(pack => pack.Details?.StreetWords ?? []).Append("piimask"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every language's articles before a place name ("the", "la", "die").</summary>
    private static readonly HashSet<string> PlaceArticles = new(
        LocaleRegistry.Packs.SelectMany(pack => pack.Details?.PlaceArticles ?? []), StringComparer.Ordinal);

    public static string? Resolve(Sentence s, int index, bool strict, LanguagePack lang)
    {
        if (index >= s.Tokens.Count)
        {
            return null;
        }

        for (var skip = 0; skip <= 1; skip++)
        {
            var start = index + skip;
            if (skip == 1 && (start >= s.Tokens.Count || !PlaceArticles.Contains(s.Tokens[index].Norm)))
            {
                break;
            }

            for (var n = Math.Min(Gazetteer.MaxPlaceWords, s.Tokens.Count - start); n >= 1; n--)
            {
                var tokens = s.Tokens.Skip(start).Take(n).ToList();
                var words = string.Join(' ', tokens.Select(t => t.Norm));
                var typedWithCapital = tokens.All(t => t.Original.Length > 0 && char.IsUpper(t.Original[0]));
                if (Gazetteer.TryPlace(words, typedWithCapital, out var place) && !IsStreet(s, start + n))
                {
                    return place;
                }
            }
        }

        if (strict)
        {
            return null;
        }

        var run = new List<string>();
        for (var i = index; i < s.Tokens.Count && run.Count < 3; i++)
        {
            var t = s.Tokens[i];
            if (!t.IsCapitalized || t.Original.Length is < 3 or > 20 || !t.Original.All(c => char.IsLetter(c) || c == '-') || Gazetteer.IsExcluded(t.Original)
                || lang.Markers.Contains(t.Norm))
            {
                break;
            }

            run.Add(t.Original);
        }

        // "Rose Cottage", "Flat 3", "Mike's house": a house name, an address or a person, never a place to echo.
        var after = index + run.Count;
        if (run.Count == 0 || IsStreet(s, after) || (after < s.Tokens.Count && (s.Tokens[after].IsCapitalized || s.Tokens[after].Norm.Any(char.IsDigit) || s.Tokens[after].Norm == "piimask")))
        {
            return null;
        }

        return string.Join(' ', run);
    }

    private static bool IsStreet(Sentence s, int next) =>
        next < s.Tokens.Count && StreetWords.Contains(s.Tokens[next].Norm.TrimEnd('.'));
}
