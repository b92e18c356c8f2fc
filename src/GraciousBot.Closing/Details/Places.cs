namespace GraciousBot.Closing.Details;

/// <summary>Validates the words after "to", "in", "from" as a place: a gazetteer entry or a strict proper noun.</summary>
internal static class Places
{
    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "close", "crescent", "place", "pl", "terrace",
        "square", "sq", "highway", "hwy", "parkway", "circle", "mews", "grove", "gardens", "row", "calle", "avenida", "rue", "straße", "strasse", "weg", "gasse", "platz", "allee",
        "apartment", "apt", "suite", "unit", "flat", "floor", "building", "piimask", "hotel", "airport", "station", "hospital", "mall", "centre", "center", "store",
    };

    public static string? Resolve(Sentence s, int index, bool strict, LanguagePack lang)
    {
        if (index >= s.Tokens.Count)
        {
            return null;
        }

        for (var skip = 0; skip <= 1; skip++)
        {
            var start = index + skip;
            if (skip == 1 && (start >= s.Tokens.Count || s.Tokens[index].Norm is not ("the" or "la" or "le" or "el" or "die" or "den" or "das" or "l'")))
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
