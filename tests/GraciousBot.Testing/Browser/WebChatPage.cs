using System.Diagnostics;
using Microsoft.Playwright;

namespace GraciousBot.Testing.Browser;

/// <summary>
/// The local demo page (<c>/</c>) as a customer uses it: pick a sample case or a free chat, type into Web Chat's send
/// box, click suggested actions, read the bot's messages. Selectors are Web Chat 4.18's own.
/// </summary>
public sealed class WebChatPage(IPage page)
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string UserBubble = ".webchat__bubble.webchat__bubble--from-user";
    private const string SuggestedAction = ".webchat__suggested-action";

    public IPage Page { get; } = page;

    /// <summary>Opens the page; <paramref name="transport"/> "polling" makes Web Chat poll instead of using a WebSocket.</summary>
    public async Task OpenAsync(string baseUrl, string transport = "websocket")
    {
        var url = baseUrl.TrimEnd('/') + "/" + (transport == "polling" ? "?transport=polling" : string.Empty);
        await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await Page.WaitForFunctionAsync("() => !!window.WebChat");
    }

    /// <summary>Starts a free chat (no closing context) and waits until Direct Line is online.</summary>
    public async Task StartFreeChatAsync()
    {
        await Page.ClickAsync("#free-chat");
        await WaitOnlineAsync();
    }

    /// <summary>Starts the sample case whose launcher title contains <paramref name="title"/>.</summary>
    public async Task StartCaseAsync(string title)
    {
        await Page.Locator("button.case").Filter(new LocatorFilterOptions { HasText = title }).First.ClickAsync();
        await WaitOnlineAsync();
    }

    /// <summary>Waits until Direct Line is online and Web Chat no longer shows its "Connecting…" notice.</summary>
    public async Task WaitOnlineAsync()
    {
        await Page.WaitForSelectorAsync("body[data-connection='online'] " + SendBox, new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await Page.WaitForFunctionAsync("() => !Array.from(document.querySelectorAll('.webchat__connectivityStatus')).some(e => /connecting/i.test(e.textContent || ''))");
    }

    /// <summary>Types a message and presses Enter; returns a stopwatch started at the key press.</summary>
    public async Task<Stopwatch> SendAsync(string text)
    {
        var box = Page.Locator(SendBox);
        await box.FillAsync(text);
        var sent = Stopwatch.StartNew();
        await box.PressAsync("Enter");
        return sent;
    }

    /// <summary>Waits for a bot message containing <paramref name="text"/>.</summary>
    public async Task<ILocator> WaitForBotMessageAsync(string text, float timeoutMs = 15_000)
    {
        var message = BotMessages.Filter(new LocatorFilterOptions { HasText = text }).Last;
        await message.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = timeoutMs });
        return message;
    }

    /// <summary>Waits for the user's own message, shown once Direct Line echoed it back.</summary>
    public async Task WaitForUserMessageAsync(string text, float timeoutMs = 15_000) =>
        await Page.Locator(UserBubble).Filter(new LocatorFilterOptions { HasText = text }).Last
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = timeoutMs });

    /// <summary>Clicks the suggested action with this title (shown under the bot's last message).</summary>
    public async Task ClickSuggestedActionAsync(string title) =>
        await Page.Locator(SuggestedAction).Filter(new LocatorFilterOptions { HasText = title }).First.ClickAsync();

    public ILocator BotMessages => Page.Locator(BotBubble);

    /// <summary>The text of every bot message so far, in order.</summary>
    public async Task<IReadOnlyList<string>> BotMessageTextsAsync() => [.. await BotMessages.AllInnerTextsAsync()];
}
