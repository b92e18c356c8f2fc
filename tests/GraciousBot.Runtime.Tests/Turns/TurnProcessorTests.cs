using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Runtime.Tests.Turns;

/// <summary>The one place the storage-conflict policy lives: reload and re-run once, then give up cleanly.</summary>
public sealed class TurnProcessorTests
{
    private static readonly StateKey<List<string>> Seen = new("test.seen");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConnector _connector = new();

    /// <summary>
    /// A store that reports a conflict on the first <paramref name="conflicts"/> writes; its writes wait for
    /// <see cref="Gate"/> when one is given.
    /// </summary>
    private sealed class ConflictingStore(IStateStore inner, int conflicts) : IStateStore
    {
        private int _left = conflicts;

        public int Writes { get; private set; }

        public Action? OnWrite { get; init; }

        public Task? Gate { get; init; }

        /// <summary>Whether a write has reached <see cref="Gate"/>.</summary>
        public bool Waiting { get; private set; }

        public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.ReadAsync(keys, cancellationToken);

        public async Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
        {
            Writes++;
            OnWrite?.Invoke();
            if (Gate is { } gate)
            {
                Waiting = true;
                await gate;
            }

            return Interlocked.Decrement(ref _left) >= 0
                ? new WriteOutcome.Conflict(writes[0].Key)
                : await inner.WriteAsync(writes, cancellationToken);
        }

        public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => inner.PurgeExpiredAsync(cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

        public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) => inner.ScanAsync(prefix, limit, cancellationToken);

