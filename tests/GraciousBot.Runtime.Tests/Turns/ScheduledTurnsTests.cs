using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Runtime.Tests.Turns;

public sealed class ScheduledTurnsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    private ScheduledTurns Queue(IStateStore store) => new(store, _clock, NullLogger<ScheduledTurns>.Instance);

    private ScheduledTurn Turn(string id, TimeSpan inFuture) => new(
        id,
        _clock.GetUtcNow() + inFuture,
        new ConversationReference { Conversation = ConversationAccount.Of("c-" + id), ServiceUrl = "https://test.local/", ChannelId = "test" },
        null,
        "followUp",
        null);

    [Fact]
    public async Task ClaimDue_TakesOnlyWhatIsDue_AndOnlyOnce()
    {
        var queue = Queue(new MemoryStateStore(_clock));
        await queue.ScheduleAsync(Turn("a", TimeSpan.FromHours(1)), CancellationToken.None);
        await queue.ScheduleAsync(Turn("b", TimeSpan.FromDays(1)), CancellationToken.None);

        Assert.Empty(await queue.ClaimDueAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["a"], (await queue.ClaimDueAsync(CancellationToken.None)).Select(t => t.Id));
        Assert.Empty(await queue.ClaimDueAsync(CancellationToken.None));
        Assert.Equal(["b"], (await queue.PendingAsync(CancellationToken.None)).Select(t => t.Id));
    }

    [Fact]
    public async Task ClaimDue_FindsADueTurn_EvenWhenMoreTurnsWaitThanOneClaimTakes()
    {
        // Every closing leaves a follow-up days away: a due turn must not hide behind them (their ids sort first here).
        var limited = new ScheduledTurns(new MemoryStateStore(_clock), _clock, NullLogger<ScheduledTurns>.Instance) { ClaimLimit = 5 };
        foreach (var i in Enumerable.Range(0, 20))
        {
            await limited.ScheduleAsync(Turn($"a{i:D2}", TimeSpan.FromDays(3)), CancellationToken.None);
        }

        await limited.ScheduleAsync(Turn("zz", TimeSpan.FromMinutes(1)), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(["zz"], (await limited.ClaimDueAsync(CancellationToken.None)).Select(t => t.Id));
        Assert.Equal(20, (await limited.PendingAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ClaimDue_WithMoreDueThanOneClaimTakes_TakesTheLongestDueFirst_AndTheRestNextTime()
    {
        var queue = new ScheduledTurns(new MemoryStateStore(_clock), _clock, NullLogger<ScheduledTurns>.Instance) { ClaimLimit = 2 };
        await queue.ScheduleAsync(Turn("c", TimeSpan.FromMinutes(3)), CancellationToken.None);
        await queue.ScheduleAsync(Turn("a", TimeSpan.FromMinutes(1)), CancellationToken.None);
        await queue.ScheduleAsync(Turn("b", TimeSpan.FromMinutes(2)), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(["a", "b"], (await queue.ClaimDueAsync(CancellationToken.None)).Select(t => t.Id));
        Assert.Equal(["c"], (await queue.ClaimDueAsync(CancellationToken.None)).Select(t => t.Id));
        Assert.Empty(await queue.PendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Schedule_SameIdTwice_KeepsOne()
    {
        var queue = Queue(new MemoryStateStore(_clock));

        await queue.ScheduleAsync(Turn("a", TimeSpan.FromHours(1)), CancellationToken.None);
        await queue.ScheduleAsync(Turn("a", TimeSpan.FromHours(3)), CancellationToken.None);

        var pending = Assert.Single(await queue.PendingAsync(CancellationToken.None));
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromHours(3), pending.DueAt);
    }

    [Fact]
    public async Task TwoInstancesOnOneStore_ScheduleConcurrently_AndEachDueTurnIsClaimedExactlyOnce()
    {
        var store = new MemoryStateStore(_clock);
        var first = Queue(store);
        var second = Queue(store);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? first : second).ScheduleAsync(Turn($"t{i}", TimeSpan.FromMinutes(1 + (i % 3))), CancellationToken.None)));
        Assert.Equal(40, (await first.PendingAsync(CancellationToken.None)).Count);

        _clock.Advance(TimeSpan.FromHours(1));
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).ClaimDueAsync(CancellationToken.None)));

        var claimed = claims.SelectMany(c => c).Select(t => t.Id).ToList();
        Assert.Equal(40, claimed.Count);
        Assert.Equal(40, claimed.Distinct().Count());
        Assert.Empty(await first.PendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Runner_DeliversDueTurnsThroughThePipeline_TrustingTheirStoredServiceUrl()
    {
        var store = new MemoryStateStore(_clock);
        var queue = Queue(store);
        var connector = new GraciousBot.Testing.InMemoryConnector();
        var bot = new EchoEventBot();
        var processor = new TurnProcessor(bot, store, connector, Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection()), _clock, NullLogger<TurnProcessor>.Instance);
        var trusted = new GraciousBot.Wire.Auth.TrustedServiceUrls();
        var runner = new ScheduledTurnRunner(queue, processor, trusted, _clock, NullLogger<ScheduledTurnRunner>.Instance);
        await queue.ScheduleAsync(Turn("a", TimeSpan.FromMinutes(5)), CancellationToken.None);

        Assert.Equal(0, await runner.DeliverDueAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await runner.DeliverDueAsync(CancellationToken.None));

        Assert.True(trusted.Contains("https://test.local/"));
        Assert.Equal("followUp", Assert.Single(connector.Drain("c-a")).Text);
    }

    private sealed class EchoEventBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turn.Send(Activity.Message(turn.Activity.Name));
            return Task.CompletedTask;
        }

        public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task Queue_SurvivesANewInstanceOnTheSameStore()
    {
        var store = new MemoryStateStore(_clock);
        await Queue(store).ScheduleAsync(Turn("a", TimeSpan.FromMinutes(5)), CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(10));
        var restarted = Queue(store);

        Assert.Equal(["a"], (await restarted.ClaimDueAsync(CancellationToken.None)).Select(t => t.Id));
    }

    [Fact]
    public async Task ManyConversationsSchedulingAtOnce_OnADurableStore_NoneIsGivenUp()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graciousbot-sqlite-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var store = new SqliteStateStore(Path.Combine(folder, "state.db"), _clock);
            var queue = Queue(store);

            var scheduled = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => queue.ScheduleAsync(Turn($"inactivity/c{i}", TimeSpan.FromMinutes(10)), CancellationToken.None))));

            Assert.All(scheduled, Assert.True);
            Assert.Equal(64, (await queue.PendingAsync(CancellationToken.None)).Count);
            _clock.Advance(TimeSpan.FromMinutes(11));
            Assert.Equal(64, (await queue.ClaimDueAsync(CancellationToken.None)).Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TurnsInTheSingleQueueDocumentOfEarlierVersions_AreStillClaimedAndErased()
    {
        var store = new MemoryStateStore(_clock);
        var legacy = new ScheduledTurn("old", _clock.GetUtcNow() + TimeSpan.FromMinutes(5), new ConversationReference { Conversation = ConversationAccount.Of("c-old"), ChannelId = "test", User = new ChannelAccount { Id = "u1" } }, null, "followUp", null);
        var stillWaiting = Turn("later", TimeSpan.FromDays(1));
        await store.WriteAsync([new StateWrite(ScheduledTurns.StorageKey, System.Text.Json.JsonSerializer.Serialize(new { Items = new[] { legacy, stillWaiting } }, GraciousBot.Runtime.State.RuntimeJson.Options), null)], CancellationToken.None);
        var queue = Queue(store);

        Assert.Equal(["later", "old"], (await queue.PendingAsync(CancellationToken.None)).Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(1, await ((IErasureParticipant)queue).EraseAsync(new ErasureSubject("test", "u1"), CancellationToken.None));
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(["later"], (await queue.ClaimDueAsync(CancellationToken.None)).Select(t => t.Id));
    }

    [Fact]
    public async Task TurnsInTheShardDocumentsOfEarlierVersions_AreStillClaimed_AndNewOnesGetTheirOwnDocument()
    {
        var store = new MemoryStateStore(_clock);
        var sharded = Turn("sharded", TimeSpan.FromMinutes(5));
        await store.WriteAsync([new StateWrite(ScheduledTurns.StorageKey + "/123", System.Text.Json.JsonSerializer.Serialize(new { Items = new[] { sharded } }, GraciousBot.Runtime.State.RuntimeJson.Options), null)], CancellationToken.None);
        var queue = Queue(store);
        await queue.ScheduleAsync(Turn("new", TimeSpan.FromMinutes(5)), CancellationToken.None);

        Assert.Equal([ScheduledTurns.Prefix + "new"], (await store.ScanAsync(ScheduledTurns.Prefix, 10, CancellationToken.None)).Select(i => i.Key));
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(["new", "sharded"], (await queue.ClaimDueAsync(CancellationToken.None)).Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Empty(await queue.PendingAsync(CancellationToken.None));
    }
}
