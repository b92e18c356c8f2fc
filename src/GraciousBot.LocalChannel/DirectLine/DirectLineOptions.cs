using System.ComponentModel.DataAnnotations;

namespace GraciousBot.LocalChannel;

/// <summary>
/// The "DirectLine" configuration section: the built-in Direct Line 3.0 endpoint that the local Web Chat page talks
/// to. On by default so the local run works with no set-up, but only while the bot runs anonymously: as soon as
/// authentication is configured (a <c>MicrosoftAppId</c>) it is off, whatever the environment is called, unless
/// <see cref="EnabledWithAuthentication"/> says otherwise. Turn it off (<c>DirectLine:Enabled=false</c>) wherever a real
/// channel (Azure Bot Service, Teams) fronts the bot.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Serves /v3/directline, the local connector and the Web Chat page at /.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Keeps the (anonymous) local channel on even though authentication is configured. Off by default: a bot with an
    /// app id is meant to be reached through Azure Bot Service, and anyone who can reach this one could talk to it.
    /// </summary>
    public bool EnabledWithAuthentication { get; set; }

    /// <summary>Whether the channel runs, given whether the host authenticates its callers.</summary>
    public bool IsActive(bool authenticationConfigured) => Enabled && (!authenticationConfigured || EnabledWithAuthentication);

    /// <summary>The channelId the bot sees on activities from the page ("webchat" or "directline").</summary>
    [Required]
    [RegularExpression("^(webchat|directline)$")]
    public string ChannelId { get; set; } = "webchat";

    /// <summary>The bot's account id in Direct Line conversations.</summary>
    [Required]
    public string BotId { get; set; } = "graciousbot";

    /// <summary>How long a token is valid; Web Chat refreshes every 15 minutes, so keep it longer than that.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody touched for this long is forgotten (its tokens die with it).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "7.00:00:00")]
    public TimeSpan ConversationIdleExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Conversations kept at once; beyond it the least recently active one is dropped.</summary>
    [Range(1, 100_000)]
    public int MaxConversations { get; set; } = 200;

    /// <summary>Activities kept per conversation; older ones are dropped (watermarks stay valid).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>The largest activity accepted, in characters of JSON (Direct Line's own limit is about 150K).</summary>
    [Range(1_000, 10_000_000)]
    public int MaxActivityChars { get; set; } = 150_000;

    /// <summary>Characters of JSON kept per conversation; older activities are dropped beyond it.</summary>
    [Range(10_000, 100_000_000)]
    public int MaxCharsPerConversation { get; set; } = 2_000_000;

    /// <summary>Activities a client may post in a burst before it gets 429 with Retry-After.</summary>
    [Range(1, 10_000)]
    public int PostBurst { get; set; } = 20;

    /// <summary>Activities a client may post per second, sustained.</summary>
    [Range(0.01, 10_000)]
    public double PostsPerSecond { get; set; } = 5;

    /// <summary>Conversations (and tokens) one client address may create in a burst before it gets 429.</summary>
    [Range(1, 100_000)]
    public int StartBurst { get; set; } = 60;

    /// <summary>Conversations (and tokens) one client address may create per second, sustained.</summary>
    [Range(0.01, 10_000)]
    public double StartsPerSecond { get; set; } = 2;

    /// <summary>Polls per second per conversation before answers are slowed down (polling is never refused).</summary>
    [Range(1, 1_000)]
    public double PollsPerSecond { get; set; } = 10;

    /// <summary>WebSocket streams open at once per conversation; the oldest is closed beyond it.</summary>
    [Range(1, 100)]
    public int MaxStreamsPerConversation { get; set; } = 4;

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one user activity may take in the bot before the post is answered anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Origins allowed to call the endpoint from another page (CORS). Empty means only the page itself (the origin the
    /// request was addressed to); "*" allows every origin.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>
    /// The serviceUrl the bot replies to. Empty (the default) works it out per request: the request's own host when
    /// that is a loopback name, otherwise the address the request arrived on.
    /// </summary>
    public string? ServiceUrl { get; set; }
}
