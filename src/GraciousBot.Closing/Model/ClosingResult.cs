using System.Text.Json.Serialization;

namespace GraciousBot.Closing.Model;

/// <summary>How the closing ended, for the calling bot. Serialized as the endOfConversation value.</summary>
public sealed record ClosingResult : GraciousBot.Runtime.Dialogs.IEndOfConversationCode
{
    /// <summary>userCancelled when the customer stopped the closing; completedSuccessfully otherwise.</summary>
    [JsonIgnore]
    public string EndOfConversationCode => Outcome switch
    {
        Outcomes.Cancelled => GraciousBot.Wire.Schema.EndOfConversationCodes.UserCancelled,
        Outcomes.Abandoned => GraciousBot.Wire.Schema.EndOfConversationCodes.BotTimedOut,
        _ => GraciousBot.Wire.Schema.EndOfConversationCodes.CompletedSuccessfully,
    };

    /// <summary>completed | nextItem | anythingElse | handoff | cancelled | abandoned.</summary>
    public required string Outcome { get; init; }

    /// <summary>confirmed | denied | unanswered. Silence is never counted as resolved.</summary>
    public required string Resolution { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Rating { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Comment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? NextItemId { get; init; }

    /// <summary>With <c>anythingElse</c>: the customer's own words when they said what they need ("when exactly will the
    /// money be back??"), so the caller picks it up without asking again; null after a plain "yes".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Request { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public HandoffResult? Handoff { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public FollowUpResult? FollowUp { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public SignOffResult? SignOff { get; init; }

    /// <summary>The next steps as the customer was told them: a step whose due date had passed is marked overdue.</summary>
    public IReadOnlyList<StepResult> Steps { get; init; } = [];

    /// <summary>Next steps the caller sent that were not used (no action, an unknown owner).</summary>
    public int SkippedSteps { get; init; }

    /// <summary>What the customer took away: the recap by e-mail, reminders, a tip. Null when the closing ended before.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ToGo.ToGoResult? ToGo { get; init; }

    /// <summary>The locale the closing ended in: the one it started in, or the language the customer switched to.</summary>
    public required string Locale { get; init; }
}

/// <summary>One next step as told: "overdue" when its due date had passed (the customer heard "as soon as we can").</summary>
/// <param name="Owner">us | customer.</param>
/// <param name="Status">due (a date still to come) | overdue | open (no date).</param>
public sealed record StepResult(string Action, string Owner, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? Due, string Status);

public static class StepStatuses
{
    public const string Due = "due";
    public const string Overdue = "overdue";
    public const string Open = "open";
}

public static class Outcomes
{
    public const string Completed = "completed";
    public const string NextItem = "nextItem";
    public const string AnythingElse = "anythingElse";
    public const string Handoff = "handoff";
    public const string Cancelled = "cancelled";

    /// <summary>The customer went quiet for <c>Closing:InactivityTimeout</c>; the closing was ended for them.</summary>
    public const string Abandoned = "abandoned";
}

public static class Resolutions
{
    public const string Confirmed = "confirmed";
    public const string Denied = "denied";
    public const string Unanswered = "unanswered";
}

/// <summary>What happened with a handover to a person.</summary>
/// <param name="Reason">notResolved | requested | lowRating | frustration | notUnderstood.</param>
/// <param name="State">accepted | failed | completed | outsideHours | declined | customerLeft (they left while waiting) |
/// withdrawn (they no longer needed a person and said so while waiting).</param>
/// <param name="Fallback">callback | email | none.</param>
public sealed record HandoffResult(string Reason, string State, string Fallback)
{
    /// <summary>The customer said it works now while waiting (the closing records the resolution as confirmed).</summary>
    [JsonIgnore]
    public bool WorksNow { get; init; }
}

/// <summary>A short note scheduled for when a next step comes due.</summary>
public sealed record FollowUpResult(DateTimeOffset At, string Step)
{
    /// <summary>chat | chatThenEmail (e-mailed if the chat refuses it) | email (the chat cannot take it).</summary>
    public string Via { get; init; } = FollowUpRoutes.Chat;
}

/// <summary>Which way a follow-up note goes.</summary>
public static class FollowUpRoutes
{
    public const string Chat = "chat";
    public const string ChatThenEmail = "chatThenEmail";
    public const string Email = "email";
}

/// <summary>What the goodbye leaned on.</summary>
public sealed record SignOffResult(bool Personalized, IReadOnlyList<string> DetailKinds);
