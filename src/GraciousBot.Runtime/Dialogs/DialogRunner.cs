using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Dialogs;

/// <summary>A root dialog that decides what the runtime's interruptions (a person, cancel, help, start over) do.</summary>
public interface IInterruptible
{
    /// <summary>Returns true when it handled the interruption; false lets the answer reach the active prompt.</summary>
    Task<bool> OnInterruptionAsync(DialogContext dc, Interruption interruption, CancellationToken cancellationToken);
}

/// <summary>Which interruptions are looked for before the active step, and how they are recognised.</summary>
public sealed class InterruptionPolicy
{
    public static InterruptionPolicy Default { get; } = new(InterruptionRecognizer.Recognize, [Interruption.Human, Interruption.Cancel, Interruption.Help, Interruption.StartOver]);

    public static InterruptionPolicy None { get; } = new((_, _) => null, []);

    /// <summary>
    /// Interruptions from the one reading of a message (<see cref="MessageReader"/>): a person asked for anywhere and
    /// however put, cancel, start over, leaving, help, and a message in another language than the locale's. The
    /// root dialog decides what each does (and may let the answer through, for instance when the language is its own).
    /// </summary>
    public static InterruptionPolicy Reading { get; } = new(
        (text, locale) =>
        {
            var reading = MessageReader.Read(text, locale, Expecting.Comment);
            var strict = InterruptionRecognizer.Recognize(text, locale);
            return reading.Has(Intent.Person) || strict == Interruption.Human ? Interruption.Human
                : reading.Has(Intent.Cancel) || strict == Interruption.Cancel ? Interruption.Cancel
                : reading.Has(Intent.StartOver) || strict == Interruption.StartOver ? Interruption.StartOver
                : reading.Has(Intent.Leave) ? Interruption.Leave
                : strict == Interruption.Help || (reading.Has(Intent.Help) && reading.Answer is null) ? Interruption.Help
                : reading.SwitchTo is not null || reading.Language != Recognizers.Languages.Of(locale) ? Interruption.SwitchLanguage
                : null;
        },
        [Interruption.Human, Interruption.Cancel, Interruption.Help, Interruption.StartOver, Interruption.Leave, Interruption.SwitchLanguage]);

    private readonly Func<string, string?, Interruption?> _recognize;

    public InterruptionPolicy(Func<string, string?, Interruption?> recognize, IReadOnlyCollection<Interruption> enabled)
    {
        _recognize = recognize;
        Enabled = enabled;
    }

    public IReadOnlyCollection<Interruption> Enabled { get; }

    public Interruption? Detect(string text, string? locale) =>
        text.Length == 0 ? null : _recognize(text, locale) is { } found && Enabled.Contains(found) ? found : null;
}

/// <summary>
/// Runs a conversation's dialog stack for one turn and speaks the skill protocol around it: a parent's
/// endOfConversation cancels silently, <c>repromptDialog</c> re-sends the current prompt, interruptions are offered to
/// the root dialog first, and when the root dialog ends the caller receives endOfConversation with the result.
/// </summary>
public sealed class DialogRunner(DialogSet dialogs, InterruptionPolicy interruptions, Func<TurnContext, string?>? resultLocale = null)
{
    public static readonly StateKey<DialogStack> StackKey = new("runtime.dialogs");

    /// <summary>
    /// Handles the turn. <paramref name="startWhenIdle"/> decides whether (and which) dialog to begin when none is
    /// active; return null to leave the turn alone.
    /// </summary>
    /// <param name="intercept">Looked at before a message or event reaches the active dialog; returns true when it dealt with it.</param>
    public async Task<DialogStatus> RunAsync(TurnContext turn, Func<DialogContext, CancellationToken, Task<DialogStatus>?> startWhenIdle, CancellationToken cancellationToken, Func<DialogContext, CancellationToken, Task<bool>>? intercept = null)
    {
        var stack = turn.State.Conversation.Get(StackKey) ?? new DialogStack();
        var dc = new DialogContext(dialogs, turn, stack);
        var status = await RunCoreAsync(dc, startWhenIdle, intercept, cancellationToken);

        if (status is DialogStatus.Complete or DialogStatus.Cancelled && dc.FinalResult is { } final)
        {
            var code = final switch
            {
                DialogResult.Cancelled => EndOfConversationCodes.UserCancelled,
                DialogResult.Completed { Value: IEndOfConversationCode chosen } => chosen.EndOfConversationCode,
                _ => EndOfConversationCodes.CompletedSuccessfully,
            };
            var value = final is DialogResult.Completed { Value: { } result } ? System.Text.Json.JsonSerializer.SerializeToElement(result, result.GetType(), RuntimeJson.Options) : (System.Text.Json.JsonElement?)null;
            // The result is in the conversation's language (which the customer may have switched), else the channel's.
            turn.Send(Activity.EndOfConversation(code, value) with { Locale = resultLocale?.Invoke(turn) ?? turn.Activity.Locale });
        }

        if (stack.Entries.Count == 0)
        {
            turn.State.Conversation.Remove(StackKey);
        }
        else
        {
            turn.State.Conversation.Set(StackKey, stack);
        }

        return status;
    }

    private async Task<DialogStatus> RunCoreAsync(DialogContext dc, Func<DialogContext, CancellationToken, Task<DialogStatus>?> startWhenIdle, Func<DialogContext, CancellationToken, Task<bool>>? intercept, CancellationToken cancellationToken)
    {
        var activity = dc.Turn.Activity;

        // The parent ended the conversation: cancel everything and say nothing more.
        if (activity.IsType(ActivityTypes.EndOfConversation))
        {
            await dc.CancelAllAsync(cancellationToken);
            return DialogStatus.Empty;
        }

        if (activity.IsType(ActivityTypes.Event) && string.Equals(activity.Name, SkillEventNames.RepromptDialog, StringComparison.OrdinalIgnoreCase))
        {
            await dc.RepromptAsync(cancellationToken);
            return dc.Active is null ? DialogStatus.Empty : DialogStatus.Waiting;
        }

        if (dc.Active is not null)
        {
            if (activity.IsType(ActivityTypes.Message)
                && interruptions.Detect(dc.Turn.Text, activity.Locale) is { } interruption
                && dc.Root is { } root
                && dc.Find(root.DialogId) is IInterruptible owner
                && await owner.OnInterruptionAsync(dc, interruption, cancellationToken))
            {
                return dc.Active is null ? (dc.FinalResult is DialogResult.Cancelled ? DialogStatus.Cancelled : DialogStatus.Complete) : DialogStatus.Waiting;
            }

            if ((activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Event)) && intercept is not null && await intercept(dc, cancellationToken))
            {
                return dc.Active is null ? DialogStatus.Complete : DialogStatus.Waiting;
            }

            return await dc.ContinueDialogAsync(cancellationToken);
        }

        return startWhenIdle(dc, cancellationToken) is { } start ? await start : DialogStatus.Empty;
    }
}
