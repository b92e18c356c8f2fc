using System.Collections.Frozen;
using System.Text.RegularExpressions;
using GraciousBot.Runtime.Languages;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Reads one customer message, whatever the current question (<see cref="Expecting"/>), into one
/// <see cref="MessageReading"/>. The steps:
/// <list type="number">
/// <item>The language: the supported language whose words the message uses most, the locale's on a tie or when the
/// message has no words (emoji, digits, an id); an explicit request ("¿puedo seguir en español?") decides.</item>
/// <item>Intents, in the message's language and the locale's (see <see cref="UnderstandingWords"/>): a person asked
/// for anywhere (a person word with a request word before it, "call me" after it, a team with a talking verb, or a
/// short message that is mostly a person word, typos tolerated), leaving, declining (rating and comment only), cancel,
/// help, start over, complaints (<see cref="FrustrationRecognizer"/>, softened ones excepted) and off-topic questions.</item>
/// <item>The answer, read clause by clause: a change of mind ("wait", "actually", "no wait") or a contrast ("but")
/// starts a new stretch and the last stretch with a stance wins; sarcasm ("yeah right", scare quotes, 🙃) turns a yes
/// into a no; doubt ("for now", "we'll see") turns it into no answer, and the reading is then unsure.</item>
/// </list>
/// It never makes up an answer: a rating needs a number, stars or (in a short answer) a rating word the customer
/// wrote; numbers of something else ("3 times", "#48213") are not ratings.
/// </summary>
public static partial class MessageReader
{
    private const int ShortMessageWords = 4;
    private const int ShortRatingWords = 5;

    private static readonly FrozenDictionary<string, Vocabulary> Vocabularies = LocaleRegistry.Packs
        .Where(pack => pack.Understanding is not null)
        .ToFrozenDictionary(pack => pack.Code, pack => new Vocabulary(pack.Code, pack.Understanding!), StringComparer.Ordinal);

