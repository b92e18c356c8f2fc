using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraciousBot.Testing;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.Endpoints;

/// <summary>Every HTTP outcome of POST /api/messages, over real HTTP, with a capture server as the channel's connector.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly ScriptedBot _bot = new();
    private CaptureServer _channel = null!;
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _channel = await CaptureServer.StartAsync("/teams/emea");
        _host = new BotHostFactory().WithBot(_bot);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private Activity Message(string text, string? id = null, string conversationId = "conv-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = ChannelIds.WebChat,
        ServiceUrl = _channel.ServiceUrl,
        From = ChannelAccount.Of("user-1", "Dana", RoleTypes.User),
        Recipient = ChannelAccount.Of("bot-1", "GraciousBot", RoleTypes.Bot),
        Conversation = ConversationAccount.Of(conversationId),
        Text = text,
        Locale = "en-GB",
    };

    private Task<HttpResponseMessage> PostAsync(Activity activity) =>
        _client.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json") =>
        _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, contentType));

    [Fact]
    public async Task Message_NormalDelivery_ReplyIsPostedToServiceUrlAsReplyToTheActivity()
    {
        var incoming = Message("hello", id: "act:1", conversationId: "19:abc@thread.tacv2;messageid=9");

        var response = await PostAsync(incoming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_channel.Requests);
        Assert.Equal("/teams/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D9/activities/act%3A1", request.Path);
        var reply = request.Activity!;
        Assert.Equal("echo: hello", reply.Text);
        Assert.Equal("act:1", reply.ReplyToId);
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Null(reply.ServiceUrl);
    }

    [Fact]
    public async Task Message_ExpectReplies_RepliesInBodyAndNoConnectorCall()
    {
        var incoming = Message("hello") with { DeliveryMode = DeliveryModes.ExpectReplies, ServiceUrl = null };

        var response = await PostAsync(incoming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), WireJsonContext.Default.ExpectedReplies)!;
        Assert.Equal("echo: hello", Assert.Single(body.Activities).Text);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task Invoke_WithHandler_AnswersWithItsStatusAndBody()
    {
        var invoke = Message(string.Empty) with { Type = ActivityTypes.Invoke, Name = "echo", Text = null, Value = JsonDocument.Parse("""{"x":1}""").RootElement };

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"x":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_WithoutHandler_Is501()
    {
        var invoke = Message(string.Empty) with { Type = ActivityTypes.Invoke, Name = "composeExtension/query", Text = null };

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("installationUpdate")]
    [InlineData("somethingNewFromTheFuture")]
    public async Task UnknownActivityType_Is200AndIgnored(string type)
    {
        var response = await PostAsync(Message("hi") with { Type = type });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_channel.Requests);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task WrongContentType_Is415(string contentType)
    {
        var response = await PostRawAsync("""{"type":"message"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BodyOver256Kb_Is413()
    {
        var huge = Message(new string('x', 300 * 1024));

        var response = await PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task ChunkedBodyOver256Kb_Is413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('y', 300 * 1024) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;

        var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public static TheoryData<string, string?> BrokenActivities => new()
    {
        { "", null },
        { "not json", null },
        { "{", null },
        { "[]", null },
        { "null", null },
        { "42", null },
        { "\"message\"", null },
        { """{}""", "type" },
        { """{"type":""}""", "type" },
        { """{"type":"message"}""", "conversation.id" },
        { """{"type":"message","conversation":{}}""", "conversation.id" },
        { """{"type":"message","conversation":{"id":"  "}}""", "conversation.id" },
        { """{"type":"message","conversation":{"id":"c"}}""", "serviceUrl" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"not a url"}""", "serviceUrl" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"ftp://x/"}""", "serviceUrl" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"file:///etc/passwd"}""", "serviceUrl" },
        { """{"type":42,"conversation":{"id":"c"},"serviceUrl":"https://x/"}""", "type" },
        { """{"type":"message","conversation":"c","serviceUrl":"https://x/"}""", "conversation" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","timestamp":"yesterday"}""", "timestamp" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","entities":{"a":1}}""", "entities" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","from":[]}""", "from" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","attachments":[1,2]}""", "attachments[0]" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","text":{"nested":true}}""", "text" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","membersAdded":"x"}""", "membersAdded" },
        { new string('[', 100) + new string(']', 100), null },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","channelData":""" + new string('[', 200) + new string(']', 200) + "}", null },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","text":"\uD800"}""", null },
    };

    [Theory]
    [MemberData(nameof(BrokenActivities))]
    public async Task BrokenActivity_Is400WithProblemNamingTheField(string body, string? field)
    {
        var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        if (field is not null)
        {
            Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        }

        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task TurnThatThrows_ApologisesEndsConversationAndClearsState()
    {
        var response = await PostAsync(Message("boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = _channel.Activities;
        Assert.Equal("error", sent[0].Text);
        Assert.Equal(ActivityTypes.EndOfConversation, sent[1].Type);
        Assert.Equal(EndOfConversationCodes.Error, sent[1].Code);
    }

    [Fact]
    public async Task ConnectorRejectsReplies_Is502NotA500()
    {
        _channel.Enqueue(new CannedResponse(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"no"}}"""));

        var response = await PostAsync(Message("hi"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task RedeliveredActivity_IsAppliedOnce()
    {
        var incoming = Message("once", id: "dup-1");

        var first = await PostAsync(incoming);
        var second = await PostAsync(incoming);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, _bot.Turns);
        Assert.Single(_channel.Activities);
    }

    [Fact]
    public async Task ConcurrentPostsToOneConversation_RunOneAtATimeWhileConversationsRunInParallel()
    {
        var active = new ConcurrentDictionary<string, int>();
        var maxConcurrentPerConversation = 0;
        var maxConcurrentOverall = 0;
        var overall = 0;
        _bot.OnMessage = async (turn, ct) =>
        {
            var mine = active.AddOrUpdate(turn.Activity.Conversation!.Id!, 1, (_, n) => n + 1);
            var all = Interlocked.Increment(ref overall);
            InterlockedMax(ref maxConcurrentPerConversation, mine);
            InterlockedMax(ref maxConcurrentOverall, all);
            await Task.Delay(40, ct);
            active.AddOrUpdate(turn.Activity.Conversation!.Id!, 0, (_, n) => n - 1);
            Interlocked.Decrement(ref overall);
            turn.Send(Activity.Message(turn.Text));
        };

        var posts = Enumerable.Range(0, 8).SelectMany(i => new[] { PostAsync(Message($"a{i}", conversationId: "conv-a")), PostAsync(Message($"b{i}", conversationId: "conv-b")) });
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, maxConcurrentPerConversation);
        Assert.True(maxConcurrentOverall >= 2, "turns of different conversations should run in parallel");
        Assert.Equal(16, _channel.Activities.Count);
    }

    [Fact]
    public async Task SequentialPostsToOneConversation_RepliesKeepOrder()
    {
        for (var i = 0; i < 10; i++)
        {
            await PostAsync(Message($"m{i}"));
        }

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"echo: m{i}"), _channel.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task CallerIdFromTheWire_IsNeverTrusted()
    {
        string? seen = "not run";
        _bot.OnMessage = (turn, _) =>
        {
            seen = turn.Activity.CallerId;
            return Task.CompletedTask;
        };

        await PostAsync(Message("hi") with { CallerId = "urn:botframework:aadappid:forged" });

        Assert.Null(seen);
    }

    [Fact]
    public async Task Health_LiveAndReady()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/readyz")).StatusCode);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
