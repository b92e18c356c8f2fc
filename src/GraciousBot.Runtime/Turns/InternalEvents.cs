using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Turns;

/// <summary>
/// Events the bot delivers to itself (timers, scheduled follow-ups) are named with <see cref="Prefix"/>. They are
/// created inside the process with an internal <see cref="TurnIdentity"/>; the same name arriving from outside is
/// refused before any dialog sees it, so nobody can fire a timer or make the bot send a follow-up of their choosing.
/// </summary>
public static class InternalEvents
{
    public const string Prefix = "graciousbot.";

    /// <summary>Whether the activity is an event or invoke with an internal name.</summary>
    public static bool IsInternal(Activity activity) =>
        (activity.IsType(ActivityTypes.Event) || activity.IsType(ActivityTypes.Invoke))
        && (activity.Name?.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ?? false);
}
