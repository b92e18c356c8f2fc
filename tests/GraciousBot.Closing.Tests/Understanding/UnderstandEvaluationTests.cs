using Xunit.Abstractions;

namespace GraciousBot.Closing.Tests.Understanding;

/// <summary>
/// Scores the reading of customer replies on every *.jsonl file in eval/ (written by people who never saw the code)
/// and fails below the bars. GRACIOUSBOT_UNDERSTAND_EVAL names extra files (separated by the path separator) to score
/// on first sight, with the table also written to GRACIOUSBOT_UNDERSTAND_REPORT when set.
/// </summary>
public sealed class UnderstandEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void EvaluationSet_AllFiles_MeetsTheBars()
    {
        var files = Directory.GetFiles(UnderstandEvaluation.EvalDirectory, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        var outcomes = files.SelectMany(UnderstandEvaluation.Load).Select(UnderstandEvaluation.Run).ToList();
        Assert.True(outcomes.Count >= 20, $"the evaluation set has {outcomes.Count} cases");

        var rows = UnderstandEvaluation.Rows(outcomes);
        output.WriteLine(UnderstandEvaluation.Table(rows));
        foreach (var miss in outcomes.Where(o => !o.AnswerRight || !o.LanguageRight || !o.Intents.Order().SequenceEqual(o.Case.ExpectedIntents.Order())))
        {
            output.WriteLine("  " + UnderstandEvaluation.Miss(miss));
        }

        var all = rows[0];
        Assert.True(all.Answer >= 0.95, $"answer accuracy {all.Answer:0.000} < 0.95");
        Assert.True(all.IntentF1 >= 0.95, $"intent micro-F1 {all.IntentF1:0.000} < 0.95");
        Assert.True(all.FalseYes == 0, $"{all.FalseYes} false \"yes\" on sarcasm/doubt/negation items");
        Assert.True(all.InventedRatings == 0, $"{all.InventedRatings} invented ratings");
        Assert.True(all.Language >= 0.98, $"language accuracy {all.Language:0.000} < 0.98");
    }

    [Fact]
    public void FirstSight_NamedFiles_PrintsScores()
    {
        var named = Environment.GetEnvironmentVariable("GRACIOUSBOT_UNDERSTAND_EVAL");
        if (string.IsNullOrWhiteSpace(named))
        {
            return;
        }

        var report = new System.Text.StringBuilder();
        foreach (var file in named.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var outcomes = UnderstandEvaluation.Load(file).Select(UnderstandEvaluation.Run).ToList();
            report.AppendLine($"### {Path.GetFileName(file)} (first sight)");
            report.AppendLine();
            report.AppendLine(UnderstandEvaluation.Table(UnderstandEvaluation.Rows(outcomes)));
        }

        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("GRACIOUSBOT_UNDERSTAND_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report.ToString());
        }
    }
}
