using GraciousBot.Runtime.Channels;
using GraciousBot.Runtime.Templates;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing;

/// <summary>
/// The closing conversation's messages, by key, and what each receives. The wording itself is in
/// <c>dialogs/closing.&lt;locale&gt;.lg</c>; this list is the contract those files are checked against.
/// </summary>
public static class ClosingTexts
{
    public const string SummaryIntro = "closing.summary.intro";
    public const string SummaryResolution = "closing.summary.resolution";
    public const string SummaryNextHeading = "closing.summary.nextHeading";
    public const string StepUsDue = "closing.step.us.due";
    public const string StepUs = "closing.step.us";
    public const string StepCustomerDue = "closing.step.customer.due";
    public const string StepCustomer = "closing.step.customer";
    public const string DueToday = "closing.due.today";
    public const string DueTomorrow = "closing.due.tomorrow";
    public const string DueWeekday = "closing.due.weekday";
    public const string DueDate = "closing.due.date";
    public const string ConfirmAsk = "closing.confirm.ask";
    public const string ConfirmRetry = "closing.confirm.retry";
    public const string ConfirmGlad = "closing.confirm.glad";
    public const string ConfirmSorry = "closing.confirm.sorry";
    public const string Yes = "closing.choice.yes";
    public const string No = "closing.choice.no";
    public const string OpenItemsAskOne = "closing.openItems.askOne";
    public const string OpenItemsAskMany = "closing.openItems.askMany";
    public const string OpenItemsNone = "closing.openItems.noThanks";
    public const string OpenItemsRetry = "closing.openItems.retry";
    public const string OpenItemsChosen = "closing.openItems.chosen";
    public const string AnythingElseAsk = "closing.anythingElse.ask";
    public const string AnythingElseRetry = "closing.anythingElse.retry";
    public const string AnythingElseYes = "closing.anythingElse.yes";
    public const string RatingAsk = "closing.rating.ask";
    public const string RatingRetry = "closing.rating.retry";
    public const string RatingOutOfRange = "closing.rating.outOfRange";
    public const string CommentAskLow = "closing.comment.askLow";
    public const string CommentAsk = "closing.comment.ask";
    public const string CommentSkip = "closing.comment.skip";
    public const string CommentThanks = "closing.comment.thanks";
    public const string Help = "closing.help";
    public const string Cancelled = "closing.cancelled";
    public const string StartOver = "closing.startOver";
    public const string Restarted = "closing.restarted";
    public const string Error = "closing.error";
    public const string FollowUpNote = "closing.followUp";
    public const string GoodbyeApology = "closing.goodbye.apology";

    /// <summary>Every message and the values code gives it.</summary>
    public static IReadOnlyList<TemplateContract> Contracts { get; } =
    [
        new(SummaryIntro, "name", "caseTitle"),
        new(SummaryResolution, "summary"),
        new(SummaryNextHeading),
        new(StepUsDue, "action", "due"),
        new(StepUs, "action"),
        new(StepCustomerDue, "action", "due"),
        new(StepCustomer, "action"),
        new(DueToday, "day", "date"),
        new(DueTomorrow, "day", "date"),
        new(DueWeekday, "day", "date"),
        new(DueDate, "day", "date"),
        new(ConfirmAsk, "name", "caseTitle"),
        new(ConfirmRetry),
        new(ConfirmGlad, "name"),
        new(ConfirmSorry, "name"),
        new(Yes),
        new(No),
        new(OpenItemsAskOne, "title"),
        new(OpenItemsAskMany, "count"),
        new(OpenItemsNone),
        new(OpenItemsRetry),
        new(OpenItemsChosen, "title"),
        new(AnythingElseAsk, "name"),
        new(AnythingElseRetry),
        new(AnythingElseYes),
        new(RatingAsk, "brand"),
        new(RatingRetry),
        new(RatingOutOfRange),
        new(CommentAskLow),
        new(CommentAsk),
        new(CommentSkip),
        new(CommentThanks),
        new(Help),
        new(Cancelled, "name"),
        new(StartOver),
        new(Restarted),
        new(Error),
        new(FollowUpNote, "name", "action", "brand"),
        new(GoodbyeApology),
    ];
}

/// <summary>Renders closing messages for one conversation: its locale, its channel's format, its customer's name.</summary>
public sealed class ClosingVoice(ITextRenderer renderer, string locale, string? channelId)
{
    public string Locale => locale;

    public string? ChannelId => channelId;

    public ChannelCapabilities Channel { get; } = ChannelCapabilities.For(channelId);

    /// <summary>Caller and customer values are escaped for this format.</summary>
    public TextFormat Format => Channel.Markdown ? TextFormat.Markdown : TextFormat.Plain;

    public string Text(string key, params (string Name, string? Value)[] values) =>
        renderer.Render(key, locale, Values.Of(values), Format);

    /// <summary>Text for a card field (markdown escaped, HTML left as typed: cards never render it).</summary>
    public string CardText(string key, params (string Name, string? Value)[] values) =>
        renderer.Render(key, locale, Values.Of(values), TextFormat.AdaptiveCard);

    /// <summary>A message activity in this conversation's format.</summary>
    public Activity Message(string text) => Activity.Message(text) with
    {
        TextFormat = Channel.Markdown ? TextFormats.Markdown : TextFormats.Plain,
        Locale = locale,
    };

    public Activity Say(string key, params (string Name, string? Value)[] values) => Message(Text(key, values));

    public string Render(string key, IReadOnlyDictionary<string, string?> values, IReadOnlyCollection<string>? avoid = null) =>
        renderer.Render(key, locale, values, Format, avoid);
}
