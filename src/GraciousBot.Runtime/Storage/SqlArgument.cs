using System.Data;

namespace GraciousBot.Runtime.Storage;

/// <summary>A named value of a statement run in a store's group commit; a null one is sent as <paramref name="NullType"/>,
/// so the server knows its type.</summary>
public readonly record struct SqlArgument(string Name, object? Value, DbType NullType = DbType.String);
