using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraciousBot.Wire.Schema;

/// <summary>Addressing helpers: replies, conversation references and mentions.</summary>
public static partial class ActivityExtensions
{
    /// <summary>
    /// Addresses <paramref name="reply"/> as an answer to <paramref name="incoming"/>: same conversation and channel,
    /// from and recipient swapped, <c>replyToId</c> set, locale kept unless the reply chose its own.
    /// </summary>
    public static Activity AsReplyTo(this Activity reply, Activity incoming) => reply with
    {
        ChannelId = incoming.ChannelId,
        Conversation = incoming.Conversation,
        From = incoming.Recipient,
        Recipient = incoming.From,
        ReplyToId = incoming.Id,
        ServiceUrl = null,
        Locale = reply.Locale ?? incoming.Locale,
    };

    /// <summary>A new message reply to <paramref name="incoming"/>.</summary>
    public static Activity CreateReply(this Activity incoming, string? text = null) => Activity.Message(text).AsReplyTo(incoming);

    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.IsType(ActivityTypes.ConversationUpdate) ? null : activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        Locale = activity.Locale,
        ServiceUrl = activity.ServiceUrl,
    };

    /// <summary>Addresses a proactive activity to the conversation a reference points at.</summary>
    public static Activity ApplyReference(this Activity activity, ConversationReference reference) => activity with
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation,
        From = reference.Bot,
        Recipient = reference.User,
        Locale = activity.Locale ?? reference.Locale,
    };

    /// <summary>
    /// An activity arriving in the referenced conversation as if from its user: how the bot delivers a timer or a
    /// scheduled turn to itself through the normal turn pipeline.
    /// </summary>
    public static Activity AsIncoming(this ConversationReference reference, Activity activity) => activity with
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation,
        From = reference.User,
        Recipient = reference.Bot,
        Locale = activity.Locale ?? reference.Locale,
    };

    /// <summary>The mention entities of an activity (type matched case-insensitively).</summary>
    public static IEnumerable<(string? Id, string? Name, string? Text)> GetMentions(this Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Extra is null)
            {
                continue;
            }

            string? id = null, name = null, text = null;
            if (entity.Extra.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object)
            {
                id = mentioned.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                name = mentioned.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            }

            if (entity.Extra.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                text = t.GetString();
            }

            yield return (id, name, text);
        }
    }

    /// <summary>
    /// The text with mentions of the recipient (the bot) removed, the way Teams delivers "@GraciousBot yes":
    /// the bot's mention is cut; other people's mentions keep their names without the <c>&lt;at&gt;</c> markup.
    /// </summary>
    public static string? TextWithoutRecipientMention(this Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var (id, _, mentionText) in activity.GetMentions())
        {
            if (!string.IsNullOrEmpty(mentionText) && (id is null || id == activity.Recipient?.Id))
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Mentions of anyone else keep their name, without the markup.
        return AtMarkup().Replace(text, "$1").Trim();
    }

    [GeneratedRegex("<at(?:\\s[^>]*)?>([^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMarkup();
}
