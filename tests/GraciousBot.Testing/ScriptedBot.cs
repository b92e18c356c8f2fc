using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Testing;

/// <summary>A predictable bot for wire-level tests: it echoes messages and lets a test script any turn.</summary>
public sealed class ScriptedBot : IBot
{
    private readonly TurnRouter _router = new();

    public ScriptedBot()
    {
        _router
            .OnInvoke("echo", (turn, _) =>
            {
                turn.InvokeResponse = new InvokeResponse(200, turn.Activity.Value);
                return Task.CompletedTask;
            })
            .OnMessage(async (turn, ct) =>
            {
                if (turn.Text == "boom")
                {
                    throw new InvalidOperationException("A scripted failure.");
                }

                if (OnMessage is { } custom)
                {
                    await custom(turn, ct);
                    return;
                }

                turn.Send(Activity.Message($"echo: {turn.Text}"));
            });
    }

    /// <summary>Replaces the echo with a test's own handling.</summary>
    public TurnHandler? OnMessage { get; set; }

    /// <summary>How many turns reached the bot (duplicates and ignored activities do not count).</summary>
    public int Turns;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Turns);
        await _router.RouteAsync(turn, cancellationToken);
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        turn.Send(Activity.Message("error"));
        turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error));
        return Task.CompletedTask;
    }
}
