namespace GraciousBot.Closing.Wording;

/// <summary>
/// The kind of case the caller says this was (<c>case.category</c>). The four known ones pick wording made for them
/// (<c>closing.confirm.ask.technical</c>); anything else, or nothing, keeps the neutral wording.
/// </summary>
public static class CaseCategories
{
    public const string Technical = "technical";
    public const string Billing = "billing";
    public const string Delivery = "delivery";
    public const string Account = "account";

    public static IReadOnlyList<string> Known { get; } = [Technical, Billing, Delivery, Account];

    /// <summary>A known category for what the caller sent (case and spacing ignored), or null for free text.</summary>
    public static string? Normalize(string? category)
    {
        var key = category?.Trim().ToLowerInvariant();
        return Known.FirstOrDefault(k => k == key);
    }
}
