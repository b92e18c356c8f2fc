using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Benchmarks;

/// <summary>One realistic customer answer and the question it answers.</summary>
public sealed record UnderstandingAnswer(string Name, string Text, Expecting Expecting, string Locale = "en-US")
{
    public override string ToString() => Name;
}

/// <summary>
/// The understanding of one whole closing turn, as the closing does it for the realistic answers: the runtime's
/// interruption check (<see cref="InterruptionPolicy.Reading"/>), the frustration check before the active step, the
/// prompt's reading for its question, and the prompt's second looks (an off-scale rating, a skip). The goodbye's
/// frustration check over every customer message of the closing is <see cref="ClosingFrustrationBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    public static readonly IReadOnlyList<Choice> OpenItems =
        [new("INC-1042", "Billing refund"), new("INC-1077", "Mobile data roaming")];

    public static readonly UnderstandingAnswer[] Answers =
    [
        new("yes", "yes", Expecting.YesNo),
        new("no-thats-all", "No, that's all", Expecting.OpenItems),
        new("rating-5", "5", Expecting.Rating),
        new("skip", "skip", Expecting.Comment),
        new("comment", "The agent was quick and friendly, thanks for sorting it out.", Expecting.Comment),
    ];

    /// <summary>The customer's messages of a closing (the transcript's and the closing's own), as the goodbye reads them.</summary>
    public static readonly string[] ClosingCustomerWords =
    [
        "Hi, my router keeps dropping the connection every evening since Tuesday.",
        "I already restarted it twice and checked the cables.",
        "ok that seems to work now",
        "yes",
        "No, that's all",
        "5",
        "The agent was quick and friendly, thanks for sorting it out.",
    ];

    public IEnumerable<UnderstandingAnswer> AnswerValues => Answers;

    [ParamsSource(nameof(AnswerValues))]
    public UnderstandingAnswer Answer { get; set; } = Answers[0];

    /// <summary>Everything one turn does to understand the answer.</summary>
    [Benchmark]
    public int Turn() => UnderstandTurn(Answer);

    /// <summary>The prompt's own reading alone.</summary>
    [Benchmark]
    public MessageReading Read() => MessageReader.Read(new string(Answer.Text.AsSpan()), Answer.Locale, Answer.Expecting, Answer.Expecting == Expecting.OpenItems ? OpenItems : null);

    /// <summary>The runtime's interruption check alone (a reading of its own, and the strict commands).</summary>
    [Benchmark]
    public Interruption? Interruptions() => InterruptionPolicy.Reading.Detect(new string(Answer.Text.AsSpan()), Answer.Locale);

    /// <summary>As the goodbye does it, on the customer's words read back from state (strings of their own each turn).</summary>
    public static bool FrustratedIn(string[] customerWords) =>
        customerWords.Any(text => FrustrationRecognizer.Analyze(new string(text.AsSpan()), "en-US").ShouldOfferHuman);

    /// <summary>As the closing does it (ClosingBot, DialogRunner, StandardPrompts); the result only keeps the work alive.</summary>
    public static int UnderstandTurn(UnderstandingAnswer answer)
    {
        // A turn's text is a string of its own (read from the request), never the same instance as the last turn's.
        var (text, locale) = (new string(answer.Text.AsSpan()), answer.Locale);
        var result = InterruptionPolicy.Reading.Detect(text, locale) is { } interruption ? (int)interruption : -1;
        result += FrustrationRecognizer.Analyze(text, locale).ShouldOfferHuman ? 10 : 0;
        var reading = MessageReader.Read(text, locale, answer.Expecting, answer.Expecting == Expecting.OpenItems ? OpenItems : null);
        result += reading.Answer is null ? 0 : 100;
        if (answer.Expecting == Expecting.Rating && reading.Answer is null)
        {
            result += RatingRecognizer.FromNumbersOrStars(text, locale, 5) is RatingRecognition.OutOfRange ? 1_000 : 0;
        }

        if (answer.Expecting == Expecting.Comment && reading.Answer is null)
        {
            result += SkipRecognizer.IsSkip(text, locale) ? 10_000 : 0;
        }

        return result;
    }

    /// <summary>`time-understanding ROUNDS`: each answer's whole turn in alternating batches, the median batch of each
    /// (for comparing two builds on a shared, noisy machine).</summary>
    public static void Time(int rounds, TextWriter output)
    {
        var ways = Answers.Select(answer => (answer.Name, Run: (Func<int>)(() => UnderstandTurn(answer))))
            .Append(("frustrated-in-closing", () => FrustratedIn(ClosingCustomerWords) ? 1 : 0))
            .ToArray();
        var times = ways.Select(_ => new List<double>()).ToArray();
        var allocated = new long[ways.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < 200; i++)
                {
                    ways[w].Run();
                }

                times[w].Add(watch.Elapsed.TotalMicroseconds / 200);
                allocated[w] = (GC.GetAllocatedBytesForCurrentThread() - before) / 200;
            }
        }

        for (var w = 0; w < ways.Length; w++)
        {
            var sorted = times[w].Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ways[w].Name,-22} median {sorted[sorted.Count / 2],8:F2} µs   fastest {sorted[0],8:F2} µs   {allocated[w],7} B"));
        }
    }

    /// <summary>`profile-understanding SECONDS [ANSWER]`: the realistic turns (or one of them) in a loop, for a profiler to attach to.</summary>
    public static int Profile(int seconds, string? only = null)
    {
        var answers = Answers.Where(answer => only is null || answer.Name == only).ToArray();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var turns = 0;
        while (DateTime.UtcNow < until)
        {
            foreach (var answer in answers)
            {
                UnderstandTurn(answer);
                turns++;
            }

            if (only is null)
            {
                FrustratedIn(ClosingCustomerWords);
            }
        }

        return turns;
    }
}

