using System.Text.Json;
using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Insights;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Closing;

/// <summary>
/// The closing skill's routes: <c>closeConversation</c> (event or invoke) starts a closing with the caller's context;
/// a plain message with nothing running starts one with what is known; everything else goes to the running dialogs.
/// </summary>
public sealed partial class ClosingBot : IBot
{
    /// <summary>The event and invoke name a caller uses to hand over the end of a conversation.</summary>
    public const string CloseConversation = "closeConversation";

    private readonly ClosingServices _services;
    private readonly DialogRunner _runner;
    private readonly TurnRouter _router = new();
    private readonly ILogger<ClosingBot> _logger;
    private readonly ClosingOutcomes _outcomes;

    public ClosingBot(ClosingServices services, DialogSet dialogs, ILogger<ClosingBot> logger, ClosingOutcomes outcomes)
    {
        _services = services;
        _logger = logger;
        _outcomes = outcomes;
        _runner = new DialogRunner(dialogs, InterruptionPolicy.Reading, LanguageSwitch.Of);
        _router
            .OnEvent(CloseConversation, (turn, ct) => BeginAsync(turn, ct))
            .OnInvoke(CloseConversation, async (turn, ct) =>
            {
                await BeginAsync(turn, ct);
                turn.InvokeResponse = new InvokeResponse(200);
            })
            .OnEvent(FollowUp.EventName, (turn, _) =>
            {
                FollowUp.Deliver(turn, _services);
                return Task.CompletedTask;
            })
            .OnEvent(ToGo.EmailOutbox.EventName, (turn, ct) => _services.ToGo?.Outbox.DeliverAsync(turn, ct) ?? Task.CompletedTask)
            .OnActivity(ActivityTypes.DeleteUserData, (turn, _) =>
            {
                // Forget the customer: a closing in progress ends, and a calling bot is told so. Everything stored
                // about them (their comments in the outcome records too) is erased after the turn by the erasure seam.
                if (turn.State.Conversation.Get(DialogRunner.StackKey) is not null && ClosingOutcomes.CallerIsBot(turn))
                {
                    turn.Send(Activity.EndOfConversation(EndOfConversationCodes.UserCancelled) with { Locale = turn.Activity.Locale });
                }

                turn.State.User?.Clear();
                turn.State.Conversation.Clear();
                return Task.CompletedTask;
            })
            .OnEvent(ClosingOutcomes.InactivityEvent, EndIfQuietAsync)
            .On("dialogs", t => t.Activity.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Invoke or ActivityTypes.EndOfConversation, ContinueAsync);
    }

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var afterTheEnd = turn.Activity.IsType(ActivityTypes.Message) && turn.State.Conversation.Get(DialogRunner.StackKey) is null
            && AfterClosing.Of(turn, _services.Options.EndedMemory, _services.Time.GetUtcNow()) is not null;
        if (await _router.RouteAsync(turn, cancellationToken) is null)
        {
            LogIgnored(_logger, turn.Activity.Type, turn.Activity.Name);
            return;
        }

        // Count the closing (and end it only to a calling bot) before the transcript sees what is sent. A reply after
        // the end that started nothing new (a thanks, "this chat has ended") is not another closing to count.
        if (!afterTheEnd || turn.State.Conversation.Get(DialogRunner.StackKey) is not null)
        {
            _outcomes.AfterTurn(turn);
        }

