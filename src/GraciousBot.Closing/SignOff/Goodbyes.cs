using System.Globalization;
using System.Text.Json;
using GraciousBot.Closing.Details;
using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing.SignOff;

/// <summary>The goodbye message and what it leaned on.</summary>
public sealed record Goodbye(Activity Message, SignOffResult Result);

/// <summary>Composes the last message of a closing.</summary>
public interface IGoodbyes
{
    Goodbye Compose(TurnContext turn, ClosingState state, ClosingVoice voice);
}

/// <summary>
/// The memorable goodbye: listens to everything the customer said (their turns in the caller's transcript, the
/// agent's notes, their words during the closing), picks the one or two details that matter most, and lets the
/// composer thank them by name around those, never in the same words as their last goodbye.
/// </summary>
public sealed class PersonalGoodbyes(SignOffComposer composer, ClosingOptions options, TimeProvider time) : IGoodbyes
{
    public Goodbye Compose(TurnContext turn, ClosingState state, ClosingVoice voice)
    {
        var closingWords = ClosingWords(turn).ToList();
        var utterances = SharedWords(state).Concat(closingWords).ToList();
        // What was shared before the closing was read at its start; only the closing's own words are read now.
        var details = state.SharedDetails is { } sharedBefore
            ? DetailExtractor.Extract(sharedBefore, closingWords, Context(state, time))
            : DetailExtractor.Extract(utterances, Context(state, time));

        // The one mood of the closing, with what was said during it too (sad news told at the last minute counts).
        var shared = ClosingMood.Shared(details, utterances.Select(u => u.Text), state.Locale);
        var mood = ClosingMood.Of(state with { SharedMood = Sadder(state.SharedMood, shared) }, options.LowRatingThreshold);

        var previous = turn.State.User?.Get(CustomerMemory.Key)?.LastGoodbye;
        var signOff = composer.Compose(new SignOffRequest(state.Name, details, state.Locale)
        {
            Brand = state.BrandSaid ? null : state.Context.Brand?.Name ?? options.DefaultBrandName,
            Previous = previous is null ? null : new PreviousSignOff(previous),
            Format = voice.Format,
            Mood = mood,
            CustomerTexts = [.. utterances.Select(u => u.Text)],
        });

        // When it did not go well (not resolved, or a low rating), say so before the thanks, as a person would.
        var wentBadly = state.Resolution == Resolutions.Denied || state.Rating <= options.LowRatingThreshold;
        var text = wentBadly ? voice.Text(ClosingTexts.GoodbyeApology) + " " + signOff.Text : signOff.Text;

        var kinds = signOff.DetailKinds.Select(k => JsonSerializer.Serialize(k).Trim('"')).ToList();
        return new Goodbye(voice.Message(text) with { InputHint = InputHints.AcceptingInput }, new SignOffResult(signOff.Personalized, kinds));
    }

    /// <summary>
    /// What the customer shared before the closing (their transcript turns and the agent's notes), read once at its
    /// start: the details, kept in order for the goodbye, and the mood they set.
    /// </summary>
    public static ClosingState ReadShared(TurnContext turn, ClosingState state, TimeProvider time)
    {
        var sharedUtterances = SharedWords(state).ToList();
        var closingWords = ClosingWords(turn).ToList();
        var utterances = sharedUtterances.Concat(closingWords).ToList();
        if (utterances.Count == 0)
        {
            return state with { SharedMood = Mood.Neutral, SharedDetails = [] };
        }

        var context = Context(state, time);
        var shared = DetailExtractor.ReadInOrder(sharedUtterances, context);
        var details = DetailExtractor.Extract(shared, closingWords, context);
        return state with { SharedMood = ClosingMood.Shared(details, utterances.Select(u => u.Text), state.Locale), SharedDetails = shared };
    }

    private static ExtractionContext Context(ClosingState state, TimeProvider time) =>
        new()
        {
            TimeZone = state.TimeZone,
            Locale = state.Locale,
            Clock = time,
            CustomerSince = state.Context.Customer?.CustomerSince,
        };

    /// <summary>Sad news outranks hardship, which outranks frustration, which outranks happy news.</summary>
    private static Mood Sadder(Mood a, Mood b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Mood mood) => mood switch
    {
        Mood.Sad => 4,
        Mood.Hardship => 3,
        Mood.Frustrated => 2,
        Mood.Happy => 1,
        _ => 0,
    };

    /// <summary>What the customer shared before the closing: their transcript turns and the agent's notes (fixed for the whole closing).</summary>
    private static IEnumerable<CustomerUtterance> SharedWords(ClosingState state)
    {
        foreach (var activity in state.Context.Transcript)
        {
            if (IsFromCustomer(activity) && activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } words)
            {
                yield return new CustomerUtterance(words, Timestamp(activity));
            }
        }

        foreach (var note in state.Context.Notes)
        {
            yield return new CustomerUtterance(note);
        }
    }

    /// <summary>The customer's words during this closing so far.</summary>
    private static IEnumerable<CustomerUtterance> ClosingWords(TurnContext turn)
    {
        foreach (var words in TranscriptLog.CustomerWords(turn))
        {
            yield return new CustomerUtterance(words, turn.Activity.Timestamp);
        }
    }

    private static bool IsFromCustomer(JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object
        && from.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.String
        && string.Equals(role.GetString(), RoleTypes.User, StringComparison.OrdinalIgnoreCase)
        && (!activity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() == ActivityTypes.Message);

    private static DateTimeOffset? Timestamp(JsonElement activity) =>
        activity.TryGetProperty("timestamp", out var stamp) && stamp.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(stamp.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}
