using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

/// <summary>
/// Classes of phrasing found in the held-out evaluation batches (issue 15, third pass), each tested with sentences
/// that are not in the evaluation set: dialect doubt, correlative negation, counted things after a number,
/// "let it be", "no more trouble".
/// </summary>
public sealed class MessageReaderHeldOutClassTests
{
    [Theory]
    [InlineData("bin ned sicher, schau ma morgen", "de-AT")]
    [InlineData("puede ser, déjame comprobarlo", "es-ES")]
    public void Read_DialectOrHedgedDoubt_IsNeverYes(string text, string locale) =>
        Assert.Null(MessageReader.Read(text, locale, Expecting.YesNo).Answer);

    [Theory]
    [InlineData("weder das Telefon noch der Fernseher funktioniert", "de-DE", YesNo.No)]
    [InlineData("läuft wieder, danke", "de-DE", YesNo.Yes)]
    [InlineData("keine Probleme mehr, danke", "de-DE", YesNo.Yes)]
    [InlineData("plus aucun souci, merci", "fr-FR", YesNo.Yes)]
    [InlineData("no more problems, cheers", "en-GB", YesNo.Yes)]
    public void Read_ResolutionQuestion_NegationScope(string text, string locale, YesNo expected) =>
        Assert.Equal(expected, Assert.IsType<ReadAnswer.Said>(MessageReader.Read(text, locale, Expecting.YesNo).Answer).Value);

    [Theory]
    [InlineData("ja… ach, lassen wir das", "de-DE")]
    [InlineData("nenon, ça va aller", "fr-CA")]
    public void Read_PersonOffer_LetItBeIsNo(string text, string locale) =>
        Assert.Equal(YesNo.No, Assert.IsType<ReadAnswer.Said>(MessageReader.Read(text, locale, Expecting.PersonOffer).Answer).Value);

    [Theory]
    [InlineData("ich habe schon 3 Anrufe gemacht", "de-DE")]
    [InlineData("I sent you 4 emails about this", "en-GB")]
    [InlineData("les envié 2 correos", "es-ES")]
    public void Read_Rating_CountedThingsAreNotRatings(string text, string locale) =>
        Assert.Null(MessageReader.Read(text, locale, Expecting.Rating).Answer);
}
