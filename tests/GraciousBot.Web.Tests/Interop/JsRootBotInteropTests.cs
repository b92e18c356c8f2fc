using System.Net;
using System.Text.Json;
using GraciousBot.Testing.Peers;
using GraciousBot.Wire.Schema;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Interop;

/// <summary>One JS SDK root, our host and the test skill, shared by the interop tests (node takes a moment to start).</summary>
public sealed class JsRootFixture : IAsyncLifetime
{
    public InteropSkillBot Skill { get; } = new();

    public JsRootSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Session = await JsRootSession.StartAsync(Skill, timeout.Token);
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
/// The wire path between a root bot built with the official JS SDK (SkillDialog, CloudSkillHandler, CloudAdapter, all
/// anonymous) and our host running a small test skill. The root and host are shared; each test has its own user
/// conversation (and so its own skill conversation).
/// </summary>
public sealed class JsRootBotInteropTests(JsRootFixture fixture, ITestOutputHelper output) : IClassFixture<JsRootFixture>, IAsyncLifetime
{
    private static readonly JsonElement ClosingContext = UserChannel.Json(
        """{"caseId":"case-42","summary":"Order #1234 arrived late; refund issued","customer":{"name":"Ada"},"openItems":[]}""");

    private readonly InteropSkillBot _skill = fixture.Skill;
    private readonly JsRootSession _session = fixture.Session;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(20));
    private UserChannel _user = null!;
    private int _logStart;

    private CancellationToken Ct => _timeout.Token;

    private UserChannel User => _user;

    public async Task InitializeAsync()
    {
        _logStart = _session.Root.Log.Length;
        _user = await _session.OpenUserChannelAsync();
    }

    public async Task DisposeAsync()
    {
        await _user.DisposeAsync();
        output.WriteLine("JS root bot log (this test):" + Environment.NewLine + _session.Root.Log[_logStart..]);
        output.WriteLine("User channel received:" + Environment.NewLine + User.Describe());
        _timeout.Dispose();
    }

    /// <summary>Posts as this test's user.</summary>
    private Task<RootAnswer> SendAsync(Activity activity) => _session.SendAsync(User, activity, Ct);

    /// <summary>Waits for a skill turn of this test's conversation.</summary>
    private Task<SkillTurn> SkillTurnAsync(Func<Activity, bool> predicate) =>
        _skill.WaitForTurnAsync(a => a.RelatesTo?.Conversation?.Id == User.Conversation.Id && predicate(a));

    [Fact]
    public async Task StartEvent_SkillAsksThenEnds_RootRelaysMessageAndReportsCodeAndResult()
    {
        var start = await SendAsync(User.Event("startClosing", ClosingContext));
        Assert.Equal(HttpStatusCode.OK, start.Status);
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        var begin = await SkillTurnAsync(a => a.IsType(ActivityTypes.Event));
        AssertSkillCall(begin.Incoming, "closeConversation", expectReplies: false);
        Assert.True(JsonElement.DeepEquals(ClosingContext, begin.Incoming.Value!.Value));

        await SendAsync(User.Message("no, all good"));

        var thanks = await User.WaitForMessageAsync(InteropSkillBot.Thanks, cancellationToken: Ct);
        var ended = await User.WaitForMessageAsync(JsRootSession.SkillEndedText, cancellationToken: Ct);
        Assert.Equal(User.Conversation.Id, thanks.Conversation?.Id);
        AssertEnded(ended, InteropSkillBot.Result("no, all good"));
        var answer = await SkillTurnAsync(a => a.IsType(ActivityTypes.Message));
        Assert.Null(answer.Incoming.DeliveryMode);
    }

    [Fact]
    public async Task StartEventWithExpectReplies_EndOfConversationTravelsInHttpResponse_RootReportsCodeAndResult()
    {
        var value = UserChannel.Json("""{"caseId":"case-42","__expectReplies":true}""");
        await SendAsync(User.Event("startClosing", value));
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        var begin = await SkillTurnAsync(a => a.IsType(ActivityTypes.Event));
        AssertSkillCall(begin.Incoming, "closeConversation", expectReplies: true);
        Assert.True(JsonElement.DeepEquals(UserChannel.Json("""{"caseId":"case-42"}"""), begin.Incoming.Value!.Value));

        await SendAsync(User.Message("that's all"));
        var ended = await User.WaitForMessageAsync(JsRootSession.SkillEndedText, cancellationToken: Ct);
        AssertEnded(ended, InteropSkillBot.Result("that's all"));

        var answer = await SkillTurnAsync(a => a.IsType(ActivityTypes.Message));
        Assert.Equal(DeliveryModes.ExpectReplies, answer.Incoming.DeliveryMode);
        Assert.Contains(answer.Sent, a => a.IsType(ActivityTypes.EndOfConversation));

        // Nothing went through the root's skill host: every reply came back in the HTTP responses.
        Assert.DoesNotContain("/api/skills/v3/conversations/" + answer.Incoming.Conversation!.Id, _session.Root.Log, StringComparison.Ordinal);
        Assert.Single(User.Activities, a => a.Text == InteropSkillBot.Thanks);
    }

