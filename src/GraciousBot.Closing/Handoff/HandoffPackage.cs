using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Privacy;
using GraciousBot.Runtime.Recognizers;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing.Handoff;

/// <summary>What the person taking over receives, so the customer never has to repeat themselves.</summary>
public sealed record HandoffContext
{
    public required string Reason { get; init; }

    /// <summary>A short agent-facing summary of the case, the resolution and the next steps.</summary>
    public required string Summary { get; init; }

    public Customer? Customer { get; init; }

    public SupportCase? Case { get; init; }

    public string? Resolution { get; init; }

    public required string ResolutionConfirmed { get; init; }

    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];

    public IReadOnlyList<OpenItem> OpenItems { get; init; } = [];

    public int? Rating { get; init; }

    public string? Comment { get; init; }

    /// <summary>The language the customer is being served in (BCP-47).</summary>
    public required string Language { get; init; }

    public required SentimentSignal Sentiment { get; init; }
}

/// <summary>How the customer seems: a frustration score in [0, 1] and what it rests on.</summary>
public sealed record SentimentSignal(double Frustration, bool Abusive, bool Shouting, bool Complaints, int? Rating);

/// <summary>Builds the Bot Framework handoff event (and, optionally, the Omnichannel escalation message).</summary>
public static class HandoffPackage
{
    public static HandoffContext Context(TurnContext turn, ClosingState state, string reason, ITextRenderer texts, string agentLocale)
    {
        var context = state.Context;
        var steps = string.Join(" ", context.NextSteps.Select(s => $"[{(s.Owner == StepOwner.Us ? "us" : "customer")}{(s.Due is { } d ? $" by {d:yyyy-MM-dd}" : string.Empty)}] {s.Action}."));
        var summary = texts.Render("handoff.agentSummary", agentLocale, Values.Of(
            ("reason", texts.Render($"handoff.reason.{reason}", agentLocale, Values.None)),
            ("caseTitle", context.Case?.Title),
            ("caseId", context.Case?.Id),
            ("resolution", context.Resolution?.Summary),
            ("confirmed", state.Resolution),
            ("steps", steps.Length == 0 ? null : steps),
            ("rating", state.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        return new HandoffContext
        {
            Reason = reason,
            Summary = CardNumbers.Mask(summary),
            Customer = context.Customer,
            Case = context.Case,
            Resolution = context.Resolution?.Summary,
            ResolutionConfirmed = state.Resolution,
            NextSteps = context.NextSteps,
            OpenItems = context.OpenItems,
            Rating = state.Rating,
            Comment = state.Comment is null ? null : CardNumbers.Mask(state.Comment),
            Language = state.Locale,
            Sentiment = Sentiment(turn, state),
        };
    }

    /// <summary>The <c>handoff.initiate</c> event: the context as value, the transcript (card numbers masked) attached.</summary>
    public static Activity Initiate(HandoffContext context, TurnContext turn, ClosingState state)
    {
        var transcript = Transcript(turn, state);
        return Activity.Event(HandoffEventNames.Initiate, Masked(context)) with
        {
            Locale = state.Locale,
            Attachments =
            [
                new Attachment
                {
                    ContentType = ContentTypes.Json,
                    Name = "Transcript",
                    Content = JsonSerializer.SerializeToElement(new TranscriptContent(transcript), RuntimeJson.Options),
                },
            ],
        };
    }

    /// <summary>Dynamics 365 Omnichannel's convention: a message whose channelData.tags is a JSON string.</summary>
    public static Activity Omnichannel(HandoffContext context, Activity message)
    {
        var tags = JsonSerializer.Serialize(new OmnichannelTags("Escalate", Masked(context)), RuntimeJson.Options);
        return message with { ChannelData = JsonSerializer.SerializeToElement(new OmnichannelChannelData(tags), RuntimeJson.Options) };
    }

    /// <summary>The caller's transcript, then our own part of the conversation, card numbers masked.</summary>
    public static IReadOnlyList<JsonElement> Transcript(TurnContext turn, ClosingState state)
    {
        IEnumerable<Activity> ours = turn.State.Conversation.Get(TranscriptLog.Key)?.Activities ?? [];
        var current = new List<Activity>();
        if (turn.Activity.IsType(ActivityTypes.Message))
        {
            current.Add(turn.Activity);
        }

        // Our replies are the bot's, as in the earlier turns' log, also when the caller addressed us as a "skill".
        current.AddRange(turn.Outbox.Where(a => a.IsType(ActivityTypes.Message)).Select(a => a.From is { } sender ? a with { From = sender with { Role = RoleTypes.Bot } } : a));
        return
        [
            .. state.Context.Transcript.Select(CardNumbers.Mask),
            .. ours.Concat(current).Select(a => CardNumbers.Mask(JsonSerializer.SerializeToElement(a, Wire.WireJsonContext.Default.Activity))),
        ];
    }

    private static SentimentSignal Sentiment(TurnContext turn, ClosingState state)
    {
        var signals = TranscriptLog.CustomerWords(turn).Select(text => FrustrationRecognizer.Analyze(text, state.Locale)).ToList();
        return new SentimentSignal(
            signals.Count == 0 ? 0 : Math.Round(signals.Max(s => s.Score), 2),
            signals.Any(s => s.Abusive),
            signals.Any(s => s.Shouting),
            signals.Any(s => s.Complaint),
            state.Rating);
    }

    private sealed record TranscriptContent(IReadOnlyList<JsonElement> Activities);

    /// <summary>The context as JSON with card numbers masked in every caller- or customer-supplied string.</summary>
    private static JsonElement Masked(HandoffContext context) => CardNumbers.Mask(JsonSerializer.SerializeToElement(context, RuntimeJson.Options));

    private sealed record OmnichannelTags(string Type, JsonElement Context);

    private sealed record OmnichannelChannelData([property: JsonPropertyName("tags")] string Tags);
}
