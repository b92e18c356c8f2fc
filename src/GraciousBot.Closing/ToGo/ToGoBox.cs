using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing.ToGo;

/// <summary>
/// The to-go box, once the customer has nothing else to discuss and before the goodbye: offer once, briefly, what
/// fits (the recap by e-mail when there is an address and e-mail is configured; calendar reminders for the customer's
/// own dated next steps, in the chat where files can be downloaded, else with the e-mail), then at most one tip.
/// Not in a closing that went badly, unless the customer has a dated step of their own to remember.
/// </summary>
public static class ToGoBox
{
    private static readonly StateKey<ToGoMemory> Offered = new("togo.offered");

    /// <summary>Channels where a file attachment in the chat is a download the customer can open.</summary>
    private static readonly HashSet<string> FileChannels = new(StringComparer.OrdinalIgnoreCase) { ChannelIds.WebChat, ChannelIds.DirectLine, ChannelIds.Emulator };

    /// <summary>The flow's step: ask (the answer comes back to the next step), or give the tip and carry on.</summary>
    public static Task<StepOutcome> OfferAsync(ClosingServices services, FlowStepContext<ClosingState> step, CancellationToken cancellationToken)
    {
        if (services.ToGo is not { } toGo)
        {
            return Task.FromResult(StepOutcome.Next);
        }

        var offer = WhatFits(services, toGo, step.State, step.Turn.ChannelId);
        var memory = step.Turn.State.Conversation.Get(Offered);
        if (offer is null || memory is not null)
        {
            step.State = step.State with { ToGo = GiveTip(services, toGo, step.Turn, step.State, ToGoResult.Nothing) };
            return Task.FromResult(StepOutcome.Next);
        }

        step.Turn.State.Conversation.Set(Offered, new ToGoMemory(services.Time.GetUtcNow()));
        return step.AskAsync(ToGoDialog.DialogId, new ToGoQuestion(step.State, offer), cancellationToken);
    }

    /// <summary>Keeps what the offer gave (at the start of the step after it).</summary>
    public static ClosingState Recorded(FlowStepContext<ClosingState> step) =>
        step.Result is DialogResult.Completed { Value: ToGoResult result } ? step.State with { ToGo = result } : step.State;

    /// <summary>What to offer, or null when nothing fits.</summary>
    public static ToGoOffer? WhatFits(ClosingServices services, ToGoServices toGo, ClosingState state, string? channelId)
    {
        var email = toGo.Outbox.Enabled && state.Context.Customer?.Email is not null;
        var inChat = channelId is not null && FileChannels.Contains(channelId);
        var reminders = Reminders.Due(state, services.Time.GetUtcNow()).Count > 0 && (inChat || email);
        var wentBadly = WentBadly(services, state);
        if ((!email && !reminders) || (wentBadly && !reminders))
        {
            return null;
        }

        return new ToGoOffer(email, reminders, reminders && inChat);
    }

    /// <summary>
    /// A sad or unhappy closing: sad news or hardship shared, frustration, not resolved, a low rating (the closing's one
    /// mood), or a handover. Then nothing is offered but a reminder of what the customer must do, and no tip.
    /// </summary>
    private static bool WentBadly(ClosingServices services, ClosingState state) =>
        state.Handoff is not null || ClosingMood.Of(state, services.Options.LowRatingThreshold) is not (Mood.Neutral or Mood.Happy);

    /// <summary>At most one tip, after the offer; not when the closing went badly.</summary>
    public static ToGoResult GiveTip(ClosingServices services, ToGoServices toGo, TurnContext turn, ClosingState state, ToGoResult result)
    {
        if (WentBadly(services, state))
        {
            return result;
        }

        if (toGo.Tips.For(state.Context, state.Context.Case?.Category?.Trim(), state.Locale) is not { } tip)
        {
            return result;
        }

        var voice = new ClosingVoice(services.Texts, state.Locale, turn.ChannelId);
        var open = voice.Text(ToGoTexts.TipOpen);
        if (voice.Channel.AdaptiveCards && services.Cards.TryGetValue("tip", out var card))
        {
            var content = card.Render(Values.Of(
                ("intro", voice.CardText(ToGoTexts.TipIntro, ("title", tip.Title))),
                ("summary", tip.Summary),
                ("url", tip.Url?.ToString()),
                ("open", open)));
            var spoken = services.Texts.Render(ToGoTexts.TipIntro, state.Locale, Values.Of(("title", tip.Title)));
            turn.Send(voice.Message(spoken) with
            {
                Text = null,
                Speak = spoken,
                Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = content }],
            });
        }
        else
        {
            turn.Send(voice.Say(ToGoTexts.TipText, ("title", tip.Title), ("summary", tip.Summary), ("url", tip.Url?.ToString())));
        }

        return result with { Tip = tip.Id };
    }

    private sealed record ToGoMemory(DateTimeOffset OfferedAt);
}
