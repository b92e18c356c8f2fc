using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Tests.Dialogs;

public sealed class FlowTests
{
    /// <summary>A small survey written as named steps; its step list can be changed to play a deploy.</summary>
    private sealed class SurveyFlow(string[] stepNames) : Flow<SurveyState>, IInterruptible
    {
        public override string Id => "survey";

        protected override IReadOnlyList<FlowStep<SurveyState>> Steps => [.. stepNames.Select(Make)];

        protected override SurveyState Start(DialogContext dc, object? options) => new() { Started = options as string };

        protected override Task OnRestartAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            dc.Turn.Send(Activity.Message("Sorry, I was updated; let's start again."));
            return Task.CompletedTask;
        }

        public async Task<bool> OnInterruptionAsync(DialogContext dc, Interruption interruption, CancellationToken cancellationToken)
        {
            switch (interruption)
            {
                case Interruption.Help:
                    dc.Turn.Send(Activity.Message("help text"));
                    await dc.RepromptAsync(cancellationToken);
                    return true;
                case Interruption.Cancel:
                    await EndWithAsync(dc, s => "cancelled", cancellationToken);
                    return true;
                case Interruption.StartOver:
                    await JumpToAsync(dc, stepNames[0], s => new SurveyState { Started = s.Started }, cancellationToken);
                    return true;
                default:
                    return false;
            }
        }

