using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Runtime.Tests.Dialogs;

/// <summary>A minimal bot around a <see cref="DialogRunner"/>, with real storage semantics, for runtime-level tests.</summary>
internal sealed class DialogHarness
{
    private readonly MemoryStateStore _store;
    private readonly InMemoryConnector _connector = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private int _ids;

    public DialogHarness(DialogSet dialogs, string rootDialog, InterruptionPolicy? policy = null)
    {
        _store = new MemoryStateStore(_clock);
        Use(dialogs, rootDialog, policy);
    }

    public HarnessBot Bot { get; private set; } = null!;

    /// <summary>Swaps the dialogs, as a deploy would, keeping the stored state.</summary>
    public void Use(DialogSet dialogs, string rootDialog, InterruptionPolicy? policy = null) =>
        Bot = new HarnessBot(new DialogRunner(dialogs, policy ?? InterruptionPolicy.None), rootDialog);

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var processor = new TurnProcessor(Bot, _store, _connector, services, _clock, NullLogger<TurnProcessor>.Instance);
        var incoming = activity with
        {
            Id = $"a{++_ids}",
            ChannelId = ChannelIds.Test,
            ServiceUrl = "https://test.local/",
            Conversation = ConversationAccount.Of("c1"),
            From = ChannelAccount.Of("u1"),
            Recipient = ChannelAccount.Of("b1"),
            Locale = activity.Locale ?? "en-US",
        };
        await processor.ProcessAsync(incoming, TurnIdentity.Anonymous, CancellationToken.None);
        return _connector.Drain("c1");
    }

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(Activity.Message(text));

    /// <summary>The conversation's state document as stored; null when there is none.</summary>
    public async Task<string?> StoredConversationAsync()
    {
        var key = Runtime.State.TurnState.ConversationKey(ChannelIds.Test, "c1");
        var found = await _store.ReadAsync([key], CancellationToken.None);
        return found.TryGetValue(key, out var item) ? item.Json : null;
    }

    public static Prompt<string> EchoPrompt(string id = "text") => new(id, (input, _) =>
        input.Text == "skip" ? new Recognition<string>.Skip()
        : input.Text.Length == 0 || input.Text == "???" ? new Recognition<string>.NotUnderstood()
        : new Recognition<string>.Recognized(input.Text));

    public static PromptOptions Ask(string question, int attempts = 3) => new() { Prompt = Activity.Message(question), Retry = Activity.Message("again: " + question), MaxAttempts = attempts, AllowSkip = true };

    internal sealed class HarnessBot(DialogRunner runner, string rootDialog) : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) =>
            runner.RunAsync(turn, (dc, ct) => turn.Activity.IsType(ActivityTypes.Message) ? dc.BeginDialogAsync(rootDialog, turn.Text, ct) : null, cancellationToken);

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
        {
            turn.Send(Activity.Message("error: " + exception.Message));
            return Task.CompletedTask;
        }
    }
}
