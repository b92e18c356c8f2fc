using GraciousBot.Runtime.State;

namespace GraciousBot.Closing.Insights;

/// <summary>
/// What the outcome record needs beyond the closing's result, kept in conversation state while a closing runs:
/// when it started, where, for whom it was held (no customer ids), how many turns it took.
/// </summary>
public sealed record ClosingTally
{
    public static readonly StateKey<ClosingTally> Key = new("closing.tally");

    /// <summary>The outcome record's id: one per closing, so a re-run turn writes the same record again.</summary>
    public required string Id { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The customer's last turn in this closing (the inactivity timer counts from here).</summary>
    public required DateTimeOffset LastActivityAt { get; init; }

    public required string ChannelId { get; init; }

    public required string Locale { get; init; }

    public string? Brand { get; init; }

    /// <summary>The calling bot's app id, or null when a channel talks to us directly.</summary>
    public string? Caller { get; init; }

    public string? CaseCategory { get; init; }

    /// <summary>Turns the customer took in this closing (the start counts as one).</summary>
    public int Turns { get; init; } = 1;

    /// <summary>The rating question was not asked because this customer rated us recently.</summary>
    public bool SurveySkipped { get; init; }

    /// <summary>The rating question was asked (the denominator of the survey response rate).</summary>
    public bool SurveyAsked { get; init; }

    /// <summary>Set on the turn the closing began (never stored), so that turn is not counted twice.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool BegunThisTurn { get; init; }

    /// <summary>When the inactivity timer is due (it is moved on only when it fires early).</summary>
    public DateTimeOffset? QuietCheckAt { get; init; }
}
