using System.ComponentModel.DataAnnotations;

namespace GraciousBot.Closing.Insights;

/// <summary>
/// How a closing ends when nobody answers, and where its result goes when no bot called us. Bound to the same
/// "Closing" section as <see cref="ClosingOptions"/> (its own class, so the two can grow without touching each other).
/// </summary>
public sealed class EndingOptions
{
    public const string Section = "Closing";

    /// <summary>A closing the customer leaves unanswered this long ends as <c>abandoned</c>.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan InactivityTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Channels where a customer who went quiet still gets a short note that the closing ended (their inbox keeps
    /// it, they read it later). Everywhere else (Web Chat, Direct Line, the Emulator) nothing is said to someone who
    /// has left the page. Unset means <see cref="DefaultNoticeChannels"/> (a default list would be appended to by
    /// configuration binding, not replaced).
    /// </summary>
    public string[]? AbandonedNoticeChannels { get; set; }

    public static IReadOnlyList<string> DefaultNoticeChannels { get; } = ["msteams", "slack", "email", "sms"];

    /// <summary>
    /// When GraciousBot talks to a channel directly (no calling bot to receive endOfConversation), each result is
    /// also POSTed here, signed with <see cref="ResultWebhookSecret"/>. Off when empty.
    /// </summary>
    public Uri? ResultWebhook { get; set; }

    /// <summary>The shared secret the webhook's HMAC-SHA256 signature is made with (required with a webhook).</summary>
    public string? ResultWebhookSecret { get; set; }
}

/// <summary>The "Insights" configuration section: how long outcome records live and what they may hold.</summary>
public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>Outcome records older than this are purged.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(400);

    /// <summary>Keep the text of customers' comments (off by default: only whether a comment was left).</summary>
    public bool KeepComments { get; set; }

    /// <summary>
    /// The key for the hash of channel + user kept with each record (so erasure finds a customer's comments). When
    /// empty, the store generates one and keeps it in its own table.
    /// </summary>
    public string? UserHashKey { get; set; }
}
