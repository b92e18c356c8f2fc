using System.Buffers;

namespace GraciousBot.Runtime.State;

/// <summary>
/// A write buffer per thread, reused, for a part serialised on its own before it is copied on (a log's new entries,
/// a kept value written anew). Taken while in use, so a part nested in another gets a buffer of its own; one that grew
/// past <see cref="MaxKept"/> is let go, so a rare huge part does not stay resident.
/// </summary>
internal static class ThreadBuffer
{
    private const int Initial = 4 * 1024;

    private const int MaxKept = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _kept;

    /// <summary>An empty buffer; give it back with <see cref="Give"/> once what was written in it has been copied.</summary>
    public static ArrayBufferWriter<byte> Take()
    {
        var buffer = _kept ?? new ArrayBufferWriter<byte>(Initial);
        _kept = null;
        buffer.ResetWrittenCount();
        return buffer;
    }

    public static void Give(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKept)
        {
            _kept = buffer;
        }
    }
}
