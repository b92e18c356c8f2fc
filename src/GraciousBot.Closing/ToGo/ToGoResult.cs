using System.Text.Json.Serialization;

namespace GraciousBot.Closing.ToGo;

/// <summary>What the customer takes away, for the caller.</summary>
/// <param name="RecapEmailed">The recap e-mail was accepted for sending (it leaves after the turn, retried until sent).</param>
/// <param name="Reminders">Calendar reminders given (in the chat or with the e-mail).</param>
/// <param name="Tip">The id (the URL) or title of the tip offered, if any.</param>
public sealed record ToGoResult(bool RecapEmailed, int Reminders, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Tip)
{
    public static ToGoResult Nothing { get; } = new(false, 0, null);

    /// <summary>The customer said no to e-mail: follow-ups are not e-mailed either.</summary>
    [JsonIgnore]
    public bool EmailDeclined { get; init; }
}

/// <summary>What fits this closing: the recap by e-mail, reminders, or both; where the reminders go.</summary>
public sealed record ToGoOffer(bool Email, bool Reminders, bool RemindersInChat);
