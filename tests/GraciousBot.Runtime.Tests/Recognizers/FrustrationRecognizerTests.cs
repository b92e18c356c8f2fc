using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

public sealed class FrustrationRecognizerTests
{
    [Theory]
    [InlineData("en", "fuck this")]
    [InlineData("en", "this fucking bot")]
    [InlineData("en", "f*** this bot")]
    [InlineData("en", "what the f*ck")]
    [InlineData("en", "f**king useless")]
    [InlineData("en", "sh*t service")]
    [InlineData("en", "$h!t")]
    [InlineData("en", "@#$%")]
    [InlineData("en", "you idiot")]
    [InlineData("en", "screw you")]
    [InlineData("en", "what an a**hole")]
    [InlineData("es", "esto es una mierda")]
    [InlineData("es", "joder, otra vez")]
    [InlineData("es", "gilipollas")]
    [InlineData("fr", "putain ça marche pas")]
    [InlineData("fr", "va te faire foutre")]
    [InlineData("fr", "connard")]
    [InlineData("de", "Scheißbot")]
    [InlineData("de", "so eine Scheiße")]
    [InlineData("de", "du Arschloch")]
    [InlineData("de", "verpiss dich")]
    [InlineData("de", "fick dich")]
    public void Analyze_AbusiveLanguage_FlagsAbuseAndOffersHuman(string locale, string text)
    {
        var signal = FrustrationRecognizer.Analyze(text, locale);

        Assert.True(signal.Abusive);
        Assert.True(signal.ShouldOfferHuman);
    }

    [Theory]
    [InlineData("en", "this is useless")]
    [InlineData("en", "what a waste of time")]
    [InlineData("en", "ridiculous")]
    [InlineData("en", "worst service ever")]
    [InlineData("en", "this is a joke")]
    [InlineData("en", "you're not helping")]
    [InlineData("en", "I'm fed up")]
    [InlineData("en", "how many times do I have to say it")]
    [InlineData("en", "stupid bot")]
    [InlineData("es", "no sirve")]
    [InlineData("es", "esto no sirve para nada")]
    [InlineData("es", "una pérdida de tiempo")]
    [InlineData("es", "estoy harta")]
    [InlineData("es", "pésimo servicio")]
    [InlineData("fr", "c'est nul")]
    [InlineData("fr", "j'en ai marre")]
    [InlineData("fr", "ça sert à rien")]
    [InlineData("fr", "n'importe quoi")]
    [InlineData("de", "unverschämt")]
    [InlineData("de", "das ist lächerlich")]
    [InlineData("de", "reine Zeitverschwendung")]
    [InlineData("de", "eine Frechheit")]
    public void Analyze_Complaint_FlagsComplaintAndOffersHuman(string locale, string text)
    {
        var signal = FrustrationRecognizer.Analyze(text, locale);

        Assert.True(signal.Complaint);
        Assert.False(signal.Abusive);
        Assert.True(signal.ShouldOfferHuman);
    }

    [Theory]
    [InlineData("THIS STILL DOES NOT WORK")]
    [InlineData("WHERE IS MY REFUND")]
    [InlineData("why is this taking so long!!!")]
    [InlineData("hello?!!")]
    public void Analyze_Shouting_FlagsShouting(string text) =>
        Assert.True(FrustrationRecognizer.Analyze(text, "en").Shouting);

    [Theory]
    [InlineData("OK")]
    [InlineData("NO")]
    [InlineData("I need my PDF invoice for the VPN")]
    [InlineData("thanks!!")]
    [InlineData("Great, thanks!")]
    public void Analyze_NotShouting_DoesNotFlagShouting(string text) =>
        Assert.False(FrustrationRecognizer.Analyze(text, "en").Shouting);

    [Theory]
    [InlineData("en", "")]
    [InlineData("en", "it worked, thanks")]
    [InlineData("en", "I need my invoice")]
    [InlineData("en", "the classic assessment is fine")]
    [InlineData("en", "Scunthorpe office")]
    [InlineData("en", "5 stars")]
    [InlineData("en", "*****")]
    [InlineData("en", "4*")]
    [InlineData("en", "$100 refund please")]
    [InlineData("en", "shipping to Essex")]
    [InlineData("es", "con gracias")]
    [InlineData("es", "todo bien, gracias")]
    [InlineData("fr", "merci beaucoup")]
    [InlineData("fr", "la conférence")]
    [InlineData("de", "Danke, alles gut")]
    [InlineData("de", "Mistelzweig")]
    [InlineData("fr", "mon colis a du retard")]
    [InlineData("de", "die Rechnung ist ziemlich dick")]
    [InlineData("es", "harto bueno el servicio")]
    public void Analyze_CalmMessage_ScoresZero(string locale, string text)
    {
        var signal = FrustrationRecognizer.Analyze(text, locale);

        Assert.Equal(new FrustrationSignal(false, false, false, 0), signal);
        Assert.False(signal.ShouldOfferHuman);
    }

    [Fact]
    public void Analyze_SeveralSignals_ScoreGrowsButStaysWithinOne()
    {
        var complaint = FrustrationRecognizer.Analyze("this is useless", "en").Score;
        var complaintAndShouting = FrustrationRecognizer.Analyze("THIS IS USELESS", "en").Score;
        var everything = FrustrationRecognizer.Analyze("THIS F***ING BOT IS USELESS, WASTE OF TIME!!! 😡", "en").Score;

        Assert.True(complaintAndShouting > complaint);
        Assert.True(everything > complaintAndShouting);
        Assert.InRange(everything, 0.9, 1.0);
    }

    [Fact]
    public void Analyze_ShoutingAlone_DoesNotOfferHuman() =>
        Assert.False(FrustrationRecognizer.Analyze("OK THANK YOU SO MUCH", "en").ShouldOfferHuman);

    [Fact]
    public void Analyze_AngryEmojiAlone_ScoresButDoesNotOfferHuman()
    {
        var signal = FrustrationRecognizer.Analyze("😡", "en");

        Assert.True(signal.Score > 0);
        Assert.False(signal.ShouldOfferHuman);
    }
}
