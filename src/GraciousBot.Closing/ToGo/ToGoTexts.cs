using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.ToGo;

/// <summary>
/// The to-go box's messages, by key, and what each receives. The wording is in <c>dialogs/togo.&lt;locale&gt;.lg</c>.
/// </summary>
public static class ToGoTexts
{
    public const string OfferBoth = "togo.offer.both";
    public const string OfferEmail = "togo.offer.email";
    public const string OfferReminders = "togo.offer.reminders";
    public const string OfferRetry = "togo.offer.retry";
    public const string ChoiceBoth = "togo.choice.both";
    public const string ChoiceYes = "togo.choice.yes";
    public const string ChoiceEmail = "togo.choice.email";
    public const string ChoiceReminders = "togo.choice.reminders";
    public const string ChoiceNo = "togo.choice.no";
    public const string DoneEmail = "togo.done.email";
    public const string DoneEmailWithReminders = "togo.done.emailWithReminders";
    public const string DoneReminders = "togo.done.reminders";
    public const string Declined = "togo.declined";
    public const string ReminderTitle = "togo.reminder.title";
    public const string ReminderDescription = "togo.reminder.description";
    public const string ReminderFile = "togo.reminder.file";
    public const string EmailSubject = "togo.email.subject";
    public const string EmailGreeting = "togo.email.greeting";
    public const string EmailThanks = "togo.email.thanks";
    public const string EmailRecapHeading = "togo.email.recapHeading";
    public const string EmailStepsHeading = "togo.email.stepsHeading";
    public const string EmailCaseReference = "togo.email.caseReference";
    public const string EmailCalendar = "togo.email.calendar";
    public const string EmailComeBack = "togo.email.comeBack";
    public const string EmailSignature = "togo.email.signature";
    public const string FollowUpSubject = "togo.followUp.subject";
    public const string TipIntro = "togo.tip.intro";
    public const string TipText = "togo.tip.text";
    public const string TipOpen = "togo.tip.open";
    public const string WordsEmail = "togo.words.email";
    public const string WordsReminders = "togo.words.reminders";

    public static IReadOnlyList<TemplateContract> Contracts { get; } =
    [
        new(OfferBoth),
        new(OfferEmail),
        new(OfferReminders),
        new(OfferRetry),
        new(ChoiceBoth),
        new(ChoiceYes),
        new(ChoiceEmail),
        new(ChoiceReminders),
        new(ChoiceNo),
        new(DoneEmail),
        new(DoneEmailWithReminders),
        new(DoneReminders),
        new(Declined),
        new(ReminderTitle, "action"),
        new(ReminderDescription, "action", "due", "brand", "caseId", "caseTitle"),
        new(ReminderFile),
        new(EmailSubject, "brand", "caseId", "caseTitle"),
        new(EmailGreeting, "name"),
        new(EmailThanks, "brand"),
        new(EmailRecapHeading),
        new(EmailStepsHeading),
        new(EmailCaseReference, "caseId"),
        new(EmailCalendar),
        new(EmailComeBack),
        new(EmailSignature, "brand"),
        new(FollowUpSubject, "brand"),
        new(TipIntro, "title"),
        new(TipText, "title", "summary", "url"),
        new(TipOpen),
        new(WordsEmail),
        new(WordsReminders),
    ];
}
