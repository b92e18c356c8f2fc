using System.ComponentModel.DataAnnotations;

namespace GraciousBot.Closing.Handoff;

public static class HandoffReasons
{
    public const string NotResolved = "notResolved";
    public const string Requested = "requested";
    public const string LowRating = "lowRating";
    public const string Frustration = "frustration";
    public const string NotUnderstood = "notUnderstood";
}

public static class HandoffStates
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Failed = "failed";
    public const string Completed = "completed";
    public const string OutsideHours = "outsideHours";
    public const string Declined = "declined";

    /// <summary>The customer left while waiting for a person.</summary>
    public const string CustomerLeft = "customerLeft";

    /// <summary>The customer no longer needed a person ("it works now", "never mind") and confirmed cancelling the request.</summary>
    public const string Withdrawn = "withdrawn";
}

public static class HandoffFallbacks
{
    public const string Callback = "callback";
    public const string Email = "email";
    public const string None = "none";
}

/// <summary>Which situations lead to a person; each can be switched off.</summary>
public sealed class HandoffTriggers
{
    /// <summary>The customer says the issue is not resolved.</summary>
    public bool NotResolved { get; set; } = true;

    /// <summary>The customer asks for a person at any point.</summary>
    public bool Requested { get; set; } = true;

    /// <summary>A low rating, when the customer accepts the offer of a person.</summary>
    public bool LowRating { get; set; } = true;

    /// <summary>Clear frustration: a person is offered, never forced.</summary>
    public bool Frustration { get; set; } = true;

    /// <summary>Answers not understood <see cref="HandoffOptions.NotUnderstoodAttempts"/> times: a person is offered.</summary>
    public bool NotUnderstood { get; set; } = true;
}

/// <summary>The team's opening hours, in the team's time zone. No time zone means always open.</summary>
public sealed class BusinessHoursOptions
{
    /// <summary>IANA time zone of the team, e.g. Europe/London. Null or empty: always open.</summary>
    public string? TimeZone { get; set; }

    public TimeOnly Open { get; set; } = new(9, 0);

    public TimeOnly Close { get; set; } = new(17, 0);

    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Dates (in the team's time zone) the team is closed.</summary>
    public List<DateOnly> Holidays { get; set; } = [];
}

/// <summary>The "Handoff" configuration section.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    public HandoffTriggers Triggers { get; set; } = new();

    /// <summary>Prompt answers not understood before a person is offered.</summary>
    [Range(1, 10)]
    public int NotUnderstoodAttempts { get; set; } = 3;

    /// <summary>How long to wait for the hub's handoff.status before treating the handover as failed.</summary>
    public TimeSpan StatusTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The expected wait for a person, told to the customer when known.</summary>
    public TimeSpan? ExpectedWait { get; set; }

    /// <summary>Also send the Dynamics 365 Omnichannel escalation message (channelData.tags).</summary>
    public bool Omnichannel { get; set; }

    /// <summary>The language agent-facing text (the handover summary) is written in.</summary>
    public string AgentLocale { get; set; } = "en";

    public BusinessHoursOptions BusinessHours { get; set; } = new();
}
