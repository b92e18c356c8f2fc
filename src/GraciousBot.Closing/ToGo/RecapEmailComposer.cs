using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.ToGo;

/// <summary>
/// Writes the recap e-mail in the customer's language: thank-you, what we did, who does what by when, the case
/// reference, the reminders attached, and how to come back. HTML (in the layout from <c>dialogs/email.html</c>) and
/// plain text say the same; every value is HTML-encoded, so nothing the caller sent can add markup.
/// </summary>
public sealed class RecapEmailComposer(ITextRenderer texts, string layout)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public const string LayoutFile = "email.html";

    public static RecapEmailComposer FromDirectory(ITextRenderer texts, string dialogsPath) =>
        new(texts, File.ReadAllText(Path.Combine(dialogsPath, LayoutFile)));

    /// <summary>The recap for <paramref name="to"/>; <paramref name="calendar"/> is attached when given.</summary>
    public RecapEmail Recap(string to, ClosingState state, DateTimeOffset now, CalendarFile? calendar)
    {
        var locale = state.Locale;
        var brand = state.Context.Brand?.Name;
        var caseId = state.Context.Case?.Id;
        var sections = new List<Section>
        {
            new Paragraph(Say(ToGoTexts.EmailGreeting, locale, ("name", state.Name))),
            new Paragraph(Say(ToGoTexts.EmailThanks, locale, ("brand", brand))),
        };
        if (state.Context.Resolution?.Summary is { } summary)
        {
            sections.Add(new Heading(Say(ToGoTexts.EmailRecapHeading, locale)));
            sections.Add(new Paragraph(summary));
        }

        if (state.Context.NextSteps.Count > 0)
        {
            sections.Add(new Heading(Say(ToGoTexts.EmailStepsHeading, locale)));
            sections.Add(new Items([.. state.Context.NextSteps.Select(s => StepText(s, state, now))]));
        }

        if (caseId is not null)
        {
            sections.Add(new Paragraph(Say(ToGoTexts.EmailCaseReference, locale, ("caseId", caseId))));
        }

        if (calendar is not null)
        {
            sections.Add(new Paragraph(Say(ToGoTexts.EmailCalendar, locale)));
        }

        sections.Add(new Paragraph(Say(ToGoTexts.EmailComeBack, locale)));
        sections.Add(new Paragraph(Say(ToGoTexts.EmailSignature, locale, ("brand", brand))));

        var subject = Say(ToGoTexts.EmailSubject, locale, ("brand", brand), ("caseId", caseId), ("caseTitle", state.Context.Case?.Title));
        var attachment = calendar is null ? null : new EmailAttachment(calendar.FileName, Reminders.ContentType, calendar.Text);
        return new RecapEmail(to, subject, Page(locale, subject, sections), Text(sections), brand, attachment);
    }

    /// <summary>A follow-up note that could not reach the chat, as an e-mail.</summary>
    public RecapEmail Note(string to, string locale, string note, string? brand)
    {
        var sections = new List<Section>
        {
            new Paragraph(note),
            new Paragraph(Say(ToGoTexts.EmailComeBack, locale)),
            new Paragraph(Say(ToGoTexts.EmailSignature, locale, ("brand", brand))),
        };
        var subject = Say(ToGoTexts.FollowUpSubject, locale, ("brand", brand));
        return new RecapEmail(to, subject, Page(locale, subject, sections), Text(sections), brand, null);
    }

    /// <summary>"We'll ship a replacement power adapter by Thursday 27 November.": an e-mail is read later, so dates are absolute.</summary>
    private string StepText(NextStep step, ClosingState state, DateTimeOffset now)
    {
        string? due = null;
        if (step.Due is { } date)
        {
            var (_, day, dateText) = DueDates.Of(date, state.Locale, state.TimeZone, now);
            due = Say(ClosingTexts.DueDate, state.Locale, ("day", day), ("date", dateText));
        }

        var key = (step.Owner, due is null) switch
        {
            (StepOwner.Us, false) => ClosingTexts.StepUsDue,
            (StepOwner.Us, true) => ClosingTexts.StepUs,
            (StepOwner.Customer, false) => ClosingTexts.StepCustomerDue,
            _ => ClosingTexts.StepCustomer,
        };
        return Say(key, state.Locale, ("action", step.Action), ("due", due));
    }

    private string Say(string key, string locale, params (string Name, string? Value)[] values) =>
        texts.Render(key, locale, Values.Of(values), TextFormat.Plain);

    private string Page(string locale, string subject, IReadOnlyList<Section> sections)
    {
        var content = new StringBuilder();
        foreach (var section in sections)
        {
            content.Append(section switch
            {
                Heading h => $"<h2 style=\"font-size:17px;margin:22px 0 6px\">{Encode(h.Text)}</h2>\n",
                Items list => "<ul style=\"margin:0;padding-left:20px\">\n" + string.Concat(list.Lines.Select(l => $"<li style=\"margin:4px 0\">{Encode(l)}</li>\n")) + "</ul>\n",
                Paragraph p => $"<p style=\"margin:0 0 12px\">{Encode(p.Text)}</p>\n",
                _ => string.Empty,
            });
        }

        return layout
            .Replace("{{lang}}", Encode(locale), StringComparison.Ordinal)
            .Replace("{{subject}}", Encode(subject), StringComparison.Ordinal)
            .Replace("{{content}}", content.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    private static string Text(IReadOnlyList<Section> sections)
    {
        var text = new StringBuilder();
        foreach (var section in sections)
        {
            switch (section)
            {
                case Heading h:
                    text.Append(h.Text).Append('\n');
                    break;
                case Items list:
                    foreach (var line in list.Lines)
                    {
                        text.Append("- ").Append(line).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case Paragraph p:
                    text.Append(p.Text).Append("\n\n");
                    break;
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>HTML-encodes text (markup characters only; accented letters stay readable), keeping its line breaks.</summary>
    private static string Encode(string text) => string.Join("<br>", text.Split('\n').Select(Html.Encode));

    private abstract record Section;

    private sealed record Paragraph(string Text) : Section;

    private sealed record Heading(string Text) : Section;

    private sealed record Items(IReadOnlyList<string> Lines) : Section;
}
