using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Templates;
using GraciousBot.Wire.Schema;
using Humanizer;

namespace GraciousBot.Closing.Handoff;

/// <summary>The wait for a person, as the customer lives it: who they are, the mood, and what was said to them while waiting.</summary>
public sealed record WaitingForPerson
{
    public static readonly StateKey<WaitingForPerson> Key = new("closing.waitingForPerson");

    public required string Locale { get; init; }

    public string? Name { get; init; }

    public Mood Mood { get; init; } = Mood.Neutral;

    /// <summary>When the hub's answer is overdue (then the wait ends as failed, as before).</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>"Still waiting" lines said so far: each in other words, then quiet.</summary>
    public List<string> Reassurances { get; init; } = [];

    /// <summary>We asked whether to cancel the request for a person; a yes cancels it.</summary>
    public bool CancelOffered { get; init; }

    /// <summary>They said it works now (a cancelled request then records the resolution as confirmed).</summary>
    public bool WorksNow { get; init; }
}

/// <summary>How a wait for a person ended because of the customer (handed to <see cref="HandoffDialog"/>).</summary>
/// <param name="State"><see cref="HandoffStates.CustomerLeft"/> or <see cref="HandoffStates.Withdrawn"/>.</param>
public sealed record WaitEndedByCustomer(string State, bool WorksNow);

/// <summary>
/// Listens while the customer waits for a person (after <c>handoff.initiate</c>, before the hub's <c>handoff.status</c>):
/// leaving ends with a short goodbye and the handover marked <c>customerLeft</c>; "it works now" or "never mind" is
/// acknowledged with the offer to cancel the request (a clear yes cancels it: <c>withdrawn</c>); anything else hears
/// that someone is coming, in other words each time, and after two such lines nothing more. Every message still goes
/// into the conversation's transcript, like everything the customer writes.
/// </summary>
public static class WaitingForPersonListener
{
    public const string StillWaiting = "handoff.stillWaiting";
    public const string Leave = "handoff.waiting.leave";
    public const string WorksNow = "handoff.waiting.worksNow";
    public const string NeverMind = "handoff.waiting.neverMind";
    public const string CancelYes = "handoff.waiting.cancelYes";
    public const string CancelNo = "handoff.waiting.cancelNo";
    public const string Cancelled = "handoff.waiting.cancelled";
    public const string Kept = "handoff.waiting.kept";

    /// <summary>"Still waiting" lines before the bot stays quiet (each worded differently).</summary>
    public const int MaxReassurances = 2;

    public static IReadOnlyList<TemplateContract> Contracts { get; } =
    [
        new(Leave, "name"),
        new(WorksNow, "name"),
        new(NeverMind, "name"),
        new(CancelYes),
        new(CancelNo),
        new(Cancelled),
        new(Kept, "wait"),
    ];

    /// <summary>Whether the conversation is waiting for the hub's answer to a handover.</summary>
    public static bool IsWaiting(DialogContext dc) =>
        dc.Active?.DialogId == AwaitEventDialog.DialogId && dc.Contains(HandoffDialog.DialogId);

    /// <summary>The wait begins (the handover was just initiated).</summary>
    public static void Begin(Runtime.Turns.TurnContext turn, ClosingState closing, int lowRatingThreshold, DateTimeOffset? deadline) =>
        turn.State.Conversation.Set(Key, new WaitingForPerson
        {
            Locale = closing.Locale,
            Name = closing.Name,
            Mood = ClosingMood.Of(closing, lowRatingThreshold, TranscriptLog.CustomerFrustratedSoFar(turn)),
            Deadline = deadline,
        });

    private static StateKey<WaitingForPerson> Key => WaitingForPerson.Key;

    /// <summary>A message while waiting for a person; true when it was dealt with here.</summary>
    public static async Task<bool> OnMessageAsync(ClosingServices services, DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!turn.Activity.IsType(ActivityTypes.Message) || !IsWaiting(dc))
        {
            return false;
        }

        var waiting = turn.State.Conversation.Get(Key) ?? new WaitingForPerson { Locale = ClosingStart.LocaleOf(turn, null) };
        if (waiting.Deadline is { } deadline && services.Time.GetUtcNow() >= deadline)
        {
            return false; // overdue: the wait ends as failed and the customer hears so
        }

