namespace GraciousBot.Closing.Details;

/// <summary>
/// One thing the customer wrote (never the bot's or an agent's words; the caller filters by role).
/// </summary>
/// <param name="Text">The customer's words.</param>
/// <param name="Timestamp">When it was sent; relative dates ("tomorrow") are read against it. Null means now.</param>
public sealed record CustomerUtterance(string Text, DateTimeOffset? Timestamp = null);

/// <summary>Where and when the customer is, for reading dates and choosing a language.</summary>
public sealed record ExtractionContext
{
    /// <summary>An IANA time zone such as "Europe/London"; unknown or missing means UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The conversation locale ("en-GB", "es"); the text's own language wins when it is clearly another.</summary>
    public string? Locale { get; init; }

    /// <summary>The clock: a detail dated "tomorrow" in yesterday's message is happening today.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>When the customer became a customer, if the caller knows; long relationships become a loyalty detail.</summary>
    public DateOnly? CustomerSince { get; init; }

    /// <summary>Years as a customer from which a loyalty detail is added.</summary>
    public int LoyaltyYears { get; init; } = 5;

    public static ExtractionContext Default { get; } = new();

    internal TimeZoneInfo Zone => ResolveZone(TimeZone);

    internal static TimeZoneInfo ResolveZone(string? id) => DueDates.Zone(id);

    internal static bool IsKnownZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _);

    /// <summary>The local calendar date of an instant in the customer's time zone.</summary>
    internal DateOnly LocalDate(DateTimeOffset instant) => DueDates.LocalDate(instant, Zone);
}
