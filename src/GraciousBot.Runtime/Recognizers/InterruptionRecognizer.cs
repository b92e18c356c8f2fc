using System.Collections.Frozen;
using GraciousBot.Locales;

namespace GraciousBot.Runtime.Recognizers;

public enum Interruption
{
    Human,
    Cancel,
    Help,
    StartOver,

    /// <summary>The customer is leaving now ("gotta dash, thanks").</summary>
    Leave,

    /// <summary>Written in (or asking for) another supported language than the conversation's.</summary>
    SwitchLanguage,
}

/// <summary>
/// Recognises a short command that interrupts any prompt: ask for a person, cancel, ask for help, start over.
/// It is checked before every answer, so it is strict: the whole answer must be the command, apart from request
/// words ("please", "can I", "I want to", "por favor", "je veux", "ich möchte") and, for a person, "talk to a"
/// ("speak to a real person please", "mit einem Menschen sprechen"). Anything else in the answer ("the agent already
/// fixed it", "thanks for the help", "stop sending me emails") means it is an answer, not a command. A lone "?" asks
/// for help. Small typos are tolerated in longer words ("cancle", "representitive").
/// </summary>
public static class InterruptionRecognizer
{
    /// <summary>Longer answers are content about the case, never a command.</summary>
    private const int MaxCommandWords = 12;

    private sealed record Grammar(
        PhraseSet<bool> Fillers,
        PhraseSet<bool> HumanFillers,
        PhraseSet<Interruption> Commands,
        PhraseSet<Interruption> Human,
        PhraseSet<bool> TalkVerbs,
        PhraseSet<bool> Topic);

    private static readonly FrozenDictionary<string, Grammar> Grammars = InterruptionVocabulary.ByLanguage
        .ToFrozenDictionary(pair => pair.Key, pair => Build(pair.Value));

    public static Interruption? Recognize(string text, string? locale)
    {
        // The runtime's check and the reading of the message both ask: read it once per text and locale.
        var memo = ReadOnce.Find(text);
        if (memo?.Interruption is { } known && known.For(locale))
        {
            return known.Value;
        }

        var found = RecognizeText(text, locale);
        if (memo is not null)
        {
            memo.Interruption = new ReadOnce.Localized<Interruption?>(locale, found);
        }

        return found;
    }

    private static Interruption? RecognizeText(string text, string? locale)
    {
        if (!string.IsNullOrWhiteSpace(text) && text.Trim().All(c => c is '?' or '¿' || char.IsWhiteSpace(c)))
        {
            return Interruption.Help;
        }

        var words = TextNormalizer.Words(text);
        if (words.Length is 0 or > MaxCommandWords)
        {
            return null;
        }

        foreach (var language in Languages.PreferenceOrder(locale))
        {
            var grammar = Grammars[language];
            var core = grammar.Fillers.Without(words);
            if (core.Length == 0)
            {
                continue;
            }

            if (grammar.Commands.TryMatchWhole(core, out var command))
            {
                return command;
            }

            if (IsAskingForPerson(grammar, core))
            {
                return Interruption.Human;
            }
        }

        return null;
    }

    /// <summary>"a real person please", "mit einem Menschen sprechen", "talk to someone about my bill".</summary>
    private static bool IsAskingForPerson(Grammar grammar, string[] core)
    {
        var person = grammar.HumanFillers.Without(core);
        if (person.Length > 0 && grammar.Human.TryMatchWhole(person, out _))
        {
            return true;
        }

        var topic = grammar.Topic.Matches(core, typos: false);
        if (topic.Count == 0 || grammar.TalkVerbs.Any(core) is false)
        {
            return false;
        }

        var request = grammar.HumanFillers.Without(core[..topic[0].Start]);
        return request.Length > 0 && grammar.Human.TryMatchWhole(request, out _);
    }

    private static Grammar Build(InterruptionWords words)
    {
        var fillers = PhraseSet.Of(words.Fillers);
        var humanFillers = PhraseSet.Of(words.HumanFillers);

        // Commands are stored as customers' answers are read: without request words.
        IEnumerable<(string, Interruption)> Phrases(string list, Interruption intent, params PhraseSet<bool>[] dropped) =>
            TextNormalizer.List(list).Select(phrase =>
            {
                var kept = dropped.Aggregate(TextNormalizer.Words(phrase), (remaining, set) => set.Without(remaining));
                return kept.Length > 0
                    ? (string.Join(' ', kept), intent)
                    : throw new InvalidOperationException($"Interruption phrase '{phrase}' is made only of filler words.");
            });

        var commands = new PhraseSet<Interruption>(
            Phrases(words.Cancel, Interruption.Cancel, fillers)
                .Concat(Phrases(words.Help, Interruption.Help, fillers))
                .Concat(Phrases(words.StartOver, Interruption.StartOver, fillers)));
        var human = new PhraseSet<Interruption>(Phrases(words.Human, Interruption.Human, fillers, humanFillers));
        return new Grammar(fillers, humanFillers, commands, human, PhraseSet.Of(words.TalkVerbs), PhraseSet.Of(words.Topic));
    }
}