/// <summary>The goodbye's "was the customer frustrated during this closing" over every customer message.</summary>
[MemoryDiagnoser]
public class ClosingFrustrationBenchmarks
{
    [Benchmark]
    public bool FrustratedInClosing() => UnderstandingBenchmarks.FrustratedIn(UnderstandingBenchmarks.ClosingCustomerWords);
}

/// <summary>
/// `dump-understanding REPO OUT`: what every recognizer makes of every evaluation text and transcript message, one line each,
/// so two builds can be diffed for the smallest change of reading.
/// </summary>
public static class UnderstandingDump
{
    private static readonly IReadOnlyList<Choice> Choices =
        [new("INC-1042", "Billing refund"), new("INC-1077", "Mobile data roaming"), new("none", "No, that's all", ["No"])];

    public static int Write(string repoRoot, TextWriter output)
    {
        var inputs = new List<(string Text, string? Locale, List<Choice>? Choices)>();
        foreach (var file in Directory.GetFiles(Path.Combine(repoRoot, "tests", "GraciousBot.Closing.Tests", "Understanding", "eval"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(line => !string.IsNullOrWhiteSpace(line)))
            {
                var node = JsonNode.Parse(line)!.AsObject();
                var choices = node["choices"]?.AsArray().Select(c => new Choice(c!["id"]!.GetValue<string>(), c["title"]?.GetValue<string>() ?? c["id"]!.GetValue<string>())).ToList();
                inputs.Add((node["text"]!.GetValue<string>(), node["locale"]?.GetValue<string>(), choices));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(repoRoot, "tests", "GraciousBot.Closing.Tests", "Transcripts"), "*.chat", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(line => line.StartsWith("user: ", StringComparison.Ordinal)))
            {
                inputs.Add((line["user: ".Length..].Replace("\\n", "\n", StringComparison.Ordinal), "en-US", null));
            }
        }

        foreach (var (text, locale, choices) in inputs)
        {
            foreach (var loc in new[] { locale, "en-US", "es-ES", "fr-FR", "de-DE", null }.Distinct())
            {
                output.WriteLine(Line(text, loc, choices));
            }
        }

        return inputs.Count;
    }

    private static string Line(string text, string? locale, List<Choice>? choices)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{locale ?? "-"}\t{text.ReplaceLineEndings("⏎")}\t");
        foreach (var expecting in Enum.GetValues<Expecting>())
        {
            line.Append(Reading(MessageReader.Read(text, locale, expecting, expecting == Expecting.OpenItems ? choices ?? Choices : null))).Append('\t');
        }

        line.Append(Reading(MessageReader.Read(text, locale, Expecting.OpenItems, []))).Append('\t');
        line.Append(CultureInfo.InvariantCulture, $"reading:{InterruptionPolicy.Reading.Detect(text, locale)}\tstrict:{InterruptionPolicy.Default.Detect(text, locale)}\t");
        line.Append(CultureInfo.InvariantCulture, $"yn:{YesNoRecognizer.Recognize(text, locale)}\t");
        line.Append(CultureInfo.InvariantCulture, $"rate:{RatingRecognizer.Recognize(text, locale)}\trate10:{RatingRecognizer.Recognize(text, locale, 10)}\t");
        line.Append(CultureInfo.InvariantCulture, $"stars:{RatingRecognizer.FromNumbersOrStars(text, locale)}\tgrade:{RatingRecognizer.SaysSchoolGrade(text, locale)}\t");
        line.Append(CultureInfo.InvariantCulture, $"skip:{SkipRecognizer.IsSkip(text, locale)}\tfrus:{FrustrationRecognizer.Analyze(text, locale)}\t");
        line.Append(CultureInfo.InvariantCulture, $"choice:{ChoiceRecognizer.Recognize(text, choices ?? Choices, locale)?.Value}");
        return line.ToString();
    }

    private static string Reading(MessageReading reading) =>
        string.Create(CultureInfo.InvariantCulture, $"{reading.Answer}/{string.Join(',', reading.Intents.Order())}/{reading.Language}/{reading.Unsure}/{reading.SwitchTo}/{reading.Topic}");
}
