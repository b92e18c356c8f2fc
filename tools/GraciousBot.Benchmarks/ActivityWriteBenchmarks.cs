using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Benchmarks;

/// <summary>
/// A closing's reply (the recap with its card and buttons) and an expectReplies answer of three, written by the
/// source-generated serializer (its metadata path: the schema types keep unknown properties) and by ActivityJson.
/// </summary>
[MemoryDiagnoser]
public class ActivityWriteBenchmarks
{
    private Activity _reply = null!;
    private ExpectedReplies _replies = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Thanks, Dana. To recap: we replaced the charging cable under warranty, and the refund of 12.40 EUR is on its way.",
            From = new ChannelAccount { Id = "graciousbot", Name = "GraciousBot", Role = RoleTypes.Bot },
            Recipient = new ChannelAccount { Id = "user-1", Name = "Dana Whitfield", Role = RoleTypes.User },
            Conversation = new ConversationAccount { Id = "conv-1" },
            ReplyToId = "act-1",
            Locale = "en-US",
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes"), CardAction.ImBack("No")] },
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Recap","weight":"bolder"},{"type":"FactSet","facts":[{"title":"Case","value":"Charging cable"},{"title":"Refund","value":"12.40 EUR"}]}]}""").RootElement }],
        };
        _replies = new ExpectedReplies([_reply, Activity.Message("Is there anything else?"), Activity.Typing()]);
    }

    [Benchmark(Baseline = true)]
    public int ReplySerializer() => JsonSerializer.SerializeToUtf8Bytes(_reply, WireJsonContext.Default.Activity).Length;

    [Benchmark]
    public int ReplyActivityJson() => ActivityJson.ToUtf8Bytes(_reply).Length;

    [Benchmark]
    public int ExpectedRepliesSerializer() => JsonSerializer.SerializeToUtf8Bytes(_replies, WireJsonContext.Default.ExpectedReplies).Length;

    [Benchmark]
    public int ExpectedRepliesActivityJson() => ActivityJson.ToUtf8Bytes(_replies).Length;
}
