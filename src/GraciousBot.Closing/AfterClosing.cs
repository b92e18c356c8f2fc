using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing;

/// <summary>
/// A closing that has ended (goodbye and endOfConversation sent), remembered for the messages that often follow in
/// the same conversation: "thanks, you too!", "👍", "wait, one more thing", "just get me a human".
/// </summary>
public sealed record EndedClosing
{
    public static readonly StateKey<EndedClosing> Key = new("closing.ended");

    /// <summary>The closing as it ended (its result's answers included): the context a later handover needs.</summary>
    public required ClosingState Closing { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>The one mood the closing ended in; a reply after it keeps that mood.</summary>
    public required Mood Mood { get; init; }

    public string Locale => Closing.Locale;

    public string Outcome => Closing.Outcome;

    /// <summary>Whether the closing ended with a handover (whatever became of it).</summary>
    public bool HandedOver => Closing.Handoff is not null;

    /// <summary>A person took the conversation over: from now on they answer, and the bot does not talk over them.</summary>
    public bool WithPerson => Closing.Handoff?.State is HandoffStates.Accepted;

    /// <summary>The one short reply to a thanks, a goodbye or an emoji was given; later ones get silence.</summary>
    public bool Acknowledged { get; init; }

    /// <summary>"This chat has ended" as said so far (in different words each time, at most twice, then no more).</summary>
    public List<string> EndedNotices { get; init; } = [];

    /// <summary>A person was offered after the end: a plain "yes" now hands over.</summary>
    public bool PersonOffered { get; init; }
}

/// <summary>What a message after the end of a closing asks for.</summary>
public enum AfterTheEnd
{
    /// <summary>No words at all (a late card submit): nothing to answer.</summary>
    Nothing,

    /// <summary>Thanks, a goodbye, an emoji, "ok": at most one short reply, then silence.</summary>
    Acknowledgement,

    /// <summary>Short, and could be thanks or the start of something new ("one more thing", "you too"): one reply that
    /// fits both, leaving the door open.</summary>
    AcknowledgementOrMore,

    /// <summary>A new question or request ("when will the money be back?"): this chat has ended; a person can help.</summary>
    NewRequest,

    /// <summary>A complaint after the end: the same, said with an apology.</summary>
    Complaint,

    /// <summary>A person is asked for (or accepted after the offer): hand over, with the closing's transcript and summary.</summary>
    Person,

    /// <summary>"start over": a new closing with the same context.</summary>
    StartOver,
}

/// <summary>
/// What happens after a closing has ended. The conversation remembers the ending (<see cref="EndedClosing"/>); a
/// thanks or goodbye gets one short reply in the closing's mood and then silence, a request for a person starts the
/// handover, a new question hears honestly that this chat has ended and is offered a person or a fresh start.
/// </summary>
public static class AfterClosing
{
    public const string Acknowledge = "after.acknowledge";
    public const string AcknowledgeOpen = "after.acknowledgeOpen";
    public const string Ended = "after.ended";
    public const string PersonChoice = "after.choice.person";
    public const string StartOverChoice = "after.choice.startOver";

    /// <summary>"This chat has ended" is said at most this often (in other words the second time).</summary>
    public const int MaxEndedNotices = 2;

    public static IReadOnlyList<TemplateContract> Contracts { get; } =
    [
        new(Acknowledge, "name"),
        new(AcknowledgeOpen, "name"),
        new(Ended, "name"),
        new(PersonChoice),
        new(StartOverChoice),
    ];

    /// <summary>Remembers the closing that ends this turn (in the locale and mood it ended in).</summary>
    public static void Remember(TurnContext turn, ClosingState state, ClosingResult result, int lowRatingThreshold, DateTimeOffset now)
    {
        var ended = state with
        {
            Outcome = result.Outcome,
            Resolution = result.Resolution,
            Rating = result.Rating,
            Comment = result.Comment,
            NextItemId = result.NextItemId,
            Request = result.Request,
            Handoff = result.Handoff,
            SignOff = result.SignOff,
            FollowUp = result.FollowUp,
            ToGo = result.ToGo,
            Locale = result.Locale,
        };
        var mood = ClosingMood.Of(ended, lowRatingThreshold, Handoff.TranscriptLog.CustomerFrustratedSoFar(turn));
        // A customer who left while waiting for a person already had their goodbye: what follows gets silence.
        var left = result.Handoff?.State == HandoffStates.CustomerLeft;
        turn.State.Conversation.Set(EndedClosing.Key, new EndedClosing { Closing = ended, EndedAt = now, Mood = mood, Acknowledged = left });
    }

    /// <summary>The closing that ended in this conversation within <paramref name="memory"/>, if any.</summary>
    public static EndedClosing? Of(TurnContext turn, TimeSpan memory, DateTimeOffset now) =>
        turn.State.Conversation.Get(EndedClosing.Key) is { } ended && now - ended.EndedAt <= memory ? ended : null;

    public static void Forget(TurnContext turn) => turn.State.Conversation.Remove(EndedClosing.Key);

    /// <summary>Reads a message written after the end. Structure and the one reading of a message only: the words are
    /// the reader's (Runtime/Locales), so every language is read the same way.</summary>
    public static AfterTheEnd Read(string text, EndedClosing ended)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AfterTheEnd.Nothing;
        }

        var reading = MessageReader.Read(text, ended.Locale, Expecting.YesNo);
        if (reading.Has(Intent.Person) && !ended.WithPerson)
        {
            return AfterTheEnd.Person;
        }

