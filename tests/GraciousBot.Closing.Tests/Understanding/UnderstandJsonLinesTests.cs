using System.Text.Json;
using GraciousBot.Closing.Understanding;

namespace GraciousBot.Closing.Tests.Understanding;

public sealed class UnderstandJsonLinesTests
{
    private static async Task<List<JsonElement>> Run(string input)
    {
        using var reader = new StringReader(input);
        using var writer = new StringWriter();
        await UnderstandJsonLines.ProcessAsync(reader, writer, CancellationToken.None);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task Process_GoodLines_WriteAnswerIntentsLanguage()
    {
        var lines = await Run("""
            {"id": "u1", "locale": "en-GB", "expecting": "yesNo", "text": "yeah right, it's *working* 🙃"}
            {"id": "u2", "locale": "es-ES", "expecting": "rating", "text": "un diez"}
            {"id": "u3", "locale": "en-GB", "expecting": "openItems", "choices": [{"id": "T-1077", "title": "Refund for the October invoice"}, {"id": "T-2", "title": "Router"}], "text": "the refund one"}
            {"id": "u4", "locale": "fr-FR", "expecting": "comment", "text": "je voudrais parler à un vrai conseiller"}
            """);

        Assert.Equal(4, lines.Count);
        Assert.Equal("no", lines[0].GetProperty("answer").GetString());
        Assert.Equal(5, lines[1].GetProperty("answer").GetInt32());
        Assert.Equal("es", lines[1].GetProperty("language").GetString());
        Assert.Equal("T-1077", lines[2].GetProperty("answer").GetString());
        Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("answer").ValueKind);
        Assert.Equal(["person"], lines[3].GetProperty("intents").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("fr", lines[3].GetProperty("language").GetString());
    }

    [Fact]
    public async Task Process_BadLines_WriteErrorsAndCarryOn()
    {
        var lines = await Run("""
            not json
            [1, 2]
            {"text": "no id", "expecting": "yesNo"}
            {"id": "b1", "expecting": "yesNo"}
            {"id": "b2", "expecting": "nope", "text": "yes"}
            {"id": "b3", "expecting": "openItems", "choices": "T-1", "text": "yes"}
            {"id": "b4", "expecting": "yesNo", "locale": 7, "text": "yes"}

            {"id": "ok", "expecting": "yesNo", "text": "yes"}
            """);

        Assert.Equal(8, lines.Count);
        Assert.All(lines.Take(7), line => Assert.True(line.TryGetProperty("error", out _)));
        Assert.Equal(["b1", "b2", "b3", "b4"], lines.Skip(3).Take(4).Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("yes", lines[7].GetProperty("answer").GetString());
    }
}
