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
        // The recap as the skill sends it: text, a card, and yes/no buttons, addressed to the channel's user.
        _reply = JsonSerializer.Deserialize(
            """
            {"type":"message","from":{"id":"graciousbot","name":"GraciousBot","role":"bot"},"conversation":{"id":"conv-1"},
             "recipient":{"id":"user-1","name":"Dana Whitfield","role":"user"},"textFormat":"markdown","locale":"en-US",
             "text":"Thanks, Dana. Here is what we did today: the charging cable was replaced under warranty.","inputHint":"expectingInput",
             "suggestedActions":{"actions":[{"type":"imBack","title":"Yes","value":"Yes"},{"type":"imBack","title":"No","value":"No"}]},
             "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5",
               "body":[{"type":"TextBlock","text":"Recap","weight":"bolder"},{"type":"FactSet","facts":[{"title":"Case","value":"Charging cable"},{"title":"Refund","value":"12.40 EUR"}]}]}}],
             "replyToId":"act-1"}
            """,
            WireJsonContext.Default.Activity)!;
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
