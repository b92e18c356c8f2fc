using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Handoff;

/// <summary>The handover's messages and what each receives (wording in <c>dialogs/handoff.&lt;locale&gt;.lg</c>).</summary>
public static class HandoffTexts
{
    public static IReadOnlyList<TemplateContract> Contracts { get; } =
    [
        new("handoff.connecting", "wait"),
        new("handoff.stillWaiting", "wait"),
        .. WaitingForPersonListener.Contracts,
        new("handoff.accepted"),
        new("handoff.failed"),
        new("handoff.outsideHours", "when"),
        new("handoff.when.today", "day", "date", "time"),
        new("handoff.when.tomorrow", "day", "date", "time"),
        new("handoff.when.weekday", "day", "date", "time"),
        new("handoff.when.date", "day", "date", "time"),
        new("handoff.fallback.ask"),
        new("handoff.fallback.retry"),
        new("handoff.fallback.callback"),
        new("handoff.fallback.email"),
        new("handoff.fallback.none"),
        new("handoff.fallback.callbackConfirmed", "when"),
        new("handoff.fallback.emailConfirmed"),
        new("handoff.fallback.noneConfirmed"),
        new($"handoff.offer.{HandoffReasons.Frustration}"),
        new($"handoff.offer.{HandoffReasons.NotUnderstood}"),
        new($"handoff.offer.{HandoffReasons.LowRating}"),
        new($"handoff.offer.{HandoffReasons.Requested}"),
        new($"handoff.offer.{HandoffReasons.NotResolved}"),
        new("handoff.agentSummary", "reason", "caseTitle", "caseId", "resolution", "confirmed", "steps", "rating"),
        new($"handoff.reason.{HandoffReasons.NotResolved}"),
        new($"handoff.reason.{HandoffReasons.Requested}"),
        new($"handoff.reason.{HandoffReasons.LowRating}"),
        new($"handoff.reason.{HandoffReasons.Frustration}"),
        new($"handoff.reason.{HandoffReasons.NotUnderstood}"),
    ];
}
