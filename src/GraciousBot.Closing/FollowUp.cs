using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing;

/// <summary>
/// A short note on the day one of our next steps comes due ("today is the day we said we'd ship your adapter…"),
/// delivered as a scheduled turn to the same conversation. The result tells the caller when, so a calling bot whose
/// conversation will be gone by then can send its own.
/// </summary>
public static class FollowUp
{
    public const string EventName = "graciousbot.followUp";

    /// <summary>The local time of day the note is sent on the due date.</summary>
    public static readonly TimeOnly SendAt = new(10, 0);

    /// <summary>
    /// Schedules a note for our earliest next step still to come, in the turn's own commit (so it exists exactly when
    /// the goodbye was committed, without a write the turn waits for first); null when there is none.
    /// </summary>
    public static async Task<FollowUpResult?> PlanAsync(ClosingServices services, TurnContext turn, ClosingState state, CancellationToken cancellationToken)
    {
        var zone = DueDates.Zone(state.TimeZone);
        var now = services.Time.GetUtcNow();
        var next = state.Context.NextSteps
            .Where(s => s.Owner == StepOwner.Us && s.Due is not null)
            .Select(s => (Step: s, At: DueDates.At(s.Due!.Value, SendAt, zone) ?? DateTimeOffset.MinValue))
            .Where(s => s.At > now)
            .OrderBy(s => s.At)
            .FirstOrDefault();
        if (next.Step is null)
        {
            return null;
        }

        var note = new Note(state.Name, next.Step.Action, state.Context.Brand?.Name ?? services.Options.DefaultBrandName, state.Locale);

        // When the chat cannot take it (no conversation to come back to, a channel without proactive messages) or refuses
        // it, the note goes by e-mail, if the customer has an address and did not say no to e-mail.
        var email = await EmailAsync(services, turn, state, note, next.At, cancellationToken);
        // A channel known not to take proactive messages (a Web Chat session ends with the page) gets the e-mail
        // straight away when there is one; without an address the chat is still tried.
        if (string.IsNullOrEmpty(turn.Activity.ServiceUrl) || (email is not null && !services.FollowUp.AcceptsProactive(turn.ChannelId)))
        {
            if (email is null)
            {
                return null;
            }

            turn.Schedule(email);
            return new FollowUpResult(next.At, next.Step.Action) { Via = FollowUpRoutes.Email };
        }

        var reference = turn.Activity.GetConversationReference() with { Locale = state.Locale };
        var scheduled = new ScheduledTurn(
            $"followup/{turn.ChannelId}/{turn.Activity.Conversation?.Id}/{next.Step.Due:yyyyMMdd}",
            next.At,
            reference,
            turn.Identity.CallerAppId,
            EventName,
            JsonSerializer.SerializeToElement(note, RuntimeJson.Options)) { Fallback = email };
        turn.Schedule(scheduled);
        return new FollowUpResult(next.At, next.Step.Action) { Via = email is null ? FollowUpRoutes.Chat : FollowUpRoutes.ChatThenEmail };
    }

    /// <summary>The note as an e-mail, kept and ready to send at <paramref name="at"/>; null when e-mail is not an option.</summary>
    private static async Task<ScheduledTurn?> EmailAsync(ClosingServices services, TurnContext turn, ClosingState state, Note note, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (services.ToGo is not { Outbox.Enabled: true } toGo || state.Context.Customer?.Email is not { } address || state.ToGo?.EmailDeclined == true)
        {
            return null;
        }

        var text = services.Texts.Render(ClosingTexts.FollowUpNote, state.Locale, Runtime.Templates.Values.Of(("name", note.Name), ("action", note.Action), ("brand", note.Brand)));
        return await toGo.Outbox.PrepareAsync(turn, toGo.Composer.Note(address, state.Locale, text, note.Brand), at, cancellationToken);
    }

    /// <summary>Sends the note when its turn comes.</summary>
    public static void Deliver(TurnContext turn, ClosingServices services)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return;
        }

        var note = value.Deserialize<Note>(RuntimeJson.Options);
        if (note?.Action is null)
        {
            return;
        }

        var voice = new ClosingVoice(services.Texts, note.Locale ?? turn.Locale, turn.ChannelId);
        turn.Send(voice.Say(ClosingTexts.FollowUpNote, ("name", note.Name), ("action", note.Action), ("brand", note.Brand)) with { InputHint = InputHints.AcceptingInput });
    }

    private sealed record Note(string? Name, string? Action, string? Brand, string? Locale);
}
