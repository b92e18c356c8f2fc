using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using GraciousBot.Locales;

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
        // The part of the reading that does not depend on the question is made once per message text and locale, and a
        // reading without choices once per question: a turn asks for the same message several times (ReadOnce.cs).
        var memo = ReadOnce.Of(text ?? string.Empty);
        var message = memo.Message as MessageText;
        if (message is null || !string.Equals(message.Locale, locale, StringComparison.Ordinal))
        {
            message = new MessageText(text ?? string.Empty, locale);
            memo.Message = message;
        }

        if (choices is { Count: > 0 })
        {
            return Read(message, expecting, choices);
        }

        return message.Readings[(int)expecting] ??= Read(message, expecting, null);
    }

    private static MessageReading Read(MessageText message, Expecting expecting, IReadOnlyList<Choice>? choices)
    {
        var (text, locale, tokens, sentenceStarts, words) = (message.Text, message.Locale, message.Tokens, message.SentenceStarts, message.Words);
        var (language, switchTo, vocabularies) = (message.Language, message.SwitchTo, message.Vocabularies);
        var (interruption, botQuestion, leaving, stretches) = (message.Interruption, message.BotQuestion, message.Leaving, message.Stretches);
        var intents = new HashSet<Intent>(message.Intents);

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
                    ? stretches.Select(stretch => stretch with { Tokens = Clauses(stretch.Tokens).Select(clause => vocabularies.Any(v => AsksForPerson(v, clause, clause)) ? LeadingAnswer(clause, locale) : clause).Where(clause => SkipRecognizer.Politeness.Without(clause).Length > 0).SelectMany(clause => clause.Append(TextNormalizer.Boundary)).ToArray() }).ToList()
                    : stretches;
                var stance = message.UnsureWords ? new StanceReading(Stance.Unsure, false) : StanceOf(text, tokens, answering, locale, vocabularies, resolution: expecting == Expecting.YesNo);
                var newRequest = vocabularies.Any(v => v.NewRequest.Any(tokens));
                var kept = WithoutGoodbyes(tokens, vocabularies);
                var keptWords = kept.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
                var enough = expecting is Expecting.AnythingElse or Expecting.PersonOffer && stance.Stance != Stance.Unsure
                    && vocabularies.Any(v => Says(v.NoneOfThose, kept, keptWords)
                        || (stance.Stance != Stance.Yes && Clauses(kept).Take(1).Any(clause => Says(v.NoneOfThose, clause, clause)))
                        || (expecting == Expecting.AnythingElse && Clauses(kept).Skip(1).TakeLast(1).Any(clause => Says(v.NoneOfThose, clause, clause)))) // "Moment, ich schau mal… nee, passt"
                    && !(expecting == Expecting.AnythingElse && (stance.Stance == Stance.Yes || ChangesMindToRequest(stretches, vocabularies)) && newRequest);
                if (enough)
                {
                    stance = new StanceReading(Stance.No, false);
                }
                else if (expecting == Expecting.AnythingElse && stance.Stance is not (Stance.Yes or Stance.Unsure) && !message.UnsureWords
                    && newRequest && IsNewRequest(tokens, words, intents, vocabularies, botQuestion)
                    && (!StartsWithNo(stretches, locale) || ChangesMindToRequest(stretches, vocabularies)))
                {
                    stance = new StanceReading(Stance.Yes, false);
                }

                answer = stance.Stance switch
                {
                    Stance.Yes => new ReadAnswer.Said(YesNo.Yes),
                    Stance.No => new ReadAnswer.Said(YesNo.No),
                    _ => null,
                };
                unsure = stance.Stance == Stance.Unsure || message.UnsureWords;
                if (answer is null && expecting == Expecting.PersonOffer && stance.Stance is not (Stance.No or Stance.Unsure)
                    && (intents.Contains(Intent.Person) || (words.Length <= ShortMessageWords && vocabularies.Any(v => v.TalkVerbs.Any(tokens)))))
                {
                    answer = new ReadAnswer.Said(YesNo.Yes);
                }

                if (answer is null && expecting == Expecting.AnythingElse && !unsure && stance.Stance != Stance.Unsure && IsNewRequest(tokens, words, intents, vocabularies, botQuestion))
                {
                    answer = new ReadAnswer.Said(YesNo.Yes);
                }

                break;
            case Expecting.OpenItems:
                (answer, unsure) = PickOf(text, tokens, words, stretches, locale, choices ?? [], vocabularies);
                break;
            case Expecting.Rating when !declining:
                var (rating, belowScale) = RatingOf(stretches, locale);
                answer = rating is { } given && !(intents.Contains(Intent.Help) && tokens.Contains(TextNormalizer.QuestionBoundary))
                    ? new ReadAnswer.Rated(given)
                    : null;
                if (answer is not null && belowScale)
                {
                    // "would give zero if I could": the lowest rating, said in anger.
                    intents.Add(Intent.Complaint);
                }

                break;
            case Expecting.Comment when !declining && words.Length > 0:
                answer = IsComment(tokens, words, intents, vocabularies, botQuestion) ? new ReadAnswer.Commented(text.Length > 1_000 ? text[..1_000] : text) : null;
                break;
        }

        if (intents.Contains(Intent.Cancel) && answer is ReadAnswer.Said)
        {
            answer = null;
        }

        if (switchTo is not null)
        {
            intents.Remove(Intent.Help); // "no entiendo bien, can you answer in English?"
        }

        OffTopicKind? topic = null;
        var pleased = answer is ReadAnswer.Said { Value: YesNo.Yes } or ReadAnswer.Rated { Value: >= 4 } or ReadAnswer.Picked
            || message.WholeStance.Stance == Stance.Yes; // "THANK YOU SO MUCH, YOU WERE AMAZING"

        if (IsComplaint(text, tokens, words, vocabularies, ratedInWords: expecting == Expecting.Rating && answer is not null && words.Length <= ShortRatingWords, pleased))
        {
            intents.Add(Intent.Complaint);
        }

        if (answer is not null && answer is not ReadAnswer.Commented && intents.Contains(Intent.Help) && interruption != Interruption.Help)
        {
            intents.Remove(Intent.Help);
        }

        if (answer is ReadAnswer.NoneOfThose && AsksSomethingElse(tokens, locale, vocabularies))
        {
            // "none of those, it's about my direct debit date": a request this closing cannot take here.
            intents.Add(Intent.OffTopic);
            topic = OffTopicKind.Other;
        }

        var doubtful = answer is null && vocabularies.Any(v => v.Doubt.Any(tokens));
        unsure |= doubtful && expecting is Expecting.YesNo or Expecting.AnythingElse or Expecting.OpenItems;
        if (answer is null && switchTo is null && !doubtful && !unsure && !intents.Overlaps([Intent.Person, Intent.Cancel, Intent.Help, Intent.StartOver, Intent.Decline])
            && (!leaving || botQuestion)
            && (expecting != Expecting.AnythingElse || botQuestion)
            && IsOffTopic(tokens, words, vocabularies, botQuestion) is { } kind)
        {
            intents.Add(Intent.OffTopic);
            topic = kind;
        }
        else if (answer is ReadAnswer.Said or ReadAnswer.Rated && expecting != Expecting.AnythingElse && !intents.Contains(Intent.Person)
            && LastQuestion(tokens, sentenceStarts) is { } asked
            && IsOffTopic(asked, asked.Where(t => !TextNormalizer.IsBoundary(t)).ToArray(), vocabularies, false) is { } side and not OffTopicKind.Other)
        {
            // "Yes thanks! When will the refund land?": answered, and asked something we cannot answer here.
            intents.Add(Intent.OffTopic);
            topic = side;
        }

        unsure = unsure && answer is null && intents.Count == 0;
        return new MessageReading(answer, intents, language, unsure) { SwitchTo = switchTo, Topic = topic };
    }

    /// <summary>The tokens of the whole text, sentence by sentence, and where each sentence after the first starts.</summary>
    private static (string[] Tokens, HashSet<int> SentenceStarts) Sentences(string text)
    {
        var tokens = new List<string>();
        var starts = new HashSet<int>();
        foreach (var sentence in SentenceEnd().Split(text))
        {
            var part = TextNormalizer.Tokenize(sentence);
            if (part.Length == 0)
            {
                continue;
            }

            if (tokens.Count > 0)
            {
                if (!TextNormalizer.IsBoundary(tokens[^1]))
                {
                    tokens.Add(TextNormalizer.Boundary);
                }

                starts.Add(tokens.Count);
            }

            tokens.AddRange(part);
        }

        return ([.. tokens], starts);
    }

    /// <summary>A question after the answer: the last sentence, or the last clause of a single sentence ("yes thanks,
    /// when will the credit show?"), when it ends with "?".</summary>
    private static string[]? LastQuestion(string[] tokens, HashSet<int> sentenceStarts)
    {
        if (tokens.Length == 0 || tokens[^1] != TextNormalizer.QuestionBoundary)
        {
            return null;
        }

        if (sentenceStarts.Count > 0)
        {
            return tokens[sentenceStarts.Max()..];
        }

        var clauses = Clauses(tokens).ToList();
        return clauses.Count > 1 ? [.. clauses[^1], TextNormalizer.QuestionBoundary] : null;
    }

    /// <summary>The tokens with every goodbye that says nothing else ("à plus", "see ya", "nos vemos") made a boundary.</summary>
    private static string[] WithoutGoodbyes(string[] tokens, Vocabulary[] vocabularies)
    {
        var result = tokens.ToArray();
        foreach (var vocabulary in vocabularies)
        {
            foreach (var match in vocabulary.Leave.Matches(tokens, typos: false))
            {
                var phrase = tokens[match.Start..match.End];
                if (vocabulary.NoneOfThose.Any(phrase) is false)
                {
                    Array.Fill(result, TextNormalizer.Boundary, match.Start, match.Length);
                }
            }
        }

        return result;
    }

    /// <summary>"no. well, actually — is my contract up for renewal?", "Nein… doch, eine Frage": after a change of mind,
    /// a new request.</summary>
    private static bool ChangesMindToRequest(List<Stretch> stretches, Vocabulary[] vocabularies)
    {
        var changed = stretches.FindIndex(1, stretch => stretch.Cut == Cut.Correction);
        if (changed < 0)
        {
            return false;
        }

        var after = stretches.Skip(changed).SelectMany(stretch => stretch.Marker.Concat(stretch.Tokens)).ToArray();
        return after.Contains(TextNormalizer.QuestionBoundary) || vocabularies.Any(v => v.NewRequest.Any(after));
    }

    /// <summary>After "none of those", a clause that asks for something else and says no yes or no itself.</summary>
    private static bool AsksSomethingElse(string[] tokens, string? locale, Vocabulary[] vocabularies) =>
        Clauses(tokens).Skip(1).Any(clause => vocabularies.Any(v => v.NewRequest.Matches(clause, typos: false).Any(m => m.Length >= 2)
            || (YesNoRecognizer.ReadStance(clause, locale).Stance is Stance.Silent or Stance.Question
                && (v.Refund.Any(clause) || v.Hours.Any(clause) || v.Other.Any(clause)))));

    // No match timeout on this pattern or ScareQuotes: both run in time linear in the message, and a timeout only
    // measures the clock, so a thread paused for 100 ms (a GC, a busy host) made a plain message fail its turn.
    [GeneratedRegex(@"(?<=[.!?…])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    private static bool StartsWithNo(List<Stretch> stretches, string? locale) =>
        stretches.Count > 0 && YesNoRecognizer.ReadStance(stretches[0].Tokens.TakeWhile(t => !TextNormalizer.IsBoundary(t)).ToArray(), locale).Stance == Stance.No
        && stretches[0].Tokens.TakeWhile(t => !TextNormalizer.IsBoundary(t)).Count() <= 2;

    // ---- Language ---------------------------------------------------------------------------------------------

    private static (string Language, string? SwitchTo) LanguageOf(string[] tokens, string[] words, string? locale)
    {
        var localeLanguage = Recognizers.Languages.Of(locale);
        if (words.Length <= 14)
        {
            foreach (var vocabulary in Vocabularies.Values)
            {
                if (!vocabulary.Names.Any(tokens))
                {
                    continue;
                }

                var asked = words.Length <= 2 || Vocabularies.Values.Any(v => v.SwitchCues.Any(tokens));
                if (asked)
                {
                    return (vocabulary.Code, vocabulary.Code);
                }
            }
        }

        // The language whose words the message uses most; the locale's on a tie, else the first in the supported order.
        var best = 0;
        var localeScore = 0;
        string? bestCode = null;
        foreach (var code in Recognizers.Languages.Supported)
        {
            if (!Vocabularies.TryGetValue(code, out var language))
            {
                continue;
            }

            var vocabulary = language.Words;
            var score = 0;
            foreach (var word in words)
            {
                score += vocabulary.Contains(word) ? 1 : 0;
            }

            localeScore = code == localeLanguage ? score : localeScore;
            if (score > best)
            {
                (best, bestCode) = (score, code);
            }
        }

        return best == 0 || localeScore == best || bestCode is null ? (localeLanguage, null) : (bestCode, null);
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
        if (Clauses(tokens).Any(clause => vocabulary.PersonPhrases.Any(clause) && vocabulary.NoPersonNeeded.Any(clause) is false))
        {
            return true;
        }

        if (vocabulary.NoPersonNeeded.Any(tokens) && Clauses(tokens).Count() == 1)
        {
            return false;
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

            // "ya hablé con tres personas", "j'ai appelé 4 fois": what the customer did is no request.
            if (vocabulary.NoPersonNeeded.Any(clause))
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

    /// <summary>Abuse, shouting, a strong complaint, or the runtime's complaint words unless softened ("a bit
    /// disappointing") or they are the rating itself ("useless" as a rating is a 1, not a complaint).</summary>
    private static bool IsComplaint(string text, string[] tokens, string[] words, Vocabulary[] vocabularies, bool ratedInWords, bool pleased)
    {
        var signal = FrustrationRecognizer.Analyze(text, null);
        if (signal.Abusive)
        {
            return true;
        }

        // A softener inside a complaint softens nothing: "j'ai perdu assez de temps avec vous".
        var complaints = vocabularies.SelectMany(v => v.Complaint.Matches(tokens, typos: false)).ToList();
        if (vocabularies.Any(v => v.Mild.Matches(tokens, typos: false).Any(mild => !complaints.Any(c => mild.Start >= c.Start && mild.Start < c.Start + c.Length))))
        {
            return false;
        }

        // "NO IT IS NOT FIXED. THIS IS THE THIRD TIME": a whole message shouted, and not a happy one.
        if (!pleased && words.Length >= 7 && IsShouted(text))
        {
            return true;
        }

        // "Katastrophe." as the rating itself is a 1, not a complaint on top of it.
        var ratingWordOnly = ratedInWords && words.Length <= 2;
        return (!ratingWordOnly && vocabularies.Any(v => v.Complaint.Any(tokens))) || (signal.Complaint && !ratedInWords);
    }

    /// <summary>Written in capitals: at least 15 letters, nearly all of them upper case.</summary>
    private static bool IsShouted(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters >= 15 && text.Count(char.IsUpper) >= letters * 0.9;
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
            if (kept.Length > 0 && vocabulary.Decline.Without(kept).Length == 0)
            {
                return true;
            }

            // "I'd rather not rate today", "möchte ich lieber nicht bewerten": a refusal in a short message with no number.
            if (words.Length <= 8 && !words.Any(word => word.Any(char.IsAsciiDigit)) && !text.Any(c => c is '⭐' or '★' or '*')
                && vocabulary.Decline.Matches(tokens, typos: false).Any(match => match.Length >= 2)
                && Clauses(tokens).All(clause => vocabulary.Decline.Matches(clause, typos: false).Any(match => match.Length >= 2)
                    || vocabulary.Leave.Any(clause)
                    || vocabulary.Decline.Without(SkipRecognizer.Politeness.Without(clause)).Length == 0))
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
        return core.Length >= 3 || tokens.Contains(TextNormalizer.QuestionBoundary) || vocabularies.Any(v => v.NewRequest.Any(tokens));
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

        // "Order number is 48213 by the way", "mi número de pedido es 48213": a pasted order number, said as one.
        if (words.Length <= 8 && words.Any(IsReference) && vocabularies.Any(v => v.Delivery.Any(tokens, typos: true)))
        {
            return OffTopicKind.Delivery;
        }

        // A question, or a request that opens a clause ("I'd like a refund actually", "quiero dar de baja una línea").
        var question = tokens.Contains(TextNormalizer.QuestionBoundary)
            || vocabularies.Any(v => v.QuestionWords.Matches(tokens, typos: false) is [{ Start: 0 }, ..])
            || vocabularies.Any(v => v.NewRequest.Matches(tokens, typos: false).Any(m => m.Length >= 2 || m.Start == 0 || TextNormalizer.IsBoundary(tokens[m.Start - 1]))
                && (v.Refund.Any(tokens, typos: true) || v.Hours.Any(tokens) || v.Delivery.Any(tokens, typos: true) || v.Other.Any(tokens)));
        if (!question)
        {
            return null;
        }

        foreach (var vocabulary in vocabularies)
        {
            if (vocabulary.Refund.Any(tokens, typos: true))
            {
                return OffTopicKind.Refund;
            }

            if (vocabulary.Hours.Any(tokens))
            {
                return OffTopicKind.Hours;
            }

            if (vocabulary.Delivery.Any(tokens, typos: true))
            {
                return OffTopicKind.Delivery;
            }
        }

        return OffTopicKind.Other;
    }

    /// <summary>An order or ticket number: "#48213", "48213", "ORD-1234", "T-1077".</summary>
    private static bool IsReference(string word) => word.Count(char.IsAsciiDigit) >= 4 && word.Any(char.IsAsciiDigit);

    // ---- Answers ------------------------------------------------------------------------------------------------

    /// <summary>How a stretch of a message began: at its start, after a change of mind or "but", or at a new sentence.</summary>
    private enum Cut
    {
        Start,
        Correction,
        Sentence,
    }

    private sealed record Stretch(string[] Tokens, Cut Cut, string[] Marker, int Start = 0);

    private static StanceReading StanceOf(string text, string[] tokens, List<Stretch> stretches, string? locale, Vocabulary[] vocabularies, bool resolution = false)
    {
        var result = new StanceReading(Stance.Silent, false);
        var corrected = false;
        foreach (var stretch in stretches)
        {
            corrected |= stretch.Cut == Cut.Correction;
            if (vocabularies.Any(v => v.Reasons.Matches(stretch.Tokens, typos: false) is [{ Start: 0 }, ..]))
            {
                continue; // "sí, porque este chat no ha servido de nada": a reason, not a second answer
            }

            // "…I'll shout if it cuts out again", "je vous redis si ça recoupe": what follows a condition is no stance.
            var condition = vocabularies.SelectMany(v => v.Conditions.Matches(stretch.Tokens, typos: false)).Select(match => match.Start).DefaultIfEmpty(stretch.Tokens.Length).Min();
            var reading = YesNoRecognizer.ReadStance(stretch.Tokens[..condition], locale);
            if (reading.Stance is Stance.Silent or Stance.Question && stretch.Marker.Length > 0
                && MarkerStance(stretch.Marker, locale) is var said
                && (reading.Stance == Stance.Silent || said.Stance is Stance.Yes or Stance.No))
            {
                // "Non… ah si, ça vient de repartir", "no… bueno, sí, ¿cuándo…?": the change of mind says it itself.
                reading = said;
            }

            if (result.Stance is Stance.Yes or Stance.Unsure && stretch.Cut != Cut.Start && (reading.Stance == Stance.Silent || (resolution && (reading.WeakOnly || reading.Stance != Stance.Yes)))
                && vocabularies.Any(v => DescribesFault(v.Persisting, [.. stretch.Marker, .. stretch.Tokens])))
            {
                // "Génial. La box clignote encore en rouge.", "sure it's grand, if you don't mind the screen being black":
                // after a yes, a later clause says the problem is still (or again) there.
                reading = new StanceReading(Stance.No, false);
            }
            // A weak word ("bon", "ok") after a clear no is no change of mind: "…clignote encore en rouge, donc bon...".
            var overrides = (result.Stance is Stance.Silent or Stance.Question || result.WeakOnly || stretch.Cut == Cut.Correction
                || (!reading.WeakOnly && (corrected || stretch.Cut != Cut.Sentence || reading.Stance == Stance.No)))
                && !(reading.WeakOnly && result.Stance == Stance.No && !result.WeakOnly);
            switch (reading.Stance)
            {
                case Stance.Yes or Stance.No when overrides:
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

        if (result.Stance == Stance.Unsure && IsSarcastic(text, tokens, vocabularies) && Doubts(tokens, stretches, locale, vocabularies).Count == 0)
        {
            // "Ya, ya… tan arreglado que ahora no puedo ni iniciar sesión": mixed, but mocking — not resolved.
            return new StanceReading(Stance.No, false);
        }

        if (result.Stance == Stance.Yes && Doubts(tokens, stretches, locale, vocabularies).Count > 0)
        {
            return new StanceReading(Stance.Unsure, false);
        }

        return result;
    }

    /// <summary>What a change of mind says itself, its last words first: "bueno sí" is a yes, though "sí" alone is a particle beside "bueno".</summary>
    private static StanceReading MarkerStance(string[] marker, string? locale)
    {
        var whole = YesNoRecognizer.ReadStance(marker, locale);
        return whole.WeakOnly && marker.Length > 1 && YesNoRecognizer.ReadStance(marker[1..], locale) is { Stance: Stance.Yes or Stance.No, WeakOnly: false } last
            ? last
            : whole;
    }

    /// <summary>Doubt ("for now", "whatever", "ich schau mal") that is not settled by a clear yes or no said after it:
    /// "ugh fine, whatever, yes" is a yes, "Moment, ich schau mal… nee, passt" a no.</summary>
    private static List<PhraseMatch<bool>> Doubts(string[] tokens, List<Stretch> stretches, string? locale, Vocabulary[] vocabularies)
    {
        var doubts = new List<PhraseMatch<bool>>();
        foreach (var vocabulary in vocabularies)
        {
            doubts.AddRange(vocabulary.Doubt.Matches(tokens, typos: false));
        }

        if (doubts.Count == 0)
        {
            return doubts; // no doubt at all: where it would have been settled does not matter
        }

        var settled = stretches.LastOrDefault(stretch =>
            (stretch.Tokens.Length > 0 && YesNoRecognizer.ReadStance(stretch.Tokens[..1], locale) is { Stance: Stance.Yes or Stance.No, WeakOnly: false })
            || (stretch.Cut == Cut.Correction && YesNoRecognizer.ReadStance(stretch.Tokens, locale) is { Stance: Stance.Yes or Stance.No, WeakOnly: false }))?.Start ?? 0;
        doubts.RemoveAll(match => match.Start < settled);
        return doubts;
    }

    /// <summary>A persisting or exception cue with the fault itself said beside it (at least two more words).</summary>
    private static bool DescribesFault(PhraseSet<bool> cues, string[] tokens)
    {
        var words = tokens.Count(token => !TextNormalizer.IsBoundary(token));
        return cues.Matches(tokens, typos: false).Any(match => words - match.Length >= 2);
    }

    private static bool IsSarcastic(string text, string[] tokens, Vocabulary[] vocabularies) =>
        vocabularies.Any(v => v.Sarcasm.Any(tokens)) || ScareQuotes().IsMatch(text);

    /// <summary>"*working*", "\"fixed\"", "'resolved'": a word in quotes or asterisks.</summary>
    [GeneratedRegex("""(?:^|[\s(])[*"“'‘«„]\s?\p{L}+(?:\s\p{L}+)?\s?[*"”'’»“](?=$|[\s.,!?)…])""", RegexOptions.CultureInvariant)]
    private static partial Regex ScareQuotes();

    /// <summary>The message cut at every change of mind and contrast, in order: "yes — wait, no, it's red" → [yes], [no, it's red].</summary>
    private static List<Stretch> Stretches(string[] tokens, HashSet<int> sentenceStarts, Vocabulary[] vocabularies)
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

        foreach (var start in sentenceStarts)
        {
            cuts.TryAdd(start, 0);
        }

        // Every clause too: "ah ouais super, maintenant la télé marche plus" (a later "no" outweighs an earlier "yes").
        for (var i = 1; i < tokens.Length; i++)
        {
            if (TextNormalizer.IsBoundary(tokens[i - 1]) && !TextNormalizer.IsBoundary(tokens[i]))
            {
                cuts.TryAdd(i, 0);
            }
        }

        var stretches = new List<Stretch>();
        var from = 0;
        var cut = Cut.Start;
        var marker = new List<string>();
        foreach (var (at, length) in cuts)
        {
            if (at < from)
            {
                continue;
            }

            if (at > from && tokens[from..at].Any(token => !TextNormalizer.IsBoundary(token)))
            {
                stretches.Add(new Stretch(tokens[from..at], cut, [.. marker], from));
                marker.Clear();
                cut = Cut.Start;
            }

            from = at + length;
            marker.AddRange(tokens[at..from]);
            cut = cut == Cut.Correction || length > 0 ? Cut.Correction : Cut.Sentence;
        }

        if (from < tokens.Length || marker.Count > 0)
        {
            // A change of mind at the very end ("…, so yes") stands on its own.
            stretches.Add(new Stretch(from < tokens.Length ? tokens[from..] : [], cut, [.. marker], from));
        }

        return stretches.Where(stretch => stretch.Tokens.Concat(stretch.Marker).Any(token => !TextNormalizer.IsBoundary(token))).ToList();
    }

    private static (ReadAnswer? Answer, bool Unsure) PickOf(string whole, string[] tokens, string[] words, List<Stretch> stretches, string? locale, IReadOnlyList<Choice> choices, Vocabulary[] vocabularies)
    {
        // "neither, it's about my broadband contract": a word shared with an item's title is not a pick.
        if (Clauses(tokens).FirstOrDefault() is { } opening && vocabularies.Any(v => Says(v.NoneOfThose, opening, opening))
            && stretches.All(stretch => stretch.Cut != Cut.Correction) && AsksSomethingElse(tokens, locale, vocabularies))
        {
            return (new ReadAnswer.NoneOfThose(), false);
        }

        // The choices' words and ids, made once for every stretch and clause read below.
        var forms = ChoiceRecognizer.FormsOf(choices);
        var ids = new string[choices.Count];
        for (var c = 0; c < ids.Length; c++)
        {
            ids[c] = TextNormalizer.Normalize(choices[c].Value).Replace(" ", "", StringComparison.Ordinal);
        }

        for (var i = stretches.Count - 1; i >= 0; i--)
        {
            var text = string.Join(' ', stretches[i].Tokens);
            if (choices.Count > 0 && ChoiceRecognizer.Recognize(text, choices, forms, locale) is { } chosen)
            {
                return (new ReadAnswer.Picked(chosen.Value), false);
            }

            // "der Router, der ist immer noch nicht da": the item is named in a clause of its own.
            var clauses = Clauses(stretches[i].Tokens).ToList();
            if (clauses.Count > 1 && choices.Count > 0 && ChoiceRecognizer.Recognize(string.Join(' ', clauses[0]), choices, forms, locale) is { } first)
            {
                return (new ReadAnswer.Picked(first.Value), false);
            }

            if (clauses.Count > 1 && vocabularies.Any(v => Says(v.NoneOfThose, clauses[0], clauses[0])))
            {
                return (new ReadAnswer.NoneOfThose(), false);
            }

            if (ByIdOf(choices, ids, words) is { } byId)
            {
                return (new ReadAnswer.Picked(byId.Value), false);
            }

            var stretchWords = stretches[i].Tokens.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
            if (vocabularies.Any(v => Says(v.NoneOfThose, stretches[i].Tokens, stretchWords)))
            {
                return (new ReadAnswer.NoneOfThose(), false);
            }
        }

        var stance = StanceOf(whole, tokens, stretches, locale, vocabularies);
        return stance.Stance switch
        {
            Stance.No => (new ReadAnswer.NoneOfThose(), false),
            Stance.Yes when choices.Count == 1 => (new ReadAnswer.Picked(choices[0].Value), false),
            Stance.Yes or Stance.Unsure => (null, true),
            _ => (null, false),
        };
    }

    /// <summary>The first choice whose id (normalised, without spaces) is one of the words: "INC-1042" as "inc1042".</summary>
    private static Choice? ByIdOf(IReadOnlyList<Choice> choices, string[] ids, string[] words)
    {
        for (var c = 0; c < choices.Count; c++)
        {
            if (Array.IndexOf(words, ids[c]) >= 0)
            {
                return choices[c];
            }
        }

        return null;
    }

    private static (int? Rating, bool BelowScale) RatingOf(List<Stretch> stretches, string? locale)
    {
        var schoolGrade = stretches.Any(stretch => RatingRecognizer.SaysSchoolGrade(string.Join(' ', stretch.Tokens), locale));
        if (stretches.All(stretch => stretch.Cut != Cut.Correction)
            && stretches.FindLastIndex(stretch => IsBareRating(stretch, locale, schoolGrade)) is >= 0 and var bare
            && OnlyCounts(stretches.Skip(bare + 1)))
        {
            // "3, I spoke to two agents before this": the rating said as the answer, then a story with numbers in it.
            if (RatingRecognizer.FromNumbersOrStars(string.Join(' ', stretches[bare].Tokens), locale, schoolGrade: schoolGrade) is RatingRecognition.Recognized { Value: var given })
            {
                return (given, false);
            }
        }

        for (var i = stretches.Count - 1; i >= 0; i--)
        {
            var stretch = stretches[i].Tokens;
            var words = stretch.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
            var text = string.Join(' ', stretch);
            switch (RatingRecognizer.FromNumbersOrStars(text, locale, schoolGrade: schoolGrade))
            {
                case RatingRecognition.Recognized { Value: var value }:
                    return (value, false);
                case RatingRecognition.OutOfRange { Given: 10 or 11 }:
                    return (5, false); // "un diez", "10!", "11/10"
                case RatingRecognition.OutOfRange { Given: 0 } when ZeroIsTheRating(stretch):
                    return (1, true); // "would give zero if I could", "0 estrellas": the lowest there is
                case not null:
                    continue; // numbers of something else ("3 times", "#48213") are never a rating, nor are their words
            }

            // A rating word is a rating only as (nearly) the whole answer: "excellent", "pretty good", "meh".
            if (SkipRecognizer.Politeness.Without(stretches.SelectMany(s => s.Tokens).Where(t => !TextNormalizer.IsBoundary(t)).ToArray()).Length <= ShortRatingWords
                && RatingRecognizer.Recognize(text, locale) is RatingRecognition.Recognized { Value: var word })
            {
                return (word, false);
            }
        }

        return (null, false);
    }

    /// <summary>The answer word that opens a clause, if any: "Yes — I'd like to speak to someone" keeps "yes".</summary>
    private static string[] LeadingAnswer(string[] clause, string? locale) =>
        clause.Length > 1 && YesNoRecognizer.ReadStance(clause[..1], locale) is { Stance: Stance.Yes or Stance.No, WeakOnly: false } ? clause[..1] : [];

    /// <summary>A number followed by what it counts ("two agents", "zwei Mitarbeitern", "3 fois"): a story, not a rating.</summary>
    private static bool OnlyCounts(IEnumerable<Stretch> stretches)
    {
        foreach (var stretch in stretches)
        {
            var tokens = stretch.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                var number = tokens[i].Any(char.IsAsciiDigit) || RatingVocabulary.Numbers.ContainsKey(tokens[i]);
                var counted = i + 1 < tokens.Length && !TextNormalizer.IsBoundary(tokens[i + 1]) && tokens[i + 1].Length >= 3
                    && tokens[i + 1].All(char.IsLetter) && !RatingVocabulary.Units.Contains(tokens[i + 1]);
                if (number && !counted)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A stretch that is nothing but a rating: "3", "4/5", "⭐⭐⭐⭐".</summary>
    private static bool IsBareRating(Stretch stretch, string? locale, bool schoolGrade) =>
        stretch.Tokens.Count(token => !TextNormalizer.IsBoundary(token)) is > 0 and <= 2
        && RatingRecognizer.FromNumbersOrStars(string.Join(' ', stretch.Tokens), locale, schoolGrade: schoolGrade) is RatingRecognition.Recognized;

    /// <summary>A zero said as the rating ("zero", "0 stars", "zero if I could"), not a count ("zero problems").</summary>
    private static bool ZeroIsTheRating(string[] stretch)
    {
        var words = stretch.Where(token => !TextNormalizer.IsBoundary(token)).ToArray();
        var zero = Array.FindIndex(words, word => word == "0" || RatingVocabulary.Numbers.TryGetValue(word, out var number) && number == 0);
        return zero >= 0 && (zero + 1 == words.Length || words[zero + 1].Length <= 4 || RatingVocabulary.Units.Contains(words[zero + 1]));
    }

    private static bool IsComment(string[] tokens, string[] words, HashSet<Intent> intents, Vocabulary[] vocabularies, bool botQuestion)
    {
        var core = SkipRecognizer.Politeness.Without(words);
        foreach (var vocabulary in vocabularies)
        {
            core = vocabulary.Leave.Without(core);
        }

        if (core.Length == 0 || intents.Contains(Intent.Cancel) || intents.Contains(Intent.StartOver)
            || (intents.Contains(Intent.Leave) && core.Length <= 2))
        {
            return false;
        }

        if (intents.Contains(Intent.Help) && core.Length <= 6)
        {
            return false;
        }

        if (intents.Contains(Intent.Person))
        {
            // Besides the request (its verbs, its person, request words), the comment must say something of its own.
            return vocabularies.All(v => v.RequestWords.Without(core).Length >= 3);
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

    /// <summary>
    /// What a message says whatever the question: its tokens and sentences, its language, the intents that do not
    /// depend on the question, and its stretches. Made once per text and locale (<see cref="ReadOnce"/>); read only
    /// afterwards, so threads reading one text may share it. The lazy parts are computed at most a few times, always
    /// to the same value.
    /// </summary>
    private sealed class MessageText
    {
        public MessageText(string raw, string? locale)
        {
            var text = raw.Trim();
            Text = text;
            Locale = locale;
            var (tokens, sentenceStarts) = Sentences(text);
            Tokens = tokens;
            SentenceStarts = sentenceStarts;
            var words = TextNormalizer.WithoutBoundaries(tokens) is var kept && ReferenceEquals(kept, tokens) ? [.. tokens] : kept;
            Words = words;
            var (language, switchTo) = LanguageOf(tokens, words, locale);
            Language = language;
            SwitchTo = switchTo;
            var localeLanguage = Recognizers.Languages.Of(locale);
            var vocabularies = language == localeLanguage ? new[] { MessageReader.Vocabularies[language] } : [MessageReader.Vocabularies[language], MessageReader.Vocabularies[localeLanguage]];
            Vocabularies = vocabularies;

            var intents = new List<Intent>();
            if (words.Length == 0 && text.Length > 0 && text.All(c => c is '?' or '¿' || char.IsWhiteSpace(c)))
            {
                intents.Add(Intent.Help);
            }

            var interruption = words.Length == 0 ? null : InterruptionRecognizer.Recognize(text, locale);
            Interruption = interruption;
            var personPhrase = vocabularies.Any(v => v.PersonPhrases.Any(tokens) && v.NoPersonNeeded.Any(tokens) is false);
            var botQuestion = !personPhrase && vocabularies.Any(v => IsBotQuestion(v, tokens, text));
            BotQuestion = botQuestion;
            if (interruption == Recognizers.Interruption.Human || (!botQuestion && vocabularies.Any(v => AsksForPerson(v, tokens, words))))
            {
                intents.Add(Intent.Person);
            }

            if (interruption == Recognizers.Interruption.Cancel || vocabularies.Any(v => v.Cancel.Any(tokens)))
            {
                intents.Add(Intent.Cancel);
            }

            if (interruption == Recognizers.Interruption.Help || vocabularies.Any(v => Says(v.Help, tokens, words)))
            {
                intents.Add(Intent.Help);
            }

            if (!botQuestion && (interruption == Recognizers.Interruption.StartOver || vocabularies.Any(v => v.StartOver.Any(tokens))))
            {
                intents.Add(Intent.StartOver);
            }

            Leaving = vocabularies.Any(v => v.Leave.Any(tokens));
            if (Leaving)
            {
                intents.Add(Intent.Leave);
            }

            Intents = [.. intents];

            // A goodbye ("à plus", "see ya") says nothing about the question, and a request to switch language is no answer.
            var stretches = Stretches(WithoutGoodbyes(tokens, vocabularies), sentenceStarts, vocabularies);
            if (switchTo is not null)
            {
                stretches = stretches.TakeWhile(stretch => !MessageReader.Vocabularies.Values.Any(v => v.Names.Any(stretch.Tokens))).ToList();
            }

            Stretches = stretches;
        }

        /// <summary>The text, trimmed.</summary>
        public string Text { get; }

        public string? Locale { get; }

        public string[] Tokens { get; }

        public HashSet<int> SentenceStarts { get; }

        public string[] Words { get; }

        public string Language { get; }

        public string? SwitchTo { get; }

        /// <summary>The message's language's, then the locale's.</summary>
        public Vocabulary[] Vocabularies { get; }

        /// <summary>The strict command (<see cref="InterruptionRecognizer"/>), when the message has words.</summary>
        public Interruption? Interruption { get; }

        public bool BotQuestion { get; }

        public bool Leaving { get; }

        /// <summary>Person, cancel, help, start over, leave: what the message wants whatever was asked.</summary>
        public Intent[] Intents { get; }

        public List<Stretch> Stretches { get; }

        /// <summary>The readings without choices, by question.</summary>
        public MessageReading?[] Readings { get; } = new MessageReading?[Enum.GetValues<Expecting>().Length];

        /// <summary>The stance of the whole message.</summary>
        public StanceReading WholeStance => (_wholeStance ??= new StrongBox<StanceReading>(YesNoRecognizer.ReadStance(Tokens, Locale))).Value;

        /// <summary>Doubt ("for now", "we'll see") unless the message says no anyway; "not tried yet" is doubt even though negated.</summary>
        public bool UnsureWords => (_unsureWords ??= new StrongBox<bool>(Doubts(Tokens, Stretches, Locale, Vocabularies) is { Count: > 0 } doubts
            && (doubts.Any(d => d.Length >= 3) || WholeStance.Stance is not Stance.No))).Value;

        private StrongBox<StanceReading>? _wholeStance;

        private StrongBox<bool>? _unsureWords;
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
            StartOver = PhraseSet.Of(words.StartOver);
            Complaint = PhraseSet.Of(words.Complaint);
            Persisting = PhraseSet.Of(words.Persisting);
            Reasons = PhraseSet.Of(words.Reasons);
            Conditions = PhraseSet.Of(words.Conditions);
            Other = PhraseSet.Of(words.OtherTopic);
            var interruption = InterruptionVocabulary.ByLanguage[code];
            RequestWords = PhraseSet.Of(interruption.Fillers, interruption.HumanFillers, interruption.Human, words.PersonNouns, words.TeamNouns,
                words.Someone, words.PersonRequests, words.PersonRequestsAfter, words.TalkVerbs, words.PersonPhrases);

            // The words that tell this language: its common words and every word of its vocabularies.
            var lists = new List<string>
            {
                words.CommonWords, words.PersonNouns, words.TeamNouns, words.Someone, words.PersonRequests, words.PersonPhrases,
                words.Leave, words.Decline, words.NoneOfThose, words.Cancel, words.Help, words.Sarcasm, words.Doubt,
                words.Corrections, words.NewRequest, words.RefundTopic, words.HoursTopic, words.DeliveryTopic, words.OtherTopic,
            };
            var vocabularyWords = lists.SelectMany(TextNormalizer.List).SelectMany(TextNormalizer.Words)
                .Where(word => word.Length > 1 && word.Any(char.IsLetter))
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

        public PhraseSet<bool> StartOver { get; }

        public PhraseSet<bool> Complaint { get; }

        public PhraseSet<bool> Persisting { get; }

        public PhraseSet<bool> Reasons { get; }

        public PhraseSet<bool> Conditions { get; }

        public PhraseSet<bool> Other { get; }

        /// <summary>Everything a request for a person is made of: what is left is what the customer said besides.</summary>
        public PhraseSet<bool> RequestWords { get; }
    }
}
