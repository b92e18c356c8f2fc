using GraciousBot.Runtime.Locales;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Locales;

public sealed class LocaleRegistryTests
{
    [Fact]
    public void Packs_EverySupportedLanguage_HasEveryArea()
    {
        // Lists what any language lacks, by area: a new language shows up here until it is complete.
        var missing = LocaleRegistry.Packs
            .Where(pack => pack.Missing().Count > 0)
            .Select(pack => $"{pack.Code}: {string.Join(", ", pack.Missing())}")
            .ToList();

        Assert.Equal(Languages.Supported, LocaleRegistry.Packs.Select(pack => pack.Code));
        Assert.True(missing.Count == 0, "missing knowledge: " + string.Join("; ", missing));
    }

    [Fact]
    public void Missing_UnknownLanguage_ListsEveryArea()
    {
        var italian = new LanguagePack("it", null);

        Assert.Equal(LanguagePack.Areas, italian.Missing());
    }

    [Fact]
    public void Understanding_EveryList_HasPhrasesInEveryLanguage()
    {
        var empty = from pack in LocaleRegistry.Packs
                    from property in typeof(UnderstandingWords).GetProperties()
                    where property.PropertyType == typeof(string)
                    let value = (string?)property.GetValue(pack.Understanding)
                    where string.IsNullOrWhiteSpace(value)
                    select $"{pack.Code}.{property.Name}";

        Assert.Empty(empty);
    }

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("fr_CA", "fr")]
    [InlineData("it-IT", "en")]
    [InlineData(null, "en")]
    public void For_Locale_GivesItsLanguage(string? locale, string code) => Assert.Equal(code, LocaleRegistry.For(locale).Code);
}
