using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Runtime.Templates;
using GraciousBot.Testing.Peers;
using GraciousBot.Web.Tests.Skill;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Interop;

/// <summary>One JS SDK root and our host running the REAL closing skill (first wording variant), shared by the tests.</summary>
public sealed class ClosingSkillFixture : IAsyncLifetime
{
    public JsRootSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Session = await JsRootSession.StartAsync(
            bot: null,
            timeout.Token,
            host => host.WithServices(s => s.Replace(ServiceDescriptor.Singleton<IVariantPicker>(new FirstVariantPicker()))));
    }

    public async Task DisposeAsync()
    {
        if (Session is not null)
        {
            await Session.DisposeAsync();
        }
    }
}

/// <summary>
/// The official JS SDK root bot (botbuilder 4.23: SkillDialog, CloudSkillHandler, CloudAdapter, anonymous) calls the
/// real GraciousBot closing skill over HTTP on 127.0.0.1, as a support team's existing bot would. Each test has its own
/// Web Chat user conversation (so its own skill conversation) and its own customer id (so its own user memory).
/// </summary>
public sealed class ClosingSkillInteropTests(ClosingSkillFixture fixture, ITestOutputHelper output) : IClassFixture<ClosingSkillFixture>, IAsyncLifetime
{
    private const string RouterContext = GraciousBot.Testing.SampleContexts.Router;

    private const string Confirm = "Did that resolve your issue?";
    private const string Glad = "I'm really glad that's sorted.";
    private const string OpenItem = "I can see you also have \"Refund for the October invoice\" open. Would you like help with that now?";
    private const string Rating = "How did we do today at Contoso? Please rate us from 1 (poor) to 5 (excellent).";
    private const string CommentAsk = "Thank you! Is there anything you'd like to tell us? You can also skip this.";
    private const string Goodbye = "Thank you, Dana, for getting in touch. We really appreciate your 12 years with us. If you need anything else, we're always here to help.";
    private const string Sorry = "I'm sorry it isn't fixed yet.";
    private const string Connecting = "I'm connecting you with a member of our team. They'll see everything we've talked about, so you won't need to repeat yourself.";
    private const string Connected = "You're now connected with our team. They'll take it from here.";

    private readonly JsRootSession _session = fixture.Session;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private readonly ChannelAccount _customer = ChannelAccount.Of("customer-" + Guid.NewGuid().ToString("N")[..8], "Dana", RoleTypes.User);
    private UserChannel _user = null!;
    private int _logStart;

    private CancellationToken Ct => _timeout.Token;

    private UserChannel User => _user;

    public async Task InitializeAsync()
    {
        _logStart = _session.Root.Log.Length;
        _user = await UserChannel.StartAsync(ChannelIds.WebChat);
    }

