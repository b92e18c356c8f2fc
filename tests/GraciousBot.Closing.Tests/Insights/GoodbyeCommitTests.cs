using System.Text.Json;
using GraciousBot.Closing.Insights;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.Web.Hosting;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraciousBot.Closing.Tests.Insights;

/// <summary>
/// The goodbye turn stores what it plans with its own commit: the follow-up note in the same batch, the outcome record
/// beside it (so a store with one writer takes both in one group), and the turn is answered once both are written.
/// </summary>
public sealed class GoodbyeCommitTests
{
    private static readonly string Context = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Transcripts", "contexts", "togo-en.json"));

    /// <summary>Remembers every batch written; a batch written opens <see cref="Committing"/>.</summary>
    private sealed class RecordingStore(IStateStore inner) : IStateStore
    {
        public List<IReadOnlyList<StateWrite>> Batches { get; } = [];

        public TaskCompletionSource Committing { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.ReadAsync(keys, cancellationToken);

        public Task<WriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
        {
            lock (Batches)
            {
                Batches.Add(writes);
            }

            Committing.TrySetResult();
            return inner.WriteAsync(writes, cancellationToken);
        }

        public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => inner.PurgeExpiredAsync(cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

        public Task<IReadOnlyList<StoredItem>> ScanAsync(string prefix, int limit, CancellationToken cancellationToken) => inner.ScanAsync(prefix, limit, cancellationToken);

        public Task<int> EraseSubjectAsync(string subject, CancellationToken cancellationToken) => inner.EraseSubjectAsync(subject, cancellationToken);
    }

    /// <summary>An outcome store whose write finishes only once the turn's commit has been queued (or fails after a while).</summary>
    private sealed class WaitingOutcomeStore(IOutcomeStore inner, Func<Task> commitQueued) : IOutcomeStore
    {
        public bool Waited { get; private set; }

        public async Task WriteAsync(OutcomeRecord record, CancellationToken cancellationToken)
        {
            await commitQueued().WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            Waited = true;
            await inner.WriteAsync(record, cancellationToken);
        }

        public Task<IReadOnlyList<OutcomeRecord>> QueryAsync(OutcomeQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

        public Task<int> DeleteForUserAsync(string channelId, string userId, CancellationToken cancellationToken) => inner.DeleteForUserAsync(channelId, userId, cancellationToken);

        public Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) => inner.PurgeAsync(endedBefore, cancellationToken);

        public Task<string> UserHashAsync(string channelId, string userId, CancellationToken cancellationToken) => inner.UserHashAsync(channelId, userId, cancellationToken);
    }

    [Fact]
    public async Task Goodbye_FollowUpInTheTurnsOwnBatch_OutcomeRecordBesideIt_AnsweredAfterBoth()
    {
        RecordingStore? state = null;
        WaitingOutcomeStore? outcomes = null;
        var flow = new TestFlow(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero), f => f.WithServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<IStateStore>(sp => state = new RecordingStore(sp.GetRequiredService<CreatedStateStore>().Store)));
            s.Replace(ServiceDescriptor.Singleton<IOutcomeStore>(_ => outcomes = new WaitingOutcomeStore(new MemoryOutcomeStore(new InsightsOptions()), () => state!.Committing.Task)));
        }))
        { ChannelId = ChannelIds.MsTeams };
        await using var _ = flow;
        await flow.DeliverAsync(Activity.Event("closeConversation", JsonDocument.Parse(Context).RootElement.Clone()));
        foreach (var line in new[] { "yes", "no", "5", "skip" })
        {
            await flow.DeliverAsync(Activity.Message(line));
        }

        state!.Committing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var goodbye = await flow.DeliverAsync(Activity.Message("no thanks"));

        // Six turns, six batches: every turn's writes (state, its record and outbox entry, timers, the follow-up note for
        // the day our step is due) are one commit; nothing is written on its own first.
        Assert.Equal(6, state.Batches.Count);
        var followUp = Assert.Single(state.Batches.SelectMany(b => b), w => w.Key.StartsWith(ScheduledTurns.Prefix + "followup/", StringComparison.Ordinal));
        Assert.NotNull(followUp.Json);
        var end = Assert.Single(goodbye, a => a.Type == ActivityTypes.EndOfConversation);
        Assert.Equal("chat", end.Value!.Value.GetProperty("followUp").GetProperty("via").GetString());
        Assert.Equal(new DateOnly(2026, 11, 25), DateOnly.FromDateTime(end.Value!.Value.GetProperty("followUp").GetProperty("at").GetDateTimeOffset().UtcDateTime));

        // The outcome record could only be written once the commit was queued: it no longer comes first on its own.
        Assert.True(outcomes!.Waited);
        var recorded = await outcomes.QueryAsync(new OutcomeQuery(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)), CancellationToken.None);
        Assert.Equal(Outcomes.Completed, Assert.Single(recorded).Outcome);
    }
}
