using System.Text.Json;
using GraciousBot.Runtime.Privacy;

namespace GraciousBot.Runtime.Tests.Privacy;

public sealed class CardNumbersTests
{
    [Theory]
    [InlineData("""{"transcript":[{"text":"card on file is 4111 1111 1111 1111, thanks"}]}""")]
    [InlineData("""{"notes":["paid with 5500-0000-0000-0004"]}""")]
    [InlineData("""{"text":"escaped \u0034111111111111111 digits"}""")]
    [InlineData("\"4111111111111111\"")]
    public void Mask_JsonWithACardNumberAnywhere_MasksIt_KeepingTheLastFour(string json)
    {
        var masked = string.Join("\n", Strings(CardNumbers.Mask(JsonDocument.Parse(json).RootElement)));

        Assert.DoesNotContain("4111111111111111", masked.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("5500-0000-0000-0004", masked, StringComparison.Ordinal);
        Assert.Matches("•••• (1111|0004)", masked);
    }

    [Theory]
    [InlineData("""{"order":"12345678901234","phone":"+49 170 1234567","total":1234567890123}""")]
    [InlineData("""{"transcript":[{"text":"no numbers here"}],"due":"2026-12-24"}""")]
    public void Mask_JsonWithoutACardNumber_IsReturnedUnchanged(string json)
    {
        var element = JsonDocument.Parse(json).RootElement;

        Assert.Equal(element.GetRawText(), CardNumbers.Mask(element).GetRawText());
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
