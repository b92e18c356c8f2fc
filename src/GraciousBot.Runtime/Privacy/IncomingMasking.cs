using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Privacy;

/// <summary>
/// Card numbers are masked in every incoming activity before the turn sees it, so none is ever stored (state,
/// transcript, outbox), logged or forwarded to a person.
/// </summary>
public static class IncomingMasking
{
    /// <summary>The activity with card numbers masked in its text, speech, value, attachments and channel data.</summary>
    public static Activity MaskCardNumbers(Activity activity) => activity with
    {
        Text = activity.Text is { } text ? CardNumbers.Mask(text) : null,
        Speak = activity.Speak is { } speak ? CardNumbers.Mask(speak) : null,
        Summary = activity.Summary is { } summary ? CardNumbers.Mask(summary) : null,
        Value = activity.Value is { } value ? CardNumbers.Mask(value) : null,
        ChannelData = activity.ChannelData is { } channelData ? CardNumbers.Mask(channelData) : null,
        Attachments = activity.Attachments?.Select(a => a.Content is { } content ? a with { Content = CardNumbers.Mask(content) } : a).ToList(),
    };
}
