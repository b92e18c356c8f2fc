namespace GraciousBot.LocalChannel;

/// <summary>Logging for the local Direct Line channel. Ids and counts only, never what anyone wrote.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Local Direct Line and Web Chat page are ON at / (anonymous, in memory, for local use). Set DirectLine:Enabled=false where a real channel fronts the bot.")]
    public static partial void Enabled(ILogger logger);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Information, Message = "Local Direct Line and Web Chat page are OFF: authentication is configured (MicrosoftAppId). Set DirectLine:EnabledWithAuthentication=true to run them anyway.")]
    public static partial void OffWithAuthentication(ILogger logger);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Warning, Message = "Local Direct Line and Web Chat page are ON at / although authentication is configured (DirectLine:EnabledWithAuthentication=true): anyone who reaches this address can talk to the bot without a token.")]
    public static partial void OnWithAuthentication(ILogger logger);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void Started(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Direct Line turn on {ConversationId} ended with {Outcome}")]
    public static partial void TurnNotDone(ILogger logger, string conversationId, string outcome);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "Direct Line turn on {ConversationId} failed")]
    public static partial void TurnFailed(ILogger logger, string conversationId, Exception exception);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Direct Line turn on {ConversationId} is still running after {TimeoutSeconds} s; answering the post anyway")]
    public static partial void TurnSlow(ILogger logger, string conversationId, double timeoutSeconds);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Error, Message = "Direct Line polling failed unexpectedly; answered with no activities")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Debug, Message = "Direct Line stream on {ConversationId} closed")]
    public static partial void StreamClosed(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Warning, Message = "Direct Line stream on {ConversationId} failed")]
    public static partial void StreamFailed(ILogger logger, string conversationId, Exception exception);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Information, Message = "Forgot {Count} idle Direct Line conversations")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Direct Line request refused with {Status} ({Code})")]
    public static partial void Refused(ILogger logger, int status, string code);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Sample closing context {File} could not be read")]
    public static partial void SampleUnreadable(ILogger logger, string file, Exception exception);
}
