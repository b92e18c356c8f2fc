using System.Text.Json;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Prompts;

/// <summary>How a prompt ended, as its parent receives it.</summary>
public abstract record PromptResult<T>
{
    private PromptResult() { }

    public sealed record Answered(T Value) : PromptResult<T>;

    /// <summary>The customer explicitly declined to answer ("skip", "no comment").</summary>
    public sealed record Skipped : PromptResult<T>;

    /// <summary>The customer's answers were not understood within the allowed attempts.</summary>
    public sealed record Exhausted(int Attempts) : PromptResult<T>;
}

/// <summary>What a recognizer made of one answer.</summary>
public abstract record Recognition<T>
{
    private Recognition() { }

    public sealed record Recognized(T Value) : Recognition<T>;

    public sealed record Skip : Recognition<T>;

    /// <summary>Not understood; <paramref name="Reason"/> may pick a specific retry message.</summary>
    public sealed record NotUnderstood(string Reason = "") : Recognition<T>;
}

/// <summary>An answer as a prompt sees it: the text (mention removed) or a card's submitted value.</summary>
public sealed record PromptInput(string Text, string? Locale, JsonElement? Value)
{
    /// <summary>The answer a card button or input sent under <paramref name="field"/>, if any.</summary>
    public string? Field(string field) =>
        Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(field, out var answer)
            ? answer.ValueKind switch
            {
                JsonValueKind.String => answer.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => answer.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>What a prompt needs, stored with it so it survives restarts.</summary>
public sealed record PromptOptions
{
    /// <summary>The question, ready to send.</summary>
    public required Activity Prompt { get; init; }

    /// <summary>Sent after an answer that was not understood; the question itself when absent.</summary>
    public Activity? Retry { get; init; }

    /// <summary>Re-asks in turn (first, second… then round again), so the customer never reads the same one twice running; overrides <see cref="Retry"/>.</summary>
    public List<Activity>? Retries { get; init; }

    /// <summary>
    /// Re-asks in turn as their words only (first, second… then round again): each is sent as a message in the
    /// question's format and locale with the <see cref="ShownChoices"/> shown the channel's way (<see cref="ChoiceRenderer"/>),
    /// built when it is needed rather than stored whole with the prompt; overrides <see cref="Retries"/> and <see cref="Retry"/>.
    /// </summary>
    public List<string>? RetryWords { get; init; }

    /// <summary>How many of the <see cref="Choices"/> (the first ones) a re-ask from <see cref="RetryWords"/> shows; all when absent.</summary>
    public int? ShownChoices { get; init; }

    /// <summary>Retries for particular failure reasons (for example "outOfRange").</summary>
    public Dictionary<string, Activity>? RetryFor { get; init; }

    /// <summary>
    /// For particular failure reasons (for example an unsure answer), words said in place of the first re-ask's own,
    /// its buttons kept; a message of those words alone when the question shows no buttons. <see cref="RetryFor"/>
    /// wins for the same reason.
    /// </summary>
    public Dictionary<string, string>? RetryWordsFor { get; init; }

    /// <summary>
    /// For particular failure reasons (for example an off-topic answer), what to say before the question, which then
    /// follows as it was asked, buttons and all. Kept as text, not as a whole message per reason: a prompt's options
    /// are stored with it and read back on every turn it waits. <see cref="RetryFor"/> wins for the same reason.
    /// </summary>
    public Dictionary<string, string>? RetryPrefixFor { get; init; }

    /// <summary>Answers not understood before the prompt gives up (the flow decides what then).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Whether "skip" / "no comment" ends the prompt as skipped.</summary>
    public bool AllowSkip { get; init; }

    /// <summary>Options of a choice prompt.</summary>
    public List<PromptChoice>? Choices { get; init; }

    /// <summary>The choice a plain "no" picks (for example "No, that's all"), if any.</summary>
    public string? NoChoice { get; init; }

    /// <summary>The choice a plain "yes" picks (when only one thing is offered), if any.</summary>
    public string? YesChoice { get; init; }

    /// <summary>Which question this is, so the reading of an answer knows what it answers (see MessageReader).</summary>
    public Expecting? Expecting { get; init; }

    /// <summary>The highest value of a rating prompt.</summary>
    public int MaxRating { get; init; } = 5;

    /// <summary>What the prompt says after the <paramref name="attempts"/>th answer not understood (for <paramref name="reason"/>, if any) on a channel.</summary>
    public Activity RetryAfter(int attempts, string? reason, string channelId)
    {
        if (reason is not null && RetryFor?.GetValueOrDefault(reason) is { } specific)
        {
            return specific;
        }

        if (reason is not null && RetryWordsFor?.GetValueOrDefault(reason) is { } words)
        {
            return Prompt.SuggestedActions is null && Prompt.Attachments is not { Count: > 0 }
                ? Plain(words)
                : (Reask(0, channelId) ?? Prompt) with { Text = words, Speak = null };
        }

        if (reason is not null && RetryPrefixFor?.GetValueOrDefault(reason) is { } prefix)
        {
            return Prompt with { Text = prefix + "\n\n" + Prompt.Text, Speak = null };
        }

        return Reask(attempts - 1, channelId) ?? Prompt;
    }

    /// <summary>The <paramref name="index"/>th re-ask (round again), if there are any.</summary>
    private Activity? Reask(int index, string channelId) =>
        RetryWords is { Count: > 0 } words
            ? ChoiceRenderer.WithChoices(Plain(words[index % words.Count]), Shown(), channelId)
            : Retries is { Count: > 0 } retries ? retries[index % retries.Count] : Retry;

    /// <summary>A message of these words in the question's format and locale.</summary>
    private Activity Plain(string words) =>
        Activity.Message(words) with { TextFormat = Prompt.TextFormat, Locale = Prompt.Locale };

    private List<PromptChoice> Shown() =>
        Choices is not { } choices ? []
        : ShownChoices is { } shown && shown < choices.Count ? choices[..Math.Max(0, shown)]
        : choices;
}

/// <summary>A choice offered by a prompt: the value returned, the title shown, and other words for it.</summary>
public sealed record PromptChoice(string Value, string Title, List<string>? Synonyms = null);

/// <summary>Recognition for one kind of prompt.</summary>
public delegate Recognition<T> PromptRecognizer<T>(PromptInput input, PromptOptions options);

/// <summary>
/// Asks, recognises, re-asks a bounded number of times, and ends with a typed <see cref="PromptResult{T}"/>.
/// Activities that are not messages (typing, conversation updates) leave it waiting.
/// </summary>
public sealed class Prompt<T>(string id, PromptRecognizer<T> recognize) : IDialog
{
    /// <summary>The field our own cards use to submit an answer.</summary>
    public const string AnswerField = "promptAnswer";

    public string Id => id;

    public string Version => "1";

    public Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"Prompt '{id}' needs PromptOptions.", nameof(options));
        dc.SetState(new PromptState(promptOptions, 0));
        dc.Turn.Send(AsQuestion(promptOptions.Prompt));
        return Task.FromResult(DialogStatus.Waiting);
    }