    public static MessageReading Read(string? text, string? locale, Expecting expecting, IReadOnlyList<Choice>? choices = null)
    {
        text = (text ?? string.Empty).Trim();
        var tokens = TextNormalizer.Tokenize(text);
        var words = tokens.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
        var (language, switchTo) = LanguageOf(tokens, words, locale);
        var localeLanguage = Recognizers.Languages.Of(locale);
        var vocabularies = new[] { language, localeLanguage }.Distinct().Select(code => Vocabularies[code]).ToArray();

        var intents = new HashSet<Intent>();
        if (words.Length == 0 && text.Length > 0 && text.All(c => c is '?' or '¿' || char.IsWhiteSpace(c)))
        {
            intents.Add(Intent.Help);
        }

        var interruption = words.Length == 0 ? null : InterruptionRecognizer.Recognize(text, locale);
        var botQuestion = vocabularies.Any(v => IsBotQuestion(v, tokens, text));
        if (interruption == Interruption.Human || (!botQuestion && vocabularies.Any(v => AsksForPerson(v, tokens, words))))
        {
            intents.Add(Intent.Person);
        }

        if (interruption == Interruption.Cancel || vocabularies.Any(v => v.Cancel.Matches(tokens, typos: false).Count > 0))
        {
            intents.Add(Intent.Cancel);
        }

        if (interruption == Interruption.Help || vocabularies.Any(v => Says(v.Help, tokens, words)))
        {
            intents.Add(Intent.Help);
        }

        if (interruption == Interruption.StartOver)
        {
            intents.Add(Intent.StartOver);
        }

        var leaving = vocabularies.Any(v => v.Leave.Matches(tokens, typos: false).Count > 0);
        if (leaving)
        {
            intents.Add(Intent.Leave);
        }

        if (IsComplaint(text, tokens, vocabularies))
        {
            intents.Add(Intent.Complaint);
        }

        var declining = expecting is Expecting.Rating or Expecting.Comment && IsDecline(text, tokens, words, vocabularies);
        if (declining)
        {
            intents.Add(Intent.Decline);
        }

        var unsure = false;
        ReadAnswer? answer = null;
        switch (expecting)
        {
            case Expecting.YesNo or Expecting.AnythingElse or Expecting.PersonOffer:
                // A clause that asks for a person is not a yes ("je voudrais parler à un vrai conseiller").
                var answering = intents.Contains(Intent.Person)
                    ? Clauses(tokens).Where(clause => !vocabularies.Any(v => AsksForPerson(v, clause, clause))).SelectMany(clause => clause.Append(TextNormalizer.Boundary)).ToArray()
                    : tokens;
                var stance = StanceOf(text, answering, locale, vocabularies);
                answer = stance.Stance switch
                {
                    Stance.Yes => new ReadAnswer.Said(YesNo.Yes),
                    Stance.No => new ReadAnswer.Said(YesNo.No),
                    _ => null,
                };
                unsure = stance.Stance == Stance.Unsure;
                if (answer is null && expecting == Expecting.PersonOffer && intents.Contains(Intent.Person))
                {
                    answer = new ReadAnswer.Said(YesNo.Yes);
                }

                if (answer is null && expecting == Expecting.AnythingElse && !unsure && IsNewRequest(tokens, words, intents, vocabularies, botQuestion))
                {
                    answer = new ReadAnswer.Said(YesNo.Yes);
                }

                break;
            case Expecting.OpenItems:
                (answer, unsure) = PickOf(tokens, words, locale, choices ?? [], vocabularies);
                break;
            case Expecting.Rating when !declining:
                answer = RatingOf(tokens, locale, vocabularies) is { } rating ? new ReadAnswer.Rated(rating) : null;
                break;
            case Expecting.Comment when !declining && words.Length > 0:
                answer = IsComment(tokens, words, intents, vocabularies, botQuestion) ? new ReadAnswer.Commented(text.Length > 1_000 ? text[..1_000] : text) : null;
                break;
        }

        if (answer is not null && answer is not ReadAnswer.Commented && intents.Contains(Intent.Help) && interruption != Interruption.Help)
        {
            intents.Remove(Intent.Help);
        }

        var doubtful = answer is null && vocabularies.Any(v => v.Doubt.Matches(tokens, typos: false).Count > 0);
        unsure |= doubtful && expecting is Expecting.YesNo or Expecting.AnythingElse or Expecting.OpenItems;
        OffTopicKind? topic = null;
        if (answer is null && switchTo is null && !doubtful && !intents.Overlaps([Intent.Person, Intent.Cancel, Intent.Help, Intent.StartOver, Intent.Decline])
            && (!leaving || botQuestion)
            && (expecting != Expecting.AnythingElse || botQuestion)
            && IsOffTopic(tokens, words, vocabularies, botQuestion) is { } kind)
        {
            intents.Add(Intent.OffTopic);
            topic = kind;
        }

        unsure = unsure && answer is null && intents.Count == 0;
        return new MessageReading(answer, intents, language, unsure) { SwitchTo = switchTo, Topic = topic };
    }

    // ---- Language ---------------------------------------------------------------------------------------------

    private static (string Language, string? SwitchTo) LanguageOf(string[] tokens, string[] words, string? locale)
    {
        var localeLanguage = Recognizers.Languages.Of(locale);
        if (words.Length <= 10)
        {
            foreach (var vocabulary in Vocabularies.Values)
            {
                var named = vocabulary.Names.Matches(tokens, typos: false);
                if (named.Count == 0)
                {
                    continue;
                }

                var asked = words.Length <= 2 || Vocabularies.Values.Any(v => v.SwitchCues.Matches(tokens, typos: false).Count > 0);
                if (asked)
                {
                    return (vocabulary.Code, vocabulary.Code);
                }
            }
        }

        var scores = Vocabularies.ToDictionary(pair => pair.Key, pair => words.Count(pair.Value.Words.Contains));
        var best = scores.Values.Max();
        if (best == 0 || scores[localeLanguage] == best)
        {
            return (localeLanguage, null);
        }

        return (Recognizers.Languages.Supported.First(code => scores[code] == best), null);
    }

    // ---- Intents ------------------------------------------------------------------------------------------------

    /// <summary>A multi-word phrase anywhere, or a one-word phrase as (nearly) the whole message.</summary>
    private static bool Says(PhraseSet<bool> phrases, string[] tokens, string[] words)
    {
        var matches = phrases.Matches(tokens, typos: false);
        if (matches.Any(match => match.Length >= 2))
        {
            return true;
        }

        var core = SkipRecognizer.Politeness.Without(words);
        return matches.Count > 0 && core.Length <= 2 && phrases.TryMatchWhole(core, out _, typos: false);
    }

