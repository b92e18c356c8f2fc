using GraciousBot.Closing.Wording;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Tests.Wording;

/// <summary>The wording that ships in dialogs/: complete in every language, and every placeholder gets a value.</summary>
public sealed class DialogsFolderTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "dialogs");

    [Fact]
    public void ShippedWording_HasEveryMessageInEveryLanguage_WithOnlyKnownPlaceholders()
    {
        var catalog = TemplateCatalog.Load(Folder);

        var problems = catalog.Validate(ClosingSkill.Contracts, ClosingSkill.Languages, ClosingMood.ToneSets);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ShippedWording_NeverCheersASadClosing()
    {
        var catalog = TemplateCatalog.Load(Folder);
        var cheer = new[] { "wonderful", "great to hear", "working again", "estupendo", "buena noticia", "ravi", "excellente nouvelle", "freut mich", "wunderbar", "schön, das" };
        foreach (var language in ClosingSkill.Languages)
        {
            foreach (var key in new[] { ClosingTexts.ConfirmGlad, ClosingTexts.ConfirmGlad + ".technical", ClosingTexts.RatingAsk, ClosingTexts.CommentAsk, "signoff.closing" })
            {
                for (var pick = 0; pick < 6; pick++)
                {
                    var text = new TemplateTextRenderer(catalog, new FixedPicker(pick)).Render(key, language, Values.Of(("name", "Ana"), ("brand", "Contoso")), tones: ClosingMood.Tags(Mood.Sad));
                    Assert.DoesNotContain('!', text);
                    Assert.DoesNotContain(cheer, c => text.Contains(c, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
    }

    public static TheoryData<string, string> EveryMessageInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in ClosingSkill.Languages)
        {
            foreach (var contract in ClosingSkill.Contracts)
            {
                data.Add(language, contract.Key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMessageInEveryLanguage))]
    public void EveryVariant_RendersWithItsValues_LeavingNoPlaceholderBehind(string language, string key)
    {
        var catalog = TemplateCatalog.Load(Folder);
        var contract = ClosingSkill.Contracts.Single(c => c.Key == key);
        var values = contract.Placeholders.ToDictionary(p => p, p => (string?)$"<{p}>");
        var variants = new HashSet<string>();

        // A picker that walks through the variants, so every one of them is rendered.
        for (var i = 0; i < 20; i++)
        {
            var text = new TemplateTextRenderer(catalog, new FixedPicker(i)).Render(key, language, values);
            variants.Add(text);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language} {key} rendered empty");
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        }

        Assert.NotEmpty(variants);
    }

    [Fact]
    public void EveryLanguage_HasNoMessagesTheCodeDoesNotKnow()
    {
        var known = ClosingSkill.Contracts.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.lg").Where(f => Path.GetFileName(f).StartsWith("closing.", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("handoff.", StringComparison.Ordinal)))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.StartsWith('#') && !known.Contains(line[1..].Trim()))
                {
                    unknown.Add($"{Path.GetFileName(file)}:{lineNumber}: {line.Trim()}");
                }
            }
        }

        Assert.True(unknown.Count == 0, "Messages no code uses (a typo in a name?):" + Environment.NewLine + string.Join(Environment.NewLine, unknown));
    }

    private sealed class FixedPicker(int index) : IVariantPicker
    {
        public int Pick(string key, int count) => index % count;
    }
}
