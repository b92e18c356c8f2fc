using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.Templates;
using Humanizer;

namespace GraciousBot.Closing.Handoff;

/// <summary>The handover's own state.</summary>
public sealed record HandoffState
{
    public ClosingState Closing { get; init; } = new();

    public string Reason { get; init; } = HandoffReasons.Requested;

    public string State { get; init; } = HandoffStates.Pending;

    public string Fallback { get; init; } = HandoffFallbacks.None;

    public DateTimeOffset? Deadline { get; init; }

    /// <summary>When the team is back, if it is closed now.</summary>
    public DateTimeOffset? BackAt { get; init; }

    public HandoffResult ToResult() => new(Reason, State, Fallback);
}

/// <summary>
/// Hands the conversation to a person: checks the team is there, sends <c>handoff.initiate</c> with everything the
/// person needs, tells the customer plainly what happens next, and waits for the hub's <c>handoff.status</c>. When
/// nobody can take it (closed, failed, no answer) it says so honestly and offers a call back or an e-mail.
/// </summary>
public sealed class HandoffDialog(ClosingServices services) : Flow<HandoffState>
{
    public const string DialogId = "closing.handoff";

    private IReadOnlyList<FlowStep<HandoffState>>? _steps;

    public override string Id => DialogId;

    protected override IReadOnlyList<FlowStep<HandoffState>> Steps => _steps ??=
    [
        Step("check-hours", CheckHoursAsync),
        Step("initiate", InitiateAsync),
        Step("wait-for-status", WaitForStatusAsync),
        Step("record-status", RecordStatusAsync),
        Step("offer-fallback", OfferFallbackAsync),
        Step("record-fallback", RecordFallbackAsync),
    ];

    protected override HandoffState Start(DialogContext dc, object? options)
    {
        var closing = options as ClosingState ?? ClosingStart.From(dc.Turn, ClosingContext.Empty);
        return new HandoffState { Closing = closing, Reason = closing.Handoff?.Reason ?? HandoffReasons.Requested };
    }

    // Outside business hours we do not pretend: we say when the team is back.
    private Task<StepOutcome> CheckHoursAsync(FlowStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        if (services.BusinessHours.NextOpening(services.Time.GetUtcNow()) is not { } backAt)
        {
            return Task.FromResult(StepOutcome.Next);
        }

        var voice = Voice(step);
        step.Send(voice.Say("handoff.outsideHours", ("when", When(backAt, step.State.Closing))));
        step.State = step.State with { State = HandoffStates.OutsideHours, BackAt = backAt };
        return Task.FromResult(StepOutcome.GoTo("offer-fallback"));
    }

    private Task<StepOutcome> InitiateAsync(FlowStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        var context = HandoffPackage.Context(step.Turn, step.State.Closing, step.State.Reason, services.Texts, services.Handoff.AgentLocale);
        var wait = services.Handoff.ExpectedWait?.Humanize(culture: DueDates.Culture(voice.Locale));
        var connecting = voice.Say("handoff.connecting", ("wait", wait));

        step.Send(HandoffPackage.Initiate(context, step.Turn, step.State.Closing));
        step.Send(services.Handoff.Omnichannel ? HandoffPackage.Omnichannel(context, connecting) : connecting);
        step.State = step.State with { Deadline = services.Time.GetUtcNow() + services.Handoff.StatusTimeout };
        WaitingForPersonListener.Begin(step.Turn, step.State.Closing, services.Options.LowRatingThreshold, step.State.Deadline);
        return Task.FromResult(StepOutcome.Next);
    }

    private Task<StepOutcome> WaitForStatusAsync(FlowStepContext<HandoffState> step, CancellationToken cancellationToken) =>
        step.AskAsync(AwaitEventDialog.DialogId, new AwaitEventOptions([Wire.Schema.HandoffEventNames.Status], step.State.Deadline, Voice(step).Say(WaitingForPersonListener.StillWaiting, ("wait", services.Handoff.ExpectedWait?.Humanize(culture: DueDates.Culture(step.State.Closing.Locale))))), cancellationToken);

