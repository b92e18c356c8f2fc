using GraciousBot.Closing.Wording;

namespace GraciousBot.Closing.Tests.Wording;

public sealed class TextCutTests
{
    [Fact]
    public void Shorten_ShortText_IsUnchanged() => Assert.Equal("We refunded you.", TextCut.Shorten("We refunded you.", 40));

    [Fact]
    public void Shorten_AtASentenceEnd_WhenOneIsNear()
    {
        var text = "We refunded the duplicate charge. We also credited a month of service as an apology for the trouble.";

        Assert.Equal("We refunded the duplicate charge. …", TextCut.Shorten(text, 60));
    }

    [Fact]
    public void Shorten_BetweenWords_WhenNoSentenceEndIsNear()
    {
        var text = "We refunded the duplicate charge and credited a month of service as an apology";

        var cut = TextCut.Shorten(text, 40);

        Assert.Equal("We refunded the duplicate charge and…", cut);
        Assert.True(cut.Length <= 40);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    [InlineData(2000)]
    public void Shorten_NeverCutsMidWord_AndAlwaysSaysSo(int max)
    {
        var text = string.Join(' ', Enumerable.Repeat("replacement", 400));

        var cut = TextCut.Shorten(text, max);

        Assert.True(cut.Length <= max, $"{cut.Length} > {max}");
        Assert.EndsWith("replacement…", cut, StringComparison.Ordinal);
    }
}
