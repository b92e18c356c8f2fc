using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraciousBot.Wire.Schema;

/// <summary>
/// A Bot Framework activity as it travels on the wire. Properties this type does not model are kept in
/// <see cref="Extra"/> and written back unchanged, so nothing a channel sends is lost on a round-trip.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Locale { get; init; }
    public string? Text { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public string? Summary { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? Label { get; init; }
    public string? ValueType { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public ConversationReference? RelatesTo { get; init; }
    public string? Code { get; init; }
    public DateTimeOffset? Expiration { get; init; }
    public string? Importance { get; init; }
    public string? DeliveryMode { get; init; }
    public IReadOnlyList<string>? ListenFor { get; init; }
    public string? CallerId { get; init; }

    /// <summary>Every property the schema above does not name, preserved for the round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A message activity with the given text, ready to be sent as a reply (the turn fills in addressing).</summary>
    public static Activity Message(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>An event activity with a name and an optional value.</summary>
    public static Activity Event(string name, JsonElement? value = null) =>
        new() { Type = ActivityTypes.Event, Name = name, Value = value };

    /// <summary>An endOfConversation activity with a code and an optional result value.</summary>
    public static Activity EndOfConversation(string code, JsonElement? value = null) =>
        new() { Type = ActivityTypes.EndOfConversation, Code = code, Value = value };

    public static Activity Typing() => new() { Type = ActivityTypes.Typing };
}

public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static ChannelAccount Of(string? id, string? name = null, string? role = null) => new() { Id = id, Name = name, Role = role };
}

public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static ConversationAccount Of(string? id) => new() { Id = id };
}

/// <summary>Where a conversation lives: enough to send to it later (proactively) or to relate a skill call to it.</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ChannelId { get; init; }
    public string? Locale { get; init; }
    public string? ServiceUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record CardAction
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Image { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public JsonElement? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A button that posts its title back as visible text (the one kind every channel supports).</summary>
    public static CardAction ImBack(string title, string? value = null) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(value ?? title, WireJsonContext.Default.String),
    };
}

public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>An entity (mention, ClientCapabilities, streaminfo, …): its type plus whatever it carries.</summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The body of a conversation-creating call (POST /v3/conversations).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record ConversationResourceResponse(string? Id, string? ServiceUrl, string? ActivityId);

public sealed record ResourceResponse(string? Id);

/// <summary>The HTTP answer to an invoke activity: a status code and an optional body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);

/// <summary>The body of an expectReplies answer: every activity the turn sent, in order.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>The connector's error shape: <c>{"error": {"code", "message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail? Error);

public sealed record ErrorDetail(string? Code, string? Message);
