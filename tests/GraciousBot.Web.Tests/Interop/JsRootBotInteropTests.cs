using System.Net;
using System.Text.Json;
using GraciousBot.Testing.Peers;
using GraciousBot.Wire.Schema;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Interop;

/// <summary>
/// The wire path between a root bot built with the official JS SDK (SkillDialog, CloudSkillHandler, CloudAdapter, all
/// anonymous) and our host running a small test skill. Each test starts its own root process, host and user channel.
/// </summary>
public sealed class JsRootBotInteropTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly JsonElement ClosingContext = UserChannel.Json(
        """{"caseId":"case-42","summary":"Order #1234 arrived late; refund issued","customer":{"name":"Ada"},"openItems":[]}""");

    private readonly InteropSkillBot _skill = new();
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private JsRootSession _session = null!;

    private CancellationToken Ct => _timeout.Token;

    private UserChannel User => _session.User;

    public async Task InitializeAsync() => _session = await JsRootSession.StartAsync(_skill, Ct);

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            output.WriteLine("JS root bot log:" + Environment.NewLine + _session.Root.Log);
            output.WriteLine("User channel received:" + Environment.NewLine + User.Describe());
        }

        _timeout.Dispose();
    }

    [Fact]
    public async Task StartEvent_SkillAsksThenEnds_RootRelaysMessageAndReportsCodeAndResult()
    {
        var start = await _session.SendAsync(User.Event("startClosing", ClosingContext), Ct);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        var begin = await _skill.WaitForTurnAsync(a => a.IsType(ActivityTypes.Event));
        AssertSkillCall(begin.Incoming, "closeConversation", expectReplies: false);
        Assert.True(JsonElement.DeepEquals(ClosingContext, begin.Incoming.Value!.Value));

        await _session.SendAsync(User.Message("no, all good"), Ct);

        var thanks = await User.WaitForMessageAsync(InteropSkillBot.Thanks, cancellationToken: Ct);
        var ended = await User.WaitForMessageAsync(JsRootSession.SkillEndedText, cancellationToken: Ct);
        Assert.Equal(User.Conversation.Id, thanks.Conversation?.Id);
        AssertEnded(ended, InteropSkillBot.Result("no, all good"));
        var answer = await _skill.WaitForTurnAsync(a => a.IsType(ActivityTypes.Message));
        Assert.Null(answer.Incoming.DeliveryMode);
    }

    [Fact]
    public async Task StartEventWithExpectReplies_EndOfConversationTravelsInHttpResponse_RootReportsCodeAndResult()
    {
        var value = UserChannel.Json("""{"caseId":"case-42","__expectReplies":true}""");
        await _session.SendAsync(User.Event("startClosing", value), Ct);
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        var begin = await _skill.WaitForTurnAsync(a => a.IsType(ActivityTypes.Event));
        AssertSkillCall(begin.Incoming, "closeConversation", expectReplies: true);
        Assert.True(JsonElement.DeepEquals(UserChannel.Json("""{"caseId":"case-42"}"""), begin.Incoming.Value!.Value));

        await _session.SendAsync(User.Message("that's all"), Ct);
        var ended = await User.WaitForMessageAsync(JsRootSession.SkillEndedText, cancellationToken: Ct);
        AssertEnded(ended, InteropSkillBot.Result("that's all"));

        var answer = await _skill.WaitForTurnAsync(a => a.IsType(ActivityTypes.Message));
        Assert.Equal(DeliveryModes.ExpectReplies, answer.Incoming.DeliveryMode);
        Assert.Contains(answer.Sent, a => a.IsType(ActivityTypes.EndOfConversation));

        // Nothing went through the root's skill host: every reply came back in the HTTP responses.
        Assert.DoesNotContain("/api/skills/", _session.Root.Log, StringComparison.Ordinal);
        Assert.Single(User.Activities, a => a.Text == InteropSkillBot.Thanks);
    }

    [Fact]
    public async Task StartInvoke_SkillDialogSendsInvokeWithExpectReplies_FlowCompletes()
    {
        var start = await _session.SendAsync(User.Invoke("startClosingInvoke", ClosingContext), Ct);
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        var begin = await _skill.WaitForTurnAsync(a => a.IsType(ActivityTypes.Invoke));
        AssertSkillCall(begin.Incoming, "closeConversation", expectReplies: true);
        Assert.True(JsonElement.DeepEquals(ClosingContext, begin.Incoming.Value!.Value));

        // The skill's invoke response reaches the root (SkillDialog relays it), which answers the user's invoke with it.
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.True(JsonElement.DeepEquals(InteropSkillBot.InvokeAccepted, start.Json!.Value), start.Body);

        await _session.SendAsync(User.Message("done"), Ct);
        var ended = await User.WaitForMessageAsync(JsRootSession.SkillEndedText, cancellationToken: Ct);
        AssertEnded(ended, InteropSkillBot.Result("done"));
    }

    [Fact(Skip = "Host gap: under expectReplies MessagesEndpoint drops the invoke response (no invokeResponse activity in the body); un-skip once fixed.")]
    public async Task StartInvoke_HostAnswersInvokeUnderExpectReplies_RootGetsSkillInvokeResponse()
    {
        _skill.WorkAroundDroppedInvokeResponse = false;

        var start = await _session.SendAsync(User.Invoke("startClosingInvoke", ClosingContext), Ct);

        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, start.Status); // today: 501, the SDK root found no invokeResponse activity
        Assert.True(JsonElement.DeepEquals(InteropSkillBot.InvokeAccepted, start.Json!.Value), start.Body);
    }

    [Fact]
    public async Task CancelSkill_MidFlow_SkillReceivesEndOfConversationFromParentAndSendsNothing()
    {
        await _session.SendAsync(User.Event("startClosing", ClosingContext), Ct);
        await User.WaitForMessageAsync(InteropSkillBot.Question, cancellationToken: Ct);

        await _session.SendAsync(User.Message("cancel skill"), Ct);
        await User.WaitForMessageAsync(JsRootSession.CancelledText, cancellationToken: Ct);

        var cancelled = await _skill.WaitForTurnAsync(a => a.IsType(ActivityTypes.EndOfConversation));
        Assert.Equal(RoleTypes.Skill, cancelled.Incoming.Recipient?.Role);
        Assert.Equal(User.Conversation.Id, cancelled.Incoming.RelatesTo?.Conversation?.Id);
        Assert.Empty(cancelled.Sent);

        // Bounded grace period: nothing more may reach the user from the skill, and the root reports no ending.
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        Assert.DoesNotContain(User.Activities, a => a.Text is InteropSkillBot.Thanks or JsRootSession.SkillEndedText);
        Assert.Equal(InteropSkillBot.Question, User.Activities.Last(a => a.Text != JsRootSession.CancelledText).Text);
        Assert.DoesNotContain(_skill.Turns, t => t.Incoming.IsType(ActivityTypes.Message));

        // The root no longer routes to the skill.
        await _session.SendAsync(User.Message("hello?"), Ct);
        await User.WaitForMessageAsync("ROOT: no active skill", cancellationToken: Ct);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task HandoffInitiate_FromSkill_ReachesUserChannelWithValueAndAttachments(bool expectReplies)
    {
        var value = UserChannel.Json($$"""{"handoff":true,"caseId":"case-42","__expectReplies":{{(expectReplies ? "true" : "false")}}}""");
        await _session.SendAsync(User.Event("startClosing", value), Ct);

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
