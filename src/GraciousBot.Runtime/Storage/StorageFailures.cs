using System.Data.Common;

namespace GraciousBot.Runtime.Storage;

/// <summary>
/// Which exceptions mean "the store could not do it" (unreachable, restarting, out of connections, read-only, disk
/// full): the turn is not applied and the sender is asked to retry (503), never the bot's crash path.
/// </summary>
/// <remarks>Both database drivers report every failure (socket, timeout, SQL state such as 53300 or 25006) as a
/// <see cref="DbException"/>; anything else thrown inside a turn is a bug and takes the crash path.</remarks>
public static class StorageFailures
{
    /// <summary>Whether <paramref name="exception"/> (or what it wraps) is a storage failure.</summary>
    public static bool Is(Exception exception) => exception switch
    {
        DbException or StorageUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => exception.InnerException is { } inner && Is(inner),
    };
}

/// <summary>Thrown by runtime code that gives up on the store (for example a queue it could not update).</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
