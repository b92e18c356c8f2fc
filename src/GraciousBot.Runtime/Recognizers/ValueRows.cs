using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>Numbered phrase rows (ratings, positions) of several languages, merged into one table.</summary>
internal static class ValueRows
{
    /// <summary>
    /// Rows of several languages merged by value, in the order values first appear, each value's phrases in language
    /// order: "1: one, uno, un, une, eins".
    /// </summary>
    public static (int Value, string Words)[] Merge(IEnumerable<IReadOnlyList<NumberedPhrases>> languages)
    {
        var merged = new List<(int Value, List<string> Words)>();
        foreach (var row in languages.SelectMany(rows => rows))
        {
            var index = merged.FindIndex(entry => entry.Value == row.Value);
            if (index < 0)
            {
                merged.Add((row.Value, [row.Phrases]));
            }
            else
            {
                merged[index].Words.Add(row.Phrases);
            }
        }

        return merged.Select(entry => (entry.Value, string.Join(", ", entry.Words))).ToArray();
    }
}