        public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken) => inner.EraseSubjectAsync(subject, cancellationToken);
    }

    /// <summary>Records each text in conversation state and says how many it has seen.</summary>
    private sealed class CountingBot : IBot
    {
        public int Runs;

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            var seen = turn.State.Conversation.Get(Seen) ?? [];
            seen.Add(turn.Text);
            turn.State.Conversation.Set(Seen, seen);
            turn.Send(Activity.Message($"seen {seen.Count}"));
            return Task.CompletedTask;
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private TurnProcessor Processor(IBot bot, IStateStore store) =>
        new(bot, store, _connector, new ServiceCollection().BuildServiceProvider(), _clock, NullLogger<TurnProcessor>.Instance);

    private static Activity Message(string text, string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        ChannelId = "test",
        ServiceUrl = "https://test.local/",
        Conversation = ConversationAccount.Of("c1"),
        From = ChannelAccount.Of("u1"),
        Recipient = ChannelAccount.Of("b1"),
    };

    [Fact]
    public async Task OneConflict_TurnIsReloadedAndRerun_RepliesSentOnce()
    {
        var memory = new MemoryStateStore(_clock);
        var store = new ConflictingStore(memory, conflicts: 1);
        var bot = new CountingBot();

        var outcome = await Processor(bot, store).ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);

        Assert.IsType<TurnOutcome.Done>(outcome);
        Assert.Equal(2, bot.Runs);
        Assert.Equal(["seen 1"], _connector.Drain("c1").Select(a => a.Text));
    }

    [Fact]
    public async Task ConflictTwice_GivesUpCleanly_NothingSentNothingApplied_AndARedeliveryIsAccepted()
    {
        var memory = new MemoryStateStore(_clock);
        var bot = new CountingBot();
        var processor = Processor(bot, new ConflictingStore(memory, conflicts: 2));

        var outcome = await processor.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);

        Assert.IsType<TurnOutcome.Conflicted>(outcome);
        Assert.Equal(2, bot.Runs);
        Assert.Empty(_connector.Drain("c1"));
        Assert.Empty(await memory.ReadAsync([TurnState.ConversationKey("test", "c1")], CancellationToken.None));

        var redelivered = await processor.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);
        Assert.IsType<TurnOutcome.Done>(redelivered);
        Assert.Equal(["seen 1"], _connector.Drain("c1").Select(a => a.Text));
    }

    [Fact]
    public async Task UnchangedState_IsNotWritten()
    {
        var memory = new MemoryStateStore(_clock);
        var store = new ConflictingStore(memory, conflicts: 0);
        var quiet = new QuietBot();

        await Processor(quiet, store).ProcessAsync(Message("hi", string.Empty), TurnIdentity.Anonymous, CancellationToken.None);

        Assert.Equal(0, store.Writes);
    }

    [Fact]
    public async Task FailedTurn_StateIsNotSaved_AndTheConversationStartsClean()
    {
        var memory = new MemoryStateStore(_clock);
        await Processor(new CountingBot(), memory).ProcessAsync(Message("first", "a1"), TurnIdentity.Anonymous, CancellationToken.None);
        _connector.Drain("c1");

        var outcome = await Processor(new ThrowingBot(), memory).ProcessAsync(Message("second", "a2"), TurnIdentity.Anonymous, CancellationToken.None);

        Assert.IsType<TurnOutcome.Done>(outcome);
        Assert.Empty(await memory.ReadAsync([TurnState.ConversationKey("test", "c1")], CancellationToken.None));
    }

    [Fact]
    public async Task WorkBesideTheCommit_StartsBeforeTheCommitIsQueued_AndTheTurnIsAnsweredOnlyAfterIt()
    {
        var events = new List<string>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new BesideBot(async _ =>
        {
            lock (events)
            {
                events.Add("beside started");
            }

            await release.Task;
            lock (events)
            {
                events.Add("beside done");
            }
        });
        var store = new ConflictingStore(new MemoryStateStore(_clock), conflicts: 0) { OnWrite = () => { lock (events) { events.Add("commit"); } } };

        var processing = Processor(bot, store).ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);
        await Until(() => { lock (events) { return events.Contains("commit"); } });

        Assert.False(processing.IsCompleted);
        Assert.Empty(_connector.Drain("c1"));
        release.SetResult();
        Assert.IsType<TurnOutcome.Done>(await processing);
        Assert.Equal(["beside started", "commit", "beside done"], events);
        Assert.Equal(["ok"], _connector.Drain("c1").Select(a => a.Text));
    }

    [Fact]
    public async Task WorkBesideTheCommit_ThatFails_LeavesTheTurnCommittedAndAnswered()
    {
        var memory = new MemoryStateStore(_clock);
        var bot = new BesideBot(_ => throw new InvalidOperationException("the record could not be written"));

        var outcome = await Processor(bot, memory).ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);

        Assert.IsType<TurnOutcome.Done>(outcome);
        Assert.Equal(["ok"], _connector.Drain("c1").Select(a => a.Text));
        Assert.NotEmpty(await memory.ReadAsync([TurnState.ConversationKey("test", "c1")], CancellationToken.None));
    }

    [Fact]
    public async Task WorkBesideTheCommit_OfATurnRunAgainAfterAConflict_IsQueuedByEachRun()
    {
        var runs = 0;
        var bot = new BesideBot(_ =>
        {
            Interlocked.Increment(ref runs);
            return Task.CompletedTask;
        });

        var outcome = await Processor(bot, new ConflictingStore(new MemoryStateStore(_clock), conflicts: 1)).ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);

        Assert.IsType<TurnOutcome.Done>(outcome);
        Assert.Equal(2, runs);
        Assert.Equal(["ok"], _connector.Drain("c1").Select(a => a.Text));
    }

    [Fact]
    public async Task WhileItsCommitIsWritten_TheTurnNoLongerHoldsItsContextOrState()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var store = new ConflictingStore(new MemoryStateStore(_clock), conflicts: 0) { Gate = gate.Task };
        var bot = new WatchedBot();

        var processing = Processor(bot, store).ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);
        await Until(() => store.Waiting);

        // Many turns wait for their commit at once: what each one read and worked on should not outlive its run.
        AssertCollected(bot);
        gate.SetResult();
        Assert.IsType<TurnOutcome.Done>(await processing);
        Assert.Equal(["ok"], _connector.Drain("c1").Select(a => a.Text));
    }

    [Fact]
    public async Task WhileItsRepliesAreDelivered_TheTurnNoLongerHoldsItsContextOrState()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connector = new GatedConnector(_connector, gate.Task);
        var bot = new WatchedBot();
        var processor = new TurnProcessor(bot, new MemoryStateStore(_clock), connector, new ServiceCollection().BuildServiceProvider(), _clock, NullLogger<TurnProcessor>.Instance);

        var processing = processor.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, CancellationToken.None);
        await Until(() => connector.Waiting);

        AssertCollected(bot);
        gate.SetResult();
        Assert.IsType<TurnOutcome.Done>(await processing);
        Assert.Equal(["ok"], _connector.Drain("c1").Select(a => a.Text));
    }

    private static void AssertCollected(WatchedBot bot)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(bot.Turn!.TryGetTarget(out _), "the turn's context is still reachable");
        Assert.False(bot.Read!.TryGetTarget(out _), "the state it read is still reachable");
    }

    /// <summary>Reads state, changes it and answers, keeping only weak references to the turn and what it read.</summary>
    private sealed class WatchedBot : IBot
    {
        public WeakReference<TurnContext>? Turn { get; private set; }

        public WeakReference<List<string>>? Read { get; private set; }

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            var seen = turn.State.Conversation.Get(Seen) ?? [];
            seen.Add(turn.Text);
            turn.State.Conversation.Set(Seen, seen);
            turn.Send(Activity.Message("ok"));
            Turn = new WeakReference<TurnContext>(turn);
            Read = new WeakReference<List<string>>(seen);
            return Task.CompletedTask;
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>A connector whose sends wait for <paramref name="gate"/>.</summary>
    private sealed class GatedConnector(IConnectorClient inner, Task gate) : IConnectorClient
    {
        public bool Waiting { get; private set; }

        public async Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
        {
            Waiting = true;
            await gate;
            return await inner.ReplyToActivityAsync(target, conversationId, replyToId, activity, cancellationToken);
        }

        public async Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken cancellationToken)
        {
            Waiting = true;
            await gate;
            return await inner.SendToConversationAsync(target, conversationId, activity, cancellationToken);
        }

        public Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            inner.UpdateActivityAsync(target, conversationId, activityId, activity, cancellationToken);

        public Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken cancellationToken) =>
            inner.DeleteActivityAsync(target, conversationId, activityId, cancellationToken);

        public Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken cancellationToken) =>
            inner.CreateConversationAsync(target, parameters, cancellationToken);

        public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(ConnectorTarget target, string conversationId, CancellationToken cancellationToken) =>
            inner.GetConversationMembersAsync(target, conversationId, cancellationToken);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    /// <summary>Saves the text, answers "ok" and queues <paramref name="work"/> beside the commit.</summary>
    private sealed class BesideBot(Func<CancellationToken, Task> work) : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turn.State.Conversation.Set(Seen, [turn.Text]);
            turn.Send(Activity.Message("ok"));
            turn.BesideCommit(work);
            return Task.CompletedTask;
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class QuietBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turn.State.Conversation.Set(Seen, ["half-done"]);
            throw new InvalidOperationException("boom");
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