    private Task<StepOutcome> RecordStatusAsync(FlowStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        // The customer ended the wait themselves (left, or no longer needs a person): what they were told was said already.
        if (step.Result is DialogResult.Completed { Value: WaitEndedByCustomer byCustomer })
        {
            step.State = step.State with { State = byCustomer.State };
            return Task.FromResult(StepOutcome.End(step.State.ToResult() with { WorksNow = byCustomer.WorksNow }));
        }

        var awaited = step.Result is DialogResult.Completed { Value: AwaitedEvent e } ? e : new AwaitedEvent(null, null, TimedOut: true);
        var status = awaited.TimedOut ? HandoffStates.Failed : StatusOf(awaited.Value);
        switch (status)
        {
            case HandoffStates.Accepted:
                step.State = step.State with { State = HandoffStates.Accepted };
                step.Send(Voice(step).Say("handoff.accepted"));
                return Task.FromResult(StepOutcome.End(step.State.ToResult()));
            case HandoffStates.Completed:
                step.State = step.State with { State = HandoffStates.Completed };
                return Task.FromResult(StepOutcome.End(step.State.ToResult()));
            case HandoffStates.Failed:
                step.State = step.State with { State = HandoffStates.Failed };
                step.Send(Voice(step).Say("handoff.failed"));
                return Task.FromResult(StepOutcome.GoTo("offer-fallback"));
            default:
                // A status we do not know: never reject it, keep waiting until the deadline.
                return Task.FromResult(StepOutcome.GoTo("wait-for-status"));
        }
    }

