using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraciousBot.Web.Tests.DirectLine;

/// <summary>A conversation as the client got it.</summary>
internal sealed record DlConversation(string ConversationId, string Token, int ExpiresIn, string? StreamUrl);

/// <summary>One GET of activities (or one stream frame).</summary>
internal sealed record DlActivitySet(IReadOnlyList<JsonObject> Activities, string? Watermark);

/// <summary>Direct Line 3.0 over real HTTP, shaped like the calls botframework-directlinejs makes.</summary>
internal sealed class DirectLineTestClient(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl + "/v3/directline/"), Timeout = TimeSpan.FromSeconds(20) };

    public HttpClient Http => _http;

    public async Task<DlConversation> GenerateAsync(string? userId = null)
    {
        using var response = await _http.PostAsync("tokens/generate", Json(userId is null ? "{}" : new JsonObject { ["user"] = new JsonObject { ["id"] = userId } }.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadConversationAsync(response);
    }

    public async Task<DlConversation> StartAsync(string? token = null, string userId = "user-1", string locale = "en-GB")
    {
        using var response = await SendAsync(HttpMethod.Post, "conversations", token ?? "undefined", new JsonObject { ["user"] = new JsonObject { ["id"] = userId }, ["locale"] = locale }.ToJsonString());
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"start answered {(int)response.StatusCode}");
        return await ReadConversationAsync(response);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.TryAddWithoutValidation("x-ms-bot-agent", "DirectLine/3.0 (directlinejs 0.15.5; WebChat/4.18.1 (Full))");
        request.Headers.TryAddWithoutValidation("X-Requested-With", "XMLHttpRequest");
        if (body is not null)
        {
            request.Content = Json(body);
        }

        return _http.SendAsync(request);
    }

    /// <summary>Posts a Web Chat-shaped message; returns the response (the caller checks and disposes it).</summary>
    public Task<HttpResponseMessage> PostMessageAsync(DlConversation conversation, string text, string clientActivityId, string userId = "user-1") =>
        SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", conversation.Token, WebChatMessage(text, clientActivityId, userId));

    public async Task<string> PostMessageIdAsync(DlConversation conversation, string text, string clientActivityId)
    {
        using var response = await PostMessageAsync(conversation, text, clientActivityId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["id"]!.GetValue<string>();
    }

    public async Task<DlActivitySet> GetActivitiesAsync(DlConversation conversation, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ParseSet(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls until the conversation holds at least <paramref name="count"/> activities after the watermark.</summary>
    public async Task<DlActivitySet> WaitForActivitiesAsync(DlConversation conversation, int count, string? watermark = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var set = await GetActivitiesAsync(conversation, watermark);
            if (set.Activities.Count >= count || DateTime.UtcNow > deadline)
            {
                return set;
            }

            await Task.Delay(50);
        }
    }

    public static async Task<ClientWebSocket> ConnectStreamAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return socket;
    }

    /// <summary>The next text frame ("" for a keep-alive), or null when the server closed the stream.</summary>
    public static async Task<string?> ReceiveFrameAsync(WebSocket socket, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public static DlActivitySet ParseSet(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var activities = node["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.True(node["watermark"] is null || node["watermark"]!.GetValueKind() == JsonValueKind.String, "the watermark is a string");
        return new DlActivitySet(activities, node["watermark"]?.GetValue<string>());
    }

    /// <summary>What Web Chat 4.18 posts for a typed message.</summary>
    public static string WebChatMessage(string text, string clientActivityId, string userId = "user-1") => new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "", ["role"] = "user" },
        ["locale"] = "en-GB",
        ["localTimestamp"] = "2026-11-23T08:00:00.000+00:00",
        ["localTimezone"] = "Europe/London",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId, ["attachmentSizes"] = new JsonArray() },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true, ["supportsListening"] = true, ["supportsTts"] = true }),
    }.ToJsonString();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<DlConversation> ReadConversationAsync(HttpResponseMessage response)
    {
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new DlConversation(
            node["conversationId"]!.GetValue<string>(),
            node["token"]!.GetValue<string>(),
            node["expires_in"]!.GetValue<int>(),
            node["streamUrl"]?.GetValue<string>());
    }

    public void Dispose() => _http.Dispose();
}
