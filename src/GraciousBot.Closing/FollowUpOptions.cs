namespace GraciousBot.Closing;

/// <summary>
/// The "FollowUp" configuration section: which channels are known not to take a proactive message once the closing is
/// over. A follow-up for such a channel goes by e-mail instead (when the customer has an address and did not decline).
/// </summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    /// <summary>
    /// Channel ids, comma-separated. Default "webchat,directline": a Web Chat / Direct Line session ends when the page
    /// closes, so a note days later has nobody to reach. Teams, Slack and the like accept proactive messages. An empty
    /// value sends every follow-up in the chat first (with the e-mail as fallback when the connector refuses).
    /// A comma-separated string rather than a list: the configuration binder appends to a list's defaults, so a list
    /// could never be emptied from configuration.
    /// </summary>
    public string? ChannelsWithoutProactive { get; set; } = Default;

    /// <summary>The channels whose sessions end with the page (also used when the setting is given as null).</summary>
    public const string Default = "webchat,directline";

    /// <summary>True when <paramref name="channelId"/> is one of <see cref="ChannelsWithoutProactive"/>.</summary>
    public bool AcceptsProactive(string? channelId) =>
        string.IsNullOrEmpty(channelId)
        || !(ChannelsWithoutProactive ?? Default).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
