using System.Text.Json;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing.Peers;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.Interop;

/// <summary>One turn the test skill saw: what came in and what it sent back.</summary>
public sealed record SkillTurn(Activity Incoming, IReadOnlyList<Activity> Sent);

/// <summary>
/// A tiny skill with the closing skill's wire contract, to prove the plumbing between the JS SDK root and our host:
/// <c>closeConversation</c> (event or invoke) starts it and it asks a question; the next message ends it with
/// <c>endOfConversation</c> <c>completedSuccessfully</c> and a JSON result; a <c>closeConversation</c> whose value has
/// <c>"handoff": true</c> sends <c>handoff.initiate</c> instead; the parent's <c>endOfConversation</c> is obeyed silently.
/// </summary>
public sealed class InteropSkillBot : IBot
{
    public const string Question = "SKILL: Is there anything else I can help with?";
    public const string Thanks = "SKILL: Thanks, goodbye!";

    private readonly TurnRouter _router = new();
    private readonly List<SkillTurn> _turns = [];

    public InteropSkillBot()
    {
        _router
            .OnEvent("closeConversation", (turn, _) =>
            {
                if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("handoff", out var handoff) && handoff.ValueKind == JsonValueKind.True)
                {
                    turn.Send(HandoffInitiate(value));
                    return Task.CompletedTask;
                }

                turn.Send(Activity.Message(Question));
                return Task.CompletedTask;
            })
            .OnInvoke("closeConversation", (turn, _) =>
            {
                turn.Send(Activity.Message(Question));
                turn.InvokeResponse = new InvokeResponse(200, InvokeAccepted);

                return Task.CompletedTask;
            })
            .OnMessage((turn, _) =>
            {
                turn.Send(Activity.Message(Thanks));
                turn.Send(Activity.EndOfConversation(EndOfConversationCodes.CompletedSuccessfully, Result(turn.Text)));
                return Task.CompletedTask;
            })
            .OnActivity(ActivityTypes.EndOfConversation, (_, _) => Task.CompletedTask); // the parent cancelled: say nothing
    }

    /// <summary>The body of the skill's answer to the <c>closeConversation</c> invoke.</summary>
    public static readonly JsonElement InvokeAccepted = UserChannel.Json("""{"accepted":true}""");


    /// <summary>Every turn so far, in order.</summary>
    public IReadOnlyList<SkillTurn> Turns
    {
        get
        {
            lock (_turns)
            {
                return [.. _turns];
            }
        }
    }

    /// <summary>The result value the skill ends with after the user answered <paramref name="answer"/>.</summary>
    public static JsonElement Result(string answer) => UserChannel.Json(
        $$"""{"resolved":true,"answer":{{JsonSerializer.Serialize(answer, WireJsonContext.Default.String)}},"rating":5,"items":[{"id":"case-42","state":"closed"}]}""");

    public static readonly JsonElement TranscriptContent = UserChannel.Json("""{"activities":[{"type":"message","from":{"role":"user"},"text":"my order is late"}]}""");

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await _router.RouteAsync(turn, cancellationToken);
        lock (_turns)
        {
            _turns.Add(new SkillTurn(turn.Activity, [.. turn.Outbox]));
        }
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error));
        return Task.CompletedTask;
    }

    /// <summary>Waits until the skill has seen a turn matching <paramref name="predicate"/>.</summary>
    public async Task<SkillTurn> WaitForTurnAsync(Func<Activity, bool> predicate, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Turns.FirstOrDefault(t => predicate(t.Incoming)) is { } turn)
            {
                return turn;
            }

            try
            {
                await Task.Delay(20, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("The skill saw no matching turn. It saw: " + string.Join(", ", Turns.Select(t => $"{t.Incoming.Type} {t.Incoming.Name}".TrimEnd())));
            }
        }
    }

    private static Activity HandoffInitiate(JsonElement context) => new()
    {
        Type = ActivityTypes.Event,
        Name = HandoffEventNames.Initiate,
        Value = UserChannel.Json($$"""{"reason":"customerAsked","summary":"Late order, customer wants a human","context":{{context.GetRawText()}}}"""),
        Attachments =
        [
            new Attachment { ContentType = ContentTypes.Json, Name = "Transcript", Content = TranscriptContent },
        ],
    };
}
