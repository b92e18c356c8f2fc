using GraciousBot.Deployment.Tests.Infrastructure;

namespace GraciousBot.Deployment.Tests.Teams;

public sealed class IconTests
{
    [Fact]
    public void ColorIcon_Is192By192()
    {
        var icon = PngImage.Read(Path.Combine(Repository.Teams, "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(8, icon.BitDepth);
        Assert.True(icon.AllPixels().Select(pixel => (pixel.R, pixel.G, pixel.B)).Distinct().Count() > 2, "the colour icon should not be blank");
    }

    [Fact]
    public void OutlineIcon_Is32By32_WhiteOnTransparent()
    {
        var icon = PngImage.Read(Path.Combine(Repository.Teams, "outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel, $"colour type {icon.ColorType}: the outline icon needs an alpha channel");
        Assert.Equal(8, icon.BitDepth);
        var pixels = icon.AllPixels().ToArray();

        // Teams draws the outline icon in its own colours: only white, at any opacity, is allowed.
        Assert.All(pixels.Where(pixel => pixel.A > 0), pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));
        var transparent = pixels.Count(pixel => pixel.A == 0);
        var opaque = pixels.Count(pixel => pixel.A == 255);
        Assert.True(transparent > pixels.Length / 4, $"{transparent} transparent pixels");
        Assert.True(opaque > pixels.Length / 20, $"{opaque} opaque pixels");
        Assert.Equal(0, icon.Pixel(0, 0).A);
    }
}
