using System.Buffers;
using System.Text.Json;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Wire;

/// <summary>What reading a posted activity gave: the activity, or why there is none.</summary>
public abstract record ActivityRead
{
    private ActivityRead()
    {
    }

    /// <summary>An activity with a type.</summary>
    public sealed record Read(Activity Activity) : ActivityRead;

    /// <summary>The body is larger than the limit (413).</summary>
    public sealed record TooLarge(long Limit) : ActivityRead;

    /// <summary>The body is compressed or otherwise encoded (415): activities travel as plain JSON.</summary>
    public sealed record Encoded(string Encoding) : ActivityRead;

    /// <summary>Not an activity (400); <see cref="Field"/> names the offending field when one is known.</summary>
    public sealed record Malformed(string Detail, string? Field) : ActivityRead;
}

/// <summary>
/// The one reader of posted activities, for every route that takes one (the messaging endpoint, the local Direct Line
/// and its connector): a size limit that holds while reading, a UTF-8 byte order mark skipped, any Content-Encoding
/// refused, and the JSON read into an <see cref="Activity"/> with a type. Route-specific rules (a conversation id, a
/// serviceUrl) stay with the route.
/// </summary>
public static class ActivityReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads at most <paramref name="limit"/> bytes from <paramref name="body"/> and parses them.</summary>
    public static async Task<ActivityRead> ReadAsync(Stream body, long? contentLength, string? contentEncoding, long limit, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(contentEncoding) && !string.Equals(contentEncoding.Trim(), "identity", StringComparison.OrdinalIgnoreCase))
        {
            return new ActivityRead.Encoded(contentEncoding.Trim());
        }

        if (contentLength > limit)
        {
            return new ActivityRead.TooLarge(limit);
        }

        // A pooled buffer, sized by Content-Length when it is given: the body is read once per turn, and parsing copies
        // out everything the activity keeps (strings, and its JSON values into documents of their own).
        var buffer = ArrayPool<byte>.Shared.Rent(contentLength is > 0 and var known ? (int)known : 16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return new ActivityRead.TooLarge(limit);
                }
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses one activity from UTF-8 JSON (a leading byte order mark is skipped).</summary>
    public static ActivityRead Parse(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(json, WireJsonContext.Default.Activity);
        }
        catch (JsonException error)
        {
            var field = error.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : null;
            return new ActivityRead.Malformed(field is null ? "The body is not valid JSON for an activity." : $"The field '{field}' has a value of the wrong shape.", field);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or NotSupportedException or FormatException or OverflowException)
        {
            return new ActivityRead.Malformed("The body is not valid JSON for an activity.", null);
        }

        if (activity is null)
        {
            return new ActivityRead.Malformed("The body must be a JSON object.", null);
        }

        return string.IsNullOrWhiteSpace(activity.Type)
            ? new ActivityRead.Malformed("The field 'type' is required.", "type")
            : new ActivityRead.Read(activity);
    }
}
