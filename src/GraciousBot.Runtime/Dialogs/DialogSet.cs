namespace GraciousBot.Runtime.Dialogs;

/// <summary>The dialogs an application can run, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, IDialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(IDialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already registered.");
        }

        return this;
    }

    public IDialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
