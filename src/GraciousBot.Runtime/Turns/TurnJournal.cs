using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Wire;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Turns;

/// <summary>
/// What a committed turn answered, stored in the same batch as its state: its existence says "this activity was
/// applied", and its replies are what a redelivery of the activity gets again.
/// </summary>
public sealed record TurnRecord
{
    [JsonConverter(typeof(RepliesConverter))]
    public List<Activity> Replies { get; init; } = [];

    public InvokeResponse? Invoke { get; init; }

    /// <summary>The replies travel in the HTTP body, not through the connector.</summary>
    public bool ExpectReplies { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ConversationId { get; init; }

    public string? CallerAppId { get; init; }
}

/// <summary>
/// A turn record's replies, written by <see cref="ActivityJson"/>: the same bytes the serializer writes, without its
/// metadata path (the schema's types keep unknown properties, which rules out the generated fast path). Read by the
/// serializer, as before.
/// </summary>
internal sealed class RepliesConverter : JsonConverter<List<Activity>>
{
    public override List<Activity>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<Activity>>(ref reader, RuntimeJson.Options);

    public override void Write(Utf8JsonWriter writer, List<Activity> value, JsonSerializerOptions options) => ActivityJson.Write(writer, value);
}

/// <summary>
/// The outbox entry of a turn whose replies go through the connector: written with the turn, deleted once every
/// reply was delivered. Whatever is still here after a crash is delivered by <see cref="OutboxRetrier"/>.
/// </summary>
/// <param name="Owner">The process that committed the turn and is delivering it (until <paramref name="NextAttemptAt"/>).</param>
public sealed record PendingDelivery(string RecordKey, string ConversationKey, int Attempts, DateTimeOffset NextAttemptAt, string? Owner = null);

/// <summary>Where a turn's record and outbox entry are stored, and how long they are kept.</summary>
public sealed record TurnJournalKeys(string Record, string Outbox)
{
    public const string RecordPrefix = "turn/";
    public const string OutboxPrefix = "outbox/";

    /// <summary>
    /// How long a committed turn is remembered (redeliveries come within minutes; a day covers a long outage). A
    /// redelivery after that runs the turn again.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>
    /// Keys for an activity. Each part is escaped, so a conversation id holding the separator cannot collide with
    /// another conversation's key.
    /// </summary>
    public static TurnJournalKeys For(string channelId, string conversationId, string activityId)
    {
        var suffix = $"{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(conversationId)}/{Uri.EscapeDataString(activityId)}";
        return new TurnJournalKeys(RecordPrefix + suffix, OutboxPrefix + suffix);
    }

    internal static byte[] Serialize<T>(T value) => RuntimeJson.ToDocument(value);

    /// <summary>The stored value, or null when it is missing or unreadable.</summary>
    internal static T? Read<T>(IReadOnlyDictionary<string, StoredItem> items, string key)
        where T : class => items.TryGetValue(key, out var item) ? Parse<T>(item) : null;

    internal static T? Parse<T>(StoredItem item)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(item.Utf8Json.Span, RuntimeJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
