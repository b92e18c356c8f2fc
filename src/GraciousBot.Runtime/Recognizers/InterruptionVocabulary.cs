using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Interruption commands per language (<see cref="AnswerWords.Interruptions"/> in the language's folder). An answer is
/// a command only when, once the language's request words (<see cref="InterruptionWords.Fillers"/>: "please", "I want
/// to", "can I", "por favor", "je veux", "ich möchte"...) are dropped, nothing but a command phrase is left. For
/// <see cref="Interruption.Human"/> the verbs and articles of "talk to a" are request words too, so "can I talk to a
/// real person please" leaves "person". A request to talk may name its topic ("talk to someone about my bill"): with a
/// talking verb, the words from the topic word on are ignored.
/// </summary>
internal static class InterruptionVocabulary
{
    public static IReadOnlyDictionary<string, InterruptionWords> ByLanguage { get; } = LocaleRegistry.Packs
        .Where(pack => pack.Answers is not null)
        .ToDictionary(pack => pack.Code, pack => pack.Answers!.Interruptions, StringComparer.Ordinal);
}
