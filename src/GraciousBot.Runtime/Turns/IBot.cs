namespace GraciousBot.Runtime.Turns;

/// <summary>The application: what to do with one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// A turn failed with an unexpected error. Apologise and end cleanly; the runtime then clears the conversation's
    /// state so the error cannot loop.
    /// </summary>
    Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken);
}
