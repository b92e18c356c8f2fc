using System.Buffers;
using System.Text.Json;

namespace GraciousBot.Wire;

/// <summary>
/// Writes JSON values to byte arrays with one buffer and writer per thread (for each instance, with its options), reset
/// each time: the bytes are copied out once, at their final size, so an answer on a hot path costs one array.
/// </summary>
/// <remarks>The write given must not use the same instance again (on one thread, both would share the writer).</remarks>
public sealed class JsonBytes(JsonWriterOptions options)
{
    /// <summary>A buffer grown past this (a very large value) is not kept for the thread's lifetime.</summary>
    private const int KeptCapacity = 256 * 1024;

    private readonly ThreadLocal<Slot?> _slots = new();

    public byte[] Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var slot = _slots.Value ??= new Slot(options);
        try
        {
            write(slot.Writer, value);
            slot.Writer.Flush();
            return slot.Buffer.WrittenSpan.ToArray();
        }
        finally
        {
            slot.Writer.Reset(slot.Buffer);
            slot.Buffer.ResetWrittenCount();
            if (slot.Buffer.Capacity > KeptCapacity)
            {
                _slots.Value = null;
            }
        }
    }

    private sealed class Slot
    {
        public Slot(JsonWriterOptions options)
        {
            Buffer = new ArrayBufferWriter<byte>(4096);
            Writer = new Utf8JsonWriter(Buffer, options);
        }

        public ArrayBufferWriter<byte> Buffer { get; }

        public Utf8JsonWriter Writer { get; }
    }
}
