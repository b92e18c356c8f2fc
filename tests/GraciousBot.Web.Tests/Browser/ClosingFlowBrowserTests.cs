using GraciousBot.Runtime.Templates;
using GraciousBot.Testing;
using GraciousBot.Testing.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Browser;

/// <summary>The real closing skill behind the real page, in headless Chromium.</summary>
public sealed class ClosingFlowBrowserFixture : IAsyncLifetime
{
    public BotHostFactory Host { get; } = new BotHostFactory()
        .WithServices(s => s.Replace(ServiceDescriptor.Singleton<IVariantPicker>(new FirstVariantPicker())));

    public string BaseUrl { get; private set; } = string.Empty;

    public HeadlessChromium Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BaseUrl = Host.StartOnLoopback();
        Chromium = await HeadlessChromium.LaunchAsync();
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
/// A visitor opens the page, starts a sample case and goes through the whole closing as a customer would: clicking
/// suggested actions and typing, to a goodbye that names them. In both Web Chat transports.
/// </summary>
public sealed class ClosingFlowBrowserTests(ClosingFlowBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<ClosingFlowBrowserFixture>
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task SampleCase_ClickAndType_ReachesThePersonalGoodbye(string transport)
    {
        var page = await fixture.Chromium.NewPageAsync();
        try
        {
            var chat = new WebChatPage(page);
            await chat.OpenAsync(fixture.BaseUrl, transport);
            await chat.StartCaseAsync("Router keeps dropping Wi-Fi");

            await chat.WaitForBotMessageAsync("ship a replacement power adapter");
            await chat.WaitForBotMessageAsync("Did that resolve your issue?");
            await chat.ClickSuggestedActionAsync("Yes");

            // Web Chat renders markdown with typographic apostrophes, so the checks avoid them.

            await chat.WaitForBotMessageAsync("really glad that");
            await chat.WaitForBotMessageAsync("Is there anything else I can help you with today?");
            var typed = await chat.SendAsync("no thanks, that's everything");
            await chat.WaitForBotMessageAsync("Please rate us from 1 (poor) to 5 (excellent).");
            typed.Stop();
            output.WriteLine($"[{transport}] Enter to first reply: {typed.Elapsed.TotalMilliseconds:F0} ms");

            await chat.ClickSuggestedActionAsync("5");
            await chat.WaitForBotMessageAsync("like to tell us?");
            await chat.SendAsync("Gracie was lovely");
            await chat.WaitForBotMessageAsync("passed that on to the team");

            // The customer mentioned Lisbon earlier (in the agent's notes): the goodbye remembers it.
            var goodbye = await chat.WaitForBotMessageAsync("Lisbon");
            var text = await goodbye.InnerTextAsync();
            Assert.Contains("Thank you, Dana", text, StringComparison.Ordinal);
            output.WriteLine($"[{transport}] goodbye: {text}");
            output.WriteLine("screenshot: " + await HeadlessChromium.ScreenshotAsync(page, $"closing-flow-{transport}"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
