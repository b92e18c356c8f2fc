using GraciousBot.Runtime.Privacy;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing;

/// <summary>
/// A new request said at "Is there anything else?" ("when exactly will the money be back??"): the customer's own words
/// go to the caller in the result's <c>request</c>, and the bot acknowledges them instead of asking what it is.
/// </summary>
public static class AnythingElseRequest
{
    /// <summary>"Of course — I'll pass that straight on", said instead of "What else can I help you with?".</summary>
    public const string Heard = "closing.anythingElse.request";

    /// <summary>Longest request carried (the rest is cut, as comments are).</summary>
    public const int MaxLength = 1_000;

    public static IReadOnlyList<TemplateContract> Contracts { get; } = [new(Heard, "name")];

    /// <summary>The request in the customer's words, card numbers masked; null for a plain yes (a button, "yes please").</summary>
    public static string? Of(TurnContext turn, string locale)
    {
        if (!turn.Activity.IsType(ActivityTypes.Message) || turn.Text.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words <= 3 && MessageReader.Read(text, locale, Expecting.YesNo).Answer is ReadAnswer.Said)
        {
            return null;
        }

        var masked = CardNumbers.Mask(text);
        return masked.Length > MaxLength ? masked[..MaxLength] : masked;
    }
}
