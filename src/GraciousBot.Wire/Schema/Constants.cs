namespace GraciousBot.Wire.Schema;

/// <summary>Activity types, spelled as the protocol spells them.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string DeleteUserData = "deleteUserData";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Suggestion = "suggestion";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string Command = "command";
    public const string CommandResult = "commandResult";
}

/// <summary>Codes of an endOfConversation activity: the Bot Framework set and the Agents SDK additions.</summary>
public static class EndOfConversationCodes
{
    public const string Unknown = "unknown";
    public const string CompletedSuccessfully = "completedSuccessfully";
    public const string UserCancelled = "userCancelled";
    public const string BotTimedOut = "botTimedOut";
    public const string BotIssuedInvalidMessage = "botIssuedInvalidMessage";
    public const string ChannelFailed = "channelFailed";
    public const string TimedOut = "timedOut";
    public const string AgentIssuedInvalidMessage = "agentIssuedInvalidMessage";
    public const string Error = "error";
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
    public const string Stream = "stream";
}

public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
    public const string Skill = "skill";
}

public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}

public static class AttachmentLayouts
{
    public const string List = "list";
    public const string Carousel = "carousel";
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}

public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string Json = "application/json";
}

/// <summary>Well-known channel ids.</summary>
public static class ChannelIds
{
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
    public const string Emulator = "emulator";
    public const string MsTeams = "msteams";
    public const string Test = "test";
}

/// <summary>Caller ids a skill derives from the validated token (never from the incoming activity).</summary>
public static class CallerIdPrefixes
{
    public const string Azure = "urn:botframework:azure";
    public const string BotToBot = "urn:botframework:aadappid:";
}

/// <summary>Names of the handoff protocol's events.</summary>
public static class HandoffEventNames
{
    public const string Initiate = "handoff.initiate";
    public const string Status = "handoff.status";
}

/// <summary>Event names of the skill protocol the runtime understands.</summary>
public static class SkillEventNames
{
    public const string RepromptDialog = "repromptDialog";
}
