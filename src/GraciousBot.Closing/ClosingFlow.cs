using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.SignOff;
using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using Languages = GraciousBot.Runtime.Recognizers.Languages;
using GraciousBot.Wire.Schema;
using T = GraciousBot.Closing.ClosingTexts;

namespace GraciousBot.Closing;

/// <summary>
/// The end of a support conversation, step by step: recap what was done and what happens next, check it is resolved,
/// offer the customer's other open items, ask how we did, then thank them personally and say goodbye. When the
/// customer needs a person, hand over instead.
/// </summary>
public sealed class ClosingFlow(ClosingServices services) : Flow<ClosingState>, IInterruptible
{
    public const string DialogId = "closing";

    private const string NoThanks = "none";

    private IReadOnlyList<FlowStep<ClosingState>>? _steps;

    public override string Id => DialogId;

    protected override IReadOnlyList<FlowStep<ClosingState>> Steps => _steps ??=
    [
        Step("summarize", SummarizeAsync),
        Step("ask-resolved", AskResolvedAsync),
        Step("record-resolved", RecordResolvedAsync),
        Step("offer-open-items", OfferOpenItemsAsync),
        Step("record-open-item", RecordOpenItemAsync),
        Step("ask-rating", AskRatingAsync),
        Step("record-rating", RecordRatingAsync),
        Step("record-comment", RecordCommentAsync),
        Step("to-go", ToGoAsync),
        Step("thank-and-sign-off", ThankAndSignOffAsync),
        Step("hand-over", HandOverAsync),
        Step("after-hand-over", AfterHandOverAsync),
    ];

    protected override ClosingState Start(DialogContext dc, object? options)
    {
        var state = ClosingStart.From(dc.Turn, options as ClosingContext ?? ClosingContext.Empty);
        return PersonalGoodbyes.ReadShared(dc.Turn, state, services.Time);
    }

    // 1. Recap the resolution and who does what next, by when.
    private Task<StepOutcome> SummarizeAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        var summary = new ClosingSummary(services, Voice(step), step.State, services.Time.GetUtcNow());
        if (summary.Compose() is { } recap)
        {
            step.Send(recap);
        }

        step.State = step.State with { Steps = summary.Steps() };