    private static bool IsBotQuestion(Vocabulary vocabulary, string[] tokens, string text) =>
        vocabulary.BotQuestions.Matches(tokens, typos: false).Any(match => match.Length >= 3 || text.Contains('?', StringComparison.Ordinal));

    private static bool AsksForPerson(Vocabulary vocabulary, string[] tokens, string[] words)
    {
        if (vocabulary.NoPersonNeeded.Matches(tokens, typos: false).Count > 0)
        {
            return false;
        }

        if (vocabulary.PersonPhrases.Matches(tokens, typos: false).Count > 0)
        {
            return true;
        }

        foreach (var clause in Clauses(tokens))
        {
            var nouns = vocabulary.PersonNouns.Matches(clause);
            var someone = vocabulary.Someone.Matches(clause, typos: false);
            var teams = vocabulary.TeamNouns.Matches(clause, typos: false);
            if (nouns.Count + someone.Count + teams.Count == 0)
            {
                continue;
            }

            var before = vocabulary.PersonRequests.Matches(clause);
            var after = vocabulary.PersonRequestsAfter.Matches(clause, typos: false);
            var talk = vocabulary.TalkVerbs.Matches(clause);
            foreach (var noun in nouns)
            {
                // French "personne ne m'a aidé" is "nobody helped me".
                var nobody = noun.End < clause.Length && clause[noun.End] is "ne" or "n";
                if (!nobody && (before.Any(m => m.Start < noun.Start) || after.Any(m => m.Start >= noun.End)))
                {
                    return true;
                }
            }

            if (someone.Concat(teams).Any(noun => talk.Count > 0 || after.Any(m => m.Start >= noun.End)))
            {
                return true;
            }
        }

        // "live agnet", "human!!", "representative pls": a message that is little more than a person.
        var core = SkipRecognizer.Politeness.Without(words);
        return core.Length is > 0 and <= ShortMessageWords
            && vocabulary.PersonNouns.Matches(core).Sum(match => match.Length) * 2 >= core.Length;
    }

    private static bool IsComplaint(string text, string[] tokens, Vocabulary[] vocabularies)
    {
        var signal = FrustrationRecognizer.Analyze(text, null);
        if (signal.Abusive || (signal.Shouting && text.Count(char.IsLetter) >= 10 && text.Count(char.IsUpper) * 10 >= text.Count(char.IsLetter) * 7))
        {
            return true;
        }

        return signal.Complaint && !vocabularies.Any(v => v.Mild.Matches(tokens, typos: false).Count > 0);
    }