    [Fact]
    public async Task StartInvoke_SkillDialogSendsInvokeWithExpectReplies_FlowCompletes()
    {
        var start = await SendAsync(User.Invoke("startClosingInvoke", ClosingContext));
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        var begin = await SkillTurnAsync(a => a.IsType(ActivityTypes.Invoke));
        AssertSkillCall(begin.Incoming, "closeConversation", expectReplies: true);
        Assert.True(JsonElement.DeepEquals(ClosingContext, begin.Incoming.Value!.Value));

        // The skill's invoke response reaches the root (SkillDialog relays it), which answers the user's invoke with it.
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.True(JsonElement.DeepEquals(InteropSkillBot.InvokeAccepted, start.Json!.Value), start.Body);

        await SendAsync(User.Message("done"));
        var ended = await User.WaitForMessageAsync(JsRootSession.SkillEndedText, cancellationToken: Ct);
        AssertEnded(ended, InteropSkillBot.Result("done"));
    }

    [Fact]
    public async Task StartInvoke_HostAnswersInvokeUnderExpectReplies_RootGetsSkillInvokeResponse()
    {

        var start = await SendAsync(User.Invoke("startClosingInvoke", ClosingContext));

        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.True(JsonElement.DeepEquals(InteropSkillBot.InvokeAccepted, start.Json!.Value), start.Body);
    }

    [Fact]
    public async Task CancelSkill_MidFlow_SkillReceivesEndOfConversationFromParentAndSendsNothing()
    {
        await SendAsync(User.Event("startClosing", ClosingContext));
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        await SendAsync(User.Message("cancel skill"));
        await User.WaitForMessageAsync(JsRootSession.CancelledText, cancellationToken: Ct);

        var cancelled = await SkillTurnAsync(a => a.IsType(ActivityTypes.EndOfConversation));
        Assert.Equal(RoleTypes.Skill, cancelled.Incoming.Recipient?.Role);
        Assert.Equal(User.Conversation.Id, cancelled.Incoming.RelatesTo?.Conversation?.Id);
        Assert.Empty(cancelled.Sent);

        // Bounded grace period: nothing more may reach the user from the skill, and the root reports no ending.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.DoesNotContain(User.Activities, a => a.Text is InteropSkillBot.Thanks or JsRootSession.SkillEndedText);
        Assert.Equal(InteropSkillBot.Question, User.Activities.Last(a => a.Text != JsRootSession.CancelledText).Text);
        Assert.DoesNotContain(_skill.Turns, t => t.Incoming.IsType(ActivityTypes.Message) && t.Incoming.RelatesTo?.Conversation?.Id == User.Conversation.Id);

        // The root no longer routes to the skill.
        await SendAsync(User.Message("hello?"));
        await User.WaitForMessageAsync("ROOT: no active skill", cancellationToken: Ct);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task HandoffInitiate_FromSkill_ReachesUserChannelWithValueAndAttachments(bool expectReplies)
    {
        var value = UserChannel.Json($$"""{"handoff":true,"caseId":"case-42","__expectReplies":{{(expectReplies ? "true" : "false")}}}""");
        await SendAsync(User.Event("startClosing", value));

        var handoff = await User.WaitForEventAsync(HandoffEventNames.Initiate, cancellationToken: Ct);
        Assert.Equal(User.Conversation.Id, handoff.Conversation?.Id);
        var context = handoff.Value!.Value;
        Assert.Equal("customerAsked", context.GetProperty("reason").GetString());
        Assert.Equal("Late order, customer wants a human", context.GetProperty("summary").GetString());
        Assert.Equal("case-42", context.GetProperty("context").GetProperty("caseId").GetString());
        var transcript = Assert.Single(handoff.Attachments!);
        Assert.Equal(ContentTypes.Json, transcript.ContentType);
        Assert.Equal("Transcript", transcript.Name);
        Assert.True(JsonElement.DeepEquals(InteropSkillBot.TranscriptContent, transcript.Content!.Value));
    }

    private void AssertSkillCall(Activity incoming, string name, bool expectReplies)
    {
        Assert.Equal(name, incoming.Name);
        Assert.Equal(RoleTypes.Skill, incoming.Recipient?.Role);
        Assert.Equal(User.Conversation.Id, incoming.RelatesTo?.Conversation?.Id);
        Assert.NotEqual(User.Conversation.Id, incoming.Conversation?.Id);
        Assert.StartsWith(_session.Root.SkillHostEndpoint, incoming.ServiceUrl, StringComparison.Ordinal);
        Assert.Equal(expectReplies ? DeliveryModes.ExpectReplies : null, incoming.DeliveryMode);
    }

    private static void AssertEnded(Activity ended, JsonElement expectedResult)
    {
        var value = ended.Value!.Value;
        Assert.Equal(EndOfConversationCodes.CompletedSuccessfully, value.GetProperty("code").GetString());
        Assert.True(JsonElement.DeepEquals(expectedResult, value.GetProperty("result")), value.GetRawText());
    }
}
