using BenchmarkDotNet.Attributes;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraciousBot.Benchmarks;

/// <summary>
/// The scheduled-turn poll on the default SQLite store with <see cref="Waiting"/> follow-ups days away (every realistic
/// closing leaves one): <see cref="ClaimDue"/> is the poll as it runs every 30 seconds (nothing is due), and
/// <see cref="ReadEveryWaitingTurn"/> reads and parses every waiting turn, which is what each poll did before claims
/// asked the store for the due ones only.
/// </summary>
[MemoryDiagnoser]
public class ScheduledTurnBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graciousbot-bench-scheduled", Guid.NewGuid().ToString("N"));
    private SqliteStateStore _store = null!;
    private ScheduledTurns _queue = null!;

    [Params(1_000, 10_000)]
    public int Waiting { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _store = new SqliteStateStore(Path.Combine(_folder, "state.db"), TimeProvider.System);
        _queue = new ScheduledTurns(_store, TimeProvider.System, NullLogger<ScheduledTurns>.Instance);
        var due = DateTimeOffset.UtcNow.AddDays(2);
        Task.WaitAll([.. Enumerable.Range(0, Waiting).Select(i => _queue.ScheduleAsync(FollowUp(i, due), CancellationToken.None))]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ReadEveryWaitingTurn() => (await _queue.PendingAsync(CancellationToken.None)).Count;

    [Benchmark]
    public async Task<int> ClaimDue() => (await _queue.ClaimDueAsync(CancellationToken.None)).Count;

    private static ScheduledTurn FollowUp(int i, DateTimeOffset due) => new(
        $"followup/conversation/webchat/load-{i:D6}/1796564476",
        due,
        new ConversationReference
        {
            ActivityId = $"act-{i}-0",
            User = new ChannelAccount { Id = $"user-{i}", Name = "Dana Whitfield", Role = RoleTypes.User },
            Bot = new ChannelAccount { Id = "graciousbot", Role = RoleTypes.Skill },
            Conversation = ConversationAccount.Of($"load-{i:D6}"),
            ChannelId = "webchat",
            Locale = "en-US",
            ServiceUrl = "http://127.0.0.1:35043/",
        },
        null,
        "followUp",
        null);
}
