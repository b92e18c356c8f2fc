using GraciousBot.Closing.Wording;
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
    public const string StepUsOverdue = "closing.step.us.overdue";
    public const string StepCustomerOverdue = "closing.step.customer.overdue";
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
    public const string OpenItemsAskSome = "closing.openItems.askSome";
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
        new(StepUsOverdue, "action"),
        new(StepCustomerOverdue, "action"),
        new(DueToday, "day", "date"),
        new(DueTomorrow, "day", "date"),
        new(DueWeekday, "day", "date"),
        new(DueDate, "day", "date"),
        new(ConfirmAsk, "caseTitle"),
        new(ConfirmRetry),
        new(ConfirmGlad),
        new(ConfirmSorry),
        new(Yes),
        new(No),
        new(OpenItemsAskOne, "title"),
        new(OpenItemsAskMany, "count"),
        new(OpenItemsAskSome, "total", "shown"),
        new(OpenItemsNone),
        new(OpenItemsRetry),
        new(OpenItemsChosen, "title"),
        new(AnythingElseAsk),
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

    /// <summary>Messages with wording for a case category (<c>closing.confirm.ask.technical</c>), besides their neutral wording.</summary>
    public static IReadOnlyList<string> ByCategory { get; } = [ConfirmAsk, ConfirmGlad];

    /// <summary>The contracts of the category wordings, which every locale provides too.</summary>
    public static IEnumerable<TemplateContract> CategoryContracts =>
        Contracts.Where(c => ByCategory.Contains(c.Key)).SelectMany(c => CaseCategories.Known.Select(k => new TemplateContract($"{c.Key}.{k}", c.Placeholders)));
}

/// <summary>
/// Renders closing messages for one conversation: its locale, its channel's format, its mood (only variants tagged for
/// it, or untagged, are used) and its case category (<c>key.technical</c> before <c>key</c>).
/// </summary>
public sealed class ClosingVoice(ITextRenderer renderer, string locale, string? channelId)
{
    public string Locale => locale;

    /// <summary>The closing's mood; its tone tags choose the variants.</summary>
    public Mood Mood { get; init; } = Mood.Neutral;

    /// <summary>A known case category (<see cref="CaseCategories"/>), or null for neutral wording.</summary>
    public string? Category { get; init; }

    private IReadOnlyCollection<string> Tones => ClosingMood.Tags(Mood);

    /// <summary>The category's own wording when there is one, else the neutral message.</summary>
    private string KeyFor(string key) =>
        Category is { } category && renderer.Has($"{key}.{category}", locale) ? $"{key}.{category}" : key;

    public string? ChannelId => channelId;

    public ChannelCapabilities Channel { get; } = ChannelCapabilities.For(channelId);

    /// <summary>Caller and customer values are escaped for this format.</summary>
    public TextFormat Format => Channel.Markdown ? TextFormat.Markdown : TextFormat.Plain;

    public string Text(string key, params (string Name, string? Value)[] values) =>
        renderer.Render(KeyFor(key), locale, Values.Of(values), Format, tones: Tones);

    /// <summary>Text in a given format (the recap's plain and markdown forms).</summary>
    public string Text(string key, TextFormat format, params (string Name, string? Value)[] values) =>
        renderer.Render(KeyFor(key), locale, Values.Of(values), format, tones: Tones);

    /// <summary>Text for a card field (markdown escaped, HTML left as typed: cards never render it).</summary>
    public string CardText(string key, params (string Name, string? Value)[] values) =>
        renderer.Render(KeyFor(key), locale, Values.Of(values), TextFormat.AdaptiveCard, tones: Tones);

    /// <summary>A message activity in this conversation's format.</summary>
    public Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = Channel.Markdown ? TextFormats.Markdown : TextFormats.Plain,
        Locale = locale,
    };

    public Activity Say(string key, params (string Name, string? Value)[] values) => Message(Text(key, values));

    /// <summary>Different wordings of a message (up to three), so a re-ask never repeats itself word for word.</summary>
    public IReadOnlyList<string> Variants(string key, params (string Name, string? Value)[] values)
    {
        var seen = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var text = renderer.Render(KeyFor(key), locale, Values.Of(values), Format, seen, Tones);
            if (seen.Contains(text))
            {
                break;
            }

            seen.Add(text);
        }

        return seen;
    }

    public string Render(string key, IReadOnlyDictionary<string, string?> values, IReadOnlyCollection<string>? avoid = null) =>
        renderer.Render(KeyFor(key), locale, values, Format, avoid, Tones);
}
