using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Templates;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace GraciousBot.Closing.ToGo;

/// <summary>
/// Calendar reminders (RFC 5545, written by Ical.Net) for the customer's own dated next steps: all-day on the due date,
/// or at the step's time in the customer's time zone (with that zone's rules in the file, so any calendar places it
/// right), titled and described in the customer's language.
/// </summary>
public static class Reminders
{
    public const string ContentType = "text/calendar";

    /// <summary>A timed reminder blocks this long in the calendar.</summary>
    public static readonly TimeSpan TimedLength = TimeSpan.FromMinutes(30);

    /// <summary>The customer's steps with a due date not yet past (in their time zone): the ones worth a reminder.</summary>
    public static IReadOnlyList<NextStep> Due(ClosingState state, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone(state.TimeZone)).DateTime);
        return [.. state.Context.NextSteps.Where(s => s.Owner == StepOwner.Customer && s.Due is { } due && due >= today)];
    }

    /// <summary>The .ics file with one event per step in <see cref="Due"/>; null when there is none.</summary>
    public static CalendarFile? Build(ITextRenderer texts, ClosingState state, DateTimeOffset now)
    {
        var steps = Due(state, now);
        if (steps.Count == 0)
        {
            return null;
        }

        var calendar = new Calendar { ProductId = "-//GraciousBot//To-go box//EN" };
        var zone = state.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;
        if (zone is not null && steps.Any(s => s.DueTime is not null))
        {
            calendar.AddTimeZone(zone);
        }

        var brand = state.Context.Brand?.Name;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var due = step.Due!.Value;
            var (_, _, dateText) = DueDates.Of(due, state.Locale, state.TimeZone, now);
            var duePhrase = texts.Render(ClosingTexts.DueDate, state.Locale, Values.Of(("day", null), ("date", dateText)));
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid(state, step, i),
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                Summary = texts.Render(ToGoTexts.ReminderTitle, state.Locale, Values.Of(("action", step.Action))),
                Description = texts.Render(
                    ToGoTexts.ReminderDescription,
                    state.Locale,
                    Values.Of(("action", step.Action), ("due", duePhrase), ("brand", brand), ("caseId", state.Context.Case?.Id), ("caseTitle", state.Context.Case?.Title))),
                Transparency = TransparencyType.Transparent,
            };
            if (step.DueTime is { } time)
            {
                calendarEvent.DtStart = zone is null ? new CalDateTime(due.ToDateTime(time), "UTC") : new CalDateTime(due, time, zone);
                calendarEvent.DtEnd = calendarEvent.DtStart.Add(Duration.FromTimeSpanExact(TimedLength));
            }
            else
            {
                calendarEvent.DtStart = new CalDateTime(due);
                calendarEvent.DtEnd = new CalDateTime(due.AddDays(1));
            }

            calendar.Events.Add(calendarEvent);
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new CalendarFile(texts.Render(ToGoTexts.ReminderFile, state.Locale, Values.Of()), text, steps.Count);
    }

    /// <summary>Stable per case and step, so adding the same reminder twice updates it instead of duplicating it.</summary>
    private static string Uid(ClosingState state, NextStep step, int index)
    {
        var seed = $"{state.Context.Case?.Id}|{state.Context.Customer?.Id}|{step.Action}|{step.Due:yyyy-MM-dd}|{index}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..24];
        return $"{hash}@graciousbot";
    }

    private static TimeZoneInfo Zone(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}

/// <summary>An .ics file: its name, its text, and how many reminders it holds.</summary>
public sealed record CalendarFile(string FileName, string Text, int Count)
{
    /// <summary>A data: URI Web Chat renders as a download link.</summary>
    public Uri DataUri => new($"data:{Reminders.ContentType};base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Text))}");
}
