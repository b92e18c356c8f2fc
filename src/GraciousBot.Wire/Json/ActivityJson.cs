using System.Text.Json;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Wire;

/// <summary>
/// Writes activities as <see cref="WireJsonContext"/> does, byte for byte (the same property order, names, nulls
/// omitted, <c>timestamp</c> in UTC with <c>Z</c>, unknown properties last), for the replies a turn sends: the
/// connector's request bodies and the expectReplies answer.
/// </summary>
/// <remarks>
/// Written by hand because System.Text.Json cannot take its source-generated fast path for these types: a type with
/// <c>[JsonExtensionData]</c> (every schema type keeps unknown properties) or a property converter always goes through
/// the generic metadata path, a walk of property metadata and a write stack per object. Reading stays with the
/// serializer. A test holds the two writers to the same bytes for every property.
/// </remarks>
public static class ActivityJson
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TimestampName = JsonEncodedText.Encode("timestamp");
    private static readonly JsonEncodedText LocalTimestampName = JsonEncodedText.Encode("localTimestamp");
    private static readonly JsonEncodedText LocalTimezoneName = JsonEncodedText.Encode("localTimezone");
    private static readonly JsonEncodedText ServiceUrlName = JsonEncodedText.Encode("serviceUrl");
    private static readonly JsonEncodedText ChannelIdName = JsonEncodedText.Encode("channelId");
    private static readonly JsonEncodedText FromName = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText ConversationName = JsonEncodedText.Encode("conversation");
    private static readonly JsonEncodedText RecipientName = JsonEncodedText.Encode("recipient");
    private static readonly JsonEncodedText TextFormatName = JsonEncodedText.Encode("textFormat");
    private static readonly JsonEncodedText AttachmentLayoutName = JsonEncodedText.Encode("attachmentLayout");
    private static readonly JsonEncodedText MembersAddedName = JsonEncodedText.Encode("membersAdded");
    private static readonly JsonEncodedText MembersRemovedName = JsonEncodedText.Encode("membersRemoved");
    private static readonly JsonEncodedText LocaleName = JsonEncodedText.Encode("locale");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText SpeakName = JsonEncodedText.Encode("speak");
    private static readonly JsonEncodedText InputHintName = JsonEncodedText.Encode("inputHint");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText SuggestedActionsName = JsonEncodedText.Encode("suggestedActions");
    private static readonly JsonEncodedText AttachmentsName = JsonEncodedText.Encode("attachments");
    private static readonly JsonEncodedText EntitiesName = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText ChannelDataName = JsonEncodedText.Encode("channelData");
    private static readonly JsonEncodedText ActionName = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText ReplyToIdName = JsonEncodedText.Encode("replyToId");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText ValueTypeName = JsonEncodedText.Encode("valueType");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText RelatesToName = JsonEncodedText.Encode("relatesTo");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText ExpirationName = JsonEncodedText.Encode("expiration");
    private static readonly JsonEncodedText ImportanceName = JsonEncodedText.Encode("importance");
    private static readonly JsonEncodedText DeliveryModeName = JsonEncodedText.Encode("deliveryMode");
    private static readonly JsonEncodedText ListenForName = JsonEncodedText.Encode("listenFor");
    private static readonly JsonEncodedText CallerIdName = JsonEncodedText.Encode("callerId");
    private static readonly JsonEncodedText AadObjectIdName = JsonEncodedText.Encode("aadObjectId");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText IsGroupName = JsonEncodedText.Encode("isGroup");
    private static readonly JsonEncodedText ConversationTypeName = JsonEncodedText.Encode("conversationType");
    private static readonly JsonEncodedText TenantIdName = JsonEncodedText.Encode("tenantId");
    private static readonly JsonEncodedText ActivityIdName = JsonEncodedText.Encode("activityId");
    private static readonly JsonEncodedText UserName = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText BotName = JsonEncodedText.Encode("bot");
    private static readonly JsonEncodedText ContentTypeName = JsonEncodedText.Encode("contentType");
    private static readonly JsonEncodedText ContentUrlName = JsonEncodedText.Encode("contentUrl");
    private static readonly JsonEncodedText ContentName = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText ThumbnailUrlName = JsonEncodedText.Encode("thumbnailUrl");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText ImageName = JsonEncodedText.Encode("image");
    private static readonly JsonEncodedText DisplayTextName = JsonEncodedText.Encode("displayText");
    private static readonly JsonEncodedText ToName = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText ActionsName = JsonEncodedText.Encode("actions");
    private static readonly JsonEncodedText ActivitiesName = JsonEncodedText.Encode("activities");

    /// <summary>The serializer's escaping, as <see cref="WireJsonContext"/> writes.</summary>
    private static readonly JsonBytes Bytes = new(default);

    /// <summary>The activity as UTF-8 JSON.</summary>
    public static byte[] ToUtf8Bytes(Activity activity) => Bytes.Write(activity, static (writer, a) => Write(writer, a));

    /// <summary>An expectReplies answer: <c>{"activities": [...]}</c>.</summary>
    public static byte[] ToUtf8Bytes(ExpectedReplies replies) => Bytes.Write(replies, static (writer, r) =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName(ActivitiesName);
        Write(writer, r.Activities);
        writer.WriteEndObject();
    });

    /// <summary>Writes activities as a JSON array, a null one as null (as the serializer does).</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<Activity> activities)
    {
        writer.WriteStartArray();
        Items(writer, activities, Write);
        writer.WriteEndArray();
    }

    /// <summary>Writes one activity.</summary>
    public static void Write(Utf8JsonWriter writer, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(activity);
        writer.WriteStartObject();
        String(writer, TypeName, activity.Type);
        String(writer, IdName, activity.Id);
        if (activity.Timestamp is { } timestamp)
        {
            writer.WritePropertyName(TimestampName);
            UtcTimestampConverter.WriteValue(writer, timestamp);
        }

        Time(writer, LocalTimestampName, activity.LocalTimestamp);
        String(writer, LocalTimezoneName, activity.LocalTimezone);
        String(writer, ServiceUrlName, activity.ServiceUrl);
        String(writer, ChannelIdName, activity.ChannelId);
        Account(writer, FromName, activity.From);
        Conversation(writer, ConversationName, activity.Conversation);
        Account(writer, RecipientName, activity.Recipient);
        String(writer, TextFormatName, activity.TextFormat);
        String(writer, AttachmentLayoutName, activity.AttachmentLayout);
        List(writer, MembersAddedName, activity.MembersAdded, Account);
        List(writer, MembersRemovedName, activity.MembersRemoved, Account);
        String(writer, LocaleName, activity.Locale);
        String(writer, TextName, activity.Text);
        String(writer, SpeakName, activity.Speak);
        String(writer, InputHintName, activity.InputHint);
        String(writer, SummaryName, activity.Summary);
        Suggested(writer, activity.SuggestedActions);
        List(writer, AttachmentsName, activity.Attachments, Attachment);
        List(writer, EntitiesName, activity.Entities, Entity);
        Element(writer, ChannelDataName, activity.ChannelData);
        String(writer, ActionName, activity.Action);
        String(writer, ReplyToIdName, activity.ReplyToId);
        String(writer, LabelName, activity.Label);
        String(writer, ValueTypeName, activity.ValueType);
        Element(writer, ValueName, activity.Value);
        String(writer, NameName, activity.Name);
        Reference(writer, RelatesToName, activity.RelatesTo);
        String(writer, CodeName, activity.Code);
        Time(writer, ExpirationName, activity.Expiration);
        String(writer, ImportanceName, activity.Importance);
        String(writer, DeliveryModeName, activity.DeliveryMode);
        List(writer, ListenForName, activity.ListenFor, static (w, value) => w.WriteStringValue(value));
        String(writer, CallerIdName, activity.CallerId);
        Extra(writer, activity.Extra);
        writer.WriteEndObject();
    }

    private static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Time(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
    }

    private static void Element(Utf8JsonWriter writer, JsonEncodedText name, JsonElement? value)
    {
        if (value is { } element)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }

    private static void Extra(Utf8JsonWriter writer, Dictionary<string, JsonElement>? extra)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var (name, value) in extra)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    private static void Account(Utf8JsonWriter writer, JsonEncodedText name, ChannelAccount? account)
    {
        if (account is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        Account(writer, account);
    }

    private static void Account(Utf8JsonWriter writer, ChannelAccount account)
    {
        writer.WriteStartObject();
        String(writer, IdName, account.Id);
        String(writer, NameName, account.Name);
        String(writer, AadObjectIdName, account.AadObjectId);
        String(writer, RoleName, account.Role);
        Extra(writer, account.Extra);
        writer.WriteEndObject();
    }

    /// <summary>A list property: each item by <paramref name="item"/>, a null item as null (the serializer does the same).</summary>
    private static void List<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> item)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        Items(writer, items, item);
        writer.WriteEndArray();
    }

    /// <summary>An array's items: each by <paramref name="item"/>, a null item as null.</summary>
    private static void Items<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> item)
        where T : class
    {
        foreach (var each in items)
        {
            if (each is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                item(writer, each);
            }
        }
    }

    private static void Conversation(Utf8JsonWriter writer, JsonEncodedText name, ConversationAccount? conversation)
    {
        if (conversation is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        String(writer, IdName, conversation.Id);
        String(writer, NameName, conversation.Name);
        if (conversation.IsGroup is { } isGroup)
        {
            writer.WriteBoolean(IsGroupName, isGroup);
        }

        String(writer, ConversationTypeName, conversation.ConversationType);
        String(writer, TenantIdName, conversation.TenantId);
        String(writer, AadObjectIdName, conversation.AadObjectId);
        String(writer, RoleName, conversation.Role);
        Extra(writer, conversation.Extra);
        writer.WriteEndObject();
    }

    private static void Reference(Utf8JsonWriter writer, JsonEncodedText name, ConversationReference? reference)
    {
        if (reference is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        String(writer, ActivityIdName, reference.ActivityId);
        Account(writer, UserName, reference.User);
        Account(writer, BotName, reference.Bot);
        Conversation(writer, ConversationName, reference.Conversation);
        String(writer, ChannelIdName, reference.ChannelId);
        String(writer, LocaleName, reference.Locale);
        String(writer, ServiceUrlName, reference.ServiceUrl);
        Extra(writer, reference.Extra);
        writer.WriteEndObject();
    }

    private static void Suggested(Utf8JsonWriter writer, SuggestedActions? suggested)
    {
        if (suggested is null)
        {
            return;
        }

        writer.WriteStartObject(SuggestedActionsName);
        List(writer, ToName, suggested.To, static (w, value) => w.WriteStringValue(value));
        List(writer, ActionsName, suggested.Actions, CardAction);
        Extra(writer, suggested.Extra);
        writer.WriteEndObject();
    }

    private static void CardAction(Utf8JsonWriter writer, CardAction action)
    {
        writer.WriteStartObject();
        String(writer, TypeName, action.Type);
        String(writer, TitleName, action.Title);
        String(writer, ImageName, action.Image);
        String(writer, TextName, action.Text);
        String(writer, DisplayTextName, action.DisplayText);
        Element(writer, ValueName, action.Value);
        Extra(writer, action.Extra);
        writer.WriteEndObject();
    }

    private static void Attachment(Utf8JsonWriter writer, Attachment attachment)
    {
        writer.WriteStartObject();
        String(writer, ContentTypeName, attachment.ContentType);
        String(writer, ContentUrlName, attachment.ContentUrl);
        Element(writer, ContentName, attachment.Content);
        String(writer, NameName, attachment.Name);
        String(writer, ThumbnailUrlName, attachment.ThumbnailUrl);
        Extra(writer, attachment.Extra);
        writer.WriteEndObject();
    }

    private static void Entity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        String(writer, TypeName, entity.Type);
        Extra(writer, entity.Extra);
        writer.WriteEndObject();
    }
}
