using System.Collections.Concurrent;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraciousBot.Runtime.Tests.Storage;

/// <summary>A bot that appends each turn's text to a list in conversation state and replies with the list's length.</summary>
internal sealed class AppendingBot : IBot
{
    public static readonly StateKey<List<string>> Texts = new("test.texts");

    /// <summary>Runs after the state is changed and before the turn ends (a test holds a turn open here).</summary>
    public Func<TurnContext, CancellationToken, Task>? BeforeTurnEnds { get; set; }

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var texts = turn.State.Conversation.Get(Texts) ?? [];
        texts.Add(turn.Text);
        turn.State.Conversation.Set(Texts, texts);
        turn.Send(Activity.Message($"seen {texts.Count}"));
        if (BeforeTurnEnds is { } hook)
        {
            await hook(turn, cancellationToken);
        }
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error));
        return Task.CompletedTask;
    }
}

/// <summary>A connector that records what would have been sent.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public ConcurrentQueue<Activity> Sent { get; } = new();

    public Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Record(activity);

    public Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record(activity);

    public Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(ConnectorTarget target, string conversationId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    private Task<ResourceResponse> Record(Activity activity)
    {
        Sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(Guid.NewGuid().ToString("N")));
    }
}

/// <summary>One bot host as far as turns are concerned: a turn processor on its own store.</summary>
internal sealed class TurnHost
{
    public const string ChannelId = "test";

    public TurnHost(IStateStore store, AppendingBot? bot = null)
    {
        Store = store;
        Bot = bot ?? new AppendingBot();
        Processor = new TurnProcessor(Bot, store, Connector, NoServices.Instance, TimeProvider.System, NullLogger<TurnProcessor>.Instance);
    }

    public AppendingBot Bot { get; }

    public RecordingConnector Connector { get; } = new();

    public IStateStore Store { get; }

    public TurnProcessor Processor { get; }

    /// <summary>How many times a turn came back "conflicted" and was sent again.</summary>
    public int Conflicts => _conflicts;

    private int _conflicts;

    public static Activity Message(string conversationId, string activityId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = activityId,
        Text = text,
        ChannelId = ChannelId,
        ServiceUrl = "https://channel.example/",
        Conversation = ConversationAccount.Of(conversationId),
        From = ChannelAccount.Of("user-1"),
        Recipient = ChannelAccount.Of("bot"),
    };

    /// <summary>Sends a turn and, like a channel, sends it again while the answer is "conflicted, retry".</summary>
    public async Task<TurnOutcome> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await Processor.ProcessAsync(activity, TurnIdentity.Anonymous, cancellationToken);
            if (outcome is not TurnOutcome.Conflicted || attempt == 100)
            {
                return outcome;
            }

            Interlocked.Increment(ref _conflicts);
        }
    }

    public async Task<List<string>> TextsAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = TurnState.ConversationKey(ChannelId, conversationId);
        var found = await Store.ReadAsync([key], cancellationToken);
        return found.TryGetValue(key, out var item) ? new StateScope(key, item.Json, item.ETag).Get(AppendingBot.Texts) ?? [] : [];
    }

    private sealed class NoServices : IServiceProvider
    {
        public static readonly NoServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
