using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Runtime.Templates;
using GraciousBot.Testing;
using GraciousBot.Web.Tests.Skill;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Web.Tests.Closing;

/// <summary>
/// The real closing skill through <c>POST /api/messages</c> with normal delivery: the host's real DI graph, a capture
/// server on 127.0.0.1 as the channel (or hub) the replies are posted to, a fixed clock and the first wording variant.
/// What is asserted is what goes over the wire.
/// </summary>
public sealed class ClosingHttpTests : IAsyncLifetime
{
    private const string RouterContext = SampleContexts.Router;

    private const string MinimalContext = """{ "customer": { "name": "Lee" }, "case": { "title": "Password reset" } }""";

    private const string Goodbye = "Thank you, Dana, for getting in touch. We really appreciate your 12 years with us. If you need anything else, we're always here to help.";

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly string _conversationId = "http-conv-" + Guid.NewGuid().ToString("N")[..12];
    private readonly ChannelAccount _user = ChannelAccount.Of("user-" + Guid.NewGuid().ToString("N")[..8], "Dana", RoleTypes.User);
    private readonly ChannelAccount _bot = ChannelAccount.Of("graciousbot", "GraciousBot", RoleTypes.Skill);
    private CaptureServer _channel = null!;
    private BotHostFactory? _host;
    private HttpClient? _client;
    private int _ids;

