using System.Text.Json;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;
using Polly;

namespace GraciousBot.Closing.ToGo;

/// <summary>
/// E-mails leave after the customer's turn, never during it: the message is kept in the state store and a durable
/// scheduled turn (the runtime's <see cref="ScheduledTurns"/>) sends it moments later, so a restart loses nothing.
/// Each round tries a few times quickly (Polly); a failed round comes back later with growing back-off, up to
/// <see cref="EmailOptions.MaxRounds"/>. The scheduled event carries only a random id: a caller posting that event
/// cannot make the skill e-mail anything it did not write itself. The address is never logged.
/// </summary>
public sealed partial class EmailOutbox(
    ScheduledTurns schedule,
    IStateStore store,
    IRecapMailer mailer,
    EmailOptions options,
    TimeProvider time,
    ILogger<EmailOutbox> logger)
{
    public const string EventName = "graciousbot.toGo.email";

    private const string KeyPrefix = "togo/email/";

    public bool Enabled => options.IsConfigured;

    /// <summary>Keeps the e-mail and schedules its sending right after this turn; false when it could not be kept.</summary>
    public async Task<bool> QueueAsync(TurnContext turn, RecapEmail email, CancellationToken cancellationToken) =>
        await PrepareAsync(turn, email, time.GetUtcNow(), cancellationToken) is { } sending && await schedule.ScheduleAsync(sending, cancellationToken);

    /// <summary>
    /// Keeps the e-mail and returns the scheduled turn that sends it at <paramref name="at"/>, without scheduling it
    /// (to schedule, or to attach as the fallback of a chat message); null when it could not be kept.
    /// </summary>
    public async Task<ScheduledTurn?> PrepareAsync(TurnContext turn, RecapEmail email, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var written = await store.WriteAsync([new StateWrite(KeyPrefix + id, JsonSerializer.Serialize(email, RuntimeJson.Options), null)], cancellationToken);
        return written is WriteOutcome.Written ? Sending(turn.Activity.GetConversationReference(), turn.Identity.CallerAppId, new Pending(id, 0), at) : null;
    }

    /// <summary>The scheduled turn: send, or try again later, or give up after the last round.</summary>
    public async Task DeliverAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value
            || value.Deserialize<Pending>(RuntimeJson.Options) is not { Id.Length: 32 } pending
            || !pending.Id.All(char.IsAsciiHexDigitLower))
        {
            return;
        }

        var key = KeyPrefix + pending.Id;
        var items = await store.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item) || JsonSerializer.Deserialize<RecapEmail>(item.Json, RuntimeJson.Options) is not { } email)
        {
            return;
        }

        try
        {
            await Pipeline().ExecuteAsync(async ct => await mailer.SendAsync(email, ct), cancellationToken);
            await store.DeleteAsync([key], cancellationToken);
            LogSent(logger, pending.Round + 1);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var round = pending.Round + 1;
            if (round >= options.MaxRounds)
            {
                await store.DeleteAsync([key], cancellationToken);
                LogGaveUp(logger, round, failure.GetType().Name);
                return;
            }

            var later = time.GetUtcNow() + Backoff(round);
            LogRetryLater(logger, round, failure.GetType().Name, later);
            await ScheduleAsync(turn.Activity.GetConversationReference(), turn.Identity.CallerAppId, pending with { Round = round }, later, cancellationToken);
        }
    }

    /// <summary>1, 2, 4, 8 … minutes between rounds, at most six hours.</summary>
    public static TimeSpan Backoff(int round) => TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, round - 1)));

    private Task<bool> ScheduleAsync(ConversationReference reference, string? callerAppId, Pending pending, DateTimeOffset at, CancellationToken cancellationToken) =>
        schedule.ScheduleAsync(Sending(reference, callerAppId, pending, at), cancellationToken);

    // One id per round: the runtime drops an activity id it has just seen, so a retry must not reuse it.
    private static ScheduledTurn Sending(ConversationReference reference, string? callerAppId, Pending pending, DateTimeOffset at) =>
        new($"email/{pending.Id}/{pending.Round}", at, reference, callerAppId, EventName, JsonSerializer.SerializeToElement(pending, RuntimeJson.Options));

    private ResiliencePipeline Pipeline() => new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new Polly.Retry.RetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
        })
        .Build();

    private sealed record Pending(string Id, int Round);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "E-mail sent (round {Round})")]
    private static partial void LogSent(ILogger logger, int round);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "E-mail not sent in round {Round} ({Error}); trying again at {At}")]
    private static partial void LogRetryLater(ILogger logger, int round, string error, DateTimeOffset at);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Error, Message = "E-mail given up after {Round} rounds ({Error})")]
    private static partial void LogGaveUp(ILogger logger, int round, string error);
}
