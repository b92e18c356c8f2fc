using System.Text.Json;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Tests.Turns;

/// <summary>
/// A turn record's replies are written by ActivityJson instead of the serializer: the stored bytes must not change, so
/// records written before and after read the same and a redelivery replays exactly what was answered.
/// </summary>
public sealed class TurnRecordJsonTests
{
    private static IEnumerable<Activity> Replies()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "WireFixtures"), "*.json").Order(StringComparer.Ordinal))
        {
            yield return JsonSerializer.Deserialize<Activity>(File.ReadAllText(file), RuntimeJson.Options)!;
        }

        yield return Activity.Message("Thanks, Dana! Your adapter ships on Wednesday.") with
        {
            Timestamp = new DateTimeOffset(2026, 11, 23, 10, 0, 0, 123, TimeSpan.FromHours(1)),
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "Yes \"really\"", Value = JsonDocument.Parse("\"yes\"").RootElement.Clone() }] },
            Speak = "<speak>ünïcödé &amp; </speak>",
        };
        yield return new Activity { Type = ActivityTypes.EndOfConversation, Code = "completedSuccessfully", Value = JsonDocument.Parse("""{"outcome":"completed","rating":5,"steps":[]}""").RootElement.Clone() };
    }

    [Fact]
    public void Replies_AreWrittenByActivityJson_ToTheBytesTheSerializerWrites()
    {
        var replies = Replies().ToList();
        Assert.True(replies.Count >= 7);
        var record = new TurnRecord { Replies = replies, ServiceUrl = "https://smba.example/", ConversationId = "c1" };

        using var stored = JsonDocument.Parse(TurnJournalKeys.Serialize(record));
        var written = stored.RootElement.GetProperty("replies").GetRawText();

        // Written by ActivityJson, and to what the serializer itself writes for the same list through the same options,
        // escaped as every stored document is (RuntimeJson.DocumentWriter: "<at>" and "ü" as they are).
        var property = Assert.Single(RuntimeJson.Options.GetTypeInfo(typeof(TurnRecord)).Properties, p => p.Name == "replies");
        Assert.IsType<RepliesConverter>(property.CustomConverter);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(RuntimeJson.ToDocument(replies)), written);
        Assert.Contains("<at>", written, StringComparison.Ordinal);
        Assert.Contains("ünïcödé", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Replies_ReadBackAsWritten()
    {
        var record = new TurnRecord { Replies = Replies().ToList(), ExpectReplies = true };
        var json = TurnJournalKeys.Serialize(record);

        var read = TurnJournalKeys.Parse<TurnRecord>(new StoredItem("turn/k", json, "\"e\""))!;

        Assert.Equal(record.Replies.Count, read.Replies.Count);
        Assert.True(read.ExpectReplies);
        Assert.Equal(json, TurnJournalKeys.Serialize(read));
    }
}
