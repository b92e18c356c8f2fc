using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Wire.Schema;
using T = GraciousBot.Closing.ToGo.ToGoTexts;

namespace GraciousBot.Closing.ToGo;

/// <summary>What the to-go question is asked with (stored with the dialog, so it survives restarts).</summary>
public sealed record ToGoQuestion(ClosingState Closing, ToGoOffer Offer);

/// <summary>
/// Asks once whether the customer wants the recap by e-mail and/or calendar reminders, and gives what they chose: the
/// e-mail is queued (it leaves after the turn), the reminders come as a download in the chat or with the e-mail. Any
/// clear no or skip, in any of our languages, ends it in one word. Ends with a <see cref="ToGoResult"/>.
/// </summary>
public sealed class ToGoDialog(ClosingServices services) : Flow<ToGoQuestion>
{
    public const string DialogId = "togo";

    public const string PromptId = "prompt.toGo";

    private const string Both = "both";
    private const string Email = "email";
    private const string Reminder = "reminders";
    private const string No = "no";

    private IReadOnlyList<FlowStep<ToGoQuestion>>? _steps;

    public override string Id => DialogId;

    protected override IReadOnlyList<FlowStep<ToGoQuestion>> Steps => _steps ??=
    [
        Step("ask", AskAsync),
        Step("give", GiveAsync),
    ];

    protected override ToGoQuestion Start(DialogContext dc, object? options) =>
        options as ToGoQuestion ?? new ToGoQuestion(new ClosingState(), new ToGoOffer(false, false, false));

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
            Retry = ChoiceRenderer.WithChoices(voice.Say(T.OfferRetry), choices, voice.ChannelId),
            Choices = choices,
            MaxAttempts = Math.Min(2, services.Options.MaxAttempts),
            AllowSkip = true,
            NoChoice = No,
            YesChoice = Both,
        };
        return step.AskAsync(PromptId, options, cancellationToken);
    }

    private async Task<StepOutcome> GiveAsync(FlowStepContext<ToGoQuestion> step, CancellationToken cancellationToken)
    {
        var voice = Voice(step);
        var (state, offer) = (step.State.Closing, step.State.Offer);
        var chosen = step.Answer<PromptChoice>() is PromptResult<PromptChoice>.Answered { Value.Value: var value } ? value : No;
        var wantsEmail = offer.Email && chosen is Both or Email;
        var wantsReminders = offer.Reminders && chosen is Both or Reminder;
        if (!wantsEmail && !wantsReminders)
        {
            // A skip or a no is answered briefly; an answer we could not read twice is let go without comment.
            if (step.Answer<PromptChoice>() is not PromptResult<PromptChoice>.Exhausted)
            {
                step.Send(voice.Say(T.Declined));
            }

            return End(step, ToGoResult.Nothing with { EmailDeclined = offer.Email });
        }

        var toGo = services.ToGo!;
        var now = services.Time.GetUtcNow();
        var calendar = wantsReminders ? Reminders.Build(services.Texts, state, now) : null;
        var remindersInChat = calendar is not null && offer.RemindersInChat;
        var emailed = false;
        if (wantsEmail && state.Context.Customer?.Email is { } address)
        {
            var email = toGo.Composer.Recap(address, state, now, calendar);
            emailed = await toGo.Outbox.QueueAsync(step.Turn, email, cancellationToken);
        }

        if (emailed)
        {
            step.Send(voice.Say(calendar is not null && !remindersInChat ? T.DoneEmailWithReminders : T.DoneEmail));
        }

        if (remindersInChat)
        {
            step.Send(voice.Say(T.DoneReminders) with
            {
                Attachments = [new Attachment { ContentType = Reminders.ContentType, ContentUrl = calendar!.DataUri.OriginalString, Name = calendar.FileName }],
            });
        }

        var reminders = calendar is not null && (remindersInChat || emailed) ? calendar.Count : 0;
        return End(step, new ToGoResult(emailed, reminders, null) { EmailDeclined = offer.Email && !wantsEmail });
    }

    /// <summary>The tip follows the answer to the offer, as the last word before the goodbye.</summary>
    private StepOutcome End(FlowStepContext<ToGoQuestion> step, ToGoResult result) =>
        StepOutcome.End(ToGoBox.GiveTip(services, services.ToGo!, step.Turn, step.State.Closing, result));

    private ClosingVoice Voice(FlowStepContext<ToGoQuestion> step) => new(services.Texts, step.State.Closing.Locale, step.Turn.ChannelId);
}
