using System.Text;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.Templates;
using GraciousBot.Wire.Schema;
using T = GraciousBot.Closing.ClosingTexts;

namespace GraciousBot.Closing;

/// <summary>
/// The recap: what we did, and who does what next by when. A card where cards render, clean text elsewhere. Only
/// what is true: a due date already past is never promised ("as soon as we can"), and a long summary is shortened
/// at a sentence or word in text (the card keeps all of it).
/// </summary>
internal sealed class ClosingSummary(ClosingServices services, ClosingVoice voice, ClosingState state, DateTimeOffset now)
{
    public Activity? Compose()
    {
        var resolution = state.Context.Resolution?.Summary;
        var steps = state.Context.NextSteps;
        if (resolution is null && steps.Count == 0)
        {
            return null;
        }

        if (voice.Channel.AdaptiveCards && services.Cards.TryGetValue("summary", out var card))
        {
            var content = card.Render(
                Values.Of(
                    ("intro", voice.CardText(T.SummaryIntro, ("name", state.Name), ("caseTitle", state.Context.Case?.Title))),
                    ("resolution", resolution is null ? null : voice.CardText(T.SummaryResolution, ("summary", resolution))),
                    ("nextHeading", voice.CardText(T.SummaryNextHeading))),
                new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>
                {
                    ["steps"] = [.. steps.Select(s => Values.Of(("text", StepText(s, TextFormat.AdaptiveCard))))],
                });
            return voice.Message(PlainText(resolution, steps)) with
            {
                Text = null,
                Speak = PlainText(resolution, steps),
                Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = content }],
            };
        }

        return voice.Message(Text(resolution, steps, voice.Format));
    }

    /// <summary>The steps as told, for the result: overdue when the date had passed.</summary>
    public IReadOnlyList<StepResult> Steps() =>
    [
        .. state.Context.NextSteps.Select(s => new StepResult(
            s.Action,
            s.Owner == StepOwner.Customer ? "customer" : "us",
            s.Due,
            s.Due is null ? StepStatuses.Open : IsOverdue(s) ? StepStatuses.Overdue : StepStatuses.Due)),
    ];

    private bool IsOverdue(NextStep step) => step.Due is { } due && DueDates.IsPast(due, state.TimeZone, now);

    private string Text(string? resolution, IReadOnlyList<NextStep> steps, TextFormat format)
    {
        var text = new StringBuilder(voice.Text(T.SummaryIntro, format, ("name", state.Name), ("caseTitle", state.Context.Case?.Title)));
        if (resolution is not null)
        {
            var shortened = TextCut.Shorten(resolution, services.Options.MaxSummaryTextLength);
            text.Append(' ').Append(voice.Text(T.SummaryResolution, format, ("summary", shortened)));
        }

        foreach (var step in steps)
        {
            text.Append(' ').Append(StepText(step, format));
        }

        return text.ToString();
    }

    private string PlainText(string? resolution, IReadOnlyList<NextStep> steps) => Text(resolution, steps, TextFormat.Plain);

    /// <summary>"today", "by tomorrow", "by Friday", "by Thursday 27 November", in the customer's language.</summary>
    private string DuePhrase(DateOnly date, TextFormat format)
    {
        var (nearness, day, dateText) = DueDates.Of(date, state.Locale, state.TimeZone, now);
        var key = nearness switch
        {
            DueDates.Nearness.Today => T.DueToday,
            DueDates.Nearness.Tomorrow => T.DueTomorrow,
            DueDates.Nearness.ThisWeek => T.DueWeekday,
            _ => T.DueDate,
        };
        return voice.Text(key, format, ("day", day), ("date", dateText));
    }

    private string StepText(NextStep step, TextFormat format)
    {
        var overdue = IsOverdue(step);
        var due = step.Due is { } date && !overdue ? DuePhrase(date, format) : null;
        var key = (step.Owner, overdue, due is null) switch
        {
            (StepOwner.Us, true, _) => T.StepUsOverdue,
            (StepOwner.Us, false, false) => T.StepUsDue,
            (StepOwner.Us, false, true) => T.StepUs,
            (StepOwner.Customer, true, _) => T.StepCustomerOverdue,
            (StepOwner.Customer, false, false) => T.StepCustomerDue,
            _ => T.StepCustomer,
        };
        return voice.Text(key, format, ("action", step.Action), ("due", due));
    }
}
