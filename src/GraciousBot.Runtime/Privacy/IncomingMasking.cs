using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Privacy;

/// <summary>
/// Card numbers are masked in every incoming activity before the turn sees it, so none is ever stored (state,
/// transcript, outbox), logged or forwarded to a person.
/// </summary>
public static class IncomingMasking
{
    /// <summary>The activity with card numbers masked in its text, speech, summary, value and attachments.</summary>
    /// <remarks>
    /// Channel data is left as it is: it is the channel's (ids such as Web Chat's <c>clientActivityID</c> start with a
    /// 13-digit timestamp that can pass the Luhn check), and the bot neither stores nor shows it.
    /// </remarks>
    public static Activity MaskCardNumbers(Activity activity)
    {
        var text = activity.Text is { } t ? CardNumbers.Mask(t) : null;
        var speak = activity.Speak is { } s ? CardNumbers.Mask(s) : null;
        var summary = activity.Summary is { } m ? CardNumbers.Mask(m) : null;
        var maskValue = activity.Value is { } v && CardNumbers.HasAny(v);
        var value = maskValue ? CardNumbers.Mask(activity.Value!.Value) : activity.Value;
        var attachments = activity.Attachments is { } list && list.Any(a => a.Content is { } c && CardNumbers.HasAny(c))
            ? list.Select(a => a.Content is { } content ? a with { Content = CardNumbers.Mask(content) } : a).ToList()
            : activity.Attachments;

        // Nothing masked (the usual turn): the activity as it came, not a copy. Mask(string) gives back the same
        // string when it finds no card number.
        return ReferenceEquals(text, activity.Text) && ReferenceEquals(speak, activity.Speak) && ReferenceEquals(summary, activity.Summary)
            && ReferenceEquals(attachments, activity.Attachments) && !maskValue
            ? activity
            : activity with { Text = text, Speak = speak, Summary = summary, Value = value, Attachments = attachments };
    }
}
