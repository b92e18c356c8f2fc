using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GraciousBot.Deployment.Tests.Teams;

/// <summary>
/// A minimal PNG reader for checking icons: the header fields, and the pixels of 8-bit truecolour
/// images (colour types 2 and 6, not interlaced), which is what the icons are.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte interlace, byte[] pixels)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Interlace = interlace;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>2 = RGB, 6 = RGBA.</summary>
    public byte ColorType { get; }

    public byte Interlace { get; }

    public bool HasAlphaChannel => ColorType == 6;

    /// <summary>RGBA, 4 bytes per pixel, row by row (alpha 255 for RGB images).</summary>
    public byte[] Pixels { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> AllPixels()
    {
        for (var i = 0; i < Pixels.Length; i += 4)
        {
            yield return (Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
        }
    }

    public static PngImage Read(string path) => Read(File.ReadAllBytes(path));

    public static PngImage Read(byte[] data)
    {
        if (data.Length < 33 || !data.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new FormatException("not a PNG file");
        }

        var position = 8;
        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0, interlace = 0;
        using var compressed = new MemoryStream();
        while (position + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(position));
            var type = Encoding.ASCII.GetString(data, position + 4, 4);
            var body = data.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    bitDepth = body[8];
                    colorType = body[9];
                    interlace = body[12];
                    break;
                case "IDAT":
                    compressed.Write(body);
                    break;
            }

            position += 12 + length; // length, type, body, CRC
            if (type == "IEND")
            {
                break;
            }
        }

        if (position != data.Length)
        {
            throw new FormatException("data after IEND, or a truncated chunk");
        }

        if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
        {
            return new PngImage(width, height, bitDepth, colorType, interlace, []);
        }

        compressed.Position = 0;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return new PngImage(width, height, bitDepth, colorType, interlace, Unfilter(raw.ToArray(), width, height, colorType == 6 ? 4 : 3));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new FormatException($"expected {height * (stride + 1)} bytes of image data, got {raw.Length}");
        }

        var current = new byte[stride];
        var previous = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0;
                int up = previous[i];
                int upLeft = i >= channels ? previous[i - channels] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new FormatException($"unknown filter {filter}"),
                });
            }

            for (var x = 0; x < width; x++)
            {
                var target = ((y * width) + x) * 4;
                rgba[target] = current[x * channels];
                rgba[target + 1] = current[(x * channels) + 1];
                rgba[target + 2] = current[(x * channels) + 2];
                rgba[target + 3] = channels == 4 ? current[(x * channels) + 3] : (byte)255;
            }

            (previous, current) = (current, previous);
        }

        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
