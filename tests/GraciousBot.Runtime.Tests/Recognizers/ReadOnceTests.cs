using System.Text.Json.Nodes;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

/// <summary>
/// The shortcuts that make a turn read its message once must never change a reading: a message asked about again (the
/// memo kept with its text), a text read anew (a new string), a locale changing in between, and the allocation-free
/// phrase lookups, all on every text of the understanding evaluation set and the transcripts.
/// </summary>
public sealed class ReadOnceTests
{
    private static readonly string[] Locales = ["en-US", "es-ES", "fr-FR", "de-DE"];

    public static TheoryData<string> EvaluationFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(EvalDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EvaluationFiles))]
    public void Read_AskedAgainOrReadAnew_SameReadingForEveryQuestion(string file)
    {
        foreach (var (text, locale) in Texts(file))
        {
            // Read anew (a string of its own each time), in another locale first so the memo's locale changes.
            var other = Locales.First(l => l != locale);
            var fresh = Enum.GetValues<Expecting>().Select(expecting => Describe(MessageReader.Read(Copy(text), locale, expecting))).ToArray();
            _ = MessageReader.Read(text, other, Expecting.Comment);
            foreach (var expecting in Enum.GetValues<Expecting>())
            {
                var first = Describe(MessageReader.Read(text, locale, expecting));
                var again = Describe(MessageReader.Read(text, locale, expecting));
                Assert.Equal(fresh[(int)expecting], first);
                Assert.Equal(first, again);
            }
        }
    }

    [Fact]
    public void Read_OneTextOnManyThreads_SameReadingAsAlone()
    {
        // One string read by several threads at once (an interned literal, or a reading shared across turns): the memo's
        // slots may be filled twice, never with anything else.
        var texts = Texts("en-a.jsonl").Concat(Texts("fr-b.jsonl")).Take(120).Select(item => (Text: Copy(item.Text), item.Locale)).ToArray();
        var expected = texts.Select(item => Enum.GetValues<Expecting>().Select(e => Describe(MessageReader.Read(Copy(item.Text), item.Locale, e))).ToArray()).ToArray();
        var failures = 0;
        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            var (text, locale) = texts[n % texts.Length];
            var expecting = (Expecting)(n / texts.Length % Enum.GetValues<Expecting>().Length);
            if (Describe(MessageReader.Read(text, locale, expecting)) != expected[n % texts.Length][(int)expecting]
                || InterruptionPolicy.Reading.Detect(text, locale) != InterruptionPolicy.Reading.Detect(Copy(text), locale))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Theory]
    [MemberData(nameof(EvaluationFiles))]
    public void Recognizers_WithTheMessageRead_AnswerAsOnAFreshText(string file)
    {
        foreach (var (text, locale) in Texts(file))
        {
            var alone = Recognizers(Copy(text), locale);
            var shared = Copy(text);
            _ = MessageReader.Read(shared, locale, Expecting.Comment); // makes the memo the recognizers then use
            Assert.Equal(alone, Recognizers(shared, locale));
            Assert.Equal(alone, Recognizers(shared, locale));
            Assert.Equal(InterruptionRecognizer.Recognize(Copy(text), "de-DE"), InterruptionRecognizer.Recognize(shared, "de-DE"));
        }
    }

    [Theory]
    [MemberData(nameof(EvaluationFiles))]
    public void PhraseSetAny_IsMatchesCountAboveZero(string file)
    {
        var sets = YesNoVocabulary.ByLanguage.Values.Select(set => (Func<IReadOnlyList<string>, bool, (bool, bool)>)((tokens, typos) => (set.Any(tokens, typos), set.Matches(tokens, typos).Count > 0)))
            .Append((tokens, typos) => (FrustrationVocabulary.Complaints.Any(tokens, typos), FrustrationVocabulary.Complaints.Matches(tokens, typos).Count > 0))
            .Append((tokens, typos) => (SkipRecognizer.Politeness.Any(tokens, typos), SkipRecognizer.Politeness.Matches(tokens, typos).Count > 0))
            .Append((tokens, typos) => (RatingVocabulary.Adjectives.Any(tokens, typos), RatingVocabulary.Adjectives.Matches(tokens, typos).Count > 0))
            .ToList();
        foreach (var (text, _) in Texts(file))
        {
            var tokens = TextNormalizer.Tokenize(text);
            foreach (var set in sets)
            {
                foreach (var typos in new[] { false, true })
                {
                    var (any, count) = set(tokens, typos);
                    Assert.True(any == count, $"'{text}' (typos: {typos}): Any {any}, Matches {count}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(EvaluationFiles))]
    public void PhraseSetTryMatchWhole_IsOneMatchCoveringEveryWord(string file)
    {
        foreach (var (text, _) in Texts(file))
        {
            var words = TextNormalizer.Words(text);
            foreach (var start in new[] { 0, 1, 2 }.Where(start => start <= words.Length))
            {
                // Every tail too: short answers are where a whole match is found.
                var tail = words[start..];
                foreach (var typos in new[] { false, true })
                {
                    AssertWhole(SkipRecognizer.Politeness, tail, typos);
                    AssertWhole(FrustrationVocabulary.Complaints, tail, typos);
                    AssertWhole(ChoiceVocabulary.CardinalPhrases, tail, typos);
                    AssertWhole(RatingVocabulary.Adjectives, tail, typos);
                    AssertWhole(YesNoVocabulary.ByLanguage["en"], tail, typos);
                }
            }
        }
    }

    private static void AssertWhole<T>(PhraseSet<T> set, string[] words, bool typos)
    {
        var matches = set.Matches(words, typos);
        var expected = matches is [{ Start: 0 } only] && only.Length == words.Length;
        var whole = set.TryMatchWhole(words, out var value, typos);
        Assert.True(expected == whole, $"'{string.Join(' ', words)}' (typos: {typos}): Matches says {expected}");
        if (whole)
        {
            Assert.Equal(matches[0].Value, value);
        }
    }

    [Theory]
    [InlineData("goood", "god")]
    [InlineData("noo", "no")]
    [InlineData("yes", "yes")]
    [InlineData("aaa111bb", "a111b")]
    [InlineData("", "")]
    [InlineData("ööö", "ö")]
    public void Squeeze_OnTheStackOrNot_SameLetters(string token, string expected)
    {
        Span<char> buffer = stackalloc char[token.Length];
        Assert.Equal(expected, TextNormalizer.Squeeze(token));
        Assert.Equal(expected, TextNormalizer.Squeeze(token, buffer).ToString());
    }

    [Theory]
    [InlineData("yesss", "yes", true)]
    [InlineData("goood", "good", true)]
    [InlineData("good", "god", false)]
    [InlineData("nooo", "noo", true)]
    [InlineData("yes", "yes", true)]
    [InlineData("yesss", "yas", false)]
    public void Same_StretchedWords_MatchTheirVocabularyWord(string input, string vocabulary, bool same) =>
        Assert.Equal(same, TextNormalizer.Same(input, vocabulary));

    [Fact]
    public void Detect_MessageReadOnce_SameAsTheStrictCommandsAndReading()
    {
        // The runtime's check reads the message, then the strict commands use the same memo: "cancel" stays a cancel.
        Assert.Equal(Interruption.Cancel, InterruptionPolicy.Reading.Detect(Copy("cancel"), "en-US"));
        Assert.Equal(Interruption.Human, InterruptionPolicy.Reading.Detect(Copy("agent please"), "en-US"));
        Assert.Null(InterruptionPolicy.Reading.Detect(Copy("yes"), "en-US"));
    }

    private static string Recognizers(string text, string locale) =>
        string.Join(" | ",
            InterruptionRecognizer.Recognize(text, locale),
            FrustrationRecognizer.Analyze(text, locale),
            SkipRecognizer.IsSkip(text, locale),
            YesNoRecognizer.Recognize(text, locale),
            RatingRecognizer.Recognize(text, locale));

    private static string Describe(MessageReading reading) =>
        $"{reading.Answer}/{string.Join(',', reading.Intents.Order())}/{reading.Language}/{reading.Unsure}/{reading.SwitchTo}/{reading.Topic}";

    /// <summary>The same text as a string of its own, as the next turn's message would be.</summary>
    private static string Copy(string text) => new(text.AsSpan());

    private static IEnumerable<(string Text, string Locale)> Texts(string file) =>
        File.ReadLines(Path.Combine(EvalDirectory, file))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Select(node => (node["text"]!.GetValue<string>(), node["locale"]?.GetValue<string>() ?? "en-US"));

    private static string EvalDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraciousBot.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "GraciousBot.Closing.Tests", "Understanding", "eval");
                }
            }

            throw new DirectoryNotFoundException("GraciousBot.sln not found above the test's folder.");
        }
    }
}
