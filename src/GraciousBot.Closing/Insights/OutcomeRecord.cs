namespace GraciousBot.Closing.Insights;

/// <summary>
/// One ended closing, as the insights count it. No names, no ids that identify a customer and no free text: the
/// comment text only when <c>Insights:KeepComments</c> is on, and a keyed hash of channel + user so erasure can find it.
/// </summary>
public sealed record OutcomeRecord
{
    public required string Id { get; init; }

    /// <summary>When the closing ended (UTC).</summary>
    public required DateTimeOffset EndedAt { get; init; }

    public required string ChannelId { get; init; }

    public required string Locale { get; init; }

    public string? Brand { get; init; }

    /// <summary>The calling bot's app id; null when a channel talked to us directly.</summary>
    public string? Caller { get; init; }

    public string? CaseCategory { get; init; }

    /// <summary>completed | nextItem | anythingElse | handoff | cancelled | abandoned.</summary>
    public required string Outcome { get; init; }

    /// <summary>confirmed | denied | unanswered | abandoned (the customer left before answering).</summary>
    public required string Resolution { get; init; }

    public int? Rating { get; init; }

    public bool CommentLeft { get; init; }

    /// <summary>The comment itself, only with <c>Insights:KeepComments</c>.</summary>
    public string? Comment { get; init; }

    public string? HandoffReason { get; init; }

    public string? HandoffState { get; init; }

    /// <summary>Which kinds of personal detail the goodbye leaned on (empty when it was a plain goodbye).</summary>
    public IReadOnlyList<string> DetailKinds { get; init; } = [];

    public int Turns { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>The rating question was skipped because the customer rated us recently.</summary>
    public bool SurveySkipped { get; init; }

    /// <summary>The rating question was asked.</summary>
    public bool SurveyAsked { get; init; }

    /// <summary>Keyed hash of channel + user id; only for finding a customer's comments on erasure.</summary>
    public string? UserHash { get; init; }

    public bool PersonalizedGoodbye => DetailKinds.Count > 0;
}

/// <summary>Which records a question is about: UTC days, inclusive, and optional channel and locale.</summary>
public sealed record OutcomeQuery(DateOnly From, DateOnly To, string? ChannelId = null, string? Locale = null)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Exclusive end: the start of the day after <see cref="To"/>.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool Matches(OutcomeRecord record) =>
        record.EndedAt >= Start && record.EndedAt < End
        && (ChannelId is null || string.Equals(record.ChannelId, ChannelId, StringComparison.OrdinalIgnoreCase))
        && (Locale is null || string.Equals(record.Locale, Locale, StringComparison.OrdinalIgnoreCase));
}
