using BenchmarkDotNet.Attributes;
using GraciousBot.Closing.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Benchmarks;

/// <summary>
/// What a closing reads at its start: the customer's transcript turns and the notes of the realistic context
/// (<see cref="DetailExtractor.ReadInOrder"/>, as the sign-off's ReadShared calls it), with the tense and date patterns
/// run whole or as their merged branches (<see cref="Alternatives"/>).
/// </summary>
[MemoryDiagnoser]
public class DetailReadingBenchmarks
{
    private readonly ExtractionContext _context = new() { TimeZone = "Europe/London", Locale = "en-US", Clock = new FakeTimeProvider(Samples.Now), CustomerSince = new DateOnly(2019, 4, 12) };

    /// <summary>The transcript's customer turns and the two notes (what ReadShared reads once per closing).</summary>
    private readonly CustomerUtterance[] _shared = [.. Samples.Utterances.Take(5)];

    /// <summary>Whether the tense and date patterns run as their top-level branches, merged.</summary>
    [Params(true, false)]
    public bool Split { get; set; }

    /// <summary>Whether the patterns are the compiled twins (as a host uses for the patterns that keep running) or the interpreted ones.</summary>
    [Params(true, false)]
    public bool Compiled { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Alternatives.Enabled = Split;
        CompiledPatterns.Enabled = Compiled;
        if (Compiled)
        {
            GoodbyeBenchmarks.CompileEveryPatternOf(() => DetailExtractor.ReadInOrder(_shared, _context));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Alternatives.Enabled = true;

    [Benchmark]
    public IReadOnlyList<PersonalDetail> ReadShared() => DetailExtractor.ReadInOrder(_shared, _context);
}
