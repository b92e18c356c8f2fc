using System.Text;

namespace GraciousBot.Wire.Tests.Schema;

/// <summary>The one reader of posted activities: what it accepts, and why it refuses the rest.</summary>
public sealed class ActivityReaderTests
{
    private static readonly byte[] Message = Encoding.UTF8.GetBytes("""{"type":"message","text":"hi"}""");

    private static Task<ActivityRead> ReadAsync(byte[] body, string? encoding = null, long limit = 1024, bool announceLength = true) =>
        ActivityReader.ReadAsync(new MemoryStream(body), announceLength ? body.Length : null, encoding, limit, CancellationToken.None);

    [Fact]
    public async Task Utf8ByteOrderMark_IsSkipped()
    {
        var read = Assert.IsType<ActivityRead.Read>(await ReadAsync([0xEF, 0xBB, 0xBF, .. Message]));

        Assert.Equal("hi", read.Activity.Text);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate, gzip")]
    [InlineData("br")]
    public async Task AnyContentEncoding_IsRefusedAsEncoded(string encoding)
    {
        Assert.Equal(encoding, Assert.IsType<ActivityRead.Encoded>(await ReadAsync(Message, encoding)).Encoding);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("identity")]
    public async Task NoEncoding_OrIdentity_IsRead(string? encoding)
    {
        Assert.IsType<ActivityRead.Read>(await ReadAsync(Message, encoding));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BeyondTheLimit_IsTooLarge_WithOrWithoutContentLength(bool announceLength)
    {
        Assert.IsType<ActivityRead.TooLarge>(await ReadAsync(Message, limit: Message.Length - 1, announceLength: announceLength));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABodyLargerThanOneReadBuffer_IsReadWhole_AndItsValueOutlivesTheRead(bool announceLength)
    {
        var text = new string('x', 100_000);
        var body = Encoding.UTF8.GetBytes($$$"""{"type":"message","text":"{{{text}}}","value":{"note":"{{{text}}}"}}""");

        var read = Assert.IsType<ActivityRead.Read>(await ReadAsync(body, limit: 1_000_000, announceLength: announceLength));
        _ = await ReadAsync(Encoding.UTF8.GetBytes($$"""{"type":"message","text":"{{new string('y', 100_000)}}"}"""), limit: 1_000_000, announceLength: announceLength);

        Assert.Equal(text, read.Activity.Text);
        Assert.Equal(text, read.Activity.Value!.Value.GetProperty("note").GetString());
        Assert.IsType<ActivityRead.TooLarge>(await ReadAsync(body, limit: 50_000, announceLength: false));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("null", null)]
    [InlineData("[]", null)]
    [InlineData("{}", "type")]
    [InlineData("""{"type":" "}""", "type")]
    [InlineData("""{"type":"message","timestamp":"10000-01-01T00:00:00Z"}""", "timestamp")]
    [InlineData("""{"type":"message","timestamp":"0001-01-01T00:00:00+01:00"}""", "timestamp")]
    [InlineData("""{"type":"message","localTimestamp":"0001-01-01T00:00:00+14:00"}""", "localTimestamp")]
    [InlineData("""{"type":"message","localTimestamp":"9999-12-31T23:59:59-14:00"}""", "localTimestamp")]
    public void NotAnActivity_IsMalformed_NamingTheFieldWhenKnown(string json, string? field)
    {
        var malformed = Assert.IsType<ActivityRead.Malformed>(ActivityReader.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(field, malformed.Field);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00-12:00")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59+14:00")]
    public void TimestampsAtTheRangeEnds_AreRead(string timestamp, string localTimestamp)
    {
        var read = Assert.IsType<ActivityRead.Read>(ActivityReader.Parse(Encoding.UTF8.GetBytes($$"""{"type":"message","timestamp":"{{timestamp}}","localTimestamp":"{{localTimestamp}}"}""")));

        Assert.NotNull(read.Activity.Timestamp);
        Assert.NotNull(read.Activity.LocalTimestamp);
    }
}
