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
    public static Activity MaskCardNumbers(Activity activity) => activity with
    {
        Text = activity.Text is { } text ? CardNumbers.Mask(text) : null,
        Speak = activity.Speak is { } speak ? CardNumbers.Mask(speak) : null,
        Summary = activity.Summary is { } summary ? CardNumbers.Mask(summary) : null,
        Value = activity.Value is { } value ? CardNumbers.Mask(value) : null,
        Attachments = activity.Attachments?.Select(a => a.Content is { } content ? a with { Content = CardNumbers.Mask(content) } : a).ToList(),
    };
}