    private Task<StepOutcome> OfferFallbackAsync(FlowStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        List<PromptChoice> choices =
        [
            new(HandoffFallbacks.Callback, voice.Text("handoff.fallback.callback")),
            new(HandoffFallbacks.Email, voice.Text("handoff.fallback.email")),
            new(HandoffFallbacks.None, voice.Text("handoff.fallback.none"), [voice.Text(ClosingTexts.No)]),
        ];
        var prompt = ChoiceRenderer.WithChoices(voice.Say("handoff.fallback.ask"), choices, voice.ChannelId);
        return step.AskAsync(StandardPrompts.Choice, new PromptOptions
        {
            Prompt = prompt,
            Retry = ChoiceRenderer.WithChoices(voice.Say("handoff.fallback.retry"), choices, voice.ChannelId),
            Choices = choices,
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private Task<StepOutcome> RecordFallbackAsync(FlowStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        var fallback = step.Answer<PromptChoice>() is PromptResult<PromptChoice>.Answered { Value.Value: var chosen } ? chosen : HandoffFallbacks.None;
        var when = step.State.BackAt is { } backAt ? When(backAt, step.State.Closing) : null;
        step.Send(fallback switch
        {
            HandoffFallbacks.Callback => voice.Say("handoff.fallback.callbackConfirmed", ("when", when)),
            HandoffFallbacks.Email => voice.Say("handoff.fallback.emailConfirmed"),
            _ => voice.Say("handoff.fallback.noneConfirmed"),
        });
        step.State = step.State with { Fallback = fallback };
        return Task.FromResult(StepOutcome.End(step.State.ToResult()));
    }

    private static string? StatusOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.String
            ? state.GetString()?.Trim().ToLowerInvariant() switch
            {
                "accepted" => HandoffStates.Accepted,
                "failed" => HandoffStates.Failed,
                "completed" => HandoffStates.Completed,
                _ => null,
            }
            : null;

    /// <summary>"Monday at 9:00", in the customer's language and time zone.</summary>
    private string When(DateTimeOffset at, ClosingState closing)
    {
        var culture = DueDates.Culture(closing.Locale);
        var local = DueDates.Local(at, DueDates.Zone(closing.TimeZone));
        var (nearness, day, date) = DueDates.Of(DateOnly.FromDateTime(local.DateTime), closing.Locale, closing.TimeZone, services.Time.GetUtcNow());
        var time = DueDates.Format(local.DateTime, culture.DateTimeFormat.ShortTimePattern, culture);
        var key = nearness switch
        {
            DueDates.Nearness.Today => "handoff.when.today",
            DueDates.Nearness.Tomorrow => "handoff.when.tomorrow",
            DueDates.Nearness.ThisWeek => "handoff.when.weekday",
            _ => "handoff.when.date",
        };
        return services.Texts.Render(key, closing.Locale, Values.Of(("day", day), ("date", date), ("time", time)));
    }

    // The customer may have switched language while waiting: the rest of the handover is in it.
    private ClosingVoice Voice(FlowStepContext<HandoffState> step) => new(services.Texts, LanguageSwitch.Of(step.Turn) ?? step.State.Closing.Locale, step.Turn.ChannelId);
}

/// <summary>Which offers of a person this conversation has already made (each is made once).</summary>
public sealed record PersonOffers
{
    public static readonly Runtime.State.StateKey<PersonOffers> Key = new("closing.personOffers");

    public List<string> Made { get; init; } = [];
}

/// <summary>The reason an offer of a person is made, and the locale to make it in.</summary>
public sealed record PersonOffer(string Reason, string Locale);

/// <summary>
/// Offers a person (never forces one). Yes hands over at once; no returns to whatever was going on, which asks its
/// question again.
/// </summary>
public sealed class OfferPersonDialog(ClosingServices services) : Flow<PersonOffer>
{
    public const string DialogId = "closing.offerPerson";

    private IReadOnlyList<FlowStep<PersonOffer>>? _steps;

    public override string Id => DialogId;

    protected override IReadOnlyList<FlowStep<PersonOffer>> Steps => _steps ??=
    [
        Step("offer", OfferAsync),
        Step("record", RecordAsync),
    ];

    protected override PersonOffer Start(DialogContext dc, object? options) =>
        options as PersonOffer ?? new PersonOffer(HandoffReasons.Requested, ClosingStart.LocaleOf(dc.Turn, null));

    /// <summary>Whether an offer for this reason was already made in this conversation (and records it if not).</summary>
    public static bool FirstTime(Runtime.Turns.TurnContext turn, string reason)
    {
        var offers = turn.State.Conversation.Get(PersonOffers.Key) ?? new PersonOffers();
        if (offers.Made.Contains(reason))
        {
            return false;
        }

        turn.State.Conversation.Set(PersonOffers.Key, offers with { Made = [.. offers.Made, reason] });
        return true;
    }

    private Task<StepOutcome> OfferAsync(FlowStepContext<PersonOffer> step, CancellationToken cancellationToken)
    {
        var voice = new ClosingVoice(services.Texts, step.State.Locale, step.Turn.ChannelId);
        List<PromptChoice> choices = [new("yes", voice.Text(ClosingTexts.Yes)), new("no", voice.Text(ClosingTexts.No))];
        return step.AskAsync(StandardPrompts.YesNo, new PromptOptions
        {
            Prompt = ChoiceRenderer.WithChoices(voice.Say($"handoff.offer.{step.State.Reason}"), choices, voice.ChannelId),
            Choices = choices,
            MaxAttempts = 1,
            Expecting = Expecting.PersonOffer, // "oh great, another queue", "yes… actually no, it's sorted"
        }, cancellationToken);
    }

    private async Task<StepOutcome> RecordAsync(FlowStepContext<PersonOffer> step, CancellationToken cancellationToken)
    {
        if (step.Answer<YesNo>() is PromptResult<YesNo>.Answered { Value: YesNo.Yes } && step.Dialogs.Find(ClosingFlow.DialogId) is ClosingFlow closing)
        {
            // The closing flow takes over the whole stack from here.
            await closing.HandOverNowAsync(step.Dialogs, step.State.Reason, cancellationToken);
            return StepOutcome.Waiting;
        }

        return StepOutcome.End(null);
    }
}
