using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

/// <summary>The one reading of a message: the patterns of issue 15, in the four languages (the evaluation set in
/// GraciousBot.Closing.Tests/Understanding scores the reader on hundreds more).</summary>
public sealed class MessageReaderTests
{
    [Theory]
    [InlineData("yeah right, it's *working* 🙃", "en-GB", "no")]
    [InlineData("great. just great.", "en-GB", "no")]
    [InlineData("yes — wait, no, the light's red again", "en-GB", "no")]
    [InlineData("no… actually yes it's back", "en-GB", "yes")]
    [InlineData("yes but it still crashes", "en-GB", "no")]
    [InlineData("no, all good thanks", "en-GB", "no")]
    [InlineData("sí, ya funciona, gracias", "es-ES", "yes")]
    [InlineData("no, espera, ya cargó. sí", "es-ES", "yes")]
    [InlineData("Non… ah si, ça vient de repartir !", "fr-FR", "yes")]
    [InlineData("oui – ah non attendez, ça plante encore", "fr-FR", "no")]
    [InlineData("Ja, aber es funktioniert immer noch nicht", "de-DE", "no")]
    public void Read_YesNo_LastStanceWinsAndSarcasmIsNeverYes(string text, string locale, string expected)
    {
        var reading = MessageReader.Read(text, locale, Expecting.YesNo);

        Assert.Equal(expected == "yes" ? YesNo.Yes : YesNo.No, Assert.IsType<ReadAnswer.Said>(reading.Answer).Value);
    }

    [Theory]
    [InlineData("for now I guess??", "en-GB")]
    [InlineData("maybe? I'll know tomorrow", "en-GB")]
    [InlineData("por ahora sí, ya veremos", "es-ES")]
    [InlineData("pour l'instant oui, on verra", "fr-FR")]
    [InlineData("vorerst ja, mal sehen", "de-DE")]
    public void Read_Doubt_IsNoAnswerAndUnsure(string text, string locale)
    {
        var reading = MessageReader.Read(text, locale, Expecting.YesNo);

        Assert.Null(reading.Answer);
        Assert.True(reading.Unsure);
    }

    [Theory]
    [InlineData("could someone from your team just call me?", "en-GB", Expecting.YesNo)]
    [InlineData("I'd prefer to speak with a colleague of yours", "en-GB", Expecting.Rating)]
    [InlineData("is anyone real there?", "en-GB", Expecting.AnythingElse)]
    [InlineData("live agnet", "en-GB", Expecting.Comment)]
    [InlineData("necesito que me atienda una persona", "es-ES", Expecting.Comment)]
    [InlineData("je voudrais parler à un vrai conseiller", "fr-FR", Expecting.YesNo)]
    [InlineData("Können Sie mich mit jemandem aus dem Kundenservice verbinden?", "de-DE", Expecting.OpenItems)]
    public void Read_PersonAnywhere_IsPersonAndNoAnswer(string text, string locale, Expecting expecting)
    {
        var reading = MessageReader.Read(text, locale, expecting);

        Assert.Contains(Intent.Person, reading.Intents);
        Assert.Null(reading.Answer);
    }

    [Theory]
    [InlineData("the agent already fixed it, thanks")]
    [InlineData("no need for an agent, it works")]
    [InlineData("am I talking to a bot?")]
    public void Read_NotAPersonRequest_HasNoPersonIntent(string text) =>
        Assert.DoesNotContain(Intent.Person, MessageReader.Read(text, "en-GB", Expecting.YesNo).Intents);

    [Theory]
    [InlineData("4, no wait, 5", 5)]
    [InlineData("8/10", 4)]
    [InlineData("⭐⭐⭐⭐", 4)]
    [InlineData("un diez", 5)]
    [InlineData("excellent", 5)]
    public void Read_Rating_IsWhatTheCustomerGave(string text, int expected) =>
        Assert.Equal(expected, Assert.IsType<ReadAnswer.Rated>(MessageReader.Read(text, "en-GB", Expecting.Rating).Answer).Value);

    [Theory]
    [InlineData("I called 3 times")]
    [InlineData("order #48213")]
    [InlineData("2 hours on hold")]
    [InlineData("I'd rather not rate")]
    [InlineData("the agent was nice but the app is bad")]
    public void Read_NotARating_InventsNone(string text) => Assert.Null(MessageReader.Read(text, "en-GB", Expecting.Rating).Answer);

    [Theory]
    [InlineData("gotta dash, thanks", "en-GB", Intent.Leave)]
    [InlineData("me tengo que ir", "es-ES", Intent.Leave)]
    [InlineData("tschüss", "de-DE", Intent.Leave)]
    [InlineData("prefiero no valorar", "es-ES", Intent.Decline)]
    [InlineData("pass", "en-GB", Intent.Decline)]
    [InlineData("stop asking me questions", "en-GB", Intent.Cancel)]
    [InlineData("worst service ever, you people are useless", "en-GB", Intent.Complaint)]
    public void Read_Intents_AtTheRatingPrompt(string text, string locale, Intent intent) =>
        Assert.Contains(intent, MessageReader.Read(text, locale, Expecting.Rating).Intents);

    [Theory]
    [InlineData("when are you open on Sunday?", OffTopicKind.Hours)]
    [InlineData("when will the refund land?", OffTopicKind.Refund)]
    [InlineData("am I talking to a bot?", OffTopicKind.Bot)]
    [InlineData("#48213", OffTopicKind.Delivery)]
    public void Read_OffTopic_SaysWhatItWasAbout(string text, OffTopicKind kind)
    {
        var reading = MessageReader.Read(text, "en-GB", Expecting.YesNo);

        Assert.Contains(Intent.OffTopic, reading.Intents);
        Assert.Equal(kind, reading.Topic);
    }

    [Fact]
    public void Read_OpenItems_NoneUnshownAndOnlyChoice()
    {
        List<Choice> choices = [new("T-1", "Refund for the October invoice"), new("T-2", "Broken router"), new("T-3", "Change of address")];

        Assert.IsType<ReadAnswer.NoneOfThose>(MessageReader.Read("neither", "en-GB", Expecting.OpenItems, choices).Answer);
        Assert.Equal("T-3", Assert.IsType<ReadAnswer.Picked>(MessageReader.Read("the address one please", "en-GB", Expecting.OpenItems, choices).Answer).ChoiceId);
        Assert.Null(MessageReader.Read("yes", "en-GB", Expecting.OpenItems, choices).Answer);
        Assert.Equal("T-1", Assert.IsType<ReadAnswer.Picked>(MessageReader.Read("yes", "en-GB", Expecting.OpenItems, choices[..1]).Answer).ChoiceId);
    }

    [Theory]
    [InlineData("¿puedo seguir en español?", "en-GB", "es", "es")]
    [InlineData("yes it works now, thanks a lot", "de-DE", "en", null)]
    [InlineData("👍", "fr-FR", "fr", null)]
    [InlineData("super", "de-DE", "de", null)]
    public void Read_Language_IsWhatTheMessageIsWrittenIn(string text, string locale, string language, string? switchTo)
    {
        var reading = MessageReader.Read(text, locale, Expecting.YesNo);

        Assert.Equal(language, reading.Language);
        Assert.Equal(switchTo, reading.SwitchTo);
    }

    [Fact]
    public void Read_CommentWithPerson_KeepsTheTextAndThePerson()
    {
        var reading = MessageReader.Read("The app kept logging me out all week. I want a manager to call me about it", "en-GB", Expecting.Comment);

        Assert.IsType<ReadAnswer.Commented>(reading.Answer);
        Assert.Contains(Intent.Person, reading.Intents);
    }
}
