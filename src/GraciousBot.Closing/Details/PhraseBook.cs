namespace GraciousBot.Closing.Details;

/// <summary>What a phrase is built from: vocabulary keys and validated proper nouns only.</summary>
/// <param name="Noun">A vocabulary noun key ("trip", "promotion").</param>
/// <param name="Relation">A relation key ("daughter"), "his"/"her"/"their", or null for the customer's own.</param>
/// <param name="Place">A validated place name.</param>
/// <param name="Ordinal">An ordinal number 1–120 ("40" for "40th").</param>
/// <param name="Name">A validated first name ("Emma's birthday").</param>
/// <param name="Years">Years as a customer, for loyalty.</param>
internal sealed record PhraseParts(DetailKind Kind, string Noun, string? Relation, string? Place, int? Ordinal, string? Name, DetailTiming Timing, int? Years, bool IsNew);

/// <summary>How one language writes safe phrases, and every word it can use (for the safety check).</summary>
internal sealed class PhraseBook
{
    /// <summary>Written noun (normalized) → vocabulary noun key, per kind.</summary>
    public required IReadOnlyDictionary<DetailKind, IReadOnlyDictionary<string, string>> Nouns { get; init; }

    public required IReadOnlyDictionary<DetailKind, string> DefaultNoun { get; init; }

    public required Func<PhraseParts, string> Build { get; init; }

    /// <summary>Every word a phrase of this language can contain, apart from proper nouns and numbers.</summary>
    public required IReadOnlySet<string> Words { get; init; }

    public string NounFor(DetailKind kind, string? written)
    {
        if (written is not null && Nouns.TryGetValue(kind, out var table))
        {
            var key = written.Trim();
            if (table.TryGetValue(key, out var noun))
            {
                return noun;
            }

            // "half marathon" → try the last word.
            var last = key.Split(' ')[^1];
            if (table.TryGetValue(last, out noun))
            {
                return noun;
            }
        }

        return DefaultNoun[kind];
    }

    /// <summary>Collects the words of phrase fragments into a vocabulary set.</summary>
    public static HashSet<string> WordsOf(IEnumerable<string> fragments)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fragment in fragments)
        {
            foreach (var word in SafetyTokens.Words(fragment))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
