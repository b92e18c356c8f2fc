using System.Text.Json.Serialization;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.State;

namespace GraciousBot.Closing;

/// <summary>Everything the closing conversation knows and has learnt, as one typed record.</summary>
public sealed record ClosingState
{
    /// <summary>What the caller gave the closing (unchanged once begun: written back as it was stored, not serialised again each turn).</summary>
    [JsonConverter(typeof(StoredJsonValueConverter<ClosingContext>))]
    public ClosingContext Context { get; init; } = ClosingContext.Empty;

    /// <summary>The brand was already said in this closing (the rating question), so the goodbye does not say it again.</summary>
    public bool BrandSaid { get; init; }

    /// <summary>The locale the conversation is held in.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>The customer's IANA time zone, for due dates; null means UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The name to thank the customer by, if known.</summary>
    public string? Name { get; init; }

    /// <summary>The mood of what the customer shared before the closing (transcript, notes), worked out once at the start.</summary>
    public Mood SharedMood { get; init; } = Mood.Neutral;

    /// <summary>
    /// The personal details in what the customer shared before the closing (transcript, notes), in the order said,
    /// read once at the start for the goodbye; null in a closing begun before they were kept (read at the goodbye).
    /// </summary>
    [JsonConverter(typeof(StoredJsonValueConverter<IReadOnlyList<Details.PersonalDetail>>))]
    public IReadOnlyList<Details.PersonalDetail>? SharedDetails { get; init; }

    public string Resolution { get; init; } = Resolutions.Unanswered;

    public int? Rating { get; init; }

    public string? Comment { get; init; }

    /// <summary>Set when the flow is about to end.</summary>
    public string Outcome { get; init; } = Outcomes.Completed;

    public string? NextItemId { get; init; }

    /// <summary>What the customer asked for at "anything else?", in their own words (see <see cref="ClosingResult.Request"/>).</summary>
    public string? Request { get; init; }

    public HandoffResult? Handoff { get; init; }

    public SignOffResult? SignOff { get; init; }

    public FollowUpResult? FollowUp { get; init; }

    /// <summary>The next steps as the recap told them (overdue ones marked).</summary>
    public IReadOnlyList<StepResult> Steps { get; init; } = [];
    public ToGo.ToGoResult? ToGo { get; init; }

    public ClosingResult ToResult() => new()
    {
        Outcome = Outcome,
        Resolution = Resolution,
        Rating = Rating,
        Comment = Comment,
        NextItemId = NextItemId,
        Request = Request,
        Handoff = Handoff,
        SignOff = SignOff,
        FollowUp = FollowUp,
        Steps = Steps,
        SkippedSteps = Context.SkippedSteps,
        ToGo = ToGo,
        Locale = Locale,
    };
}
