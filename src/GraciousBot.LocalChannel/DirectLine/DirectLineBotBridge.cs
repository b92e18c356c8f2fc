using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Options;

namespace GraciousBot.LocalChannel;

/// <summary>
/// Hands the user's activities to the bot exactly as any channel does: through <see cref="TurnProcessor"/>, anonymous,
/// with a serviceUrl pointing at our own connector surface, so the bot's replies come back over HTTP through the
/// normal connector client. Turns of one conversation run one at a time, in the order they arrived.
/// </summary>
internal sealed class DirectLineBotBridge(
    TurnProcessor processor,
    IOptions<WebChatOptions> webChat,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DirectLineBotBridge> logger)
{
    private readonly DirectLineOptions _options = options.Value;

    /// <summary>The bot's account in these conversations.</summary>
    public ChannelAccount Bot { get; } = ChannelAccount.Of(options.Value.BotId, webChat.Value.BotName, RoleTypes.Bot);

    /// <summary>The conversationUpdate that opens a conversation: the user and the bot joined.</summary>
    public Task StartAsync(DirectLineConversation conversation, string serviceUrl)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|start",
            ChannelId = _options.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = ConversationAccount.Of(conversation.Id),
            From = conversation.User,
            Recipient = Bot,
            MembersAdded = [conversation.User, Bot],
            Locale = conversation.Locale,
        };

        DirectLineLog.Started(logger, conversation.Id);
        return DeliverAsync(conversation, update);
    }

    /// <summary>Queues the activity for the bot; the task completes when its turn has run (replies included).</summary>
    public Task DeliverAsync(DirectLineConversation conversation, Activity activity) =>
        conversation.EnqueueDelivery(() => RunTurnAsync(conversation, activity));

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity activity)
    {
        if (conversation.IsEnded)
        {
            return;
        }

        using var deadline = new CancellationTokenSource(_options.TurnTimeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, lifetime.ApplicationStopping, conversation.Ended);
        try
        {
            var outcome = await processor.ProcessAsync(activity, TurnIdentity.Anonymous, timeout.Token);
            if (outcome is not (TurnOutcome.Done or TurnOutcome.Duplicate))
            {
                DirectLineLog.TurnNotDone(logger, conversation.Id, outcome.GetType().Name);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            DirectLineLog.TurnNotDone(logger, conversation.Id, conversation.IsEnded ? "ConversationEnded" : "Cancelled");
        }
        catch (Exception failure)
        {
            DirectLineLog.TurnFailed(logger, conversation.Id, failure);
        }
    }
}