        return Task.FromResult(StepOutcome.Next);
    }

    // 2. Was it resolved? Silence or something else is "unanswered", never "resolved".
    private Task<StepOutcome> AskResolvedAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        var caseTitle = step.State.Context.Case?.Title;
        Asking(step, Expecting.YesNo);
        var question = YesNoQuestion(voice, voice.Say(T.ConfirmAsk, ("caseTitle", caseTitle)), T.ConfirmRetry, services.Options.MaxAttempts);
        return step.AskAsync(StandardPrompts.YesNo, Understood(voice, question, Expecting.YesNo), cancellationToken);
    }

    private Task<StepOutcome> RecordResolvedAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        switch (step.Answer<YesNo>())
        {
            case PromptResult<YesNo>.Answered { Value: YesNo.Yes }:
                step.State = step.State with { Resolution = Resolutions.Confirmed };
                step.Send(Voice(step).Say(T.ConfirmGlad));
                return Task.FromResult(StepOutcome.Next);
            case PromptResult<YesNo>.Answered { Value: YesNo.No }:
                step.State = step.State with { Resolution = Resolutions.Denied };
                step.Send(Voice(step).Say(T.ConfirmSorry));
                return services.Handoff.Triggers.NotResolved
                    ? Task.FromResult(HandOver(step, HandoffReasons.NotResolved))
                    : Task.FromResult(StepOutcome.Next);
            default:
                return OfferPersonIfNotUnderstoodAsync(step, cancellationToken);
        }
    }

    // 3. Other open items, offered by name; with none, "anything else?".
    private Task<StepOutcome> OfferOpenItemsAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        var all = step.State.Context.OpenItems;
        var items = all.Take(services.Options.MaxOpenItemsShown).ToList();
        if (items.Count == 0)
        {
            var anythingElse = voice.Say(T.AnythingElseAsk);
            Asking(step, Expecting.AnythingElse);
            return step.AskAsync(StandardPrompts.YesNo, Understood(voice, YesNoQuestion(voice, anythingElse, T.AnythingElseRetry, services.Options.MaxAttempts), Expecting.AnythingElse), cancellationToken);
        }

        // Counts are true: "You have 10 other requests open; here are 3 of them", never "you have 3".
        var culture = DueDates.Culture(voice.Locale);
        var question = all.Count == 1
            ? voice.Say(T.OpenItemsAskOne, ("title", items[0].Title))
            : all.Count > items.Count && items.Count > 1
                ? voice.Say(T.OpenItemsAskSome, ("total", all.Count.ToString(culture)), ("shown", items.Count.ToString(culture)))
                : voice.Say(T.OpenItemsAskMany, ("count", all.Count.ToString(culture)));
        List<PromptChoice> choices =
        [
            .. items.Select(i => new PromptChoice(i.Id, i.Title, [i.Id])),
            new PromptChoice(NoThanks, voice.Text(T.OpenItemsNone), [voice.Text(T.No)]),
        ];
        var options = ChoiceQuestion(voice, question, choices, T.OpenItemsRetry, services.Options.MaxAttempts) with
        {
            NoChoice = NoThanks,
            YesChoice = items.Count == 1 && step.State.Context.OpenItems.Count == 1 ? items[0].Id : null,

            // Buttons show the first few; an open item named that was not shown is picked too.
            Choices = [.. choices, .. step.State.Context.OpenItems.Skip(items.Count).Select(i => new PromptChoice(i.Id, i.Title, [i.Id]))],
            ShownChoices = choices.Count,
        };
        Asking(step, Expecting.OpenItems);
        return step.AskAsync(StandardPrompts.Choice, Understood(voice, options, Expecting.OpenItems), cancellationToken);
    }

    private Task<StepOutcome> RecordOpenItemAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        if (step.Answer<PromptChoice>() is PromptResult<PromptChoice>.Exhausted || step.Answer<YesNo>() is PromptResult<YesNo>.Exhausted)
        {
            return OfferPersonIfNotUnderstoodAsync(step, cancellationToken);
        }

        if (step.Answer<PromptChoice>() is PromptResult<PromptChoice>.Answered { Value.Value: var chosen } && chosen != NoThanks)
        {
            var item = step.State.Context.OpenItems.First(i => i.Id == chosen);
            step.Send(Voice(step).Say(T.OpenItemsChosen, ("title", item.Title)));
            step.State = step.State with { Outcome = Outcomes.NextItem, NextItemId = item.Id };
            return Task.FromResult(StepOutcome.End(step.State.ToResult()));
        }

        if (step.Answer<YesNo>() is PromptResult<YesNo>.Answered { Value: YesNo.Yes })
        {
            // "when exactly will the money be back??" is a yes that says what it is: carried to the caller, never asked again.
            var request = AnythingElseRequest.Of(step.Turn, step.State.Locale);
            step.Send(request is null ? Voice(step).Say(T.AnythingElseYes) : Voice(step).Say(AnythingElseRequest.Heard, ("name", step.State.Name)));
            step.State = step.State with { Outcome = Outcomes.AnythingElse, Request = request };
            return Task.FromResult(StepOutcome.End(step.State.ToResult()));
        }

        return Task.FromResult(StepOutcome.Next);
    }

    // 4. How did we do? Not again if this customer rated us recently.
    private Task<StepOutcome> AskRatingAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        var memory = step.Turn.State.User?.Get(CustomerMemory.Key);
        var cooldown = TimeSpan.FromDays(services.Options.SurveyCooldownDays);
        if (memory?.LastRatedAt is { } last && services.Time.GetUtcNow() - last < cooldown)
        {
            Insights.ClosingOutcomes.SurveySkipped(step.Turn);
            return Task.FromResult(StepOutcome.Next);
        }

        // After sad news or an angry complaint the survey is skipped, or asked in its gentlest words (ClosingOptions).
        var voice = Voice(step);
        if ((voice.Mood == Mood.Sad && services.Options.SkipSurveyWhenSad) || (voice.Mood == Mood.Frustrated && services.Options.SkipSurveyWhenFrustrated))
        {
            return Task.FromResult(StepOutcome.Next);
        }

        Insights.ClosingOutcomes.SurveyAsked(step.Turn);
        var question = voice.Say(T.RatingAsk, ("brand", Brand(step.State)));
        step.State = step.State with { BrandSaid = Brand(step.State) is not null }; // said once: the goodbye leaves it out
        var options = ChoiceQuestion(voice, question, [.. Enumerable.Range(1, 5).Select(n => new PromptChoice(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture)))], T.RatingRetry, services.Options.MaxAttempts) with
        {
            RetryFor = new() { [RatingPrompt.OutOfRange] = voice.Say(T.RatingOutOfRange) },
            AllowSkip = true, // "I'd rather not rate": no rating, never a made-up one
        };
        Asking(step, Expecting.Rating);
        return step.AskAsync(StandardPrompts.Rating, Understood(voice, options, Expecting.Rating), cancellationToken);
    }

    private Task<StepOutcome> RecordRatingAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        if (step.Answer<int>() is PromptResult<int>.Exhausted)
        {
            return OfferPersonIfNotUnderstoodAsync(step, cancellationToken, then: "thank-and-sign-off");
        }

        if (step.Answer<int>() is not PromptResult<int>.Answered { Value: var rating })
        {
            return Task.FromResult(StepOutcome.GoTo("to-go"));
        }

        step.State = step.State with { Rating = rating };
        if (step.Turn.State.User is { } user)
        {
            user.Set(CustomerMemory.Key, (user.Get(CustomerMemory.Key) ?? new CustomerMemory()) with { LastRatedAt = services.Time.GetUtcNow() });
        }

        var voice = Voice(step);
        var low = rating <= services.Options.LowRatingThreshold;
        var question = voice.Say(low ? T.CommentAskLow : T.CommentAsk);
        var options = ChoiceQuestion(voice, question, [new PromptChoice("skip", voice.Text(T.CommentSkip))], retryKey: null, services.Options.MaxAttempts) with { AllowSkip = true, Choices = null };
        Asking(step, Expecting.Comment);
        return step.AskAsync(StandardPrompts.Text, Understood(voice, options, Expecting.Comment), cancellationToken);
    }

    private Task<StepOutcome> RecordCommentAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        if (step.Answer<string>() is PromptResult<string>.Answered { Value: var comment })
        {
            step.State = step.State with { Comment = comment };
            step.Send(voice.Say(T.CommentThanks));
        }

        // A low rating: offer a person (accepting hands over; declining goes on to the goodbye).
        if (step.State.Rating <= services.Options.LowRatingThreshold && services.Handoff.Triggers.LowRating && OfferPersonDialog.FirstTime(step.Turn, HandoffReasons.LowRating))
        {
            return step.AskAsync(OfferPersonDialog.DialogId, new PersonOffer(HandoffReasons.LowRating, step.State.Locale), cancellationToken);
        }

        return Task.FromResult(StepOutcome.Next);
    }

    // 4½. Something to take away: the recap by e-mail, calendar reminders for their own steps, a tip (see ToGo/).
    private Task<StepOutcome> ToGoAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken) =>
        ToGo.ToGoBox.OfferAsync(services, step, cancellationToken);

    // 5. Thank them sincerely, by name, with a goodbye worded differently from their last one.
    private async Task<StepOutcome> ThankAndSignOffAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        step.State = await ToGo.ToGoBox.GiveAsync(services, step, cancellationToken);
        step.State = step.State with { FollowUp = await FollowUp.PlanAsync(services, step.Turn, step.State, cancellationToken) };
        var goodbye = services.SignOff.Compose(step.Turn, step.State, Voice(step));
        step.Send(goodbye.Message);
        if (step.Turn.State.User is { } user)
        {
            user.Set(CustomerMemory.Key, (user.Get(CustomerMemory.Key) ?? new CustomerMemory()) with { LastGoodbye = goodbye.Message.Text });
        }

        step.State = step.State with { SignOff = goodbye.Result };
        return StepOutcome.End(step.State.ToResult());
    }

    // 6. When the customer needs a person: hand over with everything, and say honestly what happens next.
    private Task<StepOutcome> HandOverAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken) =>
        step.AskAsync(HandoffDialog.DialogId, step.State, cancellationToken);

    private Task<StepOutcome> AfterHandOverAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        var handoff = step.Result is DialogResult.Completed { Value: HandoffResult result } ? result : step.State.Handoff;
        step.State = step.State with { Outcome = Outcomes.Handoff, Handoff = handoff, Resolution = handoff?.WorksNow == true ? Resolutions.Confirmed : step.State.Resolution, Locale = LanguageSwitch.Of(step.Turn) ?? step.State.Locale };

        // They left while waiting: their goodbye was said, nothing more.
        if (handoff?.State == HandoffStates.CustomerLeft)
        {
            return Task.FromResult(StepOutcome.End(step.State.ToResult()));
        }

        // A person has the conversation now: they say goodbye. Otherwise we still thank the customer properly.
        return Task.FromResult(handoff?.State is HandoffStates.Accepted or HandoffStates.Completed
            ? StepOutcome.End(step.State.ToResult())
            : StepOutcome.GoTo("thank-and-sign-off"));
    }

    /// <summary>Hands over now, from wherever the conversation is (an accepted offer of a person).</summary>
    public Task<DialogStatus> HandOverNowAsync(DialogContext dc, string reason, CancellationToken cancellationToken) =>
        JumpToAsync(dc, "hand-over", s => s with { Handoff = new HandoffResult(reason, HandoffStates.Pending, HandoffFallbacks.None) }, cancellationToken);

    /// <summary>
    /// The customer went quiet: end with whatever was answered, as <c>abandoned</c>. A short note only where they will
    /// read it later (<paramref name="leaveNote"/>); nothing is said to someone who has left a web page.
    /// </summary>
    public Task<DialogStatus> AbandonAsync(DialogContext dc, bool leaveNote, CancellationToken cancellationToken) =>
        EndWithAsync(dc, s =>
        {
            if (leaveNote)
            {
                dc.Turn.Send(new ClosingVoice(services.Texts, s.Locale, dc.Turn.ChannelId).Say(Insights.EndingTexts.Abandoned, ("name", s.Name)));
            }

            return (s with { Outcome = Outcomes.Abandoned }).ToResult();
        }, cancellationToken);

    /// <summary>After answers we could not understand: offer a person once, then carry on.</summary>
    private Task<StepOutcome> OfferPersonIfNotUnderstoodAsync(FlowStepContext<ClosingState> step, CancellationToken cancellationToken, string? then = null)
    {
        if (services.Handoff.Triggers.NotUnderstood && OfferPersonDialog.FirstTime(step.Turn, HandoffReasons.NotUnderstood))
        {
            return step.AskAsync(OfferPersonDialog.DialogId, new PersonOffer(HandoffReasons.NotUnderstood, step.State.Locale), cancellationToken);
        }

        return Task.FromResult(then is null ? StepOutcome.Next : StepOutcome.GoTo(then));
    }

    /// <summary>Interruptions the runtime recognises before any answer: a person, cancel, help, start over.</summary>
    public async Task<bool> OnInterruptionAsync(DialogContext dc, Interruption interruption, CancellationToken cancellationToken)
    {
        if (WaitingForPersonListener.IsWaiting(dc))
        {
            return false; // waiting for a person listens for itself (Handoff/WaitingForPerson.cs)
        }

        var voice = new ClosingVoice(services.Texts, ClosingStart.LocaleOf(dc.Turn, null), dc.Turn.ChannelId);
        switch (interruption)
        {
            case Interruption.Human when IsHandingOver(dc):
                return false;
            case Interruption.Human when services.Handoff.Triggers.Requested:
                // A real comment that also asks for a person is kept as the comment before handing over.
                await JumpToAsync(dc, "hand-over", s => WithWhatWasSaid(s, dc.Turn) with { Handoff = new HandoffResult(HandoffReasons.Requested, HandoffStates.Pending, HandoffFallbacks.None) }, cancellationToken);
                return true;
            case Interruption.Leave:
                // Leaving ends the closing at once, with only what the customer actually said (also while being offered a
                // call back after a handover that did not happen: the handover is then marked as left by the customer).
                var leftHandover = IsHandingOver(dc);
                await EndWithAsync(dc, s =>
                {
                    var said = WithWhatWasSaid(s, dc.Turn) with { Outcome = Outcomes.Completed };
                    said = leftHandover
                        ? said with { Outcome = Outcomes.Handoff, Handoff = (s.Handoff ?? new HandoffResult(HandoffReasons.Requested, HandoffStates.Pending, HandoffFallbacks.None)) with { State = HandoffStates.CustomerLeft } }
                        : said;
                    said = said with { Locale = LanguageSwitch.Of(dc.Turn) ?? said.Locale };
                    dc.Turn.Send(new ClosingVoice(services.Texts, said.Locale, dc.Turn.ChannelId).Say(UnderstandingTexts.LeaveGoodbye, ("name", said.Name)));
                    return said.ToResult();
                }, cancellationToken);
                return true;
            case Interruption.SwitchLanguage:
                return await SwitchLanguageAsync(dc, cancellationToken);
            case Interruption.Cancel:
                await EndWithAsync(dc, s =>
                {
                    // The closing's mood holds here too: a sad or frustrated closing stops quietly.
                    var moodVoice = new ClosingVoice(services.Texts, voice.Locale, dc.Turn.ChannelId)
                    {
                        Mood = ClosingMood.Of(s, services.Options.LowRatingThreshold, TranscriptLog.CustomerFrustratedSoFar(dc.Turn)),
                    };
                    dc.Turn.Send(moodVoice.Say(T.Cancelled, ("name", s.Name)));
                    return (s with { Outcome = Outcomes.Cancelled }).ToResult();
                }, cancellationToken);
                return true;
            case Interruption.Help:
                dc.Turn.Send(voice.Say(T.Help));
                await dc.RepromptAsync(cancellationToken);
                return true;
            case Interruption.StartOver:
                dc.Turn.Send(voice.Say(T.StartOver));
                await JumpToAsync(dc, "summarize", s => ClosingStart.Again(s), cancellationToken);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A message in another of our languages: an explicit request ("¿puedo seguir en español?") switches and asks the
    /// question again in the new language; an answer simply written in another language switches the rest of the
    /// closing (and its result's locale) and is then read as the answer it is.
    /// </summary>
    private async Task<bool> SwitchLanguageAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var current = ClosingStart.LocaleOf(dc.Turn, null);
        var reading = MessageReader.Read(dc.Turn.Text, current, Expecting.Comment);
        var words = dc.Turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var target = reading.SwitchTo ?? (words >= 2 ? reading.Language : null);
        if (target is null || IsHandingOver(dc) || Languages.Of(current) == target)
        {
            return false;
        }

        LanguageSwitch.To(dc.Turn, target);
        if (reading.SwitchTo is null)
        {
            return false;
        }

        var voice = new ClosingVoice(services.Texts, target, dc.Turn.ChannelId);
        dc.Turn.Send(voice.Say(UnderstandingTexts.Switched));
        var asking = dc.Turn.State.Conversation.Get(AskingKey)?.Question;
        var again = asking switch
        {
            Expecting.YesNo => "ask-resolved",
            Expecting.OpenItems or Expecting.AnythingElse => "offer-open-items",
            Expecting.Rating => "ask-rating",
            _ => null,
        };
        if (again is not null && !dc.Contains(OfferPersonDialog.DialogId))
        {
            await JumpToAsync(dc, again, s => s with { Locale = target }, cancellationToken);
        }
        else if (asking == Expecting.Comment)
        {
            dc.Turn.Send(voice.Say(T.CommentAsk));
        }
        else
        {
            await dc.RepromptAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The answer a message that also did something else (left, asked for a person) gave to the question asked.</summary>
    private static ClosingState WithWhatWasSaid(ClosingState state, Runtime.Turns.TurnContext turn)
    {
        if (turn.State.Conversation.Get(AskingKey)?.Question is not { } asking)
        {
            return state;
        }

        var reading = MessageReader.Read(turn.Text, state.Locale, asking);
        return (asking, reading.Answer) switch
        {
            (Expecting.YesNo, ReadAnswer.Said { Value: YesNo.Yes }) => state with { Resolution = Resolutions.Confirmed },
            (Expecting.YesNo, ReadAnswer.Said { Value: YesNo.No }) => state with { Resolution = Resolutions.Denied },
            (Expecting.Rating, ReadAnswer.Rated rated) => state with { Rating = rated.Value },
            (Expecting.Comment, ReadAnswer.Commented comment) => state with { Comment = comment.Text },
            _ => state,
        };
    }

    /// <summary>The conversation remembers how the closing ended, for what the customer writes afterwards (AfterClosing.cs).</summary>
    protected override void OnEnding(DialogContext dc, ClosingState state, object? result)
    {
        if (result is ClosingResult ending)
        {
            AfterClosing.Remember(dc.Turn, state, ending, services.Options.LowRatingThreshold, services.Time.GetUtcNow());
        }
    }

    protected override Task OnRestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Turn.Send(new ClosingVoice(services.Texts, ClosingStart.LocaleOf(dc.Turn, null), dc.Turn.ChannelId).Say(T.Restarted));
        return Task.CompletedTask;
    }

    private static bool IsHandingOver(DialogContext dc) => dc.Contains(HandoffDialog.DialogId);

    private static StepOutcome HandOver(FlowStepContext<ClosingState> step, string reason)
    {
        step.State = step.State with { Handoff = new HandoffResult(reason, HandoffStates.Pending, HandoffFallbacks.None) };
        return StepOutcome.GoTo("hand-over");
    }

    /// <summary>The question the customer is being asked now, so a message that also leaves, asks for a person or
    /// switches language is read against it.</summary>
    private static readonly StateKey<CurrentQuestion> AskingKey = new("closing.asking");

    private sealed record CurrentQuestion(Expecting Question);

    private static void Asking(FlowStepContext<ClosingState> step, Expecting question) =>
        step.Turn.State.Conversation.Set(AskingKey, new CurrentQuestion(question));

    /// <summary>The voice of this closing: its locale (switched when the customer switched), channel, one mood and case category.</summary>
    private ClosingVoice Voice(FlowStepContext<ClosingState> step)
    {
        // The customer switched language: the rest of the closing, and its result, are in it.
        if (LanguageSwitch.Of(step.Turn) is { } switched && switched != step.State.Locale)
        {
            step.State = step.State with { Locale = switched };
        }

        return new(services.Texts, step.State.Locale, step.Turn.ChannelId)
        {
            Mood = ClosingMood.Of(step.State, services.Options.LowRatingThreshold, TranscriptLog.CustomerFrustratedSoFar(step.Turn)),
            Category = CaseCategories.Normalize(step.State.Context.Case?.Category),
        };
    }

    /// <summary>Tells the prompt which question it is, and what to say to an unsure or off-topic answer: one short
    /// clarifying question, or what we cannot answer here (offering a person) followed by the question again.</summary>
    private static PromptOptions Understood(ClosingVoice voice, PromptOptions options, Expecting expecting)
    {
        // A comment or a rating is never read as unsure (a rating not understood is asked again as a number). Unsure:
        // the clarifying question in place of the first re-ask's words, its buttons kept (built by the prompt if needed).
        var unsure = expecting is (Expecting.Comment or Expecting.Rating)
            ? null
            : new Dictionary<string, string>
            {
                [UnderstandingTexts.UnsureReason] = voice.Text(expecting == Expecting.OpenItems ? UnderstandingTexts.UnsureOpenItems : UnderstandingTexts.Unsure),
            };

        var offTopic = new Dictionary<string, string>(options.RetryPrefixFor ?? []);
        foreach (var kind in Enum.GetValues<OffTopicKind>())
        {
            offTopic[UnderstandingTexts.OffTopicReason(kind)] = voice.Text(UnderstandingTexts.OffTopic(kind));
        }

        return options with { Expecting = expecting, RetryWordsFor = unsure, RetryPrefixFor = offTopic };
    }

    private string? Brand(ClosingState state) => state.Context.Brand?.Name ?? services.Options.DefaultBrandName;

    private static PromptOptions YesNoQuestion(ClosingVoice voice, Activity question, string? retryKey, int maxAttempts) =>
        ChoiceQuestion(voice, question, [new PromptChoice("yes", voice.Text(T.Yes)), new PromptChoice("no", voice.Text(T.No))], retryKey, maxAttempts);

    private static PromptOptions ChoiceQuestion(ClosingVoice voice, Activity question, List<PromptChoice> choices, string? retryKey, int maxAttempts)
    {
        var prompt = ChoiceRenderer.WithChoices(question, choices, voice.ChannelId);
        // The re-asks in turn, as their words: the prompt shows them with the choices when one is needed (no single
        // Retry beside them: the prompt would never send it).
        return new PromptOptions
        {
            Prompt = prompt,
            RetryWords = retryKey is null ? null : [.. voice.Variants(retryKey)],
            Choices = choices,
            MaxAttempts = maxAttempts,
        };
    }
}