    public async Task DisposeAsync()
    {
        output.WriteLine("JS root bot log (this test):" + Environment.NewLine + _session.Root.Log[_logStart..]);
        output.WriteLine("User channel received:" + Environment.NewLine + User.Describe());
        await _user.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task StartEvent_RealSkill_RunsToGoodbyeAndRootGetsSchemaValidResult()
    {
        var start = await SendAsync(Event("startClosing", RouterContext));

        Assert.Equal(HttpStatusCode.OK, start.Status);
        var result = await RunHappyPathAsync();
        Assert.Contains("/api/skills/v3/conversations/", RootLog(), StringComparison.Ordinal);
        await AssertCompletedAsync(result);
    }

    [Fact]
    public async Task StartEventWithExpectReplies_RealSkill_EverythingTravelsInHttpResponses()
    {
        await SendAsync(Event("startClosing", WithExpectReplies(RouterContext)));

        var result = await RunHappyPathAsync();
        await AssertCompletedAsync(result);

        // Every reply, the endOfConversation included, came back in the HTTP answers: nothing went to the skill host.
        Assert.Contains("deliveryMode=expectReplies", RootLog(), StringComparison.Ordinal);
        Assert.DoesNotContain("/api/skills/v3/conversations/", RootLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartInvoke_RealSkill_RootAnswersTheInvokeAndTheFlowCompletes()
    {
        var start = await SendAsync(Invoke("startClosingInvoke", RouterContext));

        // The skill accepted the invoke (200); the SDK's SkillDialog answered the user's invoke with that response.
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("-> skill invoke closeConversation deliveryMode=expectReplies", RootLog(), StringComparison.Ordinal);
        var result = await RunHappyPathAsync();
        await AssertCompletedAsync(result);
    }

    [Fact]
    public async Task RootCancelsMidFlow_RealSkill_EndsSilently()
    {
        await SendAsync(Event("startClosing", RouterContext));
        await WaitForMessageAsync(Confirm);
        await SendAsync(Message("yes"));
        await WaitForMessageAsync(OpenItem);

        var beforeCancel = _session.Root.Log.Length;
        var received = User.Activities.Count;
        await SendAsync(Message("cancel skill"));
        await WaitForMessageAsync(JsRootSession.CancelledText);

        // The SDK told the skill (endOfConversation from the parent); bounded grace period for anything late.
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        var afterCancel = _session.Root.Log[beforeCancel..];
        Assert.Contains("-> skill endOfConversation", afterCancel, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/skills/v3/conversations/", afterCancel, StringComparison.Ordinal);
        var since = User.Activities.Skip(received).ToList();
        Assert.True(since.Count == 1 && since[0].Text == JsRootSession.CancelledText, $"Only the root's own note should follow the cancel:{Environment.NewLine}{User.Describe()}");

        // The root no longer routes to the skill.
        await SendAsync(Message("hello?"));
        await WaitForMessageAsync("ROOT: no active skill");
        Assert.DoesNotContain(User.Activities, a => a.Text == JsRootSession.SkillEndedText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NotResolved_RealSkill_HandoffReachesUserChannelAndHubAcceptanceEndsSkill(bool expectReplies)
    {
        var context = expectReplies ? WithExpectReplies(RouterContext) : RouterContext;
        await SendAsync(Event("startClosing", context));
        await WaitForMessageAsync(Confirm);

        await SendAsync(Message("no, it's still dropping every hour"));

        await WaitForMessageAsync(Sorry);
        var handoff = await User.WaitForEventAsync(HandoffEventNames.Initiate, cancellationToken: Ct);
        await WaitForMessageAsync(Connecting);
        Assert.Equal(User.Conversation.Id, handoff.Conversation?.Id);

        var value = handoff.Value!.Value;
        Assert.Equal("notResolved", value.GetProperty("reason").GetString());
        var summary = value.GetProperty("summary").GetString();
        Assert.Contains("T-1042", summary, StringComparison.Ordinal);
        Assert.Contains("not resolved", summary, StringComparison.Ordinal);
        Assert.Equal("c-123", value.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal("Dana Reyes", value.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("T-1042", value.GetProperty("case").GetProperty("id").GetString());
        Assert.Equal("Router keeps dropping Wi-Fi", value.GetProperty("case").GetProperty("title").GetString());
        Assert.Equal("en-GB", value.GetProperty("language").GetString());

        var transcript = Assert.Single(handoff.Attachments!);
        Assert.Equal(ContentTypes.Json, transcript.ContentType);
        Assert.Equal("Transcript", transcript.Name);
        var activities = transcript.Content!.Value.GetProperty("activities").EnumerateArray().ToList();
        var texts = activities.Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : null).ToList();
        Assert.Equal("My wifi keeps dropping, card on file is •••• 1111 if you need it", texts[0]);
        Assert.Equal("Let me check your router.", texts[1]);
        Assert.Contains(Confirm, texts);
        Assert.Contains("no, it's still dropping every hour", texts);
        Assert.Contains(Sorry, texts);
        Assert.DoesNotContain("4111 1111 1111 1111", transcript.Content.Value.GetRawText(), StringComparison.Ordinal);

        // The hub (here: through the user's channel) answers; the root forwards the event to the active skill.
        await SendAsync(Event(HandoffEventNames.Status, """{"state":"accepted"}"""));

        await WaitForMessageAsync(Connected);
        var ended = await WaitForMessageAsync(JsRootSession.SkillEndedText);
        var result = AssertEndedWith(ended, EndOfConversationCodes.CompletedSuccessfully);
        await ClosingResultSchema.AssertValidAsync(result);
        Assert.Equal("handoff", result.GetProperty("outcome").GetString());
        Assert.Equal("denied", result.GetProperty("resolution").GetString());
        Assert.True(JsonElement.DeepEquals(UserChannel.Json("""{"reason":"notResolved","state":"accepted","fallback":"none"}"""), result.GetProperty("handoff")), result.GetRawText());
        Assert.Contains($"-> skill event {HandoffEventNames.Status}", RootLog(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The whole closing as the customer sees it through the root: recap card, the questions in order, the goodbye by
    /// name, then the root's report. Returns the result the root received.
    /// </summary>
    private async Task<JsonElement> RunHappyPathAsync()
    {
        var recap = await User.WaitForAsync(a => a.Attachments?.Any(c => c.ContentType == ContentTypes.AdaptiveCard) == true, cancellationToken: Ct);
        Assert.Contains("ship a replacement power adapter", recap.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        var confirm = await WaitForMessageAsync(Confirm);
        Assert.Equal(["Yes", "No"], confirm.SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty).ToArray() ?? []);

        await SendAsync(Message("yep, all good now thanks!"));
        await WaitForMessageAsync(OpenItem);
        await SendAsync(Message("no thanks"));
        await WaitForMessageAsync(Rating);
        await SendAsync(Message("5"));
        await WaitForMessageAsync(CommentAsk);
        await SendAsync(Message("skip"));
        await WaitForMessageAsync(Goodbye);
        var ended = await WaitForMessageAsync(JsRootSession.SkillEndedText);

        // Exactly these, in this order, and nothing else from the skill.
        var said = User.Activities.Where(a => a.IsType(ActivityTypes.Message) && a.Attachments is not { Count: > 0 }).Select(a => a.Text).ToList();
        Assert.Equal([Confirm, Glad, OpenItem, Rating, CommentAsk, Goodbye, JsRootSession.SkillEndedText], said);
        var cards = User.Activities.Select((a, index) => (a, index)).Where(x => x.a.Attachments is { Count: > 0 }).ToList();
        Assert.Equal(0, Assert.Single(cards).index);
        return AssertEndedWith(ended, EndOfConversationCodes.CompletedSuccessfully);
    }

    private static async Task AssertCompletedAsync(JsonElement result)
    {
        await ClosingResultSchema.AssertValidAsync(result);
        Assert.Equal("completed", result.GetProperty("outcome").GetString());
        Assert.Equal("confirmed", result.GetProperty("resolution").GetString());
        Assert.Equal(5, result.GetProperty("rating").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("comment").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("nextItemId").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("handoff").ValueKind);
    }

    private static JsonElement AssertEndedWith(Activity ended, string code)
    {
        var value = ended.Value!.Value;
        Assert.Equal(code, value.GetProperty("code").GetString());
        return value.GetProperty("result");
    }

    private string RootLog() => _session.Root.Log[_logStart..];

    private Task<Activity> WaitForMessageAsync(string text) => User.WaitForMessageAsync(text, cancellationToken: Ct);

    /// <summary>Posts as this test's customer, in British English.</summary>
    private Task<RootAnswer> SendAsync(Activity activity) =>
        _session.SendAsync(User, activity with { From = activity.From ?? _customer, Locale = activity.Locale ?? "en-GB" }, Ct);

    /// <summary>The JS root's switch: this context, sent to the skill with deliveryMode expectReplies.</summary>
    private static string WithExpectReplies(string contextJson)
    {
        var context = JsonNode.Parse(contextJson)!.AsObject();
        context["__expectReplies"] = true;
        return context.ToJsonString();
    }

    private static Activity Message(string text) => Activity.Message(text);

    private static Activity Event(string name, string valueJson) => Activity.Event(name, UserChannel.Json(valueJson));

    private static Activity Invoke(string name, string valueJson) => new() { Type = ActivityTypes.Invoke, Name = name, Value = UserChannel.Json(valueJson) };
}
