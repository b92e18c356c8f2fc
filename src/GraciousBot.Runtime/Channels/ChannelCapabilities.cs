using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Channels;

/// <summary>What a channel can show, so messages degrade gracefully: cards and buttons where they render, text elsewhere.</summary>
public sealed record ChannelCapabilities(bool AdaptiveCards, int MaxSuggestedActions, bool SuggestedActionsWithAttachments, bool Markdown)
{
    private static readonly ChannelCapabilities Rich = new(true, 10, true, true);
    private static readonly ChannelCapabilities Teams = new(true, 3, false, true);
    private static readonly ChannelCapabilities TextOnly = new(false, 0, false, false);

    public static ChannelCapabilities For(string? channelId) => channelId?.ToLowerInvariant() switch
    {
        ChannelIds.WebChat or ChannelIds.DirectLine or ChannelIds.Emulator or ChannelIds.Test => Rich,
        ChannelIds.MsTeams => Teams,
        _ => TextOnly,
    };

    public bool SuggestedActions => MaxSuggestedActions > 0;
}
