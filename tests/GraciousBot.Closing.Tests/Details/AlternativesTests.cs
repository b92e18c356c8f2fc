using System.Text.RegularExpressions;
using GraciousBot.Closing.Details;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>
/// The tense and date patterns run as their top-level branches merged (<see cref="Alternatives"/>): every match, and
/// every named group of it, must be what the whole pattern finds.
/// </summary>
[Collection(ReadingSwitches.Name)]
public sealed class AlternativesTests
{
    [Fact]
    public void Matches_OfEveryLanguagesTenseAndDatePatterns_AreTheWholePatternsMatches_OverTheEvaluationSet()
    {
        var texts = EvaluationReadings.AllCases().Select(c => c.Text)
            .Append("We fly to Lisbon next Friday, it was my birthday yesterday, and we'll be back on the 3rd of May.")
            .Append("I'm currently on leave; my son's been in hospital since Monday, two weeks ago we'd planned it for Christmas Eve.")
            .ToList();
        var compared = 0;
        foreach (var code in Languages.Codes)
        {
            var pack = Languages.ByLocale(code);
            var day = new DateOnly(2026, 11, 23);
            foreach (var text in texts)
            {
                foreach (var sentence in Sentence.Split(PiiPatterns.MaskAll(text), pack))
                {
                    // The reading itself, which registers the patterns it reads through the split.
                    var tenses = pack.Tense(sentence).ToList();
                    var dates = pack.Dates(sentence, day);
                    Alternatives.Enabled = false;
                    try
                    {
                        Assert.Equal(pack.Tense(sentence).ToList(), tenses);
                        Assert.Equal(pack.Dates(sentence, day), dates);
                    }
                    finally
                    {
                        Alternatives.Enabled = true;
                    }
                }
            }

            foreach (var pattern in Alternatives.Known)
            {
                var names = pattern.GetGroupNames();
                foreach (var text in texts)
                {
                    foreach (var sentence in Sentence.Split(PiiPatterns.MaskAll(text), pack))
                    {
                        var whole = pattern.Matches(sentence.Text).ToList();
                        var split = Alternatives.Matches(pattern, sentence.Text).ToList();
                        Assert.Equal(Describe(whole, names), Describe(split, names));
                        compared += whole.Count;
                    }
                }
            }
        }

        // The tense and date patterns of every language are split (and the small ones of the other tests, when they ran first).
        Assert.True(Alternatives.Known.Count() >= 2 * Languages.Codes.Count, $"only {Alternatives.Known.Count()} patterns are split");
        Assert.True(compared > 1000, $"only {compared} matches were compared");
    }

    [Theory]
    [InlineData(@"\b(?<a>in|on)\b|\b(?<b>on the)\b|(?<c>o)", "on the go, in on it")]
    [InlineData(@"(?<a>x*)|(?<b>y)", "yxy")]
    [InlineData(@"(?<!my\s)\b(?<a>week)\b|\b(?<b>next week|week end)\b", "my week, next week end")]
    [InlineData(@"(?<a>ab)|(?<b>a)(?<c>bc)?|(?<d>c)", "abcabc")]
    public void Matches_OfSmallAlternations_AreTheWholePatternsMatches(string source, string text)
    {
        var pattern = new Regex(source, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        Assert.NotNull(Alternatives.BranchesOf(pattern));
        var names = pattern.GetGroupNames();
        Assert.Equal(Describe(pattern.Matches(text).ToList(), names), Describe(Alternatives.Matches(pattern, text).ToList(), names));
    }

    [Theory]
    [InlineData(@"(?i)a|b")]
    [InlineData(@"(?<x>a)|\k<x>")]
    [InlineData(@"(?<n>a)|\1")]
    [InlineData(@"[a-z-[aeiou]]|b")]
    [InlineData(@"a(?#comment|)|b")]
    [InlineData(@"\Ga|b")]
    [InlineData(@"(?:a|b)")]
    public void BranchesOf_PatternsWhoseBranchesCouldInteract_AreNotSplit(string source)
    {
        Assert.Null(Alternatives.BranchesOf(new Regex(source, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)));
    }

    [Fact]
    public void BranchesOf_WithoutExplicitCapture_IsNotSplit()
    {
        Assert.Null(Alternatives.BranchesOf(new Regex("(a)|(b)", RegexOptions.CultureInvariant)));
    }

    [Fact]
    public void TopLevelBranches_SkipEscapesClassesAndGroups()
    {
        Assert.Equal(new[] { @"\|[|\]]", @"(?:a|b)", @"[^]|]c" }, Alternatives.TopLevelBranches(@"\|[|\]]|(?:a|b)|[^]|]c"));
    }

    private static List<string> Describe(List<Match> matches, string[] names) =>
    [
        .. matches.Select(m => $"{m.Index}+{m.Length} " + string.Join(' ', names.Select(n => m.Groups[n] is { Success: true } g ? $"{n}={g.Index}+{g.Length}:{g.Value}" : $"{n}=-"))),
    ];
}
