using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Closing.Understanding;

namespace GraciousBot.Closing.Tests.Understanding;

/// <summary>One labelled customer reply: the input line, what it should read as, and its bookkeeping.</summary>
internal sealed record UnderstandCase(string File, string Id, string Line, string Expecting, JsonNode? ExpectedAnswer, string[] ExpectedIntents, string ExpectedLanguage, string[] Tags, bool Hard);

/// <summary>What the reader made of one case.</summary>
internal sealed record UnderstandOutcome(UnderstandCase Case, JsonNode? Answer, string[] Intents, string? Language, string? Error)
{
    public bool AnswerRight => Error is null && UnderstandEvaluation.SameAnswer(Answer, Case.ExpectedAnswer);

    public bool LanguageRight => Error is null && Language == Case.ExpectedLanguage;

    /// <summary>"yes" where the label is not "yes", on an item tagged sarcasm, doubt or negation.</summary>
    public bool FalseYes => Case.Tags.Any(UnderstandEvaluation.NegativeTags.Contains) && IsText(Answer, "yes") && !IsText(Case.ExpectedAnswer, "yes");

    /// <summary>A rating (an integer) where the customer gave none (the label is null).</summary>
    public bool InventedRating => Case.Expecting == "rating" && Answer is JsonValue value && value.GetValueKind() == JsonValueKind.Number && Case.ExpectedAnswer is null;

    private static bool IsText(JsonNode? node, string text) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == text;
}

/// <summary>A score table row.</summary>
internal sealed record UnderstandScores(string Name, int Cases, double Answer, double IntentF1, int FalseYes, int InventedRatings, double Language);

/// <summary>Loads the *.jsonl evaluation files, runs them through the <c>understand</c> command's code, and scores them.</summary>
internal static class UnderstandEvaluation
{
    public static readonly string[] NegativeTags = ["sarcasm", "doubt", "negation"];

    public static string EvalDirectory => Path.Combine(Details.RepoPaths.Root, "tests", "GraciousBot.Closing.Tests", "Understanding", "eval");

    public static List<UnderstandCase> Load(string path)
    {
        var cases = new List<UnderstandCase>();
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var (line, number) in File.ReadLines(path).Select((line, index) => (line, index + 1)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var node = JsonNode.Parse(line)?.AsObject() ?? throw new InvalidDataException($"{path}:{number} is not an object");
            var expect = node["expect"]?.AsObject() ?? throw new InvalidDataException($"{path}:{number} has no \"expect\"");
            cases.Add(new UnderstandCase(
                name,
                node["id"]?.ToString() ?? $"{name}:{number}",
                line,
                node["expecting"]?.GetValue<string>() ?? "",
                expect["answer"]?.DeepClone(),
                expect["intents"]?.AsArray().Select(i => i!.GetValue<string>()).ToArray() ?? [],
                expect["language"]?.GetValue<string>() ?? "",
                node["tags"]?.AsArray().Select(t => t!.GetValue<string>()).ToArray() ?? [],
                node["hard"]?.GetValue<bool>() ?? false));
        }

        return cases;
    }

    public static UnderstandOutcome Run(UnderstandCase item)
    {
        var output = UnderstandJsonLines.ProcessLine(item.Line);
        return new UnderstandOutcome(
            item,
            output["answer"]?.DeepClone(),
            output["intents"]?.AsArray().Select(i => i!.GetValue<string>()).ToArray() ?? [],
            output["language"]?.GetValue<string>(),
            output["error"]?.GetValue<string>());
    }

    public static bool SameAnswer(JsonNode? actual, JsonNode? expected)
    {
        if (actual is null || expected is null)
        {
            return actual is null && expected is null;
        }

        var a = actual.AsValue();
        var e = expected.AsValue();
        if (a.GetValueKind() == JsonValueKind.Number && e.GetValueKind() == JsonValueKind.Number)
        {
            return decimal.Parse(a.ToJsonString(), CultureInfo.InvariantCulture) == decimal.Parse(e.ToJsonString(), CultureInfo.InvariantCulture);
        }

        return a.GetValueKind() == e.GetValueKind() && string.Equals(a.ToString().Trim(), e.ToString().Trim(), StringComparison.Ordinal);
    }

    public static UnderstandScores Score(string name, IReadOnlyCollection<UnderstandOutcome> outcomes)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var outcome in outcomes)
        {
            var expected = outcome.Case.ExpectedIntents.ToHashSet(StringComparer.Ordinal);
            var actual = outcome.Intents.ToHashSet(StringComparer.Ordinal);
            tp += actual.Count(expected.Contains);
            fp += actual.Count(i => !expected.Contains(i));
            fn += expected.Count(i => !actual.Contains(i));
        }

        var f1 = tp + fp + fn == 0 ? 1.0 : 2.0 * tp / (2.0 * tp + fp + fn);
        var count = Math.Max(1, outcomes.Count);
        return new UnderstandScores(
            name,
            outcomes.Count,
            outcomes.Count(o => o.AnswerRight) / (double)count,
            f1,
            outcomes.Count(o => o.FalseYes),
            outcomes.Count(o => o.InventedRating),
            outcomes.Count(o => o.LanguageRight) / (double)count);
    }

    /// <summary>All, then per language (the label's), then per tag.</summary>
    public static List<UnderstandScores> Rows(IReadOnlyCollection<UnderstandOutcome> outcomes)
    {
        var rows = new List<UnderstandScores> { Score("all", outcomes) };
        rows.AddRange(outcomes.GroupBy(o => o.Case.ExpectedLanguage).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Score("lang " + g.Key, g.ToList())));
        rows.AddRange(outcomes.SelectMany(o => o.Case.Tags.Select(tag => (tag, o))).GroupBy(p => p.tag).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Score("tag " + g.Key, g.Select(p => p.o).ToList())));
        return rows;
    }

    public static string Table(IEnumerable<UnderstandScores> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| set | cases | answer | intent F1 | false yes | invented ratings | language |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Name} | {row.Cases} | {row.Answer:0.000} | {row.IntentF1:0.000} | {row.FalseYes} | {row.InventedRatings} | {row.Language:0.000} |"));
        }

        return text.ToString();
    }

    public static string Miss(UnderstandOutcome o) =>
        $"{o.Case.Id} [{o.Case.Expecting}] {JsonSerializer.Serialize(JsonNode.Parse(o.Case.Line)?["text"]?.GetValue<string>())}: "
        + $"answer {o.Answer?.ToJsonString() ?? "null"} (want {o.Case.ExpectedAnswer?.ToJsonString() ?? "null"}), "
        + $"intents [{string.Join(",", o.Intents)}] (want [{string.Join(",", o.Case.ExpectedIntents)}]), language {o.Language} (want {o.Case.ExpectedLanguage})"
        + (o.Error is null ? "" : $" ERROR {o.Error}");
}
