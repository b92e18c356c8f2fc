using BenchmarkDotNet.Attributes;
using GraciousBot.Closing.Details;
using GraciousBot.Closing.SignOff;
using GraciousBot.Runtime.Templates;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Benchmarks;

/// <summary>The goodbye: reading details over the transcript and notes, composing the sign-off, the safety check.</summary>
[MemoryDiagnoser]
public class GoodbyeBenchmarks
{
    private readonly ExtractionContext _context = new() { TimeZone = "Europe/London", Locale = "en-US", Clock = new FakeTimeProvider(Samples.Now), CustomerSince = new DateOnly(2019, 4, 12) };
    private SignOffComposer _composer = null!;
    private SignOffSafety _safety = null!;
    private IReadOnlyList<PersonalDetail> _details = [];
    private string _signOff = string.Empty;

    /// <summary>Whether the detail patterns are the compiled twins (as a host uses for the patterns that keep running) or the interpreted ones.</summary>
    [Params(true, false)]
    public bool Compiled { get; set; }

    /// <summary>Whether a rule runs only on sentences holding one of its required words (<see cref="RequiredWords"/>).</summary>
    [Params(true, false)]
    public bool Prefilter { get; set; } = true;

    [GlobalSetup]
    public void Setup()
    {
        CompiledPatterns.Enabled = Compiled;
        RequiredWords.Enabled = Prefilter;
        if (Compiled)
        {
            CompileEveryPatternOf(() => DetailExtractor.Extract(Samples.Utterances, _context));
        }

        var dialogs = Samples.DialogsFolder();
        _safety = SignOffSafety.FromDirectory(dialogs);
        _composer = new SignOffComposer(new TemplateTextRenderer(TemplateCatalog.Load(dialogs), new FirstVariantPicker()), _safety);
        _details = DetailExtractor.Extract(Samples.Utterances, _context);
        _signOff = Compose().Text;
    }

    /// <summary>Every customer utterance of the realistic closing, read for personal details.</summary>
    [Benchmark]
    public IReadOnlyList<PersonalDetail> ReadDetails() => DetailExtractor.Extract(Samples.Utterances, _context);

    /// <summary>One short closing answer ("No, that's all"), the common case during the closing.</summary>
    [Benchmark]
    public IReadOnlyList<PersonalDetail> ReadOneShortAnswer() => DetailExtractor.Extract([Samples.Utterances[6]], _context);

    [Benchmark]
    public SignOff ComposeSignOff() => Compose();

    [Benchmark]
    public SafetyResult SafetyCheck() => _safety.Check(_signOff, new SafetyContext(_details, "Dana", "Contoso Broadband", [.. Samples.Utterances.Select(u => u.Text)]));

    /// <summary>Compiles every pattern <paramref name="read"/> uses, at once (a host compiles those that keep running), and waits for them.</summary>
    internal static void CompileEveryPatternOf(Action read)
    {
        CompiledPatterns.UsesBeforeCompiling = 1;
        read();
        if (!CompiledPatterns.WaitUntilCompiled(TimeSpan.FromMinutes(5)))
        {
            throw new TimeoutException("The detail patterns did not compile in five minutes.");
        }
    }

    /// <summary>
    /// Times the reading with its shortcuts off (as before them), on with the tense and date patterns run whole, and on
    /// with them split into their branches (<see cref="Alternatives"/>), alternately in short batches (medians, for a
    /// shared and noisy machine), with the bytes each reading allocates.
    /// </summary>
    public static void CompareReadings(int rounds, bool compiled)
    {
        var bench = new GoodbyeBenchmarks { Compiled = compiled, Prefilter = true };
        bench.Setup();
        var readings = new (string Name, Func<IReadOnlyList<PersonalDetail>> Read, int Batch)[] { ("ReadDetails", bench.ReadDetails, 20), ("ReadOneShortAnswer", bench.ReadOneShortAnswer, 200) };
        var ways = new (string Name, bool Shortcuts, bool Split)[] { ("shortcuts off", false, false), ("shortcuts, whole", true, false), ("shortcuts, split", true, true) };
        foreach (var (name, read, batch) in readings)
        {
            foreach (var way in ways)
            {
                // Each way's own patterns (the whole tense and date patterns, or their branches) compiled before timing, when compiled.
                DetailExtractor.Shortcuts = way.Shortcuts;
                Alternatives.Enabled = way.Split;
                read();
                CompiledPatterns.WaitUntilCompiled(TimeSpan.FromMinutes(5));
            }

            var times = ways.Select(_ => new List<double>()).ToArray();
            var bytes = new long[ways.Length];
            for (var round = 0; round < rounds; round++)
            {
                for (var way = 0; way < ways.Length; way++)
                {
                    DetailExtractor.Shortcuts = ways[way].Shortcuts;
                    Alternatives.Enabled = ways[way].Split;
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    for (var i = 0; i < batch; i++)
                    {
                        read();
                    }

                    times[way].Add(watch.Elapsed.TotalMicroseconds / batch);
                    bytes[way] = (GC.GetAllocatedBytesForCurrentThread() - allocated) / batch;
                }
            }

            for (var way = 0; way < ways.Length; way++)
            {
                var sorted = times[way].Order().ToList();
                Console.WriteLine($"{name,-19} {ways[way].Name,-17} median {sorted[sorted.Count / 2],8:F1} µs   fastest batch {sorted[0],8:F1} µs   {bytes[way] / 1024.0,6:F1} KB");
            }
        }

        DetailExtractor.Shortcuts = true;
        Alternatives.Enabled = true;
    }

    private SignOff Compose() => _composer.Compose(new SignOffRequest("Dana", _details, "en-US")
    {
        Brand = "Contoso Broadband",
        CustomerTexts = [.. Samples.Utterances.Select(u => u.Text)],
    });
}
