using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  Yes!!  THANKS ", "yes thanks")]
    [InlineData("C’est réglé", "c est regle")]
    [InlineData("l'agent m'a aidé", "l agent m a aide")]
    [InlineData("parler à quelqu'un", "parler a quelqu un")]
    [InlineData("don't", "dont")]
    [InlineData("I'm good", "im good")]
    [InlineData("WEISS NICHT", "weiss nicht")]
    [InlineData("weiß nicht", "weiss nicht")]
    [InlineData("Mañana", "manana")]
    [InlineData("nöööö", "nooo")]
    [InlineData("yesssssss", "yesss")]
    [InlineData("4,5/5", "4.5 / 5")]
    [InlineData("n/a", "n / a")]
    [InlineData("-1", "-1")]
    [InlineData("4-5", "4 5")]
    [InlineData("👍🏽", "👍")]
    [InlineData("⭐️⭐️", "⭐ ⭐")]
    [InlineData("4️⃣", "4")]
    [InlineData("ＦＵＬＬＷＩＤＴＨ", "fullwidth")]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("#2", "2")]
    [InlineData("", "")]
    public void Normalize_MessyText_FoldsToPlainWords(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Tokenize_Punctuation_BecomesCollapsedClauseBoundaries() =>
        Assert.Equal(["yes", ",", "but", "how", "?", "ok"], TextNormalizer.Tokenize("...Yes!!, but how?! ok"));

    [Theory]
    [InlineData("yesss", "yes", true)]
    [InlineData("goood", "good", true)]
    [InlineData("nooo", "no", true)]
    [InlineData("pass", "pas", false)]
    [InlineData("good", "god", false)]
    [InlineData("yes", "yes", true)]
    public void Same_StretchedWord_MatchesItsVocabularyWord(string input, string vocabulary, bool expected) =>
        Assert.Equal(expected, TextNormalizer.Same(input, vocabulary));

    [Theory]
    [InlineData("absolutly", "absolutely", true)]
    [InlineData("refnud", "refund", true)]
    [InlineData("representitive", "representative", true)]
    [InlineData("recieved", "received", true)]
    [InlineData("yse", "yes", false)]
    [InlineData("night", "right", false)]
    [InlineData("incorrect", "correct", false)]
    [InlineData("agenda", "agent", false)]
    [InlineData("4", "5", false)]
    public void IsNear_SmallTypo_DependsOnLengthAndFirstLetter(string input, string vocabulary, bool expected) =>
        Assert.Equal(expected, TextNormalizer.IsNear(input, vocabulary));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("ca", "abc", 3)]
    public void DamerauLevenshtein_KnownPairs_ReturnsDistance(string a, string b, int expected) =>
        Assert.Equal(expected, TextNormalizer.DamerauLevenshtein(a, b));

    [Fact]
    public void DamerauLevenshtein_BeyondMaximum_StopsAtMaximumPlusOne() =>
        Assert.Equal(2, TextNormalizer.DamerauLevenshtein("kitten", "sitting", max: 1));

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    public void MaxEdits_WordLength_GrowsWithLength(int length, int expected) =>
        Assert.Equal(expected, TextNormalizer.MaxEdits(length));

    [Theory]
    [InlineData("Yes, THANKS!! It's FIXED `now` -- 4/5 @ 100% ~ {ok} [done] #1 \\ |pipe| ^_^")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 !\"#$%&'()*+,-./:;<=>?@[]^_`{|}~")]
    public void Fold_AsciiText_TheFastWay_IsWhatTheRuneWayGives(string text)
    {
        Assert.Equal(TextNormalizer.FoldRunes(text), TextNormalizer.Fold(text));
    }

    [Fact]
    public void Tokenize_TheSameTextTwice_GivesEqualTokens_ThatCallersMayChangeWithoutTouchingTheOther()
    {
        var first = TextNormalizer.Tokenize("Ja, passt. Danke!");
        string[] asRead = [.. first];
        first[0] = "changed";
        var second = TextNormalizer.Tokenize("Ja, passt. Danke!");

        Assert.Equal(asRead, second);
        Assert.Equal(["ja", "passt", "danke"], TextNormalizer.Words("Ja, passt. Danke!"));
        Assert.Equal(["nein"], TextNormalizer.Tokenize("Nein"));
    }
}