        if (reading.Has(Intent.StartOver))
        {
            return AfterTheEnd.StartOver;
        }

        if (ended.PersonOffered && MessageReader.Read(text, ended.Locale, Expecting.PersonOffer).Answer is ReadAnswer.Said { Value: YesNo.Yes })
        {
            return AfterTheEnd.Person;
        }

        if (reading.Has(Intent.Leave) || reading.Has(Intent.Cancel))
        {
            return AfterTheEnd.Acknowledgement;
        }

        if (reading.Has(Intent.Complaint) || FrustrationRecognizer.Analyze(text, ended.Locale).ShouldOfferHuman)
        {
            return AfterTheEnd.Complaint;
        }

        var words = text.Split((char[])[' ', ',', '.', '!', '?', ';', ':', '¿', '¡'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        if (reading.Has(Intent.OffTopic) || (text.Contains('?', StringComparison.Ordinal) && words > 1))
        {
            return AfterTheEnd.NewRequest;
        }

        // "👍", "ok", "great, thanks!", "fine whatever", "Thank you, you too!": an exclamation with no question is a goodbye.
        if (words == 0 || reading.Answer is ReadAnswer.Said { Value: YesNo.Yes } || text.TrimEnd().EndsWith('!'))
        {
            return AfterTheEnd.Acknowledgement;
        }

        // What "anything else?" would take as a new request: long enough to be one, or short and ambiguous ("you too",
        // "one more thing"), which gets a reply that fits both.
        return MessageReader.Read(text, ended.Locale, Expecting.AnythingElse).Answer is ReadAnswer.Said { Value: YesNo.Yes }
            ? words >= 5 ? AfterTheEnd.NewRequest : AfterTheEnd.AcknowledgementOrMore
            : AfterTheEnd.Acknowledgement;
    }

    /// <summary>
    /// The reply to a thanks or a question after the end (null: say nothing, it was said already), and the ending as
    /// it stands afterwards.
    /// </summary>
    public static (Activity? Reply, EndedClosing Ended) Reply(ClosingServices services, EndedClosing ended, AfterTheEnd kind, string? channelId)
    {
        var voice = new ClosingVoice(services.Texts, ended.Locale, channelId)
        {
            Mood = kind == AfterTheEnd.Complaint && !ClosingMood.IsQuiet(ended.Mood) ? Mood.Frustrated : ended.Mood,
        };
        var name = ("name", (string?)ended.Closing.Name);
        ended = ended with { PersonOffered = false }; // the offer of a person is answered by the very next message
        if (ended.WithPerson)
        {
            return (null, ended);
        }

        switch (kind)
        {
            case AfterTheEnd.Acknowledgement when !ended.Acknowledged && ended.EndedNotices.Count == 0:
                return (voice.Say(Acknowledge, name), ended with { Acknowledged = true });
            case AfterTheEnd.AcknowledgementOrMore when !ended.Acknowledged:
                return (voice.Say(AcknowledgeOpen, name), ended with { Acknowledged = true });
            case AfterTheEnd.NewRequest or AfterTheEnd.Complaint or AfterTheEnd.AcknowledgementOrMore when ended.EndedNotices.Count < MaxEndedNotices:
                // Worded differently the second time; after that the offer stands and nothing is repeated.
                var text = voice.Render(Ended, Values.Of(name), ended.EndedNotices);
                if (ended.EndedNotices.Contains(text))
                {
                    return (null, ended);
                }

                List<PromptChoice> choices = [new("person", voice.Text(PersonChoice)), new("startOver", voice.Text(StartOverChoice))];
                var reply = ChoiceRenderer.WithChoices(voice.Message(text), choices, channelId);
                return (reply, ended with { EndedNotices = [.. ended.EndedNotices, text], Acknowledged = true, PersonOffered = true });
            default:
                return (null, ended);
        }
    }
}

/// <summary>
/// A handover asked for after the closing had ended: the closing's handover (with its transcript and summary), and then
/// the closing's result again with the handover in it. No second goodbye: the handover says what happens next.
/// </summary>
public sealed class AfterClosingHandover(ClosingServices services) : IDialog
{
    public const string DialogId = "closing.afterHandover";

    public string Id => DialogId;

    public string Version => "1";

    public async Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var closing = options as ClosingState ?? ClosingStart.From(dc.Turn, ClosingContext.Empty);
        closing = closing with { Handoff = new HandoffResult(HandoffReasons.Requested, HandoffStates.Pending, HandoffFallbacks.None) };
        dc.SetState(closing);
        return await dc.BeginDialogAsync(HandoffDialog.DialogId, closing, cancellationToken);
    }

    // Only its child (the handover) waits for messages.
    public Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) => Task.FromResult(DialogStatus.Waiting);

    public async Task<DialogStatus> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        var closing = dc.GetState<ClosingState>() ?? ClosingStart.From(dc.Turn, ClosingContext.Empty);
        var handoff = result is DialogResult.Completed { Value: HandoffResult done } ? done : closing.Handoff;
        closing = closing with
        {
            Outcome = Outcomes.Handoff,
            Handoff = handoff,
            Resolution = handoff?.WorksNow == true ? Resolutions.Confirmed : closing.Resolution,
        };
        var ending = closing.ToResult();
        AfterClosing.Remember(dc.Turn, closing, ending, services.Options.LowRatingThreshold, services.Time.GetUtcNow());
        return await dc.EndDialogAsync(DialogResult.Of(ending), cancellationToken);
    }

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
