using GraciousBot.Closing.Insights;
using GraciousBot.Testing;
using GraciousBot.Testing.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Insights;

/// <summary>
/// A support lead opens /admin/insights in headless Chromium: gives the admin key once, reads the headline rates,
/// the charts drawn by chart.js (served by the app), filters by channel, and downloads nothing they did not ask for.
/// Thirty days of varied closings are seeded straight into the outcome store.
/// </summary>
public sealed class InsightsPageBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Key = "lead-key-123";

    private readonly BotHostFactory _host = new BotHostFactory().With("Admin:ApiKey", Key).With("Insights:KeepComments", "true");
    private readonly List<OutcomeRecord> _seeded = [];
    private string _baseUrl = string.Empty;
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _baseUrl = _host.StartOnLoopback();
        var store = _host.Services.GetRequiredService<IOutcomeStore>();
        foreach (var record in SeedRecords(DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            await store.WriteAsync(record, CancellationToken.None);
            _seeded.Add(record);
        }

        _chromium = await HeadlessChromium.LaunchAsync(output.WriteLine, width: 1360, height: 900);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await _host.DisposeAsync();
    }

    [Fact]
    public async Task SupportLead_GivesTheKeyOnce_ReadsRatesAndCharts_FiltersByChannel()
    {
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync(_baseUrl + "/admin/insights/");

        // The key is asked for; a wrong one is refused and asked for again.
        var dialog = page.Locator("#key-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.FillAsync("#key", "not-the-key");
        await page.ClickAsync("#key-form button[type=submit]");
        await Assertions.Expect(page.Locator("#key-error")).ToBeVisibleAsync();
        await page.FillAsync("#key", Key);
        await page.ClickAsync("#key-form button[type=submit]");

        // Headline rates, each with its definition.
        var cards = page.Locator(".card");
        await Assertions.Expect(cards).ToHaveCountAsync(7);
        var total = _seeded.Count;
        await Assertions.Expect(cards.Nth(0).Locator(".value")).ToHaveTextAsync(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var satisfied = (double)_seeded.Count(r => r.Rating >= 4) / _seeded.Count(r => r.Rating is not null);
        // As the page rounds (JavaScript's Math.round takes a half up; Math.Round's default takes it to even, and the
        // seeded share is a half on some days).
        var shown = Math.Floor((Math.Round(satisfied, 4) * 1000) + 0.5) / 10;
        await Assertions.Expect(cards.Nth(2).Locator(".value")).ToHaveTextAsync($"{shown.ToString(System.Globalization.CultureInfo.InvariantCulture)}%");
        await Assertions.Expect(cards.Nth(1).Locator(".definition")).ToContainTextAsync("Silence is never counted as resolved");

        // The charts are drawn by chart.js, from the bundle the app serves itself.
        foreach (var chart in new[] { "chart-days", "chart-quality", "chart-ratings", "chart-handoffs" })
        {
            Assert.True(await page.EvaluateAsync<bool>($"() => !!Chart.getChart(document.getElementById('{chart}'))"), $"{chart} was not drawn");
        }

        Assert.Equal(30, await page.EvaluateAsync<int>("() => Chart.getChart(document.getElementById('chart-days')).data.labels.length"));

        // Low ratings first among the kept comments.
        var firstComment = page.Locator("#comments li").First;
        await Assertions.Expect(firstComment.Locator(".stars")).ToHaveTextAsync("1★");

        await page.WaitForTimeoutAsync(300);
        output.WriteLine("screenshot: " + await HeadlessChromium.ScreenshotAsync(page, "insights-dashboard"));

        // Filter by channel: the numbers follow.
        await page.SelectOptionAsync("#channel", "msteams");
        await page.ClickAsync("#filters button[type=submit]");
        await Assertions.Expect(cards.Nth(0).Locator(".value")).ToHaveTextAsync(_seeded.Count(r => r.ChannelId == "msteams").ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("on msteams");

        // The key was asked for once: a reload goes straight to the figures.
        await page.ReloadAsync();
        await Assertions.Expect(cards).ToHaveCountAsync(7);
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await page.CloseAsync();
    }

    /// <summary>Thirty days of closings with a realistic mix, the same every run (fixed seed).</summary>
    private static IEnumerable<OutcomeRecord> SeedRecords(DateOnly today)
    {
        var random = new Random(14);
        string[] channels = ["webchat", "webchat", "webchat", "msteams", "msteams", "directline"];
        string[] locales = ["en-GB", "en-GB", "en-US", "es-ES", "fr-FR", "de-DE"];
        string[] reasons = ["notResolved", "notResolved", "requested", "lowRating", "frustration"];
        string[] states = ["accepted", "accepted", "completed", "outsideHours", "failed"];
        string[] kinds = ["birthday", "travel", "newHome", "pet", "wedding"];
        string[] happy = ["Quick and friendly, thank you", "The summary at the end was really helpful", "Lovely to be remembered"];
        string[] unhappy = ["Took far too long to get an answer", "I had to repeat myself twice", "Still not sure the refund is coming"];
        string[] middling = ["Fine", "Okay, a bit slow"];
        for (var day = today.AddDays(-29); day <= today; day = day.AddDays(1))
        {
            var count = 9 + random.Next(12) + (day.DayOfWeek is DayOfWeek.Monday ? 6 : 0);
            for (var i = 0; i < count; i++)
            {
                var roll = random.NextDouble();
                var outcome = roll switch { < 0.58 => "completed", < 0.68 => "nextItem", < 0.73 => "anythingElse", < 0.85 => "handoff", < 0.91 => "cancelled", _ => "abandoned" };
                var resolution = outcome switch { "handoff" => "denied", "cancelled" => "unanswered", "abandoned" => random.NextDouble() < 0.6 ? "abandoned" : "confirmed", _ => random.NextDouble() < 0.9 ? "confirmed" : "unanswered" };
                var asked = outcome is "completed";
                int? rating = asked && random.NextDouble() < 0.72 ? Math.Clamp(5 - (int)Math.Floor(Math.Pow(random.NextDouble(), 2.2) * 5), 1, 5) : null;
                var pool = rating switch { <= 2 => unhappy, 3 => middling, _ => happy };
                var comment = rating is not null && random.NextDouble() < 0.3 ? pool[random.Next(pool.Length)] : null;
                var personal = outcome is "completed" && random.NextDouble() < 0.4;
                yield return new OutcomeRecord
                {
                    Id = $"{day:yyyyMMdd}-{i}",
                    EndedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(8 + random.Next(10), random.Next(60))), TimeSpan.Zero),
                    ChannelId = channels[random.Next(channels.Length)],
                    Locale = locales[random.Next(locales.Length)],
                    Brand = "Contoso",
                    Outcome = outcome,
                    Resolution = resolution,
                    Rating = rating,
                    CommentLeft = comment is not null,
                    Comment = comment,
                    HandoffReason = outcome == "handoff" ? reasons[random.Next(reasons.Length)] : null,
                    HandoffState = outcome == "handoff" ? states[random.Next(states.Length)] : null,
                    DetailKinds = personal ? [kinds[random.Next(kinds.Length)]] : [],
                    Turns = 2 + random.Next(6),
                    Duration = TimeSpan.FromSeconds(40 + random.Next(400)),
                    SurveyAsked = asked,
                    SurveySkipped = outcome is "completed" && !asked,
                };
            }
        }
    }
}
