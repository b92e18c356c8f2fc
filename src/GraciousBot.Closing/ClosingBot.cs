using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Closing;

/// <summary>The closing skill's routes.</summary>
public sealed class ClosingBot : IBot
{
    private readonly TurnRouter _router = new();

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) => _router.RouteAsync(turn, cancellationToken);

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        turn.Send(Activity.EndOfConversation(EndOfConversationCodes.Error));
        return Task.CompletedTask;
    }
}
