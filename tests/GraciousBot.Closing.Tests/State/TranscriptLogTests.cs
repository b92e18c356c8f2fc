using System.Text.Json;
using GraciousBot.Closing.Handoff;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing.Tests.State;

/// <summary>
/// The closing's own transcript log is appended to as stored JSON and keeps whether the customer sounded frustrated:
/// what it stores and answers is what a log read and written whole, and every message read again, would give.
/// </summary>
public sealed class TranscriptLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public TranscriptLogTests() => RuntimeJson.AddTypeInfo(ClosingJsonContext.Default);

    [Fact]
    public void Record_TurnAfterTurn_StoresWhatTheWholeLogSerialisedWouldBe()
    {
        string? stored = null;
        foreach (var (said, replies) in Turns())
        {
            var turn = Turn(stored, said);
            turn.Send(replies.Select(r => Activity.Message(r)));
            TranscriptLog.Record(turn, turn.Outbox, Now);
            stored = Save(turn.State.Conversation);

            var appended = Slot(stored);
            var log = new StateScope("c", stored, "1").Get(TranscriptLog.Key)!;
            var whole = System.Text.Encoding.UTF8.GetString(RuntimeJson.ToDocument(log with { Activities = new StoredJsonLog<Activity>(log.Activities.ToList()) }));
            Assert.Equal(whole, appended);

            // The entries are written by ActivityJson, to the bytes the serializer's own path writes for them (escaped as
            // every stored document is: an apostrophe or a letter outside ASCII as it is).
            using var written = JsonDocument.Parse(appended);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(RuntimeJson.ToDocument(log.Activities.ToList())), written.RootElement.GetProperty("activities").GetRawText());
            Assert.DoesNotContain("\\u", appended, StringComparison.Ordinal);
        }

        var property = Assert.Single(RuntimeJson.Options.GetTypeInfo(typeof(TranscriptLog)).Properties, p => p.Name == "activities");
        Assert.IsType<StoredActivityLogConverter>(property.CustomConverter);
        var entries = new StateScope("c", stored, "1").Get(TranscriptLog.Key)!.Activities;
        Assert.Equal(Turns().Sum(t => 1 + t.Replies.Length), entries.Count);
        Assert.Equal("we fly to Lisbon on Friday", entries[3].Text);
        Assert.Equal(RoleTypes.Bot, entries[^2].From?.Role);
        Assert.Contains("ünïcödé", entries[^2].Text, StringComparison.Ordinal);
        Assert.Equal("bye", entries[^1].Text);
    }

    [Fact]
    public void CustomerFrustratedSoFar_IsWhatReadingEveryMessageAgainSays()
    {
        string? stored = null;
        foreach (var (said, _) in Turns())
        {
            var turn = Turn(stored, said);
            Assert.Equal(ReadingEverything(turn), TranscriptLog.CustomerFrustratedSoFar(turn));
            TranscriptLog.Record(turn, turn.Outbox, Now);
            stored = Save(turn.State.Conversation);
        }

        Assert.True(TranscriptLog.CustomerFrustratedSoFar(Turn(stored, "ok")));
    }

    [Fact]
    public void LogStoredWithoutTheFlag_IsReadOnce_AndKeepsItFromThen()
    {
        var before = JsonSerializer.Serialize(new { activities = new[] { Logged("THIS IS USELESS, NOTHING WORKS!!!"), Logged("fine") } }, RuntimeJson.Options);
        var stored = $$"""{"closing.transcript":{{before}}}""";

        var turn = Turn(stored, "thanks");
        Assert.True(TranscriptLog.CustomerFrustratedSoFar(turn));

        TranscriptLog.Record(turn, turn.Outbox, Now);
        var next = new StateScope("c", Save(turn.State.Conversation), "2").Get(TranscriptLog.Key)!;
        Assert.True(next.CustomerFrustrated);
        Assert.Equal(3, next.Activities.Count);
    }

    [Fact]
    public void FrustratedMessage_ThatLeavesTheBoundedLog_NoLongerCounts()
    {
        string? stored = null;
        var turns = 0;
        foreach (var said in new[] { "THIS IS USELESS, NOTHING WORKS!!!" }.Concat(Enumerable.Repeat("ok", TranscriptLog.MaxEntries)))
        {
            var turn = Turn(stored, said);
            Assert.Equal(ReadingEverything(turn), TranscriptLog.CustomerFrustratedSoFar(turn));
            TranscriptLog.Record(turn, turn.Outbox, Now);
            stored = Save(turn.State.Conversation);
            turns++;
        }

        var log = new StateScope("c", stored, "1").Get(TranscriptLog.Key)!;
        Assert.Equal(TranscriptLog.MaxEntries, log.Activities.Count);
        Assert.False(log.CustomerFrustrated);
        Assert.False(TranscriptLog.CustomerFrustratedSoFar(Turn(stored, "ok")));
        Assert.Equal(TranscriptLog.MaxEntries + 1, turns);
    }

    [Fact]
    public void CustomerWords_AreWhatReadingTheWholeEntriesGives_ThisTurnsLast()
    {
        string? stored = null;
        foreach (var (said, replies) in Turns())
        {
            var turn = Turn(stored, said);
            var logged = stored is null ? [] : new StateScope("c", stored, "1").Get(TranscriptLog.Key)!.Activities.ToList();
            var expected = logged.Where(a => a.From?.Role == RoleTypes.User && !string.IsNullOrWhiteSpace(a.Text)).Select(a => a.Text!).Append(said);
            Assert.Equal(expected, TranscriptLog.CustomerWords(turn));

            turn.Send(replies.Select(r => Activity.Message(r)));
            TranscriptLog.Record(turn, turn.Outbox, Now);
            stored = Save(turn.State.Conversation);
        }

        Assert.Equal([.. Turns().Select(t => t.Said), "ok"], TranscriptLog.CustomerWords(Turn(stored, "ok")));
    }

    [Fact]
    public void CustomerWords_ReadOnlyWhoSaidEachEntryAndWhat()
    {
        // The first entry's attachments are not a list, which an activity cannot be read from: its words still count,
        // because the rest of an entry is skipped, not read.
        const string Stored = """
            {"closing.transcript":{"activities":[
              {"type":"message","from":{"id":"user","role":"user"},"text":"we fly to Lisbon on Friday","attachments":"not a list"},
              {"type":"message","from":{"id":"bot","role":"bot"},"text":"Have a lovely trip!"},
              {"type":"message","from":{"id":"user","role":"user"},"text":"  "}
            ],"customerFrustrated":false}}
            """;

        Assert.Equal(["we fly to Lisbon on Friday", "thanks"], TranscriptLog.CustomerWords(Turn(Stored, "thanks")));
    }

    [Fact]
    public void View_OfStoredAddedAndDroppedEntries_IsEachEntryMapped()
    {
        var stored = $$"""{"closing.transcript":{{JsonSerializer.Serialize(new { activities = new[] { Logged("one"), Logged("two"), Logged("three") } }, RuntimeJson.Options)}}}""";
        var log = new StateScope("c", stored, "1").Get(TranscriptLog.Key)!.Activities;
        log.Add(Logged("four"));
        Assert.Equal(["one", "two", "three", "four"], log.View(ClosingJsonContext.Default.ListLoggedWords, LoggedWords.Of).Select(w => w.Text));

        log.RemoveOldest(2);
        Assert.Equal(["three", "four"], log.View(ClosingJsonContext.Default.ListLoggedWords, LoggedWords.Of).Select(w => w.Text));
        Assert.All(log.View(ClosingJsonContext.Default.ListLoggedWords, LoggedWords.Of), w => Assert.Equal(RoleTypes.User, w.From?.Role));
    }

    private static (string Said, string[] Replies)[] Turns() =>
    [
        ("yes that's fixed", ["Glad to hear it.", "Anything else?"]),
        ("we fly to Lisbon on Friday", ["How did we do?"]),
        ("THIS IS USELESS, NOTHING WORKS!!!", ["I'm sorry.", "Would you like a person?"]),
        ("no, it's fine", ["Thanks, Dana: café \"ünïcödé\" + <b>."]),
        ("bye", []),
    ];

    private static bool ReadingEverything(TurnContext turn) =>
        TranscriptLog.CustomerWords(turn).Any(t => FrustrationRecognizer.Analyze(t, "en").ShouldOfferHuman);

    private static Activity Logged(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Timestamp = Now,
        From = new ChannelAccount { Id = "user", Role = RoleTypes.User },
    };

    private static TurnContext Turn(string? stored, string text) =>
        new(
            Activity.Message(text) with
            {
                Id = Guid.NewGuid().ToString("N"),
                Timestamp = Now,
                From = new ChannelAccount { Id = "user", Role = RoleTypes.User },
                Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
            },
            TurnIdentity.Anonymous,
            new TurnState(new StateScope("c", stored, stored is null ? null : "1"), null),
            EmptyServices.Instance);

    private static string Save(StateScope scope)
    {
        var json = scope.Pending()?.Json ?? scope.ToJson();
        scope.Saved("x");
        return json;
    }

    private static string Slot(string document)
    {
        using var parsed = JsonDocument.Parse(document);
        return parsed.RootElement.GetProperty(TranscriptLog.Key.Name).GetRawText();
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
