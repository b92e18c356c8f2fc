using System.Text.Json;
using GraciousBot.Runtime.Privacy;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Tests.Privacy;

public sealed class IncomingMaskingTests
{
    [Fact]
    public void MaskCardNumbers_NothingToMask_GivesTheSameActivity()
    {
        var activity = Activity.Message("my order 12345678901234 is late") with
        {
            Value = JsonDocument.Parse("""{"name":"Ren\u00e9e","total":4111111111111111,"notes":["caf\u00e9 at 9"]}""").RootElement,
            Attachments = [new Attachment { ContentType = "application/json", Content = JsonDocument.Parse("""{"text":"no card"}""").RootElement }],
        };

        Assert.Same(activity, IncomingMasking.MaskCardNumbers(activity));
    }

    [Theory]
    [InlineData("""{"notes":["paid with \u0034111 1111 1111 1111"]}""")]
    [InlineData("""{"notes":["paid with 4111-1111-1111-1111"]}""")]
    public void MaskCardNumbers_CardInTheValue_MasksOnlyTheValue(string value)
    {
        var activity = Activity.Message("hello") with { Value = JsonDocument.Parse(value).RootElement };

        var masked = IncomingMasking.MaskCardNumbers(activity);

        Assert.NotSame(activity, masked);
        Assert.Equal("hello", masked.Text);
        Assert.Equal("paid with •••• 1111", masked.Value!.Value.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void MaskCardNumbers_CardInTheText_MasksTheText()
    {
        var masked = IncomingMasking.MaskCardNumbers(Activity.Message("card 4111 1111 1111 1111 please"));

        Assert.Equal("card •••• 1111 please", masked.Text);
    }
}
