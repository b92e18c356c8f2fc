using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Testing.Browser;
using GraciousBot.Wire.Schema;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.DirectLine;

/// <summary>One host with the echo bot and one headless Chromium for the browser tests of this class.</summary>
public sealed class BrowserHostFixture : IAsyncLifetime
{
    private readonly List<string> _log = [];

    internal DirectLineHost Host { get; private set; } = null!;

    public HeadlessChromium Chromium { get; private set; } = null!;

    public IReadOnlyList<string> BrowserLog
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public async Task InitializeAsync()
    {
        Host = DirectLineHost.Start();
        Chromium = await HeadlessChromium.LaunchAsync(line =>
        {
            lock (_log)
            {
                _log.Add(line);
            }
        });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        await Host.DisposeAsync();
    }
}

/// <summary>
/// The real page in real headless Chromium: Web Chat from npm, over our Direct Line, in both transports. Prints the
/// time from pressing Enter to the bot's first reply and leaves a screenshot in test-artifacts/.
/// </summary>
public sealed class WebChatBrowserTests(BrowserHostFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserHostFixture>
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task TypedMessage_GetsTheBotsReply(string transport)
    {
        var page = await fixture.Chromium.NewPageAsync();
        try
        {
            var chat = new WebChatPage(page);
            await chat.OpenAsync(fixture.Host.BaseUrl, transport);
            await chat.StartFreeChatAsync();

            var text = $"Hello over {transport}";
            var sent = await chat.SendAsync(text);
            await chat.WaitForBotMessageAsync($"echo: {text}");
            sent.Stop();
            await chat.WaitForUserMessageAsync(text);

            output.WriteLine($"[{transport}] Enter to first reply: {sent.Elapsed.TotalMilliseconds:F0} ms");
            var second = await chat.SendAsync("And once more");
            await chat.WaitForBotMessageAsync("echo: And once more");
            output.WriteLine($"[{transport}] Enter to reply (second message): {second.Elapsed.TotalMilliseconds:F0} ms");

            // The echo carried clientActivityID back, so Web Chat never marks the message as failed.
            Assert.Equal(0, await page.Locator("text=Send failed").CountAsync());
            Assert.Equal(0, await page.Locator(".webchat__activity-status--send-failed, [class*='send-failed']").CountAsync());
            Assert.Equal(transport == "polling" ? "polling" : "WebSocket", await page.InnerTextAsync("#transport-label"));

            var shot = await HeadlessChromium.ScreenshotAsync(page, $"webchat-{transport}");
            output.WriteLine($"[{transport}] screenshot: {shot}");
        }
        finally
        {
            foreach (var line in fixture.BrowserLog)
            {
                output.WriteLine(line);
            }

            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task ChoosingASampleCase_SendsCloseConversationWithItsContext_InTheCustomersLocale()
    {
        var page = await fixture.Chromium.NewPageAsync();
        try
        {
            var chat = new WebChatPage(page);
            await chat.OpenAsync(fixture.Host.BaseUrl);
            await chat.StartCaseAsync("Router keeps dropping Wi-Fi");

            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            Activity? close = null;
            while (close is null && DateTime.UtcNow < deadline)
            {
                close = fixture.Host.Bot.Received.FirstOrDefault(a => a.IsType(ActivityTypes.Event) && a.Name == "closeConversation");
                await Task.Delay(50);
            }

            Assert.NotNull(close);
            Assert.Equal("en-GB", close.Locale);
            Assert.Equal("webchat", close.ChannelId);
            var context = JsonNode.Parse(close.Value!.Value.GetRawText())!;
            Assert.Equal("Dana", context["customer"]!["name"]!.GetValue<string>());
            Assert.Contains("Lisbon", context["notes"]![0]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Object, close.Value.Value.ValueKind);
            Assert.Equal("Router keeps dropping Wi-Fi · Dana", await page.InnerTextAsync("#chat-case"));
            await HeadlessChromium.ScreenshotAsync(page, "webchat-sample-case");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
