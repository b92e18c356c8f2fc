using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraciousBot.Testing;
using GraciousBot.Testing.Auth;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>
/// The real host on a real socket with authentication on, a <see cref="TokenAuthority"/> for keys and tokens, a
/// <see cref="CaptureServer"/> as the channel's (or calling bot's) connector, and a <see cref="ScriptedBot"/> that
/// counts turns and remembers the callerId each turn saw.
/// </summary>
public class AuthenticatedHost : IAsyncLifetime
{
    /// <summary>GraciousBot's own app id in these tests.</summary>
    public const string BotAppId = "6a1f3c9e-2b4d-4e8f-9a7c-1d2e3f4a5b6c";

    /// <summary>A root bot on Skill:AllowedCallers.</summary>
    public const string CallerAppId = "0c4a11e5-7b2d-4f3e-8a9c-5d6e7f8a9b0c";

    /// <summary>A bot with valid tokens that is not on the list.</summary>
    public const string StrangerAppId = "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public ScriptedBot Bot { get; } = new();

    /// <summary>The callerId of every turn that reached the bot.</summary>
    public ConcurrentQueue<string?> CallerIds { get; } = new();

    public TokenAuthority Authority { get; private set; } = null!;

    public CaptureServer Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public virtual async Task InitializeAsync()
    {
        Authority = await TokenAuthority.StartAsync();
        Channel = await CaptureServer.StartAsync("/amer/");
        Bot.OnMessage = (turn, _) =>
        {
            CallerIds.Enqueue(turn.Activity.CallerId);
            turn.Send(Activity.Message($"echo: {turn.Text}"));
            return Task.CompletedTask;
        };
        Host = Configure(Authority.Configure(new BotHostFactory().WithBot(Bot), BotAppId, allowedCallers: [CallerAppId]));
        BaseUrl = Host.StartOnLoopback();
    }

    /// <summary>Extra settings for a derived fixture.</summary>
    protected virtual BotHostFactory Configure(BotHostFactory host) => host;

    public virtual async Task DisposeAsync()
    {
        _http.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Authority.DisposeAsync();
    }

    public Activity Message(string text = "hello", string channelId = ChannelIds.WebChat, string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = serviceUrl ?? Channel.ServiceUrl,
        From = ChannelAccount.Of("user-1", "Dana", RoleTypes.User),
        Recipient = ChannelAccount.Of("bot-1", "GraciousBot", RoleTypes.Bot),
        Conversation = ConversationAccount.Of("conv-" + Guid.NewGuid().ToString("N")[..8]),
        Text = text,
        Locale = "en-GB",
        CallerId = "urn:botframework:aadappid:forged-by-the-sender",
    };

    /// <summary>POSTs the activity to /api/messages over the socket with this Authorization header (or none).</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BaseUrl + "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity, AuthenticationHeaderValue header) => PostAsync(activity, header.ToString());

    public static string Bearer(string token) => "Bearer " + token;
}
