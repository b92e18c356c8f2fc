using System.ComponentModel.DataAnnotations;

namespace GraciousBot.LocalChannel;

/// <summary>The "WebChat" configuration section: how the local demo page is branded.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>The page title and heading.</summary>
    [Required]
    [StringLength(80, MinimumLength = 1)]
    public string Title { get; set; } = "GraciousBot";

    /// <summary>One line under the title.</summary>
    [StringLength(200)]
    public string Tagline { get; set; } = "Every support conversation deserves a gracious ending.";

    /// <summary>The accent colour of the page and of Web Chat (#rgb or #rrggbb).</summary>
    [Required]
    [RegularExpression("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    public string AccentColor { get; set; } = "#0f6cbd";

    /// <summary>The bot's display name in the chat.</summary>
    [Required]
    [StringLength(60, MinimumLength = 1)]
    public string BotName { get; set; } = "Gracie";

    /// <summary>Initials in the bot's avatar (empty hides avatars).</summary>
    [StringLength(3)]
    public string BotAvatarInitials { get; set; } = "G";

    /// <summary>
    /// Where the sample closing contexts are (a folder of JSON files). Empty looks for dialogs/samples next to the
    /// app, then in the content root and its parents.
    /// </summary>
    public string? SamplesPath { get; set; }
}
