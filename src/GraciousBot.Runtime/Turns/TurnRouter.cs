using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Turns;

public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>
/// A route table: each route is a condition and a handler, tried in the order added; the first match wins.
/// Activity types and event names nobody routes are ignored.
/// </summary>
public sealed class TurnRouter
{
    private readonly List<(string Name, Func<TurnContext, bool> When, TurnHandler Handler)> _routes = [];

    public TurnRouter On(string name, Func<TurnContext, bool> when, TurnHandler handler)
    {
        _routes.Add((name, when, handler));
        return this;
    }

    public TurnRouter OnActivity(string type, TurnHandler handler) =>
        On(type, t => t.Activity.IsType(type), handler);

    public TurnRouter OnMessage(TurnHandler handler) => OnActivity(ActivityTypes.Message, handler);

    public TurnRouter OnEvent(string eventName, TurnHandler handler) =>
        On($"event:{eventName}", t => t.Activity.IsType(ActivityTypes.Event) && string.Equals(t.Activity.Name, eventName, StringComparison.OrdinalIgnoreCase), handler);

    public TurnRouter OnInvoke(string invokeName, TurnHandler handler) =>
        On($"invoke:{invokeName}", t => t.Activity.IsType(ActivityTypes.Invoke) && string.Equals(t.Activity.Name, invokeName, StringComparison.OrdinalIgnoreCase), handler);

    /// <summary>Runs the first matching route. Returns its name, or null when no route matched.</summary>
    public async Task<string?> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var (name, when, handler) in _routes)
        {
            if (when(turn))
            {
                await handler(turn, cancellationToken);
                return name;
            }
        }

        return null;
    }
}
