using GraciousBot.Locales;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Locales;

public sealed class LocaleRegistryTests
{
    [Fact]
    public void Packs_EveryLanguage_LacksNothing()
    {
        // Lists what any language lacks, by area and list, and its dialogs files: a new language shows up here until
        // it is complete ("it: answers.Rating.Units, dialogs/togo.it.lg").
        var missing = LocaleRegistry.Packs
            .Select(pack => (pack.Code, Gaps: LocaleGaps.Of(pack, DialogsFolder)))
            .Where(language => language.Gaps.Count > 0)
            .Select(language => $"{language.Code}: {string.Join(", ", language.Gaps)}")
            .ToList();

        Assert.True(missing.Count == 0, "missing knowledge: " + string.Join("; ", missing));
    }

    [Fact]
    public void Gaps_PackWithMissingAreasListsAndDialogs_NamesEachOne()
    {
        var english = LocaleRegistry.For("en");
        var answers = english.Answers! with
        {
            Rating = english.Answers!.Rating with { Units = "", Grade = null },
            Skip = english.Answers.Skip with { LeadingNo = " , " },
            YesNo = [.. english.Answers.YesNo.Take(2), new CuePhrases(Cue.Filler, "")],
        };
        var italian = new LanguagePack("it", "Italian")
        {
            Answers = answers,
            Details = english.Details! with { Markers = [], PluralRelations = null },
            Dates = english.Dates! with { Pattern = null },
        };
        var dialogs = Directory.CreateTempSubdirectory("dialogs-");
        try
        {
            File.WriteAllText(Path.Combine(dialogs.FullName, "closing.en.lg"), "# closing.hello\n- Hello\n\n# closing.bye(name)\n- Bye {name}\n");
            File.WriteAllText(Path.Combine(dialogs.FullName, "closing.it.lg"), "# closing.hello\n- Ciao\n");
            File.WriteAllText(Path.Combine(dialogs.FullName, "togo.en.lg"), "# togo.offer\n- Want it?\n");

            var gaps = LocaleGaps.Of(italian, dialogs.FullName);

            Assert.Equal(
                ["understanding", "answers.YesNo[2].Phrases", "answers.Rating.Units", "answers.Skip.LeadingNo", "details.Markers", "dates.Relative", "names", "dialogs/closing.it.lg#closing.bye", "dialogs/togo.it.lg"],
                gaps);
        }
        finally
        {
            dialogs.Delete(recursive: true);
        }
    }

    [Fact]
    public void Gaps_NewLanguageWithNoKnowledge_ListsEveryArea()
    {
        var gaps = LocaleGaps.Of(new LanguagePack("it", "Italian"));

        Assert.Equal(["understanding", "answers", "details", "dates", "names"], gaps);
    }

    [Fact]
    public void Gaps_LanguageWithoutDetailPhrases_NamesTheFile()
    {
        // The detail phrases are dialogs too (details.<lang>.lg): a language without them is not complete.
        var gaps = LocaleGaps.Of(new LanguagePack("it", "Italian"), DialogsFolder);

        Assert.Contains("dialogs/details.it.lg", gaps);
    }

    [Fact]
    public void Packs_InSupportedOrder() => Assert.Equal(Languages.Supported, LocaleRegistry.Packs.Select(pack => pack.Code));

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("fr_CA", "fr")]
    [InlineData("it-IT", "en")]
    [InlineData(null, "en")]
    public void For_Locale_GivesItsLanguage(string? locale, string code) => Assert.Equal(code, LocaleRegistry.For(locale).Code);

    private static string DialogsFolder { get; } = FindDialogs();

    private static string FindDialogs([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source)!, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraciousBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "dialogs")))
                {
                    return Path.Combine(dir.FullName, "dialogs");
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository's dialogs folder.");
    }
}
