namespace GraciousBot.Runtime.State;

/// <summary>A named, typed slot in a state scope. The key carries the type, so reads need no casts.</summary>
public sealed record StateKey<T>(string Name)
    where T : class;