    private static bool IsDecline(string text, string[] tokens, string[] words, Vocabulary[] vocabularies)
    {
        if (SkipRecognizer.IsSkip(text, null))
        {
            return true;
        }

        var core = SkipRecognizer.Politeness.Without(words);
        foreach (var vocabulary in vocabularies)
        {
            var kept = vocabulary.Leave.Without(core);
            if (kept.Length > 0 && vocabulary.Decline.TryMatchWhole(kept, out _, typos: false))
            {
                return true;
            }

            // "I'd rather not rate today", "prefiero no valorar, gracias": a refusal that opens a short message.
            var first = vocabulary.Decline.Matches(tokens, typos: false);
            if (first is [{ Length: >= 2 } opening, ..] && words.Length <= 8 && tokens.Take(opening.Start).All(TextNormalizer.IsBoundary))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNewRequest(string[] tokens, string[] words, HashSet<Intent> intents, Vocabulary[] vocabularies, bool botQuestion)
    {
        if (botQuestion || intents.Overlaps([Intent.Person, Intent.Cancel, Intent.Help, Intent.StartOver, Intent.Leave]))
        {
            return false;
        }

        var core = SkipRecognizer.Politeness.Without(words);
        return core.Length >= 3 || tokens.Contains(TextNormalizer.QuestionBoundary) || vocabularies.Any(v => v.NewRequest.Matches(tokens, typos: false).Count > 0);
    }

    private static OffTopicKind? IsOffTopic(string[] tokens, string[] words, Vocabulary[] vocabularies, bool botQuestion)
    {
        if (botQuestion)
        {
            return OffTopicKind.Bot;
        }

        if (words.Length is > 0 and <= 3 && words.Any(IsReference))
        {
            return OffTopicKind.Delivery;
        }

        var question = tokens.Contains(TextNormalizer.QuestionBoundary)
            || vocabularies.Any(v => v.QuestionWords.Matches(tokens, typos: false) is [{ Start: 0 }, ..]);
        if (!question)
        {
            return null;
        }

        foreach (var vocabulary in vocabularies)
        {
            if (vocabulary.Refund.Matches(tokens).Count > 0)
            {
                return OffTopicKind.Refund;
            }

            if (vocabulary.Hours.Matches(tokens, typos: false).Count > 0)
            {
                return OffTopicKind.Hours;
            }

            if (vocabulary.Delivery.Matches(tokens).Count > 0)
            {
                return OffTopicKind.Delivery;
            }
        }

        return OffTopicKind.Other;
    }

    /// <summary>An order or ticket number: "#48213", "48213", "ORD-1234", "T-1077".</summary>
    private static bool IsReference(string word) => word.Count(char.IsAsciiDigit) >= 4 && word.Any(char.IsAsciiDigit);

    // ---- Answers ------------------------------------------------------------------------------------------------

    private static StanceReading StanceOf(string text, string[] tokens, string? locale, Vocabulary[] vocabularies)
    {
        var result = new StanceReading(Stance.Silent, false);
        foreach (var stretch in Stretches(tokens, vocabularies, locale))
        {
            var reading = YesNoRecognizer.ReadStance(stretch, locale);
            switch (reading.Stance)
            {
                case Stance.Yes or Stance.No when result.Stance is Stance.Silent or Stance.Question || !reading.WeakOnly || result.WeakOnly:
                    result = reading;
                    break;
                case Stance.Unsure when result.Stance != Stance.No:
                    result = reading;
                    break;
                case Stance.Question when result.Stance == Stance.Silent:
                    result = reading;
                    break;
            }
        }

        if (result.Stance == Stance.Yes && IsSarcastic(text, tokens, vocabularies))
        {
            return new StanceReading(Stance.No, false);
        }

        if (result.Stance == Stance.Yes && vocabularies.Any(v => v.Doubt.Matches(tokens, typos: false).Count > 0))
        {
            return new StanceReading(Stance.Unsure, false);
        }

        return result;
    }

    private static bool IsSarcastic(string text, string[] tokens, Vocabulary[] vocabularies) =>
        vocabularies.Any(v => v.Sarcasm.Matches(tokens, typos: false).Count > 0) || ScareQuotes().IsMatch(text);

    /// <summary>"*working*", "\"fixed\"", "'resolved'": a word in quotes or asterisks.</summary>
    [GeneratedRegex("""(?:^|[\s(])[*"“'‘«„]\s?\p{L}+(?:\s\p{L}+)?\s?[*"”'’»“](?=$|[\s.,!?)…])""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ScareQuotes();

    /// <summary>The message cut at every change of mind and contrast, in order: "yes — wait, no, it's red" → [yes], [no, it's red].</summary>
    private static List<string[]> Stretches(string[] tokens, Vocabulary[] vocabularies, string? locale)
    {
        var cuts = new SortedDictionary<int, int>();
        foreach (var vocabulary in vocabularies)
        {
            foreach (var match in vocabulary.Corrections.Matches(tokens, typos: false))
            {
                cuts[match.Start] = Math.Max(cuts.GetValueOrDefault(match.Start), match.Length);
            }

            foreach (var match in YesNoVocabulary.ByLanguage[vocabulary.Code].Matches(tokens, typos: false).Where(m => m.Value.HasFlag(Cue.Contrast)))
            {
                cuts[match.Start] = Math.Max(cuts.GetValueOrDefault(match.Start), match.Length);
            }
        }

        _ = locale;
        var stretches = new List<string[]>();
        var start = 0;
        foreach (var (at, length) in cuts)
        {
            if (at < start)
            {
                continue;
            }

            if (at > start)
            {
                stretches.Add(tokens[start..at]);
            }

            start = at + length;
        }

        if (start < tokens.Length)
        {
            stretches.Add(tokens[start..]);
        }

        return stretches.Where(stretch => stretch.Any(token => !TextNormalizer.IsBoundary(token))).ToList();
    }

    private static (ReadAnswer? Answer, bool Unsure) PickOf(string[] tokens, string[] words, string? locale, IReadOnlyList<Choice> choices, Vocabulary[] vocabularies)
    {
        var stretches = Stretches(tokens, vocabularies, locale);
        for (var i = stretches.Count - 1; i >= 0; i--)
        {
            var text = string.Join(' ', stretches[i]);
            if (choices.Count > 0 && ChoiceRecognizer.Recognize(text, choices, locale) is { } chosen)
            {
                return (new ReadAnswer.Picked(chosen.Value), false);
            }

            if (choices.Count > 0 && choices.FirstOrDefault(c => words.Any(w => string.Equals(w, TextNormalizer.Normalize(c.Value).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal))) is { } byId)
            {
                return (new ReadAnswer.Picked(byId.Value), false);
            }

            var stretchWords = stretches[i].Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
            if (vocabularies.Any(v => Says(v.NoneOfThose, stretches[i], stretchWords)))
            {
                return (new ReadAnswer.NoneOfThose(), false);
            }
        }

        var stance = StanceOf(string.Join(' ', words), tokens, locale, vocabularies);
        return stance.Stance switch
        {
            Stance.No => (new ReadAnswer.NoneOfThose(), false),
            Stance.Yes when choices.Count == 1 => (new ReadAnswer.Picked(choices[0].Value), false),
            Stance.Yes or Stance.Unsure => (null, true),
            _ => (null, false),
        };
    }

    private static int? RatingOf(string[] tokens, string? locale, Vocabulary[] vocabularies)
    {
        var stretches = Stretches(tokens, vocabularies, locale);
        for (var i = stretches.Count - 1; i >= 0; i--)
        {
            var stretch = stretches[i];
            var words = stretch.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
            var text = string.Join(' ', stretch);
            var numeric = words.Any(word => word.Any(char.IsAsciiDigit) || RatingVocabulary.Numbers.ContainsKey(word) || RatingVocabulary.StarSymbols.Contains(word))
                || (words.Length == 0 && text.Contains('*', StringComparison.Ordinal));
            switch (RatingRecognizer.Recognize(text, locale))
            {
                case RatingRecognition.Recognized { Value: var value } when numeric || SkipRecognizer.Politeness.Without(words).Length <= ShortRatingWords:
                    return value;
                case RatingRecognition.OutOfRange { Given: 10 or 11 }:
                    return 5; // "un diez", "10!", "11/10"
            }
        }

        return null;
    }

    private static bool IsComment(string[] tokens, string[] words, HashSet<Intent> intents, Vocabulary[] vocabularies, bool botQuestion)
    {
        var core = SkipRecognizer.Politeness.Without(words);
        foreach (var vocabulary in vocabularies)
        {
            core = vocabulary.Leave.Without(core);
        }

        if (core.Length == 0 || intents.Contains(Intent.Cancel) || intents.Contains(Intent.StartOver))
        {
            return false;
        }

        if (intents.Contains(Intent.Help) && core.Length <= 6)
        {
            return false;
        }

        if (intents.Contains(Intent.Person))
        {
            // The clauses that are not about the person must say something of their own.
            var rest = Clauses(tokens)
                .Where(clause => !vocabularies.Any(v => AsksForPerson(v, clause, clause)))
                .SelectMany(clause => SkipRecognizer.Politeness.Without(clause))
                .ToArray();
            return rest.Length >= 3;
        }

        if (botQuestion)
        {
            return false;
        }

        var asks = tokens.Length > 0 && tokens[^1] == TextNormalizer.QuestionBoundary;
        return !(asks && core.Length <= 12 && IsOffTopic(tokens, words, vocabularies, false) is { } kind && kind != OffTopicKind.Other);
    }

    private static IEnumerable<string[]> Clauses(string[] tokens)
    {
        var start = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || TextNormalizer.IsBoundary(tokens[i]))
            {
                if (i > start)
                {
                    yield return tokens[start..i];
                }

                start = i + 1;
            }
        }
    }

    /// <summary>One language's understanding words, compiled once.</summary>
    private sealed class Vocabulary
    {
        public Vocabulary(string code, UnderstandingWords words)
        {
            Code = code;
            Names = PhraseSet.Of(words.Names);
            SwitchCues = PhraseSet.Of(words.SwitchCues);
            PersonNouns = PhraseSet.Of(words.PersonNouns);
            TeamNouns = PhraseSet.Of(words.TeamNouns);
            Someone = PhraseSet.Of(words.Someone);
            PersonRequests = PhraseSet.Of(words.PersonRequests);
            PersonRequestsAfter = PhraseSet.Of(words.PersonRequestsAfter);
            TalkVerbs = PhraseSet.Of(words.TalkVerbs);
            PersonPhrases = PhraseSet.Of(words.PersonPhrases);
            NoPersonNeeded = PhraseSet.Of(words.NoPersonNeeded);
            BotQuestions = PhraseSet.Of(words.BotQuestions);
            Leave = PhraseSet.Of(words.Leave);
            Decline = PhraseSet.Of(words.Decline);
            NoneOfThose = PhraseSet.Of(words.NoneOfThose);
            Cancel = PhraseSet.Of(words.Cancel);
            Help = PhraseSet.Of(words.Help);
            Sarcasm = PhraseSet.Of(words.Sarcasm);
            Doubt = PhraseSet.Of(words.Doubt);
            Corrections = PhraseSet.Of(words.Corrections);
            Mild = PhraseSet.Of(words.Mild);
            NewRequest = PhraseSet.Of(words.NewRequest);
            Refund = PhraseSet.Of(words.RefundTopic);
            Hours = PhraseSet.Of(words.HoursTopic);
            Delivery = PhraseSet.Of(words.DeliveryTopic);
            QuestionWords = PhraseSet.Of(words.QuestionWords);

            // The words that tell this language: its common words and every word of its vocabularies.
            var lists = new List<string>
            {
                words.CommonWords, words.PersonNouns, words.TeamNouns, words.Someone, words.PersonRequests, words.PersonPhrases,
                words.Leave, words.Decline, words.NoneOfThose, words.Cancel, words.Help, words.Sarcasm, words.Doubt,
                words.Corrections, words.NewRequest, words.RefundTopic, words.HoursTopic, words.DeliveryTopic, words.OtherTopic,
            };
            var vocabularyWords = lists.SelectMany(TextNormalizer.List).SelectMany(TextNormalizer.Words)
                .Where(word => word.Any(char.IsLetter))
                .ToHashSet(StringComparer.Ordinal);
            Words = vocabularyWords.ToFrozenSet(StringComparer.Ordinal);
        }

        public string Code { get; }

        public FrozenSet<string> Words { get; }

        public PhraseSet<bool> Names { get; }

        public PhraseSet<bool> SwitchCues { get; }

        public PhraseSet<bool> PersonNouns { get; }

        public PhraseSet<bool> TeamNouns { get; }

        public PhraseSet<bool> Someone { get; }

        public PhraseSet<bool> PersonRequests { get; }

        public PhraseSet<bool> PersonRequestsAfter { get; }

        public PhraseSet<bool> TalkVerbs { get; }

        public PhraseSet<bool> PersonPhrases { get; }

        public PhraseSet<bool> NoPersonNeeded { get; }

        public PhraseSet<bool> BotQuestions { get; }

        public PhraseSet<bool> Leave { get; }

        public PhraseSet<bool> Decline { get; }

        public PhraseSet<bool> NoneOfThose { get; }

        public PhraseSet<bool> Cancel { get; }

        public PhraseSet<bool> Help { get; }

        public PhraseSet<bool> Sarcasm { get; }

        public PhraseSet<bool> Doubt { get; }

        public PhraseSet<bool> Corrections { get; }

        public PhraseSet<bool> Mild { get; }

        public PhraseSet<bool> NewRequest { get; }

        public PhraseSet<bool> Refund { get; }

        public PhraseSet<bool> Hours { get; }

        public PhraseSet<bool> Delivery { get; }

        public PhraseSet<bool> QuestionWords { get; }
    }
}
