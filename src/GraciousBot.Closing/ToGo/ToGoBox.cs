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
        return step.AskAsync(ToGoDialog.DialogId, new ToGoQuestion(offer, step.State.Locale), cancellationToken);
    }

    /// <summary>
    /// At the start of the step after the offer: gives what the customer chose (<see cref="ToGoDialog"/> ends with it)
    /// and keeps what was given. The e-mail is queued (it leaves after the turn), the reminders come as a download in
    /// the chat or with the e-mail; a skip or a no is answered briefly, an answer not understood is let go without
    /// comment; then at most one tip.
    /// </summary>
    public static async Task<ClosingState> GiveAsync(ClosingServices services, FlowStepContext<ClosingState> step, CancellationToken cancellationToken) =>
        step.Result is DialogResult.Completed { Value: ToGoChoice choice } && services.ToGo is { } toGo
            ? step.State with { ToGo = await GiveChosenAsync(services, toGo, step.Turn, step.State, choice, cancellationToken) }
            : step.State;

    private static async Task<ToGoResult> GiveChosenAsync(ClosingServices services, ToGoServices toGo, TurnContext turn, ClosingState state, ToGoChoice choice, CancellationToken cancellationToken)
    {
        // The voice the offer was made in: the closing's locale as it was asked, no mood or category of its own.
        var voice = new ClosingVoice(services.Texts, state.Locale, turn.ChannelId);
        var (offer, chosen) = (choice.Offer, choice.Chosen);
        var wantsEmail = offer.Email && chosen is ToGoDialog.Both or ToGoDialog.Email;
        var wantsReminders = offer.Reminders && chosen is ToGoDialog.Both or ToGoDialog.Reminder;
        if (!wantsEmail && !wantsReminders)
        {
            if (!choice.Exhausted)
            {
                turn.Send(voice.Say(ToGoTexts.Declined));
            }

            return GiveTip(services, toGo, turn, state, ToGoResult.Nothing with { EmailDeclined = offer.Email });
        }

        var now = services.Time.GetUtcNow();
        var calendar = wantsReminders ? Reminders.Build(services.Texts, state, now) : null;
        var remindersInChat = calendar is not null && offer.RemindersInChat;
        var emailed = false;
        if (wantsEmail && state.Context.Customer?.Email is { } address)
        {
            var email = toGo.Composer.Recap(address, state, now, calendar);
            emailed = await toGo.Outbox.QueueAsync(turn, email, cancellationToken);
        }

        if (emailed)
        {
            turn.Send(voice.Say(calendar is not null && !remindersInChat ? ToGoTexts.DoneEmailWithReminders : ToGoTexts.DoneEmail));
        }

        if (remindersInChat)
        {
            turn.Send(voice.Say(ToGoTexts.DoneReminders) with
            {
                Attachments = [new Attachment { ContentType = Reminders.ContentType, ContentUrl = calendar!.DataUri.OriginalString, Name = calendar.FileName }],
            });
        }

        var reminders = calendar is not null && (remindersInChat || emailed) ? calendar.Count : 0;
        return GiveTip(services, toGo, turn, state, new ToGoResult(emailed, reminders, null) { EmailDeclined = offer.Email && !wantsEmail });
    }

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
