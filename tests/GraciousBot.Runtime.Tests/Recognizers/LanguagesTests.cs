using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

public sealed class LanguagesTests
{
    [Fact]
    public void Supported_ListsTheFourLanguages() =>
        Assert.Equal(["en", "es", "fr", "de"], Languages.Supported);

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("en-US", "en")]
    [InlineData("es_MX", "es")]
    [InlineData("es-419", "es")]
    [InlineData("ES", "es")]
    [InlineData("fr-CA", "fr")]
    [InlineData("fr_FR", "fr")]
    [InlineData("de-DE", "de")]
    [InlineData("de-CH", "de")]
    [InlineData(" de ", "de")]
    [InlineData("pt-BR", "en")]
    [InlineData("zh-Hans-CN", "en")]
    [InlineData("english", "en")]
    [InlineData("", "en")]
    [InlineData("  ", "en")]
    [InlineData(null, "en")]
    public void Of_Locale_ReturnsSupportedLanguage(string? locale, string expected) =>
        Assert.Equal(expected, Languages.Of(locale));

    [Fact]
    public void PreferenceOrder_PutsTheLocaleLanguageFirst() =>
        Assert.Equal(["fr", "en", "es", "de"], Languages.PreferenceOrder("fr-BE"));
}
