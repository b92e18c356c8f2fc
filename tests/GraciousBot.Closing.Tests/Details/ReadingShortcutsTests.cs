using GraciousBot.Closing.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>
/// The reading's shortcuts (one search for the required words of all a language's patterns, dates and tense read
/// only when a rule matched, personal-data patterns skipped when the text lacks what they need, the language chosen
/// in one pass) must read exactly what the plain reading reads: every pattern run, everything read eagerly.
/// </summary>
[Collection(ReadingSwitches.Name)]
public sealed class ReadingShortcutsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Extract_WithShortcuts_ReadsTheEvaluationSetExactlyAsThePlainReading()
    {
        var cases = EvaluationReadings.AllCases();
        Assert.NotEmpty(cases);

        var plain = EvaluationReadings.ReadWithout(Plain, cases);
        var quick = EvaluationReadings.Read(cases);

        Assert.Equal(plain, quick);
        Assert.Contains(quick, line => line.Contains("Birthday", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_WithShortcutsButNoPrefilter_ReadsTheEvaluationSetExactlyAsThePlainReading()
    {
        var cases = EvaluationReadings.AllCases();

        var plain = EvaluationReadings.ReadWithout(Plain, cases);
        var unfiltered = EvaluationReadings.ReadWithout(on => RequiredWords.Enabled = on, cases);

        Assert.Equal(plain, unfiltered);
    }

    [Fact]
    public void Extract_WithoutLocaleAndOverSeveralUtterances_ReadsAsThePlainReading()
    {
        // No locale: a text without a clear language is read in several; several utterances: dates carry over between sentences.
        var texts = EvaluationReadings.AllCases().Select(c => c.Text).ToList();
        var context = new ExtractionContext { TimeZone = "Europe/London", Clock = new FakeTimeProvider(Now), CustomerSince = new DateOnly(2019, 4, 12) };
        List<string> ReadAll() =>
        [
            .. texts.Chunk(3).Select(chunk => Describe(DetailExtractor.Extract(chunk.Select((t, i) => new CustomerUtterance(t, Now.AddMinutes(-i))), context))),
            .. texts.Select(t => Describe(DetailExtractor.Extract(t, context))),
        ];

        var plain = WithPlainReading(ReadAll);
        var quick = ReadAll();

        Assert.Equal(plain, quick);
        Assert.Contains(quick, line => line.Length > 0);
    }

    [Fact]
    public void Marks_OfEverySentence_AreEachPatternsOwnPrefilter()
    {
        var texts = EvaluationReadings.AllCases().Select(c => c.Text).Append("Call me on +44 20 7946 0958 or at dana@example.com, ref #AB-1234.").ToList();
        var marked = 0;
        foreach (var code in Languages.Codes)
        {
            var pack = Languages.ByLocale(code);
            var patterns = DetailExtractor.PatternsOf(pack);
            var index = new PatternIndex(patterns);
            foreach (var text in texts)
            {
                foreach (var sentence in Sentence.Split(PiiPatterns.MaskAll(text), pack))
                {
                    var marks = index.Mark(sentence.Text);
                    foreach (var below in new[] { 0, pack.Rules.Count, patterns.Length })
                    {
                        Assert.Equal(Enumerable.Range(0, below).Where(marks.MayMatch), marks.Candidates(below));
                    }

                    for (var id = 0; id < patterns.Length; id++)
                    {
                        var own = RequiredWords.Of(patterns[id]).MayMatchText(sentence.Text);
                        Assert.True(own == marks.MayMatch(id), $"{code}: pattern {id} ({patterns[id]}) on \"{sentence.Text}\": own prefilter {own}, marks {marks.MayMatch(id)}");
                        marked += own && RequiredWords.Of(patterns[id]).Words is not null ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(marked > 1000, $"only {marked} marks were set: the texts hold too few required words to compare");
    }

    [Fact]
    public void Span_IsTheTokensJoined()
    {
        var pack = Languages.ByLocale("en");
        foreach (var text in EvaluationReadings.AllCases().Take(200).Select(c => c.Text))
        {
            foreach (var sentence in Sentence.Split(text, pack))
            {
                var count = sentence.Tokens.Count;
                for (var from = -2; from <= count + 1; from++)
                {
                    for (var to = from - 1; to <= count + 2; to++)
                    {
                        var joined = string.Join(' ', sentence.Tokens.Skip(from).Take(Math.Max(0, to - from)).Select(t => t.Norm));
                        Assert.Equal(joined, sentence.Span(from, to));
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("No, that's all")]
    [InlineData("My card is 4111 1111 1111 1111 and my e-mail dana@example.com")]
    [InlineData("Ship it to 12 rue de la Paix, or call +33 1 23 45 67 89")]
    [InlineData("Order #AB-12 and ORD-2291, see www.example.com or https://x.io/a")]
    [InlineData("I live on avenue des Champs, no numbers here")]
    [InlineData("See example.COM today. Or mail me: dana@example.com.")]
    [InlineData("Write to dana@example.co.uk. Thanks.")]
    [InlineData("Ends with a full stop. And another one.")]
    [InlineData("e.g. the shop's site, WWW.SHOP.DE")]
    [InlineData("Ticket ١٢٣٤٥٦٧ (Arabic-Indic digits) and 40th birthday in 2019")]
    [InlineData("Meine Adresse ist Hauptstraße 5, 10115 Berlin; SW1A 1AA; 94105-1234")]
    public void MaskAll_SkippingImpossiblePatterns_MasksTheSame(string text)
    {
        Assert.Equal(PiiPatterns.MaskAll(text, skipImpossible: false), PiiPatterns.MaskAll(text, skipImpossible: true));
    }

    [Fact]
    public void MaskAll_SkippingImpossiblePatterns_MasksTheEvaluationSetTheSame()
    {
        foreach (var c in EvaluationReadings.AllCases())
        {
            Assert.Equal(PiiPatterns.MaskAll(c.Text, skipImpossible: false), PiiPatterns.MaskAll(c.Text, skipImpossible: true));
        }
    }

    [Fact]
    public void CandidatesOnce_IsCandidates()
    {
        string?[] locales = [null, "", " ", "en-US", "es-MX", "fr_FR", "de", "pt-BR", "xx"];
        foreach (var text in EvaluationReadings.AllCases().Select(c => c.Text).Append("Me jubilo en diciembre").Append("ok").Append(""))
        {
            foreach (var locale in locales)
            {
                var expected = Languages.Candidates(text, locale).Select(p => p.Code);
                var actual = Languages.CandidatesOnce(text, locale).Select(p => p.Code);
                Assert.True(expected.SequenceEqual(actual), $"\"{text}\" in {locale ?? "no locale"}: {string.Join(',', expected)} vs {string.Join(',', actual)}");
            }
        }
    }

    private static void Plain(bool on)
    {
        DetailExtractor.Shortcuts = on;
        RequiredWords.Enabled = on;
        Alternatives.Enabled = on;
    }

    private static List<string> WithPlainReading(Func<List<string>> read)
    {
        Plain(false);
        try
        {
            return read();
        }
        finally
        {
            Plain(true);
        }
    }

    private static string Describe(IReadOnlyList<PersonalDetail> details) =>
        string.Join(" | ", details.Select(d => $"{d.Kind} {d.Tone} {d.Timing} {d.Date} {d.Owner} {d.Relation} {d.Place} {d.Noun} {d.Language} {d.Phrase}"));
}

/// <summary>
/// Tests that switch the reading's static speed-ups off and on (<see cref="DetailExtractor.Shortcuts"/>,
/// <see cref="RequiredWords.Enabled"/>, <see cref="CompiledPatterns.Enabled"/>, <see cref="Alternatives.Enabled"/>) run one at a time, so that each
/// compares the two readings it means to. (Other tests reading meanwhile are unaffected: every setting reads the same.)
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadingSwitches
{
    public const string Name = "Reading switches";
}
