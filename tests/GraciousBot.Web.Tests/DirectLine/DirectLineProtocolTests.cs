using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraciousBot.LocalChannel;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.DirectLine;

/// <summary>
/// The local Direct Line 3.0 endpoint over real HTTP and WebSocket, checked against what
/// botframework-directlinejs 0.15.5 (Web Chat 4.18) needs. The bot is the echo bot, not the closing flow.
/// </summary>
public sealed partial class DirectLineProtocolTests : IAsyncLifetime
{
    private DirectLineHost _host = null!;

    private DirectLineTestClient Client => _host.Client;

    public Task InitializeAsync()
    {
        _host = DirectLineHost.Start(settings: ("DirectLine:KeepAliveInterval", "00:00:01"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartConversation_WithGeneratedToken_Returns201AndDeliversConversationUpdate()
    {
        var generated = await Client.GenerateAsync(userId: "dana");
        using var response = await Client.SendAsync(HttpMethod.Post, "conversations", generated.Token, """{"user":{"id":"dana"},"locale":"en-GB"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(generated.ConversationId, started["conversationId"]!.GetValue<string>());
        Assert.Equal(generated.Token, started["token"]!.GetValue<string>());
        Assert.InRange(started["expires_in"]!.GetValue<int>(), 1700, 1800);
        Assert.StartsWith("ws://127.0.0.1:", started["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Matches(UrlSafe(), generated.ConversationId);

        var update = await WaitForBotAsync(a => a.IsType(ActivityTypes.ConversationUpdate) && a.Conversation?.Id == generated.ConversationId);
        Assert.Equal("webchat", update.ChannelId);
        Assert.Equal("en-GB", update.Locale);
        Assert.Contains(update.MembersAdded!, m => m.Id == "dana");
        Assert.Contains(update.MembersAdded!, m => m.Id == update.Recipient!.Id);
        Assert.Contains("/directline/connector/", update.ServiceUrl, StringComparison.Ordinal);
        Assert.StartsWith(_host.BaseUrl, update.ServiceUrl, StringComparison.Ordinal);

        // Starting again with the same token answers the same conversation and does not greet the bot twice.
        using var again = await Client.SendAsync(HttpMethod.Post, "conversations", generated.Token, "{}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_host.Bot.Received, a => a.IsType(ActivityTypes.ConversationUpdate) && a.Conversation?.Id == generated.ConversationId);
    }

    [Fact]
    public async Task StartConversation_WithoutToken_LikeWebChatSendingBearerUndefined_Starts()
    {
        var conversation = await Client.StartAsync(token: "undefined");

        Assert.Matches(UrlSafe(), conversation.ConversationId);
        Assert.Matches(UrlSafe(), conversation.Token);
        Assert.NotNull(conversation.StreamUrl);
        await WaitForBotAsync(a => a.IsType(ActivityTypes.ConversationUpdate) && a.Conversation?.Id == conversation.ConversationId);
    }

    [Fact]
    public async Task PostActivity_EchoesWithServerIdAndClientActivityId_BeforeTheReplyToIt()
    {
        var conversation = await Client.StartAsync();

        var id = await Client.PostMessageIdAsync(conversation, "hello there", "cid-42");
        var set = await Client.WaitForActivitiesAsync(conversation, 2);

        Assert.Equal(2, set.Activities.Count);
        var (echo, reply) = (set.Activities[0], set.Activities[1]);
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("cid-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("hello there", echo["text"]!.GetValue<string>());
        Assert.Equal("user-1", echo["from"]!["id"]!.GetValue<string>());
        Assert.Null(echo["serviceUrl"]);
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Equal("echo: hello there", reply["text"]!.GetValue<string>());
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        Assert.NotEqual(id, reply["id"]!.GetValue<string>());

        var stamps = set.Activities.Select(a => DateTimeOffset.Parse(a["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(stamps[0] < stamps[1], "one clock stamps every activity, in order");
        Assert.EndsWith("Z", set.Activities[0]["timestamp"]!.GetValue<string>(), StringComparison.Ordinal);

        // The bot got the activity through the normal turn path, with the local serviceUrl and channel.
        var delivered = await WaitForBotAsync(a => a.Id == id);
        Assert.Equal("webchat", delivered.ChannelId);
        Assert.Equal("cid-42", delivered.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Contains("/directline/connector/", delivered.ServiceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watermark_IsAStringAndReturnsOnlyWhatCameAfterIt()
    {
        var conversation = await Client.StartAsync();
        var empty = await Client.GetActivitiesAsync(conversation);
        Assert.Empty(empty.Activities);
        Assert.Equal("0", empty.Watermark);

        await Client.PostMessageIdAsync(conversation, "one", "c1");
        var first = await Client.WaitForActivitiesAsync(conversation, 2);
        Assert.Equal("2", first.Watermark);

        var nothingNew = await Client.GetActivitiesAsync(conversation, first.Watermark);
        Assert.Empty(nothingNew.Activities);
        Assert.Equal(first.Watermark, nothingNew.Watermark);

        await Client.PostMessageIdAsync(conversation, "two", "c2");
        var next = await Client.WaitForActivitiesAsync(conversation, 2, first.Watermark);
        Assert.Equal(["two", "echo: two"], next.Activities.Select(a => a["text"]!.GetValue<string>()));
        Assert.Equal("4", next.Watermark);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("99999999999999999999999")]
    [InlineData("1e3")]
    [InlineData("%00%ff")]
    [InlineData("%20")]
    [InlineData("null")]
    public async Task Polling_WithAGarbageWatermark_Answers200WithTheConversation(string watermark)
    {
        var conversation = await Client.StartAsync();
        await Client.PostMessageIdAsync(conversation, "hi", "c1");

        using var response = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = DirectLineTestClient.ParseSet(await response.Content.ReadAsStringAsync());
        Assert.NotNull(set.Watermark);
        Assert.Equal(2, set.Activities.Count);
    }

    [Fact]
    public async Task Polling_NeverAnswers5xxOr429_EvenWhenFlooded()
    {
        var conversation = await Client.StartAsync();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities?watermark=", conversation.Token);
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Reconnect_ReturnsTokenAndAStreamUrlThatResumesAfterTheWatermark()
    {
        var conversation = await Client.StartAsync();
        await Client.PostMessageIdAsync(conversation, "before", "c1");
        var seen = await Client.WaitForActivitiesAsync(conversation, 2);

        using var response = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}?watermark={seen.Watermark}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnect = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(conversation.ConversationId, reconnect["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(reconnect["token"]!.GetValue<string>()));
        var streamUrl = reconnect["streamUrl"]!.GetValue<string>();
        Assert.Contains($"watermark={seen.Watermark}", streamUrl, StringComparison.Ordinal);

        using var socket = await DirectLineTestClient.ConnectStreamAsync(streamUrl);
        await Client.PostMessageIdAsync(conversation, "after", "c2");
        var texts = await ReadTextsAsync(socket, 2);
        Assert.Equal(["after", "echo: after"], texts);
    }

    [Fact]
    public async Task Stream_SendsHistoryThenNewActivitiesAsFrames_AndEmptyKeepAlives()
    {
        var conversation = await Client.StartAsync();
        await Client.PostMessageIdAsync(conversation, "early", "c0");

        using var socket = await DirectLineTestClient.ConnectStreamAsync(conversation.StreamUrl!);
        var history = await ReadTextsAsync(socket, 2);
        Assert.Equal(["early", "echo: early"], history);

        var post = Client.PostMessageIdAsync(conversation, "streamed", "c-stream");
        var frame = await NextActivityFrameAsync(socket);
        Assert.Equal("streamed", frame.Activities[0]["text"]!.GetValue<string>());
        Assert.Equal("c-stream", frame.Activities[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(frame.Watermark));
        var id = await post;
        Assert.Equal(id, frame.Activities[0]["id"]!.GetValue<string>());

        // The client's own pings are empty messages; they are ignored, and quiet streams get empty frames.
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        var keepAlive = await WaitForKeepAliveAsync(socket);
        Assert.Equal(string.Empty, keepAlive);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Stream_WithABadToken_IsRefusedWith403()
    {
        var conversation = await Client.StartAsync();
        var bad = conversation.StreamUrl!.Replace(conversation.Token, "not-a-token", StringComparison.Ordinal);

        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(bad), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Tokens_AreCheckedOnEveryCall()
    {
        var conversation = await Client.StartAsync();
        var other = await Client.StartAsync(userId: "someone-else");
        var path = $"conversations/{conversation.ConversationId}/activities";

        await AssertErrorAsync(HttpStatusCode.Forbidden, await Client.SendAsync(HttpMethod.Get, path, null));
        await AssertErrorAsync(HttpStatusCode.Forbidden, await Client.SendAsync(HttpMethod.Get, path, "made-up-token"));
        await AssertErrorAsync(HttpStatusCode.Forbidden, await Client.SendAsync(HttpMethod.Get, path, other.Token));
        await AssertErrorAsync(HttpStatusCode.Forbidden, await Client.SendAsync(HttpMethod.Post, path, other.Token, DirectLineTestClient.WebChatMessage("x", "c")));
        await AssertErrorAsync(HttpStatusCode.Forbidden, await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}", other.Token));
        await AssertErrorAsync(HttpStatusCode.Forbidden, await Client.SendAsync(HttpMethod.Post, "tokens/refresh", "made-up-token"));
        await AssertErrorAsync(HttpStatusCode.Forbidden, await Client.SendAsync(HttpMethod.Post, "conversations", "made-up-token", "{}"));
    }

    [Fact]
    public async Task RefreshToken_GivesANewTokenForTheSameConversation()
    {
        var conversation = await Client.StartAsync();

        using var response = await Client.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var token = refreshed["token"]!.GetValue<string>();

        Assert.NotEqual(conversation.Token, token);
        Assert.Equal(conversation.ConversationId, refreshed["conversationId"]!.GetValue<string>());
        var set = await Client.GetActivitiesAsync(conversation with { Token = token });
        Assert.Empty(set.Activities);
    }

    [Fact]
    public async Task UnknownConversation_Is404()
    {
        var conversation = await Client.StartAsync();

        await AssertErrorAsync(HttpStatusCode.NotFound, await Client.SendAsync(HttpMethod.Get, "conversations/nope/activities?watermark=", conversation.Token));
        await AssertErrorAsync(HttpStatusCode.NotFound, await Client.SendAsync(HttpMethod.Post, "conversations/nope/activities", conversation.Token, DirectLineTestClient.WebChatMessage("x", "c")));
        await AssertErrorAsync(HttpStatusCode.NotFound, await Client.SendAsync(HttpMethod.Get, "conversations/nope?watermark=", conversation.Token));
        await AssertErrorAsync(HttpStatusCode.NotFound, await Client.SendAsync(HttpMethod.Get, "conversations/..%2F..%2Fetc/activities", conversation.Token));
    }

    [Fact]
    public async Task PostActivity_TooLargeOrMalformed_IsRefusedWithoutReachingTheBot()
    {
        var conversation = await Client.StartAsync();
        var path = $"conversations/{conversation.ConversationId}/activities";

        await AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, await Client.SendAsync(HttpMethod.Post, path, conversation.Token, DirectLineTestClient.WebChatMessage(new string('x', 160_000), "big")));
        await AssertErrorAsync(HttpStatusCode.BadRequest, await Client.SendAsync(HttpMethod.Post, path, conversation.Token, "{}"));
        await AssertErrorAsync(HttpStatusCode.BadRequest, await Client.SendAsync(HttpMethod.Post, path, conversation.Token, "not json"));
        await AssertErrorAsync(HttpStatusCode.BadRequest, await Client.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/upload?userId=u", conversation.Token, "{}"));

        Assert.Empty((await Client.GetActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task CorsPreflight_AllowsWebChatsHeadersFromThePageOnly()
    {
        var own = Client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "conversations");
        preflight.Headers.Add("Origin", own);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        using var response = await Client.Http.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal(own, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" })
        {
            Assert.Contains(header, allowed, StringComparison.Ordinal);
        }

        // Another site, and another page on this machine (a different loopback port or name), get no CORS grant.
        var otherPort = new UriBuilder(own) { Port = new Uri(own).Port == 5173 ? 5174 : 5173 }.Uri.GetLeftPart(UriPartial.Authority);
        foreach (var origin in new[] { "https://evil.example", otherPort, own.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) })
        {
            using var foreign = new HttpRequestMessage(HttpMethod.Options, "conversations");
            foreign.Headers.Add("Origin", origin);
            foreign.Headers.Add("Access-Control-Request-Method", "POST");
            foreign.Headers.Add("Access-Control-Request-Headers", "authorization");
            using var refused = await Client.Http.SendAsync(foreign);
            Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"), origin);
        }
    }

    [Fact]
    public async Task ServiceUrl_IgnoresASpoofedHostHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "conversations") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Host = "attacker.example:8443";
        using var response = await Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversationId = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["conversationId"]!.GetValue<string>();

        var update = await WaitForBotAsync(a => a.IsType(ActivityTypes.ConversationUpdate) && a.Conversation?.Id == conversationId);

        Assert.StartsWith(_host.BaseUrl + "/directline/connector/", update.ServiceUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("app.localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("[::1]", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("localhost.evil.example", false)]
    [InlineData("", false)]
    public void IsLoopbackHost_AcceptsOnlyLoopbackNames(string host, bool expected) =>
        Assert.Equal(expected, DirectLineUrls.IsLoopbackHost(host));

    [Theory]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://LOCALHOST:3978", true)]
    [InlineData("http://localhost:5173", false)]
    [InlineData("http://127.0.0.1:3978", false)]
    [InlineData("https://localhost:3978", false)]
    [InlineData("https://contoso.example", false)]
    [InlineData("null", false)]
    public void AllowedOrigins_DefaultToThePageItself(string origin, bool expected) =>
        Assert.Equal(expected, LocalChannelCorsPolicyProvider.IsAllowedOrigin(origin, "http://localhost:3978", []));

    [Fact]
    public void AllowedOrigins_WhenConfigured_AreExactlyThoseOrAll()
    {
        Assert.True(LocalChannelCorsPolicyProvider.IsAllowedOrigin("https://support.contoso.example", "http://localhost:3978", ["https://support.contoso.example/"]));
        Assert.False(LocalChannelCorsPolicyProvider.IsAllowedOrigin("http://localhost:5173", "http://localhost:5173", ["https://support.contoso.example"]));
        Assert.True(LocalChannelCorsPolicyProvider.IsAllowedOrigin("https://anything.example", "http://localhost:3978", ["*"]));
    }

    [Fact]
    public async Task LocalConnector_RefusesCallersWithoutTheKey()
    {
        var conversation = await Client.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };

        using var response = await http.PostAsync(
            $"/directline/connector/wrong-key/v3/conversations/{conversation.ConversationId}/activities",
            new StringContent("""{"type":"message","text":"spoofed"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty((await Client.GetActivitiesAsync(conversation)).Activities);
    }

    private async Task<Activity> WaitForBotAsync(Func<Activity, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_host.Bot.Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException("The bot never received the expected activity.");
    }

    private static async Task<List<string>> ReadTextsAsync(WebSocket socket, int count)
    {
        var texts = new List<string>();
        while (texts.Count < count)
        {
            var frame = await NextActivityFrameAsync(socket);
            texts.AddRange(frame.Activities.Select(a => a["text"]!.GetValue<string>()));
        }

        return texts;
    }

    private static async Task<DlActivitySet> NextActivityFrameAsync(WebSocket socket)
    {
        while (true)
        {
            var frame = await DirectLineTestClient.ReceiveFrameAsync(socket, TimeSpan.FromSeconds(10)) ?? throw new Xunit.Sdk.XunitException("The stream closed.");
            if (frame.Length > 0)
            {
                return DirectLineTestClient.ParseSet(frame);
            }
        }
    }

    private static async Task<string> WaitForKeepAliveAsync(WebSocket socket)
    {
        while (true)
        {
            var frame = await DirectLineTestClient.ReceiveFrameAsync(socket, TimeSpan.FromSeconds(5)) ?? throw new Xunit.Sdk.XunitException("The stream closed.");
            if (frame.Length == 0)
            {
                return frame;
            }
        }
    }

    internal static async Task AssertErrorAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(expected, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.False(string.IsNullOrEmpty(body["error"]?["code"]?.GetValue<string>()), "errors carry {error: {code, message}}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex UrlSafe();
}
