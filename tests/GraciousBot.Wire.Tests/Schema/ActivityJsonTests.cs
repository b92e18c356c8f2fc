using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Wire.Tests.Schema;

public sealed class ActivityJsonTests
{
    public static TheoryData<string> Fixtures => new()
    {
        "webchat-message.json",
        "teams-channel-mention.json",
        "teams-card-submit.json",
        "emulator-conversation-update.json",
        "skill-close-event.json",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RoundTrip_RealisticActivity_PreservesEveryProperty(string fixture)
    {
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));

        var activity = JsonSerializer.Deserialize(original, WireJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity);

        AssertJsonEquivalent(JsonNode.Parse(original)!, JsonNode.Parse(written)!, "$");
    }

    [Fact]
    public void Deserialize_WebChatMessage_KeepsClientActivityIdInChannelData()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "webchat-message.json"));

        var activity = JsonSerializer.Deserialize(json, WireJsonContext.Default.Activity)!;

        Assert.Equal("1700735672538k3n2x9a7", activity.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal("ClientCapabilities", activity.Entities![0].Type);
        Assert.True(activity.Entities[0].Extra!["requiresBotState"].GetBoolean());
    }

    [Fact]
    public void Deserialize_SkillEvent_KeepsUnknownTopLevelProperty()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "skill-close-event.json"));

        var activity = JsonSerializer.Deserialize(json, WireJsonContext.Default.Activity)!;

        Assert.True(activity.Extra!.ContainsKey("semanticAction"));
        Assert.Equal("https://directline.botframework.com/", activity.RelatesTo!.ServiceUrl);
    }

    [Fact]
    public void Serialize_OmitsNullsAndWritesUtcTimestampWithZ()
    {
        var activity = Activity.Message("hello") with { Timestamp = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)) };

        var json = JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","timestamp":"2026-11-23T09:00:00.0000000Z","text":"hello"}""", json);
    }

    [Fact]
    public void AsReplyTo_SwapsAddressesAndKeepsConversationAndLocale()
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "in-1",
            ChannelId = "msteams",
            ServiceUrl = "https://smba.example/",
            From = ChannelAccount.Of("user-1", "Dana"),
            Recipient = ChannelAccount.Of("bot-1", "GraciousBot"),
            Conversation = ConversationAccount.Of("conv-1"),
            Locale = "fr-FR",
        };

        var reply = incoming.CreateReply("merci");

        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("conv-1", reply.Conversation!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("fr-FR", reply.Locale);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Null(reply.ServiceUrl);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void TextWithoutRecipientMention_StripsBotMentionAndKeepsOtherNames()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams-channel-mention.json"));
        var activity = JsonSerializer.Deserialize(json, WireJsonContext.Default.Activity)!;

        Assert.Equal("it's working now, thanks", activity.TextWithoutRecipientMention());

        var withOther = activity with { Text = "<at>GraciousBot</at> ask <at>Sam Lee</at> please" };
        Assert.Equal("ask Sam Lee please", withOther.TextWithoutRecipientMention());
    }

    [Fact]
    public void GetConversationReference_ThenApplyReference_AddressesTheSameConversation()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "webchat-message.json"));
        var incoming = JsonSerializer.Deserialize(json, WireJsonContext.Default.Activity)!;

        var reference = incoming.GetConversationReference();
        var proactive = Activity.Message("A quick follow-up").ApplyReference(reference);

        Assert.Equal(incoming.Conversation!.Id, proactive.Conversation!.Id);
        Assert.Equal(incoming.ServiceUrl, proactive.ServiceUrl);
        Assert.Equal(incoming.From!.Id, proactive.Recipient!.Id);
        Assert.Equal(incoming.Recipient!.Id, proactive.From!.Id);
    }

    /// <summary>Deep equality, where timestamps compare as instants (channels vary in fractional digits).</summary>
    private static void AssertJsonEquivalent(JsonNode expected, JsonNode actual, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual);
                Assert.True(expectedObject.Select(p => p.Key).Order().SequenceEqual(actualObject.Select(p => p.Key).Order()), $"Properties differ at {path}: expected [{string.Join(",", expectedObject.Select(p => p.Key))}] got [{string.Join(",", actualObject.Select(p => p.Key))}]");
                foreach (var (name, value) in expectedObject)
                {
                    AssertJsonEquivalent(value!, actualObject[name]!, $"{path}.{name}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.Equal(expectedArray.Count, actualArray.Count);
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    AssertJsonEquivalent(expectedArray[i]!, actualArray[i]!, $"{path}[{i}]");
                }

                break;
            default:
                if (path.EndsWith("imestamp", StringComparison.Ordinal) && DateTimeOffset.TryParse(expected.ToString(), out var e) && DateTimeOffset.TryParse(actual.ToString(), out var a))
                {
                    Assert.Equal(e, a);
                }
                else
                {
                    Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
                }

                break;
        }
    }
}
