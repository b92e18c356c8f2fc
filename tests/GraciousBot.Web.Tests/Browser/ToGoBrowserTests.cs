using GraciousBot.Runtime.Templates;
using GraciousBot.Testing;
using GraciousBot.Testing.Browser;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Browser;

/// <summary>
/// The real closing skill behind the real page, with one sample case of its own: a customer in New York who has a
/// dated next step of their own (so the to-go box offers a calendar reminder).
/// </summary>
public sealed class ToGoBrowserFixture : IAsyncLifetime
{
    /// <summary>A date-time (not moved by the demo launcher), after New York's switch to summer time on 14 March 2027.</summary>
    public const string Sample = """
        {
          "customer": { "id": "c-555", "name": "Jordan", "locale": "en-US", "timeZone": "America/New_York" },
          "case": { "id": "T-2077", "title": "New modem activation" },
          "resolution": { "summary": "We activated your new modem on our side." },
          "nextSteps": [
            { "owner": "customer", "action": "plug in the new modem", "due": "2027-03-15T09:30:00" }
          ],
          "openItems": [],
          "brand": { "name": "Contoso", "assistantName": "Gracie" }
        }
        """;

    private readonly string _samples = Directory.CreateTempSubdirectory("graciousbot-togo-samples-").FullName;

    public BotHostFactory Host { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public HeadlessChromium Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_samples, "1-modem.json"), Sample);
        Host = new BotHostFactory()
            .With("WebChat:SamplesPath", _samples)
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<IVariantPicker>(new FirstVariantPicker())));
        BaseUrl = Host.StartOnLoopback();
        Chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Directory.Delete(_samples, recursive: true);
    }
}

/// <summary>
/// A customer closes a case in Web Chat, accepts the calendar reminder the to-go box offers and downloads the .ics from
/// the chat; the file is read back with Ical.Net and its time checked in the customer's time zone.
/// </summary>
public sealed class ToGoBrowserTests(ToGoBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<ToGoBrowserFixture>
{
    [Fact]
    public async Task AcceptedReminder_DownloadsFromTheChat_AsAnIcsInTheCustomersZone()
    {
        var page = await fixture.Chromium.NewPageAsync();
        try
        {
            var chat = new WebChatPage(page);
            await chat.OpenAsync(fixture.BaseUrl);
            await chat.StartCaseAsync("New modem activation");

            await chat.WaitForBotMessageAsync("Did that resolve your issue?");
            await chat.ClickSuggestedActionAsync("Yes");
            await chat.WaitForBotMessageAsync("Is there anything else I can help you with today?");
            await chat.SendAsync("no thanks");
            await chat.WaitForBotMessageAsync("Please rate us from 1 (poor) to 5 (excellent).");
            await chat.ClickSuggestedActionAsync("5");
            await chat.WaitForBotMessageAsync("like to tell us?");
            await chat.SendAsync("all good");

            await chat.WaitForBotMessageAsync("calendar reminder");
            await chat.ClickSuggestedActionAsync("Yes, please");
            await chat.WaitForBotMessageAsync("open it to add it to your calendar");

            // Web Chat shows the attachment (in its own bubble under the text) as a file with a download link.
            var link = page.Locator("a.webchat__fileContent__buttonLink").Last;
            await HeadlessChromium.ScreenshotAsync(page, "togo-reminder-download");
            Assert.Equal("reminder.ics", await link.GetAttributeAsync("download"));
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal("reminder.ics", download.SuggestedFilename);
            var saved = Path.Combine(TestArtifacts.Directory, "togo-reminder.ics");
            await download.SaveAsAsync(saved);
            output.WriteLine("downloaded: " + saved);

            var calendar = Calendar.Load(await File.ReadAllTextAsync(saved))!;
            var reminder = Assert.Single(calendar.Events);
            Assert.Equal("Reminder: plug in the new modem", reminder.Summary);
            Assert.Equal("America/New_York", reminder.DtStart!.TzId);
            Assert.Equal(new DateTime(2027, 3, 15, 9, 30, 0), reminder.DtStart.Value);
            Assert.Equal(new DateTime(2027, 3, 15, 13, 30, 0, DateTimeKind.Utc), reminder.DtStart.AsUtc); // EDT, UTC-4
            Assert.Contains(calendar.TimeZones, z => z.TzId == "America/New_York");

            await chat.WaitForBotMessageAsync("Thank you, Jordan");
            output.WriteLine("screenshot: " + await HeadlessChromium.ScreenshotAsync(page, "togo-reminder-download"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
