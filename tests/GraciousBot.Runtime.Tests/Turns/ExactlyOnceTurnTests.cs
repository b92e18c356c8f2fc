using System.Data.Common;
using System.Net;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Tests.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Runtime.Tests.Turns;

/// <summary>
/// A turn's state, its activity id and its replies are committed together; a storage failure applies nothing and is
/// retryable; a redelivery of a committed turn gets the same replies; undelivered replies survive a restart.
/// </summary>
public sealed class ExactlyOnceTurnTests
{
    private static readonly StateKey<List<string>> Seen = new("test.seen");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly FlakyConnector _connector = new();
    private readonly MemoryStateStore _memory;
    private readonly FaultyStore _store;
    private readonly CountingBot _bot = new();

    public ExactlyOnceTurnTests()
    {
        _memory = new MemoryStateStore(_clock);
        _store = new FaultyStore(_memory);
    }

    [Fact]
    public async Task WriteFails_Unavailable_NothingApplied_AndTheRetryRunsNormally()
    {
        var processor = Processor();
        await processor.ProcessAsync(Message("first", "a1"), TurnIdentity.Anonymous, default);
        _connector.Sent.Clear();

        _store.FailWrites = true;
        var failed = await processor.ProcessAsync(Message("second", "a2"), TurnIdentity.Anonymous, default);
        Assert.IsType<TurnOutcome.Unavailable>(failed);
        Assert.Empty(_connector.Sent);
        Assert.Equal(["first"], await SeenAsync());

        // The retry of the same activity is not mistaken for a duplicate: it is applied, once.
        _store.FailWrites = false;
        Assert.IsType<TurnOutcome.Done>(await processor.ProcessAsync(Message("second", "a2"), TurnIdentity.Anonymous, default));
        Assert.Equal(["first", "second"], await SeenAsync());
        Assert.Equal(["seen 2"], _connector.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task ReadFails_Unavailable_TheBotNeverRuns_NoErrorIsSent()
    {
        _store.FailReads = true;

        Assert.IsType<TurnOutcome.Unavailable>(await Processor().ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default));
        Assert.Equal(0, _bot.Runs);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task StorageFailsInsideTheTurn_Unavailable_NotTheCrashPath()
    {
        var processor = Processor(new StoreTouchingBot(_store));
        await Processor().ProcessAsync(Message("first", "a1"), TurnIdentity.Anonymous, default);
        _connector.Sent.Clear();
        _store.FailWrites = true;

        Assert.IsType<TurnOutcome.Unavailable>(await processor.ProcessAsync(Message("second", "a2"), TurnIdentity.Anonymous, default));

        // No apology, no endOfConversation, and the conversation's state is untouched.
        Assert.Empty(_connector.Sent);
        Assert.Equal(["first"], await SeenAsync());
    }

    [Fact]
    public async Task CommittedExpectRepliesTurn_Redelivered_GetsTheSameRepliesInTheBody_AndDoesNotRunAgain()
    {
        var processor = Processor();
        var activity = Message("hi", "a1") with { DeliveryMode = DeliveryModes.ExpectReplies };

        var first = Assert.IsType<TurnOutcome.Replies>(await processor.ProcessAsync(activity, TurnIdentity.Anonymous, default));
        var again = Assert.IsType<TurnOutcome.Replies>(await Processor().ProcessAsync(activity, TurnIdentity.Anonymous, default));

        Assert.Equal(["seen 1"], first.Activities.Select(a => a.Text));
        Assert.Equal(first.Activities.Select(a => (a.Text, a.Timestamp)), again.Activities.Select(a => (a.Text, a.Timestamp)));
        Assert.Equal(1, _bot.Runs);
        Assert.Equal(["hi"], await SeenAsync());
    }

    [Fact]
    public async Task RepliesNotDelivered_Redelivery_RepostsThem_ThenADuplicateSendsNothing()
    {
        var processor = Processor();
        _connector.Failing = true;
        Assert.IsType<TurnOutcome.DeliveryFailed>(await processor.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default));
        Assert.Empty(_connector.Sent);

        _connector.Failing = false;
        Assert.IsType<TurnOutcome.Duplicate>(await processor.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default));
        Assert.Equal(["seen 1"], _connector.Sent.Select(a => a.Text));

        Assert.IsType<TurnOutcome.Duplicate>(await Processor().ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default));
        Assert.Equal(["seen 1"], _connector.Sent.Select(a => a.Text));
        Assert.Equal(1, _bot.Runs);
        Assert.Empty(await _memory.ScanAsync(TurnJournalKeys.OutboxPrefix, 10, default));
    }

    [Fact]
    public async Task RedeliveryToAnotherInstance_WhileTheFirstStillDelivers_DoesNotSendTwice_AfterTheGraceItDoes()
    {
        var first = Processor();
        var second = Processor();
        _connector.Failing = true;
        await first.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default);
        _connector.Failing = false;

        // Within the grace the entry is the first instance's to deliver.
        Assert.IsType<TurnOutcome.Duplicate>(await second.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default));
        Assert.Empty(_connector.Sent);

        // After it, the first instance is presumed gone: the redelivery sends the replies.
        _clock.Advance(TurnProcessor.DeliveryGrace);
        Assert.IsType<TurnOutcome.Duplicate>(await second.ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default));
        Assert.Equal(["seen 1"], _connector.Sent.Select(a => a.Text));
        Assert.Equal(1, _bot.Runs);
    }

    [Fact]
    public async Task RepliesNotDelivered_AfterARestart_TheRetrierDeliversThemOnce_WithBackoff()
    {
        _connector.Failing = true;
        await Processor().ProcessAsync(Message("hi", "a1"), TurnIdentity.Anonymous, default);

        // A new process on the same store: the entry waits out the grace its own request had.
        var restarted = Processor();
        var retrier = new OutboxRetrier(_store, restarted, _clock, NullLogger<OutboxRetrier>.Instance);
        Assert.Equal(0, await retrier.RetryOnceAsync(default));

        // Due: one attempt (it fails), then the next pass waits for the back-off instead of hammering the connector.
        _clock.Advance(TurnProcessor.DeliveryGrace);
        Assert.Equal(0, await retrier.RetryOnceAsync(default));
        Assert.Equal(0, await retrier.RetryOnceAsync(default));
        Assert.Equal(2, _connector.Attempts);

        _connector.Failing = false;
        _clock.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(1, await retrier.RetryOnceAsync(default));
        Assert.Equal(0, await retrier.RetryOnceAsync(default));
        Assert.Equal(["seen 1"], _connector.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task InternalEventFromOutside_IsRefused_FromInside_Runs()
    {
        var timer = Message(string.Empty, "t1") with { Type = ActivityTypes.Event, Name = TurnTimers.EventName };

        Assert.IsType<TurnOutcome.Refused>(await Processor().ProcessAsync(timer, TurnIdentity.Anonymous, default));
        Assert.IsType<TurnOutcome.Refused>(await Processor().ProcessAsync(timer with { Name = " GraciousBot.FollowUp" }, new TurnIdentity("app", "urn:botframework:aadappid:app"), default));
        Assert.Equal(0, _bot.Runs);

        Assert.IsType<TurnOutcome.Done>(await Processor().ProcessAsync(timer, TurnIdentity.Anonymous with { IsInternal = true }, default));
        Assert.Equal(1, _bot.Runs);
    }

    [Fact]
    public async Task CardNumber_IsMaskedBeforeTheBotSeesItOrAnythingIsStored()
    {
        await Processor().ProcessAsync(Message("my card is 4111 1111 1111 1111 thanks", "a1"), TurnIdentity.Anonymous, default);

        Assert.Equal(["my card is •••• 1111 thanks"], await SeenAsync());
        foreach (var prefix in new[] { "conversation/", "turn/", "user/" })
        {
            Assert.All(await _memory.ScanAsync(prefix, 100, default), i => Assert.DoesNotContain("4111 1111 1111 1111", i.Json, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task DeleteUserData_ErasesTheCustomersOtherConversationsAndTurnRecords_NotOtherCustomers()
    {
        var erasure = new Erasure([new StoredStateErasure(_store)], NullLogger<Erasure>.Instance);
        var processor = Processor(erasure: erasure);
        await processor.ProcessAsync(Message("in c1", "a1"), TurnIdentity.Anonymous, default);
        await processor.ProcessAsync(Message("in c2", "a2") with { Conversation = ConversationAccount.Of("c2") }, TurnIdentity.Anonymous, default);
        await processor.ProcessAsync(Message("someone else", "a3") with { Conversation = ConversationAccount.Of("c3"), From = ChannelAccount.Of("u2") }, TurnIdentity.Anonymous, default);

        var forget = Message(string.Empty, "d1") with { Type = ActivityTypes.DeleteUserData, Text = null };
        await processor.ProcessAsync(forget, TurnIdentity.Anonymous, default);

        var left = await _memory.ScanAsync("conversation/", 100, default);
        Assert.Equal(["conversation/test/c3"], left.Select(i => i.Key));
        Assert.All(await _memory.ScanAsync("turn/", 100, default), i => Assert.Contains("/c3/", i.Key, StringComparison.Ordinal));
    }

    private async Task<List<string>> SeenAsync()
    {
        var key = TurnState.ConversationKey(TurnHost.ChannelId, "c1");
        var found = await _memory.ReadAsync([key], default);
        return found.TryGetValue(key, out var item) ? new StateScope(key, item.Json, item.ETag).Get(Seen) ?? [] : [];
    }

    [Fact]
    public async Task TurnSchedules_StoredOnlyWithItsCommit_ARedeliveryDoesNotScheduleAgain_ALaterTurnCancels()
    {
        var bot = new SchedulingBot();
        var processor = Processor(bot);
        var queue = new ScheduledTurns(_memory, _clock, NullLogger<ScheduledTurns>.Instance);

        _store.FailWrites = true;
        Assert.IsType<TurnOutcome.Unavailable>(await processor.ProcessAsync(Message("arm", "a1"), TurnIdentity.Anonymous, default));
        Assert.Empty(await queue.PendingAsync(default));

        _store.FailWrites = false;
        Assert.IsType<TurnOutcome.Done>(await processor.ProcessAsync(Message("arm", "a1"), TurnIdentity.Anonymous, default));
        Assert.IsType<TurnOutcome.Duplicate>(await processor.ProcessAsync(Message("arm", "a1"), TurnIdentity.Anonymous, default));
        Assert.Equal(["timer"], (await queue.PendingAsync(default)).Select(t => t.Id));
        Assert.Equal(2, bot.Runs);

        Assert.IsType<TurnOutcome.Done>(await processor.ProcessAsync(Message("disarm", "a2"), TurnIdentity.Anonymous, default));
        Assert.Empty(await queue.PendingAsync(default));
    }

    [Fact]
    public async Task TimersOfOtherConversationsWrittenMeanwhile_NeitherConflictNorRunTheBotAgain_AndTheQueueIsNeverRead()
    {
        var bot = new SchedulingBot();
        var racing = new QueueRacingStore(_memory);
        var processor = new TurnProcessor(bot, racing, _connector, new ServiceCollection().BuildServiceProvider(), _clock, NullLogger<TurnProcessor>.Instance);

        Assert.IsType<TurnOutcome.Done>(await processor.ProcessAsync(Message("arm", "a1"), TurnIdentity.Anonymous, default));

        Assert.True(racing.Raced);
        Assert.Equal(0, racing.QueueReads);
        Assert.Equal(1, bot.Runs);
        Assert.Equal(["seen arm"], _connector.Sent.Select(a => a.Text));
        var pending = await new ScheduledTurns(_memory, _clock, NullLogger<ScheduledTurns>.Instance).PendingAsync(default);
        Assert.Equal(["timer", "timer-other"], pending.Select(t => t.Id).Order());
    }

    [Fact]
    public async Task ATurnThatArmsAndCancelsTheSameTimer_CommitsOnce_AndLeavesNoTimer()
    {
        var bot = new SchedulingBot();
        var processor = new TurnProcessor(bot, _memory, _connector, new ServiceCollection().BuildServiceProvider(), _clock, NullLogger<TurnProcessor>.Instance);

        Assert.IsType<TurnOutcome.Done>(await processor.ProcessAsync(Message("arm then disarm", "a1"), TurnIdentity.Anonymous, default));

        Assert.Equal(1, bot.Runs);
        Assert.Empty(await new ScheduledTurns(_memory, _clock, NullLogger<ScheduledTurns>.Instance).PendingAsync(default));
    }

    private TurnProcessor Processor(IBot? bot = null, Erasure? erasure = null) =>
        new(bot ?? _bot, _store, _connector, new ServiceCollection().BuildServiceProvider(), _clock, NullLogger<TurnProcessor>.Instance, erasure);

    private static Activity Message(string text, string id) => TurnHost.Message("c1", id, text);

    /// <summary>Records each text in conversation state and says how many it has seen.</summary>
    private sealed class CountingBot : IBot
    {
        public int Runs;

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            if (turn.Activity.IsType(ActivityTypes.DeleteUserData))
            {
                turn.State.Conversation.Clear();
                turn.State.User?.Clear();
                return Task.CompletedTask;
            }

            var seen = turn.State.Conversation.Get(Seen) ?? [];
            seen.Add(turn.Text);
            turn.State.Conversation.Set(Seen, seen);
            turn.Send(Activity.Message($"seen {seen.Count}"));
            return Task.CompletedTask;
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
        {
            turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error));
            return Task.CompletedTask;
        }
    }

    /// <summary>Arms a timer with its turn ("arm"), or cancels it ("disarm").</summary>
    private sealed class SchedulingBot : IBot
    {
        public int Runs;

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Runs++;
            if (turn.Text == "arm")
            {
                turn.Schedule(Timer("timer", turn));
            }
            else if (turn.Text == "arm then disarm")
            {
                turn.Schedule(Timer("timer", turn));
                turn.CancelScheduled("timer");
            }
            else
            {
                turn.CancelScheduled("timer");
            }

            turn.Send(Activity.Message($"seen {turn.Text}"));
            return Task.CompletedTask;
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;

        public static ScheduledTurn Timer(string id, TurnContext turn) =>
            new(id, DateTimeOffset.UnixEpoch, turn.Activity.GetConversationReference(), null, "graciousbot.test", null);
    }

    /// <summary>
    /// Another conversation arms its own timer just before the first commit that carries one, and every read of a
    /// scheduled-turn document is counted (a commit must not need any).
    /// </summary>
    private sealed class QueueRacingStore(IStateStore inner) : IStateStore
    {
        public bool Raced { get; private set; }

        public int QueueReads { get; private set; }

        public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            QueueReads += keys.Count(k => k.StartsWith(ScheduledTurns.Prefix, StringComparison.Ordinal) || k.StartsWith(ScheduledTurns.StorageKey, StringComparison.Ordinal));
            return inner.ReadAsync(keys, cancellationToken);
        }

        public async Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
        {
            if (!Raced && writes.FirstOrDefault(w => w.Key.StartsWith(ScheduledTurns.Prefix, StringComparison.Ordinal)) is { } queueWrite)
            {
                Raced = true;
                var other = queueWrite.Json!.Replace("\"timer\"", "\"timer-other\"", StringComparison.Ordinal);
                Assert.IsType<WriteOutcome.Written>(await inner.WriteAsync([new StateWrite(ScheduledTurns.Prefix + "timer-other", other, null)], cancellationToken));
            }

            return await inner.WriteAsync(writes, cancellationToken);
        }

        public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) => inner.ScanAsync(prefix, limit, cancellationToken);

        public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken) => inner.EraseSubjectAsync(subject, cancellationToken);

        public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => inner.PurgeExpiredAsync(cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
    }

    /// <summary>A bot that writes to the store itself during the turn (as scheduling a follow-up does).</summary>
    private sealed class StoreTouchingBot(IStateStore store) : IBot
    {
        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turn.State.Conversation.Set(Seen, ["overwritten"]);
            await store.WriteAsync([new StateWrite("runtime/other", "{}", "*")], cancellationToken);
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
        {
            turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error));
            return Task.CompletedTask;
        }
    }

    private sealed class StoreDownException() : DbException("The store is down.");

    /// <summary>A store that throws as a database driver does when it cannot read or write.</summary>
    private sealed class FaultyStore(IStateStore inner) : IStateStore
    {
        public bool FailReads { get; set; }

        public bool FailWrites { get; set; }

        public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            FailReads ? throw new StoreDownException() : inner.ReadAsync(keys, cancellationToken);

        public Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken) =>
            FailWrites ? throw new StoreDownException() : inner.WriteAsync(writes, cancellationToken);

        public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            FailWrites ? throw new StoreDownException() : inner.DeleteAsync(keys, cancellationToken);

        public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) => inner.ScanAsync(prefix, limit, cancellationToken);

        public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken) => inner.EraseSubjectAsync(subject, cancellationToken);

        public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => inner.PurgeExpiredAsync(cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
    }

    /// <summary>A connector that records what is sent, or answers 503 while <see cref="Failing"/>.</summary>
    private sealed class FlakyConnector : IConnectorClient
    {
        public List<Activity> Sent { get; } = [];

        public bool Failing { get; set; }

        public int Attempts { get; private set; }

        public Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
            Record(activity);

        public Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken cancellationToken) =>
            Record(activity);

        public Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            Record(activity);

        public Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(ConnectorTarget target, string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ChannelAccount>>([]);

        private Task<ResourceResponse> Record(Activity activity)
        {
            Attempts++;
            if (Failing)
            {
                throw new ConnectorException(HttpStatusCode.ServiceUnavailable, null, null, "send");
            }

            Sent.Add(activity);
            return Task.FromResult(new ResourceResponse(Guid.NewGuid().ToString("N")));
        }
    }
}
