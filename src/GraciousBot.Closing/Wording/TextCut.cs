namespace GraciousBot.Closing.Wording;

/// <summary>Shortens text the way a person would: at the end of a sentence if one is near, else between words, with an ellipsis.</summary>
public static class TextCut
{
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> itself when it fits in <paramref name="max"/> characters; otherwise the longest run of
    /// whole sentences that keeps at least half of the room, else of whole words, followed by an ellipsis.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max)
        {
            return text;
        }

        var room = max - Ellipsis.Length - 1;
        var sentenceEnd = -1;
        for (var i = 0; i < room && i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '。' && char.IsWhiteSpace(text[i + 1]))
            {
                sentenceEnd = i;
            }
        }

        if (sentenceEnd >= room / 2)
        {
            return text[..(sentenceEnd + 1)] + " " + Ellipsis;
        }

        var cut = text.LastIndexOf(' ', Math.Min(room, text.Length - 1));
        var words = (cut > 0 ? text[..cut] : text[..room]).TrimEnd(' ', ',', ';', ':', '-', '–', '—');
        return words + Ellipsis;
    }
}
