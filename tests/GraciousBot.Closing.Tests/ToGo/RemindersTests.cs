using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Tests.Details;
using GraciousBot.Closing.ToGo;
using GraciousBot.Runtime.Templates;
using Ical.Net;

namespace GraciousBot.Closing.Tests.ToGo;

public sealed class RemindersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly TemplateTextRenderer Texts = new(TemplateCatalog.Load(RepoPaths.Dialogs), new FirstVariantPicker());

    private static ClosingState State(string json, string locale = "en", string? zone = null)
    {
        var context = ClosingContextReader.Read(JsonDocument.Parse(json).RootElement);
        return new ClosingState { Context = context, Locale = locale, TimeZone = zone ?? context.Customer?.TimeZone };
    }

    [Fact]
    public void Build_DateOnlyStep_IsAllDayOnTheDueDate()
    {
        var state = State("""
            { "customer": { "id": "c-1", "timeZone": "America/New_York" }, "case": { "id": "T-1042", "title": "Router keeps dropping Wi-Fi" },
              "brand": { "name": "Contoso" },
              "nextSteps": [ { "owner": "customer", "action": "restart the router once the adapter arrives", "due": "2026-11-27" } ] }
            """);

        var file = Reminders.Build(Texts, state, Now);

        Assert.NotNull(file);
        Assert.Equal(1, file.Count);
        Assert.Equal("reminder.ics", file.FileName);
        var calendarEvent = Assert.Single(Calendar.Load(file.Text)!.Events);
        Assert.False(calendarEvent.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 11, 27), calendarEvent.DtStart.Date);
        Assert.Equal(new DateOnly(2026, 11, 28), calendarEvent.DtEnd!.Date);
        Assert.Equal("Reminder: restart the router once the adapter arrives", calendarEvent.Summary);
        Assert.Contains("Contoso", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Contains("T-1042", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Contains("27 November", calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TimedStep_IsAtThatTimeInTheCustomersZone()
    {
        var state = State(
            """
            { "customer": { "id": "c-2", "timeZone": "Europe/Madrid", "locale": "es" }, "case": { "id": "T-7" },
              "nextSteps": [ { "owner": "customer", "action": "enviarnos el formulario firmado", "due": "2026-11-27T15:30:00" } ] }
            """,
            locale: "es");

        var file = Reminders.Build(Texts, state, Now);

        Assert.NotNull(file);
        var calendar = Calendar.Load(file.Text)!;
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.True(calendarEvent.DtStart!.HasTime);
        Assert.Equal("Europe/Madrid", calendarEvent.DtStart.TzId);
        Assert.Equal(new DateTime(2026, 11, 27, 15, 30, 0), calendarEvent.DtStart.Value);
        Assert.Equal(new DateTime(2026, 11, 27, 14, 30, 0, DateTimeKind.Utc), calendarEvent.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc), calendarEvent.DtEnd!.AsUtc);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/Madrid");
        Assert.Equal("Recordatorio: enviarnos el formulario firmado", calendarEvent.Summary);
        Assert.Equal("recordatorio.ics", file.FileName);
    }

    [Fact]
    public void Build_OnlyTheCustomersStepsStillToCome()
    {
        var state = State("""
            { "customer": { "timeZone": "Europe/Berlin" },
              "nextSteps": [
                { "owner": "us", "action": "ship the adapter", "due": "2026-11-27" },
                { "owner": "customer", "action": "send the receipt", "due": "2026-11-20" },
                { "owner": "customer", "action": "restart the router" },
                { "owner": "customer", "action": "read the letter", "due": "2026-11-23" } ] }
            """);

        var file = Reminders.Build(Texts, state, Now);

        Assert.NotNull(file);
        var calendarEvent = Assert.Single(Calendar.Load(file.Text)!.Events);
        Assert.Equal("Reminder: read the letter", calendarEvent.Summary);
    }

    [Fact]
    public void Build_NothingForTheCustomerToDo_IsNull()
    {
        var state = State("""{ "nextSteps": [ { "owner": "us", "action": "ship the adapter", "due": "2026-11-27" } ] }""");

        Assert.Null(Reminders.Build(Texts, state, Now));
    }

    [Fact]
    public void Build_SameStepTwice_KeepsTheSameUid()
    {
        var json = """{ "case": { "id": "T-1" }, "nextSteps": [ { "owner": "customer", "action": "sign the form", "due": "2026-12-01" } ] }""";

        var first = Calendar.Load(Reminders.Build(Texts, State(json), Now)!.Text)!.Events.Single().Uid;
        var second = Calendar.Load(Reminders.Build(Texts, State(json), Now.AddHours(2))!.Text)!.Events.Single().Uid;

        Assert.Equal(first, second);
    }

    [Fact]
    public void DataUri_CarriesTheCalendar()
    {
        var file = Reminders.Build(Texts, State("""{ "nextSteps": [ { "owner": "customer", "action": "sign", "due": "2026-12-01" } ] }"""), Now)!;

        Assert.StartsWith("data:text/calendar;base64,", file.DataUri.OriginalString, StringComparison.Ordinal);
        var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(file.DataUri.OriginalString["data:text/calendar;base64,".Length..]));
        Assert.Equal(file.Text, text);
    }
}
