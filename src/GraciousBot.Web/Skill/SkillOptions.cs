using System.ComponentModel.DataAnnotations;

namespace GraciousBot.Web.Skill;

/// <summary>
/// The "Skill" configuration section: how GraciousBot presents itself to the bots that call it (the skill manifest)
/// and which of them may call it.
/// </summary>
public sealed class SkillOptions
{
    public const string Section = "Skill";

    /// <summary>
    /// The public base URL callers reach the bot on (https://graciousbot.contoso.com). Unset: the scheme and host of
    /// the manifest request itself, which is right locally but not behind a proxy that rewrites the host.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>The skill's display name in the manifest.</summary>
    [Required]
    public string Name { get; set; } = "GraciousBot";

    /// <summary>Who publishes this deployment (your company).</summary>
    [Required]
    public string PublisherName { get; set; } = "GraciousBot";

    /// <summary>The manifest's description of the skill.</summary>
    [Required]
    public string Description { get; set; } =
        "Closes customer-support conversations graciously: summarises what was done, confirms the resolution, offers the " +
        "customer's other open items, asks for feedback, signs off personally, and hands over to a person when needed.";

    /// <summary>A page describing how the skill handles personal data (optional).</summary>
    [Url]
    public string? PrivacyUrl { get; set; }

    /// <summary>An icon for the skill (optional).</summary>
    [Url]
    public string? IconUrl { get; set; }

    /// <summary>
    /// App ids of the bots allowed to call this skill; "*" allows any bot with a valid token. Empty (the default)
    /// refuses every bot-to-bot call when an app id is configured; it does not matter in anonymous local mode.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];
}
