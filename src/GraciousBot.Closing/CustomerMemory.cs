using GraciousBot.Runtime.State;

namespace GraciousBot.Closing;

/// <summary>What GraciousBot remembers about a customer between conversations (user state).</summary>
public sealed record CustomerMemory
{
    public static readonly StateKey<CustomerMemory> Key = new("closing.customer");

    /// <summary>When the customer last gave a rating (for the survey cooldown).</summary>
    public DateTimeOffset? LastRatedAt { get; init; }

    /// <summary>The exact goodbye the customer received last time, so the next one is worded differently.</summary>
    public string? LastGoodbye { get; init; }
}