    public async Task InitializeAsync() => _channel = await CaptureServer.StartAsync("/hub");

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task CloseConversation_WholeFlowOverHttp_EndOfConversationConformsToSchemaAndCarriesTheAnswers()
    {
        StartHost();

        var start = await SendAsync(Event("closeConversation", RouterContext));
        Assert.Equal(2, start.Count);
        var recap = start[0].Activity!;
        var card = Assert.Single(recap.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Contains("We'll ship a replacement power adapter by Friday.", ChatTranscript.Strings(card.Content!.Value));
        AssertQuestion(start[1], "Did that resolve your issue?", "Yes", "No");
        Assert.All(start, r => Assert.Equal($"/hub/v3/conversations/{_conversationId}/activities/in-1", r.Path));

        var resolved = await SendAsync(Message("yep, all good now thanks!"));
        Assert.Equal(["I'm really glad that's sorted.", "I can see you also have \"Refund for the October invoice\" open. Would you like help with that now?"], Texts(resolved));
        AssertQuestion(resolved[1], resolved[1].Activity!.Text!, "Refund for the October invoice", "No, that's all");

        var noMore = await SendAsync(Message("no thanks"));
        AssertQuestion(Assert.Single(noMore), "How did we do today at Contoso? Please rate us from 1 (poor) to 5 (excellent).", "1", "2", "3", "4", "5");

        var rated = await SendAsync(Message("4"));
        Assert.Equal(["Thank you! Is there anything you'd like to tell us? You can also skip this."], Texts(rated));

        var last = await SendAsync(Message("The engineer on the phone was quick"));
        Assert.Equal(3, last.Count);
        Assert.Equal("Thank you, I've passed that on to the team.", last[0].Activity!.Text);
        Assert.Equal(Goodbye, last[1].Activity!.Text);

        var end = AssertEnd(last[2], EndOfConversationCodes.CompletedSuccessfully);
        await ClosingResultSchema.AssertValidAsync(end.Value);
        var value = end.Value!.Value;
        Assert.Equal("completed", value.GetProperty("outcome").GetString());
        Assert.Equal("confirmed", value.GetProperty("resolution").GetString());
        Assert.Equal(4, value.GetProperty("rating").GetInt32());
        Assert.Equal("The engineer on the phone was quick", value.GetProperty("comment").GetString());
        Assert.Equal(JsonValueKind.Null, value.GetProperty("nextItemId").ValueKind);
        Assert.Equal(JsonValueKind.Null, value.GetProperty("handoff").ValueKind);
        Assert.Equal(JsonValueKind.Object, value.GetProperty("signOff").ValueKind);
    }

    [Fact]
    public async Task NotResolved_HandoffInitiate_HasTheShapeAHubExpects()
    {
        StartHost();
        await SendAsync(Event("closeConversation", RouterContext));

        var denied = await SendAsync(Message("no, it's still dropping every hour, and you charged my card 5500-0000-0000-0004 twice"));

        Assert.Equal(3, denied.Count);
        Assert.Equal("I'm sorry it isn't fixed yet.", denied[0].Activity!.Text);
        Assert.Equal("I'm connecting you with a member of our team. They'll see everything we've talked about, so you won't need to repeat yourself.", denied[2].Activity!.Text);
        Assert.Null(denied[2].Activity!.ChannelData);

        var request = denied[1];
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/hub/v3/conversations/{_conversationId}/activities/in-2", request.Path);
        var handoff = JsonDocument.Parse(request.Body).RootElement;

        // The activity: an event named handoff.initiate in the customer's conversation, addressed like any reply.
        Assert.Equal("event", handoff.GetProperty("type").GetString());
        Assert.Equal("handoff.initiate", handoff.GetProperty("name").GetString());
        Assert.Equal(_conversationId, handoff.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("en-GB", handoff.GetProperty("locale").GetString());
        Assert.Equal(ChannelIds.WebChat, handoff.GetProperty("channelId").GetString());
        Assert.Equal(_bot.Id, handoff.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(_user.Id, handoff.GetProperty("recipient").GetProperty("id").GetString());
        Assert.False(handoff.TryGetProperty("serviceUrl", out _), "A bot does not set serviceUrl on what it sends.");
        Assert.False(handoff.TryGetProperty("text", out _), "The handoff event carries no text.");

        // The value: everything the person taking over needs, with the documented names and types.
        var context = handoff.GetProperty("value");
        Assert.Equal("notResolved", String(context, "reason"));
        var summary = String(context, "summary");
        Assert.Contains("T-1042", summary, StringComparison.Ordinal);
        Assert.Contains("Router keeps dropping Wi-Fi", summary, StringComparison.Ordinal);
        Assert.Contains("not resolved", summary, StringComparison.Ordinal);
        Assert.Contains("ship a replacement power adapter", summary, StringComparison.Ordinal);
        var customer = context.GetProperty("customer");
        Assert.Equal("c-123", String(customer, "id"));
        Assert.Equal("Dana Reyes", String(customer, "name"));
        Assert.Equal("en-GB", String(customer, "locale"));
        Assert.Equal("Europe/London", String(customer, "timeZone"));
        Assert.Equal("2014-03-01", String(customer, "customerSince"));
        Assert.Equal("T-1042", String(context.GetProperty("case"), "id"));
        Assert.Equal("Router keeps dropping Wi-Fi", String(context.GetProperty("case"), "title"));
        Assert.Equal("We updated the router firmware and moved it to a clearer Wi-Fi channel.", String(context, "resolution"));
        Assert.Equal("denied", String(context, "resolutionConfirmed"));
        var steps = context.GetProperty("nextSteps");
        Assert.Equal(JsonValueKind.Array, steps.ValueKind);
        Assert.Equal(2, steps.GetArrayLength());
        Assert.Equal("us", String(steps[0], "owner"));
        Assert.Equal("ship a replacement power adapter", String(steps[0], "action"));
        Assert.Equal("2026-11-27", String(steps[0], "due"));
        Assert.Equal("customer", String(steps[1], "owner"));
        var openItem = Assert.Single(context.GetProperty("openItems").EnumerateArray());
        Assert.Equal("T-1077", String(openItem, "id"));
        Assert.Equal("Refund for the October invoice", String(openItem, "title"));
        Assert.Equal("en-GB", String(context, "language"));
        var sentiment = context.GetProperty("sentiment");
        Assert.Equal(JsonValueKind.Number, sentiment.GetProperty("frustration").ValueKind);
        Assert.InRange(sentiment.GetProperty("frustration").GetDouble(), 0, 1);
        foreach (var flag in new[] { "abusive", "shouting", "complaints" })
        {
            Assert.True(sentiment.GetProperty(flag).ValueKind is JsonValueKind.True or JsonValueKind.False, $"sentiment.{flag} should be a boolean");
        }

        // The transcript: one JSON attachment named Transcript, the caller's part first, then ours; card numbers masked.
        var attachment = Assert.Single(handoff.GetProperty("attachments").EnumerateArray());
        Assert.Equal(ContentTypes.Json, String(attachment, "contentType"));
        Assert.Equal("Transcript", String(attachment, "name"));
        Assert.False(attachment.TryGetProperty("contentUrl", out _), "Never both content and contentUrl.");
        var activities = attachment.GetProperty("content").GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal("My wifi keeps dropping, card on file is •••• 1111 if you need it", String(activities[0], "text"));
        Assert.Equal("Let me check your router.", String(activities[1], "text"));
        var ours = activities.Skip(2).ToList();
        Assert.Contains(ours, a => a.TryGetProperty("attachments", out var cards) && cards.GetArrayLength() > 0);
        Assert.Contains(ours, a => Text(a) == "Did that resolve your issue?");
        Assert.Contains(ours, a => Text(a) == "no, it's still dropping every hour, and you charged my card •••• 0004 twice"
            && a.GetProperty("from").GetProperty("role").GetString() == RoleTypes.User);
        Assert.Contains(ours, a => Text(a) == "I'm sorry it isn't fixed yet." && a.GetProperty("from").GetProperty("role").GetString() == RoleTypes.Bot);
        foreach (var leaked in new[] { "4111 1111 1111 1111", "4111111111111111", "5500-0000-0000-0004", "5500000000000004" })
        {
            Assert.DoesNotContain(leaked, request.Body, StringComparison.Ordinal);
        }

        // The hub accepts: the skill ends with the handover recorded.
        var accepted = await SendAsync(Event(HandoffEventNames.Status, """{"state":"accepted"}"""));
        Assert.Equal("You're now connected with our team. They'll take it from here.", accepted[0].Activity!.Text);
        var end = AssertEnd(accepted[^1], EndOfConversationCodes.CompletedSuccessfully);
        await ClosingResultSchema.AssertValidAsync(end.Value);
        Assert.True(JsonElement.DeepEquals(
            Json("""{"reason":"notResolved","state":"accepted","fallback":"none"}"""),
            end.Value!.Value.GetProperty("handoff")), end.Value.Value.GetRawText());
        Assert.Equal("handoff", end.Value.Value.GetProperty("outcome").GetString());
        Assert.Equal("denied", end.Value.Value.GetProperty("resolution").GetString());
    }

    /// <summary>Regression: the handoff context once copied the caller's free text (resolution, titles) unmasked.</summary>
    [Fact]
    public async Task NotResolved_CardNumberInCallerContext_IsMaskedEverywhereInTheHandoff()
    {
        StartHost(host => host.With("Handoff:Omnichannel", "true"));
        var context = RouterContext.Replace(
            "moved it to a clearer Wi-Fi channel.",
            "moved it to a clearer Wi-Fi channel; refunded to card 4111 1111 1111 1111.",
            StringComparison.Ordinal);
        await SendAsync(Event("closeConversation", context));

        var denied = await SendAsync(Message("no, it's still dropping every hour"));

        var initiate = denied.Single(r => r.Activity!.Name == HandoffEventNames.Initiate);
        Assert.Contains("•••• 1111", String(JsonDocument.Parse(initiate.Body).RootElement.GetProperty("value"), "summary"), StringComparison.Ordinal);
        foreach (var request in denied)
        {
            Assert.DoesNotContain("4111 1111 1111 1111", request.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Omnichannel_On_ConnectingMessageCarriesEscalateTagsAsJsonString()
    {
        StartHost(host => host.With("Handoff:Omnichannel", "true"));
        await SendAsync(Event("closeConversation", RouterContext));

        var denied = await SendAsync(Message("no, it's still dropping every hour"));

        var initiate = JsonDocument.Parse(denied.Single(r => r.Activity!.Name == HandoffEventNames.Initiate).Body).RootElement;
        var connecting = JsonDocument.Parse(denied.Single(r => r.Activity!.IsType(ActivityTypes.Message) && r.Activity.ChannelData is not null).Body).RootElement;
        Assert.Equal("message", connecting.GetProperty("type").GetString());
        Assert.StartsWith("I'm connecting you with a member of our team.", connecting.GetProperty("text").GetString(), StringComparison.Ordinal);

        var tags = connecting.GetProperty("channelData").GetProperty("tags");
        Assert.Equal(JsonValueKind.String, tags.ValueKind);
        var escalate = JsonDocument.Parse(tags.GetString()!).RootElement;
        Assert.Equal("Escalate", escalate.GetProperty("type").GetString());
        var context = escalate.GetProperty("context");
        Assert.Equal("notResolved", String(context, "reason"));
        Assert.Equal("Dana Reyes", String(context.GetProperty("customer"), "name"));
        Assert.True(JsonElement.DeepEquals(initiate.GetProperty("value"), context), $"The Omnichannel context should be the handoff context.{Environment.NewLine}tags: {tags.GetString()}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeleteUserData_AfterARating_SurveyCooldownNoLongerApplies(bool deleteUserData)
    {
        StartHost();
        await CompleteMinimalClosingAsync(ratingAsked: true, "Thank you, Lee, for getting in touch. If you need anything else, we're always here to help. Have a great day!");

        if (deleteUserData)
        {
            var deleted = await SendAsync(new Activity { Type = ActivityTypes.DeleteUserData });
            Assert.Empty(deleted);
        }

        // Same customer, a new closing: within the cooldown they are not asked again and get a different goodbye;
        // after deleteUserData nothing about them is remembered.
        await CompleteMinimalClosingAsync(
            ratingAsked: deleteUserData,
            deleteUserData
                ? "Thank you, Lee, for getting in touch. If you need anything else, we're always here to help. Have a great day!"
                : "Thanks so much for your time today, Lee. If anything else comes up, just get in touch and we'll be happy to help. Take care, and have a lovely day!");
    }

    public static TheoryData<string> MalformedContexts() => new()
    {
        // Wrong types at the top level, in every field.
        """{"customer":"Dana","case":42,"resolution":["fixed"],"nextSteps":{"action":"x"},"openItems":"T-1","transcript":"hello","notes":7,"brand":true}""",
        // Wrong types inside every field.
        """
        {
          "customer": { "id": {}, "name": [], "locale": 17, "timeZone": false, "customerSince": "yesterday-ish" },
          "case": { "id": [1], "title": { "t": "x" } },
          "resolution": { "summary": { "text": "fixed" } },
          "nextSteps": [ 1, "ship it", null, { "owner": 3, "action": ["x"], "due": true }, { "action": "call you", "due": "not a date" } ],
          "openItems": [ { "id": 1 }, { "title": "no id" }, "T-3", null ],
          "transcript": [ 1, "two", null, [] ],
          "notes": [ 1, {}, null ],
          "brand": { "name": { "n": 5 }, "assistantName": [] }
        }
        """,
        // Not an object at all.
        "\"please close\"",
        "[1,2,3]",
        "12",
        "null",
    };

    [Theory]
    [MemberData(nameof(MalformedContexts))]
    public async Task CloseConversation_MalformedContext_StillClosesPolitely(string context)
    {
        StartHost();

        var start = await SendAsync(Event("closeConversation", context));
        Assert.DoesNotContain(start, r => r.Activity!.IsType(ActivityTypes.EndOfConversation));
        AssertQuestion(start[^1], "Did that resolve your issue?", "Yes", "No");

        Assert.Equal(["I'm really glad that's sorted.", "Is there anything else I can help you with today?"], Texts(await SendAsync(Message("yes"))));
        Assert.Equal(["How did we do today? Please rate us from 1 (poor) to 5 (excellent)."], Texts(await SendAsync(Message("no"))));
        await SendAsync(Message("5"));
        var last = await SendAsync(Message("skip"));
        Assert.Equal("Thank you for getting in touch. If you need anything else, we're always here to help. Have a great day!", last[0].Activity!.Text);
        var end = AssertEnd(last[^1], EndOfConversationCodes.CompletedSuccessfully);
        await ClosingResultSchema.AssertValidAsync(end.Value);
    }

    /// <summary>Regression: a number where the schema wants a string was once spoken ("I'm really glad that's sorted, 5.").</summary>
    [Fact]
    public async Task CloseConversation_NumberAsCustomerName_IsSkippedNotSpoken()
    {
        StartHost();

        await SendAsync(Event("closeConversation", """{"customer":{"name":5},"case":{"title":7}}"""));
        Assert.Equal(["I'm really glad that's sorted.", "Is there anything else I can help you with today?"], Texts(await SendAsync(Message("yes"))));
        await SendAsync(Message("no"));
        await SendAsync(Message("5"));
        var last = await SendAsync(Message("skip"));

        Assert.Equal("Thank you for getting in touch. If you need anything else, we're always here to help. Have a great day!", last[0].Activity!.Text);
    }

    [Fact]
    public async Task CloseConversationInvoke_MalformedContext_AnswersWithRepliesNot500()
    {
        StartHost();
        var invoke = Address(new Activity { Type = ActivityTypes.Invoke, Name = "closeConversation", Value = Json("""{"customer":[],"nextSteps":"soon"}"""), DeliveryMode = DeliveryModes.ExpectReplies });

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), WireJsonContext.Default.ExpectedReplies)!;
        Assert.Contains(body.Activities, a => a.Text == "Did that resolve your issue?");
        var invokeResponse = Assert.Single(body.Activities, a => a.IsType(ActivityTypes.InvokeResponse));
        Assert.Equal(200, invokeResponse.Value!.Value.GetProperty("status").GetInt32());
        Assert.DoesNotContain(body.Activities, a => a.IsType(ActivityTypes.EndOfConversation));
        Assert.Empty(_channel.Requests);
    }

    private async Task CompleteMinimalClosingAsync(bool ratingAsked, string goodbye)
    {
        var start = await SendAsync(Event("closeConversation", MinimalContext));
        AssertQuestion(Assert.Single(start), "Did that resolve your issue?", "Yes", "No");
        await SendAsync(Message("yes"));
        var noMore = await SendAsync(Message("no"));

        List<CapturedRequest> last;
        if (ratingAsked)
        {
            Assert.Equal(["How did we do today? Please rate us from 1 (poor) to 5 (excellent)."], Texts(noMore));
            await SendAsync(Message("5"));
            last = [.. await SendAsync(Message("skip"))];
        }
        else
        {
            last = [.. noMore];
        }

        Assert.Equal(goodbye, last[0].Activity!.Text);
        var end = AssertEnd(last[^1], EndOfConversationCodes.CompletedSuccessfully);
        await ClosingResultSchema.AssertValidAsync(end.Value);
        if (ratingAsked)
        {
            Assert.Equal(5, end.Value!.Value.GetProperty("rating").GetInt32());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, end.Value!.Value.GetProperty("rating").ValueKind);
        }
    }

    private void StartHost(Action<BotHostFactory>? configure = null)
    {
        _host = new BotHostFactory()
            .WithClock(new FakeTimeProvider(Now))
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<IVariantPicker>(new FirstVariantPicker())));
        configure?.Invoke(_host);
        _client = _host.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(15);
    }

    private Activity Address(Activity activity) => activity with
    {
        Id = activity.Id ?? $"in-{++_ids}",
        ChannelId = ChannelIds.WebChat,
        ServiceUrl = activity.DeliveryMode == DeliveryModes.ExpectReplies ? null : _channel.ServiceUrl,
        Conversation = ConversationAccount.Of(_conversationId),
        From = _user,
        Recipient = _bot,
        Locale = "en-GB",
        Timestamp = Now,
    };

    private Activity Message(string text) => Address(Activity.Message(text));

    private Activity Event(string name, string valueJson) => Address(Activity.Event(name, Json(valueJson)));

    private async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        using var content = new StringContent(JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json");
        return await _client!.PostAsync("/api/messages", content);
    }

    /// <summary>Posts with normal delivery; returns what the bot posted to the channel during that turn.</summary>
    private async Task<IReadOnlyList<CapturedRequest>> SendAsync(Activity activity)
    {
        var before = _channel.Requests.Count;
        using var response = await PostAsync(Address(activity));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/messages ({activity.Type} {activity.Name}) answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return [.. _channel.Requests.Skip(before)];
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static List<string?> Texts(IEnumerable<CapturedRequest> requests) => [.. requests.Select(r => r.Activity!.Text)];

    private static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>A string property: present, and a JSON string.</summary>
    private static string String(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"'{name}' is missing in {element.GetRawText()}");
        Assert.True(value.ValueKind == JsonValueKind.String, $"'{name}' should be a string but is {value.ValueKind}: {value.GetRawText()}");
        return value.GetString()!;
    }

    private static void AssertQuestion(CapturedRequest request, string text, params string[] actions)
    {
        var question = request.Activity!;
        Assert.Equal(text, question.Text);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        Assert.Equal(actions, question.SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty).ToArray() ?? []);
    }

    private Activity AssertEnd(CapturedRequest request, string code)
    {
        var end = request.Activity!;
        Assert.Equal(ActivityTypes.EndOfConversation, end.Type);
        Assert.Equal(code, end.Code);
        Assert.Equal("en-GB", end.Locale);
        Assert.Equal(_conversationId, end.Conversation?.Id);
        return end;
    }
}
