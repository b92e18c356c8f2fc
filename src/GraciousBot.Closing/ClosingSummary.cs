using System.Text;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Templates;
using GraciousBot.Wire.Schema;
using T = GraciousBot.Closing.ClosingTexts;

namespace GraciousBot.Closing;

/// <summary>The recap: what we did, and who does what next by when. A card where cards render, clean text elsewhere.</summary>
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

    private string Text(string? resolution, IReadOnlyList<NextStep> steps, TextFormat format)
    {
        var text = new StringBuilder(services.Texts.Render(T.SummaryIntro, state.Locale, Values.Of(("name", state.Name), ("caseTitle", state.Context.Case?.Title)), format));
        if (resolution is not null)
        {
            text.Append(' ').Append(services.Texts.Render(T.SummaryResolution, state.Locale, Values.Of(("summary", resolution)), format));
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
        return services.Texts.Render(key, state.Locale, Values.Of(("day", day), ("date", dateText)), format);
    }

    private string StepText(NextStep step, TextFormat format)
    {
        var due = step.Due is { } date ? DuePhrase(date, format) : null;
        var key = (step.Owner, due is null) switch
        {
            (StepOwner.Us, false) => T.StepUsDue,
            (StepOwner.Us, true) => T.StepUs,
            (StepOwner.Customer, false) => T.StepCustomerDue,
            _ => T.StepCustomer,
        };
        return services.Texts.Render(key, state.Locale, Values.Of(("action", step.Action), ("due", due)), format);
    }
}