        private FlowStep<SurveyState> Make(string name) => name switch
        {
            "ask-name" => Step(name, (s, ct) => s.AskAsync("text", DialogHarness.Ask("name?"), ct)),
            "record-name" => Step(name, (s, _) =>
            {
                if (s.Answer<string>() is PromptResult<string>.Answered { Value: var v })
                {
                    s.State = s.State with { Name = v };
                }

                return Task.FromResult(StepOutcome.Next);
            }),
            "ask-city" => Step(name, (s, ct) => s.AskAsync("text", DialogHarness.Ask("city?"), ct)),
            "record-city" => Step(name, (s, _) =>
            {
                s.State = s.State with { City = s.Answer<string>() is PromptResult<string>.Answered { Value: var v } ? v : "(none)" };
                return Task.FromResult(StepOutcome.Next);
            }),
            "greet" => Step(name, (s, _) =>
            {
                s.Send(Activity.Message("hello"));
                return Task.FromResult(StepOutcome.Next);
            }),
            "done" => Step(name, (s, _) =>
            {
                s.Send(Activity.Message($"done: {s.State.Name} from {s.State.City}"));
                return Task.FromResult(StepOutcome.End($"{s.State.Name}/{s.State.City}"));
            }),
            _ => throw new ArgumentException(name),
        };
    }

    private sealed record SurveyState
    {
        public string? Started { get; init; }

        public string? Name { get; init; }

        public string? City { get; init; }
    }

    private static DialogSet Set(params string[] steps) => new DialogSet().Add(new SurveyFlow(steps)).Add(DialogHarness.EchoPrompt());

    private static readonly string[] V1 = ["ask-name", "record-name", "ask-city", "record-city", "done"];

    private static string[] Texts(IReadOnlyList<Activity> replies) => [.. replies.Select(r => r.Type == ActivityTypes.Message ? r.Text! : $"[{r.Type} {r.Code}]")];

    [Fact]
    public async Task Flow_RunsStepsInOrderAcrossTurns_AndEndsWithResult()
    {
        var harness = new DialogHarness(Set(V1), "survey");

        Assert.Equal(["name?"], Texts(await harness.SayAsync("start")));
        Assert.Equal(["city?"], Texts(await harness.SayAsync("Dana")));
        var end = await harness.SayAsync("Lisbon");

        Assert.Equal(["done: Dana from Lisbon", "[endOfConversation completedSuccessfully]"], Texts(end));
        Assert.Equal("\"Dana/Lisbon\"", end[1].Value!.Value.GetRawText());
        Assert.Equal("en-US", end[1].Locale);
    }

    [Fact]
    public async Task Prompt_NotUnderstood_RetriesThenEndsExhausted_NeverLoops()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");

        Assert.Equal(["again: name?"], Texts(await harness.SayAsync("???")));
        Assert.Equal(["again: name?"], Texts(await harness.SayAsync("???")));
        Assert.Equal(["city?"], Texts(await harness.SayAsync("???")));
    }

    [Fact]
    public async Task Deploy_AddsAStepBeforeTheCurrentOne_ResumesAfterTheStepThatAsked()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");
        await harness.SayAsync("Dana");

        harness.Use(Set(["greet", "ask-name", "record-name", "ask-city", "record-city", "done"]), "survey");
        var replies = await harness.SayAsync("Lisbon");

        Assert.Equal(["done: Dana from Lisbon", "[endOfConversation completedSuccessfully]"], Texts(replies));
    }

    [Fact]
    public async Task Deploy_RemovesTheStepThatAsked_RestartsPolitelyKeepingTheData()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");
        await harness.SayAsync("Dana");

        harness.Use(Set(["ask-name", "record-name", "done"]), "survey");
        var replies = await harness.SayAsync("Lisbon");

        Assert.Equal(["Sorry, I was updated; let's start again.", "name?"], Texts(replies));
    }

    /// <summary>The same flow after a deploy that changed its state's shape (a name became a number).</summary>
    private sealed class ReshapedFlow : Flow<ReshapedState>
    {
        public override string Id => "survey";

        protected override IReadOnlyList<FlowStep<ReshapedState>> Steps =>
        [
            Step("ask-age", (s, ct) => s.AskAsync("text", DialogHarness.Ask("age?"), ct)),
            Step("ask-city", (s, ct) => s.AskAsync("text", DialogHarness.Ask("city?"), ct)),
            Step("done", (s, _) => Task.FromResult(StepOutcome.End(null))),
        ];

        protected override ReshapedState Start(DialogContext dc, object? options) => new();

        protected override Task OnRestartAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            dc.Turn.Send(Activity.Message("Sorry, I was updated; let's start again."));
            return Task.CompletedTask;
        }
    }

    private sealed record ReshapedState
    {
        public int? Name { get; init; }
    }

    [Fact]
    public async Task Deploy_ChangesTheStateShape_StoredStateNoLongerReads_RestartsPolitely()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");
        await harness.SayAsync("Dana");

        harness.Use(new DialogSet().Add(new ReshapedFlow()).Add(DialogHarness.EchoPrompt()), "survey");
        var replies = await harness.SayAsync("Lisbon");

        Assert.Equal(["Sorry, I was updated; let's start again.", "age?"], Texts(replies));
    }

    [Fact]
    public async Task StoredStack_KeepsItsShape_StepAndDataForTheFlow_OptionsAndAttemptsForThePrompt()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");
        await harness.SayAsync("Dana");

        using var stored = System.Text.Json.JsonDocument.Parse((await harness.StoredConversationAsync())!);
        var entries = stored.RootElement.GetProperty("runtime.dialogs").GetProperty("entries");
        Assert.Equal(2, entries.GetArrayLength());
        Assert.Equal("survey", entries[0].GetProperty("dialogId").GetString());
        Assert.Equal("""{"step":"ask-city","data":{"started":"start","name":"Dana"}}""", entries[0].GetProperty("state").GetRawText());
        Assert.Equal("text", entries[1].GetProperty("dialogId").GetString());
        Assert.Equal("city?", entries[1].GetProperty("state").GetProperty("options").GetProperty("prompt").GetProperty("text").GetString());
        Assert.Equal(0, entries[1].GetProperty("state").GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Deploy_RemovesTheFlowAltogether_ConversationIsNotStuck()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");

        harness.Use(new DialogSet().Add(DialogHarness.EchoPrompt()).Add(new SurveyFlow(["greet", "done"]) is var f ? new RenamedFlow(f) : f), "renamed");
        var replies = await harness.SayAsync("Dana");

        Assert.DoesNotContain(replies, r => r.Text?.StartsWith("error", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ParentEndOfConversation_CancelsSilently()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");

        var replies = await harness.SendAsync(new Activity { Type = ActivityTypes.EndOfConversation, Code = EndOfConversationCodes.UserCancelled });

        Assert.Empty(replies);
        Assert.Empty(await harness.SendAsync(Activity.Event(SkillEventNames.RepromptDialog)));
    }

    [Fact]
    public async Task RepromptDialogEvent_ResendsTheCurrentQuestion()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");
        await harness.SayAsync("Dana");

        Assert.Equal(["city?"], Texts(await harness.SendAsync(Activity.Event(SkillEventNames.RepromptDialog))));
    }

    [Fact]
    public async Task Interruptions_HelpRepromptsCancelEndsStartOverRestarts()
    {
        var policy = new InterruptionPolicy(InterruptionRecognizer.Recognize, [Interruption.Help, Interruption.Cancel, Interruption.StartOver]);
        var harness = new DialogHarness(Set(V1), "survey", policy);
        harness.Use(Set(V1), "survey", policy);
        await harness.SayAsync("start");
        await harness.SayAsync("Dana");

        Assert.Equal(["help text", "city?"], Texts(await harness.SayAsync("help")));
        Assert.Equal(["name?"], Texts(await harness.SayAsync("start over")));
        Assert.Equal(["city?"], Texts(await harness.SayAsync("Sam")));
        var cancelled = await harness.SayAsync("cancel");
        Assert.Equal(["[endOfConversation completedSuccessfully]"], Texts(cancelled));
        Assert.Equal("\"cancelled\"", cancelled[0].Value!.Value.GetRawText());
    }

    [Fact]
    public async Task Interruption_NotEnabled_ReachesThePromptAsAnAnswer()
    {
        var harness = new DialogHarness(Set(V1), "survey", InterruptionPolicy.None);
        await harness.SayAsync("start");

        Assert.Equal(["city?"], Texts(await harness.SayAsync("help")));
    }

    [Fact]
    public async Task PromptSkip_EndsSkippedAndTheFlowDecides()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");
        await harness.SayAsync("Dana");

        Assert.Equal(["done: Dana from (none)", "[endOfConversation completedSuccessfully]"], Texts(await harness.SayAsync("skip")));
    }

    [Fact]
    public async Task NonMessageActivities_LeaveThePromptWaiting()
    {
        var harness = new DialogHarness(Set(V1), "survey");
        await harness.SayAsync("start");

        Assert.Empty(await harness.SendAsync(new Activity { Type = ActivityTypes.Typing }));
        Assert.Empty(await harness.SendAsync(Activity.Event("something.else")));
        Assert.Equal(["city?"], Texts(await harness.SayAsync("Dana")));
    }

    /// <summary>The same flow under another id: what a deploy that renamed the root dialog looks like.</summary>
    private sealed class RenamedFlow(IDialog inner) : IDialog
    {
        public string Id => "renamed";

        public string Version => inner.Version;

        public Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) => inner.BeginAsync(dc, options, cancellationToken);

        public Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) => inner.ContinueAsync(dc, cancellationToken);

        public Task<DialogStatus> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken) => inner.ResumeAsync(dc, result, cancellationToken);

        public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => inner.RepromptAsync(dc, cancellationToken);
    }
}
