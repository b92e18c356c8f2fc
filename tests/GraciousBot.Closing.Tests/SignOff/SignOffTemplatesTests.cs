using System.Text.RegularExpressions;
using GraciousBot.Closing.Details;
using GraciousBot.Closing.SignOff;
using GraciousBot.Closing.Tests.Details;
using static GraciousBot.Closing.Tests.SignOff.SignOffTestKit;

namespace GraciousBot.Closing.Tests.SignOff;

public sealed partial class SignOffTemplatesTests
{
    private static readonly string[] Languages = ["en", "es", "fr", "de"];

    private static IEnumerable<(string Key, string Variant)> Variants(string language)
    {
        string? key = null;
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Dialogs, $"signoff.{language}.lg")))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('#'))
            {
                key = trimmed[1..].Trim();
            }
            else if (trimmed.StartsWith('-') && key is not null)
            {
                yield return (key, trimmed[1..].Trim());
            }
        }
    }

    [Fact]
    public void Templates_EveryKeyInEveryLanguage_WithOnlyKnownPlaceholders()
    {
        var keys = Variants("en").Select(v => v.Key).Distinct().ToList();

        var problems = Catalog.Validate(keys.Select(SignOffComposer.ContractFor), Languages);

        Assert.Empty(problems);
        foreach (var language in Languages)
        {
            Assert.Equal(keys, Variants(language).Select(v => v.Key).Distinct());
        }
    }

    [Fact]
    public void Templates_EveryMessageHasTwoVariants_SoNoGoodbyeRepeats()
    {
        foreach (var language in Languages)
        {
            foreach (var group in Variants(language).GroupBy(v => v.Key))
            {
                Assert.True(group.Count() >= 2, $"{language} {group.Key} has one variant");
            }
        }
    }

    [Fact]
    public void Templates_QuietAndEmpathizeLines_HaveNoExclamationOrCheer()
    {
        foreach (var language in Languages)
        {
            foreach (var (key, variant) in Variants(language).Where(v => v.Key.Contains("empathize", StringComparison.Ordinal) || v.Key.EndsWith(".quiet", StringComparison.Ordinal)))
            {
                Assert.False(variant.Contains('!', StringComparison.Ordinal) || variant.Contains('¡', StringComparison.Ordinal), $"{language} {key}: '{variant}'");
                Assert.False(Cheerful().IsMatch(variant), $"{language} {key}: '{variant}'");
            }
        }
    }

    public static TheoryData<string> LanguageData => new(Languages);

    [Theory]
    [MemberData(nameof(LanguageData))]
    public void Compose_EveryKindToneAndTiming_RendersASafeGoodbye(string language)
    {
        foreach (var composer in new[] { Composer(), Composer(new LastVariantPicker()) })
        {
            ComposeAll(composer, language);
        }
    }

    private static void ComposeAll(SignOffComposer composer, string language)
    {
        foreach (var kind in Enum.GetValues<DetailKind>())
        {
            foreach (var tone in Enum.GetValues<DetailTone>())
            {
                foreach (var timing in Enum.GetValues<DetailTiming>())
                {
                    var phrase = language switch { "es" => "su viaje", "fr" => "votre voyage", "de" => "Ihre Reise", _ => "your trip" };
                    var detail = Detail(kind, tone, timing, phrase, language: language);

                    var signOff = composer.Compose(new SignOffRequest("Dana", [detail], language));

                    Assert.True(signOff.Personalized, $"{language} {kind}/{tone}/{timing} fell back to a plain goodbye: {signOff.Text}");
                    var check = Safety.Check(signOff.Text, new SafetyContext([detail], "Dana"));
                    Assert.True(check.Passed, $"{language} {kind}/{tone}/{timing}: {string.Join("; ", check.Problems)}");
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:enjoy|congratulations|wonderful|happy|fantastic|celebrat\w*|disfrute|felicidades|enhorabuena|feliz|profitez|félicitations|joyeux|genießen|glückwunsch)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cheerful();
}
