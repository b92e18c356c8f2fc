using GraciousBot.Closing.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>The whole evaluation set read as one line per case, to compare two ways of reading it.</summary>
internal static class EvaluationReadings
{
    public static List<EvalCase> AllCases() => [.. Directory.GetFiles(RepoPaths.EvalDirectory, "*.jsonl").SelectMany(DetailsEvaluation.Load)];

    public static List<string> Read(IEnumerable<EvalCase> cases) =>
    [
        .. cases.Select(c =>
        {
            var context = new ExtractionContext { TimeZone = c.TimeZone, Locale = c.Locale, Clock = new FakeTimeProvider(c.Timestamp) };
            var details = DetailExtractor.Extract([new CustomerUtterance(c.Text, c.Timestamp)], context);
            return c.Id + ": " + string.Join(" | ", details.Select(d => $"{d.Kind} {d.Tone} {d.Timing} {d.Date} {d.Owner} {d.Relation} {d.Place} {d.Phrase}"));
        }),
    ];

    /// <summary>Reads the cases with a speed-up switched off (<paramref name="turn"/>(false)), switching it back on after.</summary>
    public static List<string> ReadWithout(Action<bool> turn, IEnumerable<EvalCase> cases)
    {
        turn(false);
        try
        {
            return Read(cases);
        }
        finally
        {
            turn(true);
        }
    }
}
