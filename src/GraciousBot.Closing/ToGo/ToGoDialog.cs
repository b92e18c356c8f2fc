using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using T = GraciousBot.Closing.ToGo.ToGoTexts;

namespace GraciousBot.Closing.ToGo;

/// <summary>
/// What the to-go question is asked with (stored with the dialog, so it survives restarts): what is offered and the
/// closing's locale, not the closing's state (its parent keeps that, and gives what was chosen: see
/// <see cref="ToGoBox.GiveAsync"/>). A question stored by an earlier version carried the whole closing state as
/// <c>closing</c>: it is skipped on reading, and <see cref="Locale"/> is then null (only asking uses it).
/// </summary>
public sealed record ToGoQuestion(ToGoOffer Offer, string? Locale);

/// <summary>What the customer chose at the to-go question, for the closing to give.</summary>
/// <param name="Offer">What was offered.</param>
/// <param name="Chosen">The choice's value (both, email, reminders or no); no for a skip or an answer not understood.</param>
/// <param name="Exhausted">The answer was not understood within the attempts (let go without comment).</param>
public sealed record ToGoChoice(ToGoOffer Offer, string Chosen, bool Exhausted);

/// <summary>
/// Asks once whether the customer wants the recap by e-mail and/or calendar reminders. Any clear no or skip, in any
/// of our languages, ends it in one word. Ends with a <see cref="ToGoChoice"/>, which the closing gives
/// (<see cref="ToGoBox.GiveAsync"/>) with its own state, so this dialog need not store a second copy of it.
/// </summary>
public sealed class ToGoDialog(ClosingServices services) : Flow<ToGoQuestion>
{
    public const string DialogId = "togo";

    public const string PromptId = "prompt.toGo";

    internal const string Both = "both";
    internal const string Email = "email";
    internal const string Reminder = "reminders";
    internal const string No = "no";

    private IReadOnlyList<FlowStep<ToGoQuestion>>? _steps;

    public override string Id => DialogId;

    protected override IReadOnlyList<FlowStep<ToGoQuestion>> Steps => _steps ??=
    [
        Step("ask", AskAsync),
        Step("give", GiveAsync),
    ];

    protected override ToGoQuestion Start(DialogContext dc, object? options) =>
        options as ToGoQuestion ?? new ToGoQuestion(new ToGoOffer(false, false, false), null);

    /// <summary>The prompt: a choice, a yes or no, or a skip in one word.</summary>
    public static Prompt<PromptChoice> CreatePrompt() => new(PromptId, (input, options) =>
    {
        var offered = options.Choices ?? [];
        if (ChoiceRecognizer.Recognize(input.Text, [.. offered.Select(c => new Choice(c.Value, c.Title, c.Synonyms))], input.Locale) is { } chosen)
        {
            return new Recognition<PromptChoice>.Recognized(offered.First(c => c.Value == chosen.Value));
        }

        var byYesNo = YesNoRecognizer.Recognize(input.Text, input.Locale) switch
        {
            YesNo.No => options.NoChoice,
            YesNo.Yes => options.YesChoice,
            _ => null,
        };
        if (offered.FirstOrDefault(c => c.Value == byYesNo) is { } answer)
        {
            return new Recognition<PromptChoice>.Recognized(answer);
        }

        return SkipRecognizer.IsSkip(input.Text, input.Locale) ? new Recognition<PromptChoice>.Skip() : new Recognition<PromptChoice>.NotUnderstood();
    });

    private Task<StepOutcome> AskAsync(FlowStepContext<ToGoQuestion> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        var offer = step.State.Offer;
        var words = (string key) => voice.Text(key).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        List<PromptChoice> choices = offer is { Email: true, Reminders: true }
            ?
            [
                new(Both, voice.Text(T.ChoiceBoth)),
                new(Email, voice.Text(T.ChoiceEmail), words(T.WordsEmail)),
                new(Reminder, voice.Text(T.ChoiceReminders), words(T.WordsReminders)),
                new(No, voice.Text(T.ChoiceNo)),
            ]
            : [new(Both, voice.Text(T.ChoiceYes)), new(No, voice.Text(T.ChoiceNo))];
        var question = voice.Say(offer switch
        {
            { Email: true, Reminders: true } => T.OfferBoth,
            { Email: true } => T.OfferEmail,
            _ => T.OfferReminders,
        });
        var options = new PromptOptions
        {
            Prompt = ChoiceRenderer.WithChoices(question, choices, voice.ChannelId),
            // The re-ask as its words: the prompt shows it with the choices, in the question's format and locale.
            RetryWords = [voice.Text(T.OfferRetry)],
            Choices = choices,
            MaxAttempts = Math.Min(2, services.Options.MaxAttempts),
            AllowSkip = true,
            NoChoice = No,
            YesChoice = Both,
        };
        return step.AskAsync(PromptId, options, cancellationToken);
    }

    /// <summary>Ends with what was chosen; the closing gives it.</summary>
    private static Task<StepOutcome> GiveAsync(FlowStepContext<ToGoQuestion> step, CancellationToken cancellationToken)
    {
        var answer = step.Answer<PromptChoice>();
        var chosen = answer is PromptResult<PromptChoice>.Answered { Value.Value: var value } ? value : No;
        return Task.FromResult(StepOutcome.End(new ToGoChoice(step.State.Offer, chosen, answer is PromptResult<PromptChoice>.Exhausted)));
    }

    private ClosingVoice Voice(FlowStepContext<ToGoQuestion> step) =>
        new(services.Texts, step.State.Locale ?? ClosingStart.LocaleOf(step.Turn, null), step.Turn.ChannelId);
}
