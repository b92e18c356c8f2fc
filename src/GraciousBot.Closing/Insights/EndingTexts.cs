using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Insights;

/// <summary>The messages about how a closing ended; wording in <c>dialogs/ending.&lt;locale&gt;.lg</c>.</summary>
public static class EndingTexts
{
    /// <summary>Left for a customer who went quiet, on channels where they will read it later.</summary>
    public const string Abandoned = "ending.abandoned";

    public static IReadOnlyList<TemplateContract> Contracts { get; } =
    [
        new(Abandoned, "name"),
    ];
}
