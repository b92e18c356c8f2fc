namespace GraciousBot.Runtime.State;

/// <summary>The state a turn works on: the conversation's and the user's (per channel and user id).</summary>
public sealed class TurnState(StateScope conversation, StateScope? user)
{
    public StateScope Conversation { get; } = conversation;

    /// <summary>The user's state; null when the activity carried no user id.</summary>
    public StateScope? User { get; } = user;

    public static string ConversationKey(string channelId, string conversationId) => $"conversation/{channelId}/{conversationId}";

    public static string UserKey(string channelId, string userId) => $"user/{channelId}/{userId}";
}