    public async Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Turn.Activity.IsType(ActivityTypes.Message))
        {
            return DialogStatus.Waiting;
        }

        var state = dc.GetState<PromptState>();
        if (state is null)
        {
            return await dc.EndDialogAsync(DialogResult.Of(new PromptResult<T>.Exhausted(0)), cancellationToken);
        }

        var activity = dc.Turn.Activity;
        var text = dc.Turn.Text;
        var input = new PromptInput(text.Length > 0 ? text : string.Empty, activity.Locale, activity.Value);
        if (input.Text.Length == 0 && input.Field(AnswerField) is { } submitted)
        {
            input = input with { Text = submitted };
        }

        var recognition = recognize(input, state.Options);
        switch (recognition)
        {
            case Recognition<T>.Recognized recognized:
                return await dc.EndDialogAsync(DialogResult.Of(new PromptResult<T>.Answered(recognized.Value)), cancellationToken);
            case Recognition<T>.Skip when state.Options.AllowSkip:
                return await dc.EndDialogAsync(DialogResult.Of(new PromptResult<T>.Skipped()), cancellationToken);
        }

        var attempts = state.Attempts + 1;
        if (attempts >= state.Options.MaxAttempts)
        {
            return await dc.EndDialogAsync(DialogResult.Of(new PromptResult<T>.Exhausted(attempts)), cancellationToken);
        }

        dc.SetState(state with { Attempts = attempts });
        var reason = recognition is Recognition<T>.NotUnderstood { Reason: { Length: > 0 } r } ? r : null;
        dc.Turn.Send(AsQuestion(state.Options.RetryAfter(attempts, reason, dc.Turn.ChannelId)));
        return DialogStatus.Waiting;
    }

    /// <summary>Something was asked in between (an offer of a person, say): ask our question again.</summary>
    public async Task<DialogStatus> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogStatus.Waiting;
    }

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.GetState<PromptState>() is { } state)
        {
            dc.Turn.Send(AsQuestion(state.Options.Prompt));
        }

        return Task.CompletedTask;
    }

    private static Activity AsQuestion(Activity activity) => activity with { InputHint = activity.InputHint ?? InputHints.ExpectingInput };

    /// <summary>The prompt's persisted state.</summary>
    public sealed record PromptState(PromptOptions Options, int Attempts);
}
