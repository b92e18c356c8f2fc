using GraciousBot.Testing;
using GraciousBot.Testing.Browser;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.DirectLine;

public sealed class TempClosingFlowProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        await using var factory = new BotHostFactory();
        var baseUrl = factory.StartOnLoopback();
        await using var chromium = await HeadlessChromium.LaunchAsync(output.WriteLine);
        var page = await chromium.NewPageAsync();
        var chat = new WebChatPage(page);
        await chat.OpenAsync(baseUrl, "polling");
        await chat.StartCaseAsync("App stürzt");
        for (var step = 0; step < 6; step++)
        {
            await Task.Delay(2500);
            var actions = await page.Locator(".webchat__suggested-action").AllInnerTextsAsync();
            output.WriteLine($"ACTIONS{step}: " + string.Join(" | ", actions));
            if (actions.Count == 0) break;
            await chat.ClickSuggestedActionAsync(actions[actions.Count > 1 ? 1 : 0]);
        }
        foreach (var t in await chat.BotMessageTextsAsync()) output.WriteLine("BOT: " + t.Replace("\n", " / "));
        await HeadlessChromium.ScreenshotAsync(page, "probe-de");
    }
}
