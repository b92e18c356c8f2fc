using GraciousBot.Closing.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>
/// The detail patterns that keep running get compiled twins in the background; the twins must read every case of the
/// evaluation set exactly as the interpreted patterns do.
/// </summary>
public sealed class CompiledPatternsTests
{
    [Fact]
    public void Extract_WithCompiledTwins_ReadsTheEvaluationSetExactlyAsInterpreted()
    {
        var cases = Directory.GetFiles(RepoPaths.EvalDirectory, "*.jsonl").SelectMany(DetailsEvaluation.Load).ToList();
        Assert.NotEmpty(cases);

        CompiledPatterns.Enabled = false;
        List<string> interpreted;
        try
        {
            interpreted = Read(cases);
        }
        finally
        {
            CompiledPatterns.Enabled = true;
        }

        // Every pattern a reading uses is compiled here (the host compiles only those that keep running).
        var usesBefore = CompiledPatterns.UsesBeforeCompiling;
        CompiledPatterns.UsesBeforeCompiling = 1;
        try
        {
            _ = Read(cases); // queues every pattern the readings use
        }
        finally
        {
            CompiledPatterns.UsesBeforeCompiling = usesBefore;
        }

        Assert.True(CompiledPatterns.WaitUntilCompiled(TimeSpan.FromMinutes(5)), "the patterns did not compile in five minutes");
        Assert.True(CompiledPatterns.CompiledCount >= 100, $"only {CompiledPatterns.CompiledCount} patterns were compiled");

        var compiled = Read(cases);
        Assert.Equal(interpreted, compiled);
    }

    private static List<string> Read(IEnumerable<EvalCase> cases) =>
    [
        .. cases.Select(c =>
        {
            var context = new ExtractionContext { TimeZone = c.TimeZone, Locale = c.Locale, Clock = new FakeTimeProvider(c.Timestamp) };
            var details = DetailExtractor.Extract([new CustomerUtterance(c.Text, c.Timestamp)], context);
            return c.Id + ": " + string.Join(" | ", details.Select(d => $"{d.Kind} {d.Tone} {d.Timing} {d.Phrase}"));
        }),
    ];
}