        var text = turn.Text;
        var reading = MessageReader.Read(text, waiting.Locale, Expecting.YesNo);
        if (reading.SwitchTo is { } switchTo && Runtime.Recognizers.Languages.Of(waiting.Locale) != switchTo)
        {
            // "can we do this in English?": the wait, and the rest of the closing, go on in that language.
            LanguageSwitch.To(turn, switchTo);
            waiting = waiting with { Locale = switchTo };
            turn.Send(new ClosingVoice(services.Texts, switchTo, turn.ChannelId).Say(UnderstandingTexts.Switched));
            turn.State.Conversation.Set(Key, waiting);
            return true;
        }

        var voice = new ClosingVoice(services.Texts, waiting.Locale, turn.ChannelId) { Mood = waiting.Mood };
        var name = ("name", waiting.Name);
        if (waiting.CancelOffered && !reading.Has(Intent.Leave) && !reading.Has(Intent.Person))
        {
            waiting = waiting with { CancelOffered = false };
            switch (reading.Has(Intent.Cancel) ? new ReadAnswer.Said(YesNo.Yes) : reading.Answer)
            {
                case ReadAnswer.Said { Value: YesNo.Yes }: // "yes", "yes, cancel it"
                    turn.Send(voice.Say(Cancelled));
                    await EndWaitAsync(dc, new WaitEndedByCustomer(HandoffStates.Withdrawn, waiting.WorksNow), cancellationToken);
                    turn.State.Conversation.Remove(Key);
                    return true;
                case ReadAnswer.Said { Value: YesNo.No }:
                    turn.Send(voice.Say(Kept, ("wait", Wait(services, waiting))));
                    turn.State.Conversation.Set(Key, waiting with { WorksNow = false });
                    return true;
            }
        }

        if (reading.Has(Intent.Leave))
        {
            // They are going: a short warm goodbye, and the team is told through the result (customerLeft).
            turn.Send(voice.Say(Leave, name));
            await EndWaitAsync(dc, new WaitEndedByCustomer(HandoffStates.CustomerLeft, false), cancellationToken);
            turn.State.Conversation.Remove(Key);
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "it works now" is a yes of three words or more; an angry "forget it" is never taken for good news.
        var worksNow = !reading.Has(Intent.Person) && words >= 3 && reading.Answer is ReadAnswer.Said { Value: YesNo.Yes }
            && !FrustrationRecognizer.Analyze(text, waiting.Locale).ShouldOfferHuman;
        if (worksNow || (reading.Has(Intent.Cancel) && !reading.Has(Intent.Person)))
        {
            List<PromptChoice> choices = [new("yes", voice.Text(CancelYes)), new("no", voice.Text(CancelNo))];
            turn.Send(ChoiceRenderer.WithChoices(voice.Say(worksNow ? WorksNow : NeverMind, name), choices, turn.ChannelId));
            turn.State.Conversation.Set(Key, waiting with { CancelOffered = true, WorksNow = worksNow });
            return true;
        }

        // Anything else ("hello?", "where is everyone", a person asked for again): someone is coming, never in the same
        // words twice, and after that the customer is not talked at.
        if (waiting.Reassurances.Count < MaxReassurances)
        {
            var line = voice.Render(StillWaiting, Values.Of(("wait", Wait(services, waiting))), waiting.Reassurances);
            if (!waiting.Reassurances.Contains(line))
            {
                turn.Send(voice.Message(line));
                waiting = waiting with { Reassurances = [.. waiting.Reassurances, line] };
            }
        }

        turn.State.Conversation.Set(Key, waiting);
        return true;
    }

    /// <summary>The expected wait, in words, when it is configured.</summary>
    private static string? Wait(ClosingServices services, WaitingForPerson waiting) =>
        services.Handoff.ExpectedWait?.Humanize(culture: DueDates.Culture(waiting.Locale));

    private static async Task EndWaitAsync(DialogContext dc, WaitEndedByCustomer ended, CancellationToken cancellationToken)
    {
        if (dc.Find(AwaitEventDialog.DialogId) is { } wait)
        {
            await wait.CancelAsync(dc, cancellationToken); // its deadline timer goes
        }

        await dc.EndDialogAsync(DialogResult.Of(ended), cancellationToken);
    }
}
