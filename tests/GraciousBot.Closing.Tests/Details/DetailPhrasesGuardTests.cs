using System.Text;
using GraciousBot.Closing.Details;
using GraciousBot.Closing.SignOff;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>
/// The guard of the detail phrase patterns (dialogs/details.&lt;lang&gt;.lg): the phrase of every detail found over the
/// whole details evaluation set (every language) and the sign-off composed for each case must stay exactly as recorded
/// in phrases/expected.txt. An intended wording change is recorded again with
/// <c>GRACIOUSBOT_RECORD_PHRASES=1 dotnet test … --filter DetailPhrasesGuard</c>; review the diff before committing it.
/// </summary>
public sealed class DetailPhrasesGuardTests
{
    private static string ExpectedPath => Path.Combine(RepoPaths.Root, "tests", "GraciousBot.Closing.Tests", "Details", "phrases", "expected.txt");

    [Fact]
    public void Phrases_WholeEvaluationSet_AreAsRecorded()
    {
        var actual = Dump();
        if (Environment.GetEnvironmentVariable("GRACIOUSBOT_RECORD_PHRASES") == "1")
        {
            File.WriteAllText(ExpectedPath, actual);
        }

        var expected = File.ReadAllText(ExpectedPath).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var differences = expectedLines.Zip(actualLines).Where(pair => pair.First != pair.Second)
            .Take(20).Select(pair => $"- {pair.First}\n+ {pair.Second}").ToList();
        Assert.True(differences.Count == 0 && expectedLines.Length == actualLines.Length,
            $"{differences.Count} differing lines (first 20), {expectedLines.Length} expected vs {actualLines.Length} actual:\n{string.Join('\n', differences)}");
    }

    /// <summary>One line per case: file, id, locale, then each detail (kind, timing, phrase) and the sign-off.</summary>
    private static string Dump()
    {
        var catalog = TemplateCatalog.Load(RepoPaths.Dialogs);
        var composer = new SignOffComposer(new TemplateTextRenderer(catalog, new FirstVariantPicker()), SignOffSafety.FromDirectory(RepoPaths.Dialogs));
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(RepoPaths.EvalDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var c in DetailsEvaluation.Load(file))
            {
                var context = new ExtractionContext { TimeZone = c.TimeZone, Locale = c.Locale, Clock = new FixedClock(c.Timestamp) };
                var details = DetailExtractor.Extract([new CustomerUtterance(c.Text, c.Timestamp)], context);
                var signOff = composer.Compose(new SignOffRequest(c.Name, details, c.Locale) { CustomerTexts = [c.Text] });
                var phrases = string.Join(" | ", details.Select(d => $"{d.Language}:{d.Kind}/{d.Timing}: {d.Phrase}"));
                text.Append(Path.GetFileName(file)).Append('\t').Append(c.Id).Append('\t').Append(c.Locale ?? "-").Append('\t')
                    .Append(phrases).Append('\t').Append(signOff.Text.ReplaceLineEndings(" ")).Append('\n');
            }
        }

        return text.ToString();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
