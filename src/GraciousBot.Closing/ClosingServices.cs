using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.SignOff;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing;

/// <summary>What the closing dialogs need from the outside world, in one place.</summary>
public sealed record ClosingServices(
    ITextRenderer Texts,
    IReadOnlyDictionary<string, CardTemplate> Cards,
    TimeProvider Time,
    ClosingOptions Options,
    HandoffOptions Handoff,
    BusinessHours BusinessHours,
    IGoodbyes SignOff)
{
    /// <summary>The to-go box (recap e-mail, reminders, tips); null leaves it out.</summary>
    public ToGo.ToGoServices? ToGo { get; init; }

    /// <summary>Which channels take a follow-up note in the chat.</summary>
    public FollowUpOptions FollowUp { get; init; } = new();
}
