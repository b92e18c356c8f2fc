using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

/// <summary>
/// A yes contradicted by a later clause that says the fault is still there, sarcasm without cue words, German school
/// grades and mistyped numbers (issue 15, second pass).
/// </summary>
public sealed class MessageReaderFaultClauseTests
{
    [Theory]
    [InlineData("yes it works, apart from the sound cutting out every minute", "en-GB")]
    [InlineData("sure, lovely, if you ignore the printer jamming on every page", "en-GB")]
    [InlineData("sí, funciona, excepto el wifi que se corta cada rato", "es-ES")]
    [InlineData("oui ça marche, sauf que l'écran reste noir au démarrage", "fr-FR")]
    [InlineData("ja, geht, bis auf den Ton, der dauernd knackt", "de-DE")]
    [InlineData("funciona de maravilla, cuando quiere", "es-ES")]
    public void Read_YesThenTheFaultInALaterClause_IsNo(string text, string locale) =>
        Assert.Equal(YesNo.No, Assert.IsType<ReadAnswer.Said>(MessageReader.Read(text, locale, Expecting.YesNo).Answer).Value);

    [Theory]
    [InlineData("yes, if you don't mind", "en-GB")]
    [InlineData("ja, gerne", "de-DE")]
    public void Read_PersonOffer_PoliteYesStaysYes(string text, string locale) =>
        Assert.Equal(YesNo.Yes, Assert.IsType<ReadAnswer.Said>(MessageReader.Read(text, locale, Expecting.PersonOffer).Answer).Value);

    [Theory]
    [InlineData("oh great, another queue to sit in 🙄", "en-GB")]
    [InlineData("oui… enfin non, c'est réglé", "fr-FR")]
    [InlineData("hat sich erledigt, danke", "de-DE")]
    public void Read_PersonOffer_SarcasmOrSortedIsNo(string text, string locale) =>
        Assert.Equal(YesNo.No, Assert.IsType<ReadAnswer.Said>(MessageReader.Read(text, locale, Expecting.PersonOffer).Answer).Value);

    [Theory]
    [InlineData("Note 2", "de-DE", 4)]
    [InlineData("Schulnote: eine 5", "de-DE", 1)]
    [InlineData("als Schulnote eine 3", "en-GB", 3)]
    [InlineData("Note: 6", "de-DE", 1)]
    [InlineData("2", "de-DE", 2)]
    [InlineData("fuor", "en-GB", 4)]
    [InlineData("dreii", "de-DE", 3)]
    public void Read_Rating_SchoolGradesAndTypos(string text, string locale, int expected) =>
        Assert.Equal(expected, Assert.IsType<ReadAnswer.Rated>(MessageReader.Read(text, locale, Expecting.Rating).Answer).Value);

    [Theory]
    [InlineData("Ich habe 3 Mal angerufen", "de-DE")]
    [InlineData("llamé 4 veces", "es-ES")]
    [InlineData("j'ai dû dire trois fois mon numéro", "fr-FR")]
    public void Read_Rating_NumbersOfSomethingElseAreNotRatings(string text, string locale) =>
        Assert.Null(MessageReader.Read(text, locale, Expecting.Rating).Answer);
}
