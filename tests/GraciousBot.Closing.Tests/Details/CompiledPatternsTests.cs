using GraciousBot.Closing.Details;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>
/// The detail patterns that keep running get compiled twins in the background; the twins must read every case of the
/// evaluation set exactly as the interpreted patterns do.
/// </summary>
[Collection(ReadingSwitches.Name)]
public sealed class CompiledPatternsTests
{
    [Fact]
    public void Extract_WithCompiledTwins_ReadsTheEvaluationSetExactlyAsInterpreted()
    {
        var cases = EvaluationReadings.AllCases();
        Assert.NotEmpty(cases);

        var interpreted = EvaluationReadings.ReadWithout(on => CompiledPatterns.Enabled = on, cases);

        // Every pattern a reading uses is compiled here (the host compiles only those that keep running).
        var usesBefore = CompiledPatterns.UsesBeforeCompiling;
        CompiledPatterns.UsesBeforeCompiling = 1;
        try
        {
            _ = EvaluationReadings.Read(cases); // queues every pattern the readings use
        }
        finally
        {
            CompiledPatterns.UsesBeforeCompiling = usesBefore;
        }

        Assert.True(CompiledPatterns.WaitUntilCompiled(TimeSpan.FromMinutes(5)), "the patterns did not compile in five minutes");
        Assert.True(CompiledPatterns.CompiledCount >= 100, $"only {CompiledPatterns.CompiledCount} patterns were compiled");

        var compiled = EvaluationReadings.Read(cases);
        Assert.Equal(interpreted, compiled);
    }
}