        var forgotten = turn.Activity.IsType(ActivityTypes.DeleteUserData);
        if (!forgotten && (turn.State.Conversation.Get(DialogRunner.StackKey) is not null || turn.Outbox.Any(a => a.IsType(ActivityTypes.Message))))
        {
            TranscriptLog.Record(turn, turn.Outbox, _services.Time.GetUtcNow());
        }
    }

    /// <summary>Apologise, end the conversation with an error code; the runtime then clears the conversation state.</summary>
    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        var voice = new ClosingVoice(_services.Texts, ClosingStart.LocaleOf(turn, null), turn.ChannelId);
        turn.Send(voice.Say(ClosingTexts.Error));
        if (ClosingOutcomes.CallerIsBot(turn))
        {
            turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error) with { Locale = turn.Activity.Locale });
        }
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = new InvokeResponse(500);
        }

        return Task.CompletedTask;
    }

    /// <summary>A caller hands over the end of a conversation: (re)start the closing with its context.</summary>
    private async Task BeginAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var context = ClosingContextReader.Read(turn.Activity.Value, out var skipped);
        if (skipped > 0)
        {
            LogContextPartsSkipped(_logger, skipped);
        }

        turn.State.Conversation.Remove(DialogRunner.StackKey);
        turn.State.Conversation.Remove(TranscriptLog.Key);
        turn.State.Conversation.Remove(PersonOffers.Key);
        turn.State.Conversation.Remove(WaitingForPerson.Key);
        AfterClosing.Forget(turn);
        _outcomes.Started(turn, context);
        await _runner.RunAsync(turn, (dc, ct) => dc.BeginDialogAsync(ClosingFlow.DialogId, context, ct), cancellationToken);
    }

    private Task ContinueAsync(TurnContext turn, CancellationToken cancellationToken) =>
        _runner.RunAsync(
            turn,
            (dc, ct) => !turn.Activity.IsType(ActivityTypes.Message) ? null
                // The closing has ended here: what the customer writes now is read as written after a goodbye.
                : AfterClosing.Of(turn, _services.Options.EndedMemory, _services.Time.GetUtcNow()) is { } ended ? AfterTheEndAsync(dc, ended, ct)
                // Standalone use: a plain message with nothing running starts a closing with whatever is known.
                : dc.BeginDialogAsync(ClosingFlow.DialogId, ClosingContext.Empty, ct),
            cancellationToken,
            async (dc, ct) => await WaitingForPersonListener.OnMessageAsync(_services, dc, ct) || await OfferPersonWhenFrustratedAsync(dc, ct));

    /// <summary>
    /// A message after the closing ended (goodbye and endOfConversation sent): a person asked for starts the handover
    /// with the closing's transcript and summary; "start over" starts the closing again; a thanks gets one short reply
    /// in the closing's mood, a new question hears that this chat has ended and is offered a person; then silence.
    /// </summary>
    private async Task<DialogStatus> AfterTheEndAsync(DialogContext dc, EndedClosing ended, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var kind = AfterClosing.Read(turn.Text, ended);
        if (kind is AfterTheEnd.Person or AfterTheEnd.StartOver)
        {
            AfterClosing.Forget(turn);
            turn.State.Conversation.Remove(PersonOffers.Key);
            _outcomes.Started(turn, ended.Closing.Context);
            if (kind == AfterTheEnd.Person)
            {
                return await dc.BeginDialogAsync(AfterClosingHandover.DialogId, ended.Closing, cancellationToken);
            }

            turn.Send(new ClosingVoice(_services.Texts, ended.Locale, turn.ChannelId).Say(ClosingTexts.StartOver));
            return await dc.BeginDialogAsync(ClosingFlow.DialogId, ended.Closing.Context, cancellationToken);
        }

        var (reply, after) = AfterClosing.Reply(_services, ended, kind, turn.ChannelId);
        turn.State.Conversation.Set(EndedClosing.Key, after);
        if (reply is not null)
        {
            turn.Send(reply);
        }

        // A calling bot that sends after the end still gets its turn closed, with the same result (nothing changed).
        if (ClosingOutcomes.CallerIsBot(turn))
        {
            var result = ended.Closing.ToResult();
            turn.Send(Activity.EndOfConversation(result.EndOfConversationCode, JsonSerializer.SerializeToElement(result, RuntimeJson.Options)) with { Locale = ended.Locale });
        }

        return DialogStatus.Empty;
    }

    /// <summary>The inactivity timer: a customer quiet for the whole timeout has their closing ended as abandoned.</summary>
    private async Task EndIfQuietAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!await _outcomes.QuietTooLongAsync(turn, cancellationToken))
        {
            return;
        }

        var leaveNote = _outcomes.LeavesNoteOn(turn.ChannelId);
        await _runner.RunAsync(
            turn,
            (_, _) => null,
            cancellationToken,
            async (dc, ct) => dc.Root is { DialogId: ClosingFlow.DialogId } root && dc.Find(root.DialogId) is ClosingFlow flow
                && await flow.AbandonAsync(dc, leaveNote, ct) is not DialogStatus.Waiting);
    }

    /// <summary>Clear frustration: offer a person once, on top of whatever was being asked (never forced).</summary>
    private async Task<bool> OfferPersonWhenFrustratedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Turn.Activity.IsType(ActivityTypes.Message) || !_services.Handoff.Triggers.Frustration || dc.Root?.DialogId != ClosingFlow.DialogId
            || dc.Contains(HandoffDialog.DialogId) || dc.Contains(OfferPersonDialog.DialogId))
        {
            return false;
        }

        var locale = ClosingStart.LocaleOf(dc.Turn, null);
        var signal = FrustrationRecognizer.Analyze(dc.Turn.Text, locale);
        if (!signal.ShouldOfferHuman)
        {
            return false;
        }

        if (!OfferPersonDialog.FirstTime(dc.Turn, HandoffReasons.Frustration))
        {
            return false;
        }

        await dc.BeginDialogAsync(OfferPersonDialog.DialogId, new PersonOffer(HandoffReasons.Frustration, locale), cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Ignored activity of type {Type} ({Name})")]
    private static partial void LogIgnored(ILogger logger, string? type, string? name);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Closing context had {Count} malformed parts; they were skipped")]
    private static partial void LogContextPartsSkipped(ILogger logger, int count);
}
