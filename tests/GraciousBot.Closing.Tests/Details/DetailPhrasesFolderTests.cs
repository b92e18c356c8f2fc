using GraciousBot.Closing.Details;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>A support team edits dialogs/details.&lt;lang&gt;.lg in the host's folder: the edit is used without a build.</summary>
public sealed class DetailPhrasesFolderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gb-details-");

    [Fact]
    public void EditedFolderPattern_IsUsed_InsteadOfTheBuiltInOne()
    {
        var trip = new PhraseParts(DetailKind.Travel, "holiday", null, "Lisbon", null, null, DetailTiming.Future, null, false);
        Assert.Equal("your holiday to Lisbon", PhrasePatterns.For("en").Build(trip));

        var edited = File.ReadAllText(Path.Combine(RepoPaths.Dialogs, "details.en.lg"))
            .Replace("- ?place {owner} {noun} to {place}", "- ?place {owner} {noun} in sunny {place}", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder.FullName, "details.en.lg"), edited);

        var folder = TemplateCatalog.Load(_folder.FullName);
        Assert.Equal("your holiday in sunny Lisbon", PhrasePatterns.For("en", dialogs: folder).Build(trip));
    }

    [Fact]
    public void FolderWithoutALanguagesPatterns_FallsBackToTheBuiltInOnes()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "details.en.lg"), File.ReadAllText(Path.Combine(RepoPaths.Dialogs, "details.en.lg")));
        var folder = TemplateCatalog.Load(_folder.FullName);
        var trip = new PhraseParts(DetailKind.Travel, "viaje", null, "Lisboa", null, null, DetailTiming.Future, null, false);

        Assert.Equal(PhrasePatterns.For("es").Build(trip), PhrasePatterns.For("es", dialogs: folder).Build(trip));
    }

    [Fact]
    public void BrokenFolderPattern_IsRefused_WithTheFileAndMessage()
    {
        var broken = File.ReadAllText(Path.Combine(RepoPaths.Dialogs, "details.en.lg"))
            .Replace("- {owner} {noun}\n", "- {owner} {noun} {mood}\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder.FullName, "details.en.lg"), broken);

        var error = Assert.Throws<TemplateException>(() => PhrasePatterns.For("en", dialogs: TemplateCatalog.Load(_folder.FullName)));
        Assert.Contains("{mood}", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
