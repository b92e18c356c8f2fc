using System.Text.Json;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Wire.Tests.Schema;

/// <summary><see cref="ActivityJson"/> writes exactly the bytes the source-generated serializer writes.</summary>
public sealed class ActivityJsonWriterTests
{
    [Theory]
    [MemberData(nameof(ActivityJsonTests.Fixtures), MemberType = typeof(ActivityJsonTests))]
    public void ToUtf8Bytes_ChannelActivity_SameBytesAsTheSerializer(string fixture)
    {
        var activity = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)), WireJsonContext.Default.Activity)!;

        AssertSameBytes(activity);
    }

    [Fact]
    public void ToUtf8Bytes_EveryPropertySetAndUnknownOnesEverywhere_SameBytesAsTheSerializer()
    {
        AssertSameBytes(Everything());
    }

    [Fact]
    public void ToUtf8Bytes_EmptyListsNullItemsAndNothingElse_SameBytesAsTheSerializer()
    {
        AssertSameBytes(new Activity());
        AssertSameBytes(new Activity
        {
            Type = "message",
            MembersAdded = [],
            MembersRemoved = [null!, ChannelAccount.Of("u")],
            Attachments = [null!],
            Entities = [null!, new Entity()],
            ListenFor = [null!, "x"],
            SuggestedActions = new SuggestedActions { Actions = [null!] },
            Extra = [],
            Value = JsonDocument.Parse("null").RootElement,
            Timestamp = new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
    }

    [Fact]
    public void ToUtf8Bytes_ExpectedReplies_SameBytesAsTheSerializer()
    {
        var replies = new ExpectedReplies([Everything(), Activity.Message("second"), Activity.EndOfConversation(EndOfConversationCodes.CompletedSuccessfully)]);

        Assert.Equal(
            System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(replies, WireJsonContext.Default.ExpectedReplies)),
            System.Text.Encoding.UTF8.GetString(ActivityJson.ToUtf8Bytes(replies)));
    }

    [Fact]
    public void ToUtf8Bytes_ManyTimesOnOneThread_EachAnswerIsItsOwn()
    {
        var first = ActivityJson.ToUtf8Bytes(Activity.Message("one"));
        var large = ActivityJson.ToUtf8Bytes(Activity.Message(new string('x', 300_000)));
        var second = ActivityJson.ToUtf8Bytes(Activity.Message("two"));

        Assert.Equal("""{"type":"message","text":"one"}""", System.Text.Encoding.UTF8.GetString(first));
        Assert.Equal(300_000 + """{"type":"message","text":""}""".Length, large.Length);
        Assert.Equal("""{"type":"message","text":"two"}""", System.Text.Encoding.UTF8.GetString(second));
    }

    private static void AssertSameBytes(Activity activity) => Assert.Equal(
        System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(activity, WireJsonContext.Default.Activity)),
        System.Text.Encoding.UTF8.GetString(ActivityJson.ToUtf8Bytes(activity)));

    private static Dictionary<string, JsonElement> Unknown(string name) => new()
    {
        [name] = JsonDocument.Parse("""{"a":[1,2.50,"<b>&'é😀\u2028"],"b":null,"c":true}""").RootElement,
        ["also" + name] = JsonDocument.Parse("\"x\"").RootElement,
    };

    private static Activity Everything()
    {
        var account = new ChannelAccount { Id = "29:1\"quoted\"", Name = "Zoë <Ng> & co", AadObjectId = "aad", Role = "user", Extra = Unknown("accountExtra") };
        var conversation = new ConversationAccount { Id = "a:1;b@c", Name = "chat", IsGroup = false, ConversationType = "personal", TenantId = "t", AadObjectId = "o", Role = "r", Extra = Unknown("conversationExtra") };
        return new Activity
        {
            Type = "message",
            Id = "id-1",
            Timestamp = new DateTimeOffset(2026, 12, 6, 18, 30, 1, 123, TimeSpan.FromHours(2)).AddTicks(4567),
            LocalTimestamp = new DateTimeOffset(2026, 12, 6, 20, 30, 1, 120, TimeSpan.FromHours(2)),
            LocalTimezone = "Europe/Berlin",
            ServiceUrl = "https://smba.example/emea/",
            ChannelId = "msteams",
            From = account,
            Conversation = conversation,
            Recipient = ChannelAccount.Of("bot", "GraciousBot", "bot"),
            TextFormat = "markdown",
            AttachmentLayout = "carousel",
            MembersAdded = [account, ChannelAccount.Of("b")],
            MembersRemoved = [ChannelAccount.Of("c")],
            Locale = "de-DE",
            Text = "Grüße \"quoted\" <script>alert('x')</script> \n\t\u0001 😀 \u2028 end",
            Speak = "<speak>hi</speak>",
            InputHint = "expectingInput",
            Summary = "summary",
            SuggestedActions = new SuggestedActions
            {
                To = ["u1", "u2"],
                Actions = [CardAction.ImBack("Yes"), new CardAction { Type = "messageBack", Title = "T", Image = "https://img", Text = "t", DisplayText = "d", Value = JsonDocument.Parse("""{"k":1}""").RootElement, Extra = Unknown("actionExtra") }],
                Extra = Unknown("suggestedExtra"),
            },
            Attachments =
            [
                new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JsonDocument.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Hi \u00e9"}]}""").RootElement, Name = "card", ThumbnailUrl = "https://thumb", Extra = Unknown("attachmentExtra") },
                new Attachment { ContentType = "image/png", ContentUrl = "https://x/y.png" },
            ],
            Entities = [new Entity { Type = "mention", Extra = Unknown("entityExtra") }],
            ChannelData = JsonDocument.Parse("""{"tenant":{"id":"t"},"n":12345678901234567890}""").RootElement,
            Action = "add",
            ReplyToId = "reply-to",
            Label = "label",
            ValueType = "vt",
            Value = JsonDocument.Parse("""[1,"two",{"three":3.0}]""").RootElement,
            Name = "closeConversation",
            RelatesTo = new ConversationReference { ActivityId = "r1", User = account, Bot = ChannelAccount.Of("bot"), Conversation = conversation, ChannelId = "msteams", Locale = "de", ServiceUrl = "https://s/", Extra = Unknown("referenceExtra") },
            Code = "completedSuccessfully",
            Expiration = new DateTimeOffset(2027, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(-330)),
            Importance = "high",
            DeliveryMode = "expectReplies",
            ListenFor = ["a", "b"],
            CallerId = "urn:botframework:azure",
            Extra = Unknown("activityExtra"),
        };
    }
}
