using System.Text.RegularExpressions;
using GraciousBot.Closing.Details;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>
/// A detail pattern runs only on sentences holding one of its required words, derived from the pattern. The test may
/// only skip patterns that could not have matched: the whole evaluation set must read the same with and without it.
/// </summary>
[Collection(ReadingSwitches.Name)]
public sealed class RequiredWordsTests
{
    [Theory]
    [InlineData(@"\b(?:my|our)\s+(?<trig>birthday|bday)\b", "bday|birthday")]
    [InlineData(@"^(?:my\s+|our\s+)?(?<trig>wedding|big day)(?:'s)?\b", "big day|wedding")]
    [InlineData(@"\b(?:a|an)\s+(?<trig>broken (?:leg|arm)|sprained ankle)\b", "broken |sprained ankle")]
    [InlineData(@"\bfuneral\b|\bmemorial service\b", "funeral|memorial service")]
    [InlineData(@"colou?r", "colo")]
    [InlineData(@"xa+b", "xa")]
    [InlineData(@"\bbirth\s+(?:day|date)", "birth")]
    [InlineData(@"\bsee (?:you|u) (?:soon|later)\b", "see ")]
    [InlineData(@"a\.m\.\s*\d{1,2}", "a.m.")]
    public void Analyze_ReadsTheWordsEveryMatchContains(string pattern, string expected)
    {
        var words = RequiredWords.Analyze(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

        Assert.Equal(expected, words is null ? null : string.Join('|', words));
    }

    [Theory]
    [InlineData(@"\b(?:my|our)\s+(?<trig>birthday|bday)\b", "bday|birthday ; my|our")]
    [InlineData(@"\bsee (?:you|u) (?:soon|later)\b", "see  ; later|soon")]
    [InlineData(@"\b(?:i'm|im|was)\s+(?:really\s+)?(?<trig>sick|ill)\b", "ill|sick ; i'm|im|was")]
    [InlineData(@"(?:my (?:big )?day|our wedding)", "my |our wedding")]
    [InlineData(@"\b(?:on (?:the )?(?:first|second))\b", "first|second ; on ")]
    public void AnalyzeClauses_ReadsEverySetOfWordsEveryMatchContains(string pattern, string expected)
    {
        var clauses = RequiredWords.AnalyzeClauses(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

        Assert.Equal(expected, string.Join(" ; ", clauses.Select(c => string.Join('|', c))));
    }

    [Theory]
    [InlineData(@"\w+\s\d")]
    [InlineData(@"(?:birthday|\d+)")]
    [InlineData(@"(?:my )?(?:birthday)?")]
    [InlineData(@"(?i)birthday")]
    [InlineData(@"(\w)\1")]
    [InlineData(@"(?>birthday)")]
    [InlineData(@"(?=birthday)")]
    public void Analyze_WithoutRequiredWords_ReturnsNull(string pattern)
    {
        Assert.Null(RequiredWords.Analyze(new Regex(pattern)));
    }

    [Fact]
    public void Analyze_IgnoreCase_ReturnsNull()
    {
        Assert.Null(RequiredWords.Analyze(new Regex("birthday", RegexOptions.IgnoreCase)));
    }

    [Fact]
    public void Rules_MostHaveRequiredWords()
    {
        foreach (var code in Languages.Codes)
        {
            var rules = Languages.ByLocale(code).Rules;
            var withWords = rules.Count(r => RequiredWords.Of(r.Pattern).Words is not null);

            Assert.True(withWords >= rules.Count * 9 / 10, $"{code}: only {withWords} of {rules.Count} rules have required words");
        }
    }

    [Fact]
    public void Rules_EveryMatchInTheEvaluationSetHoldsARequiredWord()
    {
        var texts = EvaluationReadings.AllCases().Select(c => c.Text.ToLowerInvariant()).ToList();
        foreach (var code in Languages.Codes)
        {
            var pack = Languages.ByLocale(code);
            Regex[] patterns = [.. pack.Rules.Select(r => r.Pattern), .. pack.Suppressors.Select(s => s.Pattern), pack.GoneWrong, pack.Habitual, pack.Irrealis, pack.Conditional];
            foreach (var pattern in patterns)
            {
                var words = RequiredWords.Of(pattern);
                foreach (var text in texts)
                {
                    if (pattern.IsMatch(text))
                    {
                        Assert.True(words.MayMatchText(text), $"{code}: {pattern} matches \"{text}\" but the prefilter would skip it");
                    }
                }
            }
        }
    }

    [Fact]
    public void Extract_WithRequiredWords_ReadsTheEvaluationSetExactlyAsWithout()
    {
        var cases = EvaluationReadings.AllCases();
        Assert.NotEmpty(cases);

        var without = EvaluationReadings.ReadWithout(on => RequiredWords.Enabled = on, cases);
        var with = EvaluationReadings.Read(cases);

        Assert.Equal(without, with);
        Assert.Contains(with, line => line.Contains("Birthday", StringComparison.Ordinal)); // the set does find details
    }
}
