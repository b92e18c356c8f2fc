using System.Globalization;
using System.Text;
using System.Text.Json;
using GraciousBot.Closing.Details;
using GraciousBot.Closing.SignOff;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>One labelled utterance of the evaluation set (see eval/README.md for the format).</summary>
internal sealed record EvalCase(string Id, string Split, string Category, string Text, DateTimeOffset Timestamp, string? TimeZone, string? Locale, string? Name,
    IReadOnlyList<(string Kind, string Tone, string Timing)> Expected, IReadOnlyList<string> Pii);

/// <summary>The scores of one run over a set of cases.</summary>
internal sealed record EvalScores(
    string Label, int Cases, int Positives, int Negatives, int TruePositives, int FalsePositives, int FalseNegatives,
    int ToneMatches, int ToneTotal, int TimingMatches, int TimingTotal, int NegativesWithDetail, int PiiCases, int PiiEchoes,
    int SignOffs, int SignOffsSafe)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double KindF1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ToneAccuracy => ToneTotal == 0 ? 1 : (double)ToneMatches / ToneTotal;

    public double TimingAccuracy => TimingTotal == 0 ? 1 : (double)TimingMatches / TimingTotal;

    public double FalsePositiveRate => Negatives == 0 ? 0 : (double)NegativesWithDetail / Negatives;

    public double SafetyPassRate => SignOffs == 0 ? 1 : (double)SignOffsSafe / SignOffs;
}

/// <summary>Loads evaluation files and scores the extractor and composer on them.</summary>
internal static class DetailsEvaluation
{
    public static IReadOnlyList<EvalCase> Load(string path)
    {
        var cases = new List<EvalCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var expected = r.TryGetProperty("expected", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Select(x => (x.GetProperty("kind").GetString()!, x.TryGetProperty("tone", out var t) ? t.GetString()! : "", x.TryGetProperty("timing", out var tm) ? tm.GetString()! : "")).ToList()
                : [];
            var pii = r.TryGetProperty("pii", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var stamp = S("timestamp") is { } ts ? DateTimeOffset.Parse(ts, CultureInfo.InvariantCulture) : new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
            cases.Add(new EvalCase(S("id") ?? $"{Path.GetFileName(path)}:{lineNumber}", S("split") ?? "external", S("category") ?? (expected.Count > 0 ? "positive" : "negative"),
                S("text") ?? string.Empty, stamp, S("timeZone"), S("locale"), S("name"), expected, pii));
        }

        return cases;
    }

    public static (EvalScores Scores, List<string> Misses) Score(string label, IEnumerable<EvalCase> cases)
    {
        var catalog = TemplateCatalog.Load(RepoPaths.Dialogs);
        var safety = SignOffSafety.FromDirectory(RepoPaths.Dialogs);
        var composer = new SignOffComposer(new TemplateTextRenderer(catalog, new FirstVariantPicker()), safety);
        int count = 0, positives = 0, negatives = 0, tp = 0, fp = 0, fn = 0, toneOk = 0, toneTotal = 0, timingOk = 0, timingTotal = 0, negHit = 0, piiCases = 0, piiEchoes = 0, signOffs = 0, safe = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            count++;
            var context = new ExtractionContext { TimeZone = c.TimeZone, Locale = c.Locale, Clock = new FixedClock(c.Timestamp) };
            var details = DetailExtractor.Extract([new CustomerUtterance(c.Text, c.Timestamp)], context);
            var predicted = details.Select(d => Json(d.Kind)).ToHashSet();
            var expected = c.Expected.Select(x => x.Kind).ToHashSet();
            tp += predicted.Intersect(expected).Count();
            fp += predicted.Except(expected).Count();
            fn += expected.Except(predicted).Count();
            if (expected.Count == 0)
            {
                negatives++;
                negHit += predicted.Count > 0 ? 1 : 0;
            }
            else
            {
                positives++;
            }

            foreach (var (kind, tone, timing) in c.Expected)
            {
                var found = details.FirstOrDefault(d => Json(d.Kind) == kind);
                if (found is null)
                {
                    continue;
                }

                toneTotal++;
                toneOk += Json(found.Tone) == tone ? 1 : 0;
                if (timing.Length > 0)
                {
                    timingTotal++;
                    timingOk += Json(found.Timing) == timing ? 1 : 0;
                }

                if (Json(found.Tone) != tone || (timing.Length > 0 && Json(found.Timing) != timing))
                {
                    misses.Add($"{c.Id} {kind}: tone {Json(found.Tone)} (want {tone}), timing {Json(found.Timing)} (want {timing})");
                }
            }

            if (!predicted.SetEquals(expected))
            {
                misses.Add($"{c.Id} kinds: got [{string.Join(",", predicted)}] want [{string.Join(",", expected)}]");
            }

            var signOff = composer.Compose(new SignOffRequest(c.Name, details, c.Locale) { CustomerTexts = [c.Text] });
            signOffs++;
            var chosen = SignOffComposer.Choose(details, Languages.LanguageOf(c.Locale ?? details.FirstOrDefault()?.Language) ?? "en");
            var check = safety.Check(signOff.Text, new SafetyContext(signOff.Personalized ? chosen : [], c.Name, null, [c.Text]));
            safe += check.Passed ? 1 : 0;
            if (!check.Passed)
            {
                misses.Add($"{c.Id} sign-off unsafe: {string.Join("; ", check.Problems)}");
            }

            if (c.Pii.Count > 0)
            {
                piiCases++;
                var output = signOff.Text + " " + string.Join(" ", details.Select(d => d.Phrase));
                if (c.Pii.Any(p => Echoes(output, p)) || PiiPatterns.ContainsPii(signOff.Text))
                {
                    piiEchoes++;
                    misses.Add($"{c.Id} PII echoed");
                }
            }
        }

        return (new EvalScores(label, count, positives, negatives, tp, fp, fn, toneOk, toneTotal, timingOk, timingTotal, negHit, piiCases, piiEchoes, signOffs, safe), misses);
    }

    private static bool Echoes(string output, string pii)
    {
        if (output.Contains(pii, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var digits = new string(pii.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 5 && new string(output.Where(char.IsAsciiDigit).ToArray()).Contains(digits, StringComparison.Ordinal);
    }

    public static string Table(IEnumerable<EvalScores> rows)
    {
        var s = new StringBuilder();
        s.AppendLine("| set | cases | kind P | kind R | kind F1 | tone acc | timing acc | FP rate (neg) | PII echoes | sign-off safe |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Cases} | {r.Precision:0.000} | {r.Recall:0.000} | {r.KindF1:0.000} | {r.ToneAccuracy:0.000} | {r.TimingAccuracy:0.000} | {r.FalsePositiveRate:0.000} ({r.NegativesWithDetail}/{r.Negatives}) | {r.PiiEchoes}/{r.PiiCases} | {r.SafetyPassRate:0.000} |");
        }

        return s.ToString();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value).Trim('"');

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
