namespace GraciousBot.Runtime.Dialogs;

/// <summary>What a dialog did with a turn.</summary>
public enum DialogStatus
{
    /// <summary>It is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>It finished (its parent resumed, or the stack is now empty).</summary>
    Complete,

    /// <summary>It and everything above it were cancelled.</summary>
    Cancelled,

    /// <summary>No dialog was active.</summary>
    Empty,
}

/// <summary>What a finished child hands back to its parent (in memory, within the turn it finished in).</summary>
public abstract record DialogResult
{
    private DialogResult() { }

    public sealed record Completed(object? Value) : DialogResult;

    public sealed record Cancelled : DialogResult;

    public static DialogResult Of(object? value) => new Completed(value);
}

/// <summary>
/// The dialog contract: begin, continue with the next message, resume when a child ends, re-send the current prompt,
/// and clean up when cancelled. State lives in the persisted stack, never in the dialog object.
/// </summary>
public interface IDialog
{
    string Id { get; }

    /// <summary>Changes when a deploy changes the dialog's steps or state shape; stored with each running instance.</summary>
    string Version { get; }

    Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken);

    Task<DialogStatus> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken);

    Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken);

    Task CancelAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A root result that chooses its endOfConversation code (otherwise completedSuccessfully).</summary>
public interface IEndOfConversationCode
{
    string EndOfConversationCode { get; }
}

/// <summary>One running dialog as stored: which dialog, under which version, and its own typed state.</summary>
public sealed record DialogInstance(string DialogId, string Version, DialogState? State);

/// <summary>The persisted stack, bottom first.</summary>
public sealed record DialogStack
{
    public List<DialogInstance> Entries { get; init; } = [];
}
