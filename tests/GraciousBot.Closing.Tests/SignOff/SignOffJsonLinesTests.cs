using System.Text.Json;
using GraciousBot.Closing.SignOff;
using GraciousBot.Closing.Tests.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Closing.Tests.SignOff;

public sealed class SignOffJsonLinesTests
{
    private static async Task<List<JsonElement>> Run(string input)
    {
        using var reader = new StringReader(input);
        using var writer = new StringWriter();
        await SignOffJsonLines.ProcessAsync(reader, writer, RepoPaths.Dialogs, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task Process_GoodLine_WritesDetailsAndSignOff()
    {
        var lines = await Run("""{"id": "a1", "text": "We fly to Lisbon on Friday!", "name": "Dana", "timestamp": "2026-11-23T10:00:00Z", "timeZone": "Europe/London", "locale": "en-GB"}""");

        var line = Assert.Single(lines);
        Assert.Equal("a1", line.GetProperty("id").GetString());
        var detail = Assert.Single(line.GetProperty("details").EnumerateArray());
        Assert.Equal("travel", detail.GetProperty("kind").GetString());
        Assert.Equal("wish_well", detail.GetProperty("tone").GetString());
        Assert.Equal("future", detail.GetProperty("timing").GetString());
        Assert.Equal("your trip to Lisbon", detail.GetProperty("phrase").GetString());
        Assert.Contains("Dana", line.GetProperty("signoff").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_BadLines_WriteErrorsAndCarryOn()
    {
        var lines = await Run("""
            not json
            {"id": "b1"}
            {"text": "no id"}
            {"id": "b2", "text": "hi", "timestamp": "yesterday-ish"}
            {"id": "b3", "text": "where is my order?"}
            """);

        Assert.Equal(5, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Equal("b1", lines[1].GetProperty("id").GetString());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.True(lines[3].TryGetProperty("error", out _));
        Assert.Empty(lines[4].GetProperty("details").EnumerateArray());
    }

    [Fact]
    public async Task Process_SameInput_GivesTheSameOutput()
    {
        const string input = """{"id": "c1", "text": "it's my birthday tomorrow", "name": "Sam"}""";

        Assert.Equal((await Run(input))[0].ToString(), (await Run(input))[0].ToString());
    }

    [Fact]
    public async Task Process_UnknownTimeZone_WarnsAndUsesUtc()
    {
        var line = (await Run("""{"id": "d1", "text": "my birthday is tomorrow", "timeZone": "Mars/Olympus"}"""))[0];

        Assert.Equal("unknown timeZone; UTC used", line.GetProperty("warning").GetString());
    }
}
