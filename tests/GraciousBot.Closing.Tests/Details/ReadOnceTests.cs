using GraciousBot.Closing.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>
/// The caller's transcript and notes are read once at the start of a closing and ranked again with the closing's own
/// words at the goodbye: that must give exactly what reading everything at the goodbye gives.
/// </summary>
public sealed class ReadOnceTests
{
    [Fact]
    public void Extract_WithDetailsReadEarlier_EqualsReadingEverythingAgain()
    {
        var cases = Directory.GetFiles(RepoPaths.EvalDirectory, "*.jsonl").SelectMany(DetailsEvaluation.Load).Where(c => c.Expected.Count > 0).ToList();
        Assert.True(cases.Count > 20);
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var context = new ExtractionContext { TimeZone = "Europe/London", Locale = "en-US", Clock = new FakeTimeProvider(now), CustomerSince = new DateOnly(2019, 4, 12) };
        var compared = 0;
        for (var i = 0; i + 2 < cases.Count; i += 3)
        {
            // Two things shared before the closing, one said during it.
            CustomerUtterance[] before = [new(cases[i].Text, now.AddHours(-2)), new(cases[i + 1].Text)];
            CustomerUtterance[] during = [new(cases[i + 2].Text, now)];

            var everything = DetailExtractor.Extract([.. before, .. during], context);
            var readOnce = DetailExtractor.Extract(DetailExtractor.ReadInOrder(before, context), during, context);

            Assert.Equal(Describe(everything), Describe(readOnce));
            compared += everything.Count;
        }

        Assert.True(compared > 20, $"only {compared} details were compared");
    }

    private static List<string> Describe(IReadOnlyList<PersonalDetail> details) =>
        [.. details.Select(d => $"{d.Kind} {d.Tone} {d.Timing} {d.Date} {d.Owner} {d.Relation} {d.Place} {d.Noun} {d.Language} {d.Phrase}")];
}
