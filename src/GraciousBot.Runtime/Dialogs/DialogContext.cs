using GraciousBot.Runtime.Turns;

namespace GraciousBot.Runtime.Dialogs;

/// <summary>
/// The dialog stack of one conversation during one turn. Dialogs read and write their own typed state through it;
/// beginning, ending and cancelling dialogs goes through it so that parents resume in the same turn.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogSet _dialogs;
    private readonly DialogStack _stack;

    public DialogContext(DialogSet dialogs, TurnContext turn, DialogStack stack)
    {
        _dialogs = dialogs;
        Turn = turn;
        _stack = stack;
    }

    public TurnContext Turn { get; }

    /// <summary>The dialog on top of the stack, if any.</summary>
    public DialogInstance? Active => _stack.Entries.Count > 0 ? _stack.Entries[^1] : null;

    /// <summary>The dialog at the bottom of the stack (the flow that owns the conversation), if any.</summary>
    public DialogInstance? Root => _stack.Entries.Count > 0 ? _stack.Entries[0] : null;

    public int Depth => _stack.Entries.Count;

    /// <summary>What the bottom dialog ended with, once the stack has emptied this turn.</summary>
    public DialogResult? FinalResult { get; private set; }

    public IDialog? Find(string id) => _dialogs.Find(id);

    /// <summary>Whether a dialog with this id is anywhere on the stack.</summary>
    public bool Contains(string dialogId) => _stack.Entries.Any(e => e.DialogId == dialogId);

    /// <summary>The active dialog's own state, read as <typeparamref name="T"/>; null when empty or unreadable.</summary>
    public T? GetState<T>()
        where T : class
    {
        return Active?.State?.Read<T>();
    }

    /// <summary>Replaces the active dialog's state (serialised once, when the conversation's state is written).</summary>
    public void SetState<T>(T state)
        where T : class
    {
        var active = Active ?? throw new InvalidOperationException("No dialog is active.");
        _stack.Entries[^1] = active with { State = DialogState.Of(state) };
    }

    /// <summary>Pushes a dialog and begins it.</summary>
    public async Task<DialogStatus> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = _dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog '{dialogId}' is registered.");
        _stack.Entries.Add(new DialogInstance(dialog.Id, dialog.Version, null));
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Continues the active dialog with the turn's activity.</summary>
    public async Task<DialogStatus> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (Active is not { } active)
        {
            return DialogStatus.Empty;
        }

        var dialog = _dialogs.Find(active.DialogId);
        if (dialog is null)
        {
            // A dialog removed by a deploy: drop it and let its parent carry on.
            return await EndDialogAsync(new DialogResult.Cancelled(), cancellationToken);
        }

        return await dialog.ContinueAsync(this, cancellationToken);
    }

    /// <summary>Pops the active dialog and resumes its parent with the result (in this same turn).</summary>
    public async Task<DialogStatus> EndDialogAsync(DialogResult result, CancellationToken cancellationToken)
    {
        if (_stack.Entries.Count == 0)
        {
            return DialogStatus.Empty;
        }

        _stack.Entries.RemoveAt(_stack.Entries.Count - 1);
        if (Active is not { } parent)
        {
            FinalResult = result;
            return result is DialogResult.Cancelled ? DialogStatus.Cancelled : DialogStatus.Complete;
        }

        var dialog = _dialogs.Find(parent.DialogId);
        if (dialog is null)
        {
            return await EndDialogAsync(new DialogResult.Cancelled(), cancellationToken);
        }

        return await dialog.ResumeAsync(this, result, cancellationToken);
    }

    /// <summary>Re-sends the active dialog's prompt.</summary>
    public async Task RepromptAsync(CancellationToken cancellationToken)
    {
        if (Active is { } active && _dialogs.Find(active.DialogId) is { } dialog)
        {
            await dialog.RepromptAsync(this, cancellationToken);
        }
    }

    /// <summary>Cancels every dialog, top first, without resuming anyone.</summary>
    public async Task CancelAllAsync(CancellationToken cancellationToken)
    {
        while (Active is { } active)
        {
            if (_dialogs.Find(active.DialogId) is { } dialog)
            {
                await dialog.CancelAsync(this, cancellationToken);
            }

            _stack.Entries.RemoveAt(_stack.Entries.Count - 1);
        }
    }

    /// <summary>Removes every dialog above the bottom one, without resuming anyone (used by interruptions).</summary>
    public async Task CancelChildrenAsync(CancellationToken cancellationToken)
    {
        while (_stack.Entries.Count > 1 && Active is { } active)
        {
            if (_dialogs.Find(active.DialogId) is { } dialog)
            {
                await dialog.CancelAsync(this, cancellationToken);
            }

            _stack.Entries.RemoveAt(_stack.Entries.Count - 1);
        }
    }
}
