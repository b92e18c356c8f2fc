using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing;

/// <summary>
/// What the closing says when a message does more than answer (leaving, off-topic, unsure, a switch of language).
/// The wording is in <c>dialogs/understanding.&lt;locale&gt;.lg</c>.
/// </summary>
public static class UnderstandingTexts
{
    public const string LeaveGoodbye = "understanding.leave.goodbye";
    public const string Unsure = "understanding.unsure";
    public const string UnsureOpenItems = "understanding.unsure.openItems";
    public const string Switched = "understanding.switched";

    /// <summary>"I can't see refund timings from here…": one key per <see cref="OffTopicKind"/>.</summary>
    public static string OffTopic(OffTopicKind kind) => "understanding.offTopic." + kind.ToString().ToLowerInvariant();

    /// <summary>The reason a prompt gives for an off-topic answer, used to pick its retry.</summary>
    public static string OffTopicReason(OffTopicKind kind) => "offTopic." + kind.ToString().ToLowerInvariant();

    public const string UnsureReason = "unsure";

    public static IReadOnlyList<TemplateContract> Contracts { get; } =
    [
        new(LeaveGoodbye, "name"),
        new(Unsure),
        new(UnsureOpenItems),
        new(Switched),
        .. Enum.GetValues<OffTopicKind>().Select(kind => new TemplateContract(OffTopic(kind))),
    ];
}
