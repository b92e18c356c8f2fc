using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Runtime.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Topics =
    [
        new("refund", "Request a refund", ["money back", "reimbursement"]),
        new("status", "Check order status"),
        new("billing", "Billing question"),
        new("agent", "Talk to an agent"),
    ];

    private static readonly Choice[] Durations =
    [
        new("3m", "3 months"),
        new("6m", "6 months"),
        new("12m", "12 months"),
    ];

    private static readonly Choice[] Spanish =
    [
        new("factura", "Factura"),
        new("envio", "Estado del envío"),
        new("devolucion", "Devolución"),
    ];

    private static readonly Choice[] French =
    [
        new("facture", "Facture"),
        new("livraison", "Suivi de livraison"),
        new("remboursement", "Remboursement"),
    ];

    private static readonly Choice[] German =
    [
        new("rechnung", "Rechnung"),
        new("lieferung", "Lieferstatus"),
        new("erstattung", "Rückerstattung"),
    ];

    [Theory]
    [InlineData("Request a refund", "refund")]
    [InlineData("request a refund!", "refund")]
    [InlineData("REQUEST A REFUND", "refund")]
    [InlineData("  request   a refund ", "refund")]
    [InlineData("refund", "refund")]
    [InlineData("the refund one", "refund")]
    [InlineData("refund please", "refund")]
    [InlineData("refnud", "refund")]
    [InlineData("Requst a refund", "refund")]
    [InlineData("I'd like the refund one please", "refund")]
    [InlineData("money back", "refund")]
    [InlineData("I want my money back", "refund")]
    [InlineData("reimbursment", "refund")]
    [InlineData("order status", "status")]
    [InlineData("check the status please", "status")]
    [InlineData("status of my order", "status")]
    [InlineData("billing", "billing")]
    [InlineData("bill", "billing")]
    [InlineData("a billing question", "billing")]
    [InlineData("talk to agent", "agent")]
    [InlineData("agent", "agent")]
    [InlineData("status", "status")]
    [InlineData("question", "billing")]
    public void Recognize_ByTitleWordsOrSynonym_ReturnsChoice(string text, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Topics, "en")?.Value);

    [Theory]
    [InlineData("1", "refund")]
    [InlineData("2", "status")]
    [InlineData("#2", "status")]
    [InlineData("2.", "status")]
    [InlineData("2)", "status")]
    [InlineData("option 2", "status")]
    [InlineData("Option 3 please", "billing")]
    [InlineData("number 4", "agent")]
    [InlineData("two", "status")]
    [InlineData("option two", "status")]
    [InlineData("one", "refund")]
    [InlineData("the second one", "status")]
    [InlineData("second", "status")]
    [InlineData("2nd", "status")]
    [InlineData("the 2nd one pls", "status")]
    [InlineData("secnod", "status")]
    [InlineData("first", "refund")]
    [InlineData("the first one", "refund")]
    [InlineData("third", "billing")]
    [InlineData("the third option please", "billing")]
    [InlineData("last", "agent")]
    [InlineData("the last one", "agent")]
    [InlineData("the last option", "agent")]
    [InlineData("second to last", "billing")]
    [InlineData("no, the second one", "status")]
    [InlineData("second option sounds good", "status")]
    [InlineData("the first one, refund", "refund")]
    public void Recognize_ByPositionInEnglish_ReturnsChoice(string text, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Topics, "en")?.Value);

    [Theory]
    [InlineData("es", "la segunda", "status")]
    [InlineData("es", "la segunda por favor", "status")]
    [InlineData("es", "el último", "agent")]
    [InlineData("es", "el ultimo", "agent")]
    [InlineData("es", "la primera", "refund")]
    [InlineData("es", "opción 3", "billing")]
    [InlineData("es", "la dos", "status")]
    [InlineData("es", "la tercera opción", "billing")]
    [InlineData("fr", "le premier", "refund")]
    [InlineData("fr", "la dernière", "agent")]
    [InlineData("fr", "la derniere svp", "agent")]
    [InlineData("fr", "la deuxième", "status")]
    [InlineData("fr", "la 2e", "status")]
    [InlineData("fr", "l'avant-dernière", "billing")]
    [InlineData("fr", "numéro 3", "billing")]
    [InlineData("de", "das zweite bitte", "status")]
    [InlineData("de", "der letzte", "agent")]
    [InlineData("de", "die erste", "refund")]
    [InlineData("de", "Nummer 3", "billing")]
    [InlineData("de", "die dritte Option", "billing")]
    [InlineData("de", "den vorletzten", "billing")]
    [InlineData("en", "la segunda", "status")]
    [InlineData("es", "the second one", "status")]
    public void Recognize_ByPositionInAnyLanguage_ReturnsChoice(string locale, string text, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Topics, locale)?.Value);

    [Theory]
    [InlineData("es", "factura", "factura")]
    [InlineData("es", "la factura por favor", "factura")]
    [InlineData("es", "estado del envio", "envio")]
    [InlineData("es", "el envío", "envio")]
    [InlineData("es", "devolucion", "devolucion")]
    [InlineData("es", "DEVOLUCIÓN", "devolucion")]
    public void Recognize_SpanishTitles_ReturnsChoice(string locale, string text, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Spanish, locale)?.Value);

    [Theory]
    [InlineData("fr", "facture", "facture")]
    [InlineData("fr", "la livraison", "livraison")]
    [InlineData("fr", "suivi de livraison svp", "livraison")]
    [InlineData("fr", "rembourssement", "remboursement")]
    public void Recognize_FrenchTitles_ReturnsChoice(string locale, string text, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, French, locale)?.Value);

    [Theory]
    [InlineData("de", "Rechnung", "rechnung")]
    [InlineData("de", "die Rechnung bitte", "rechnung")]
    [InlineData("de", "rueckerstattung", "erstattung")]
    [InlineData("de", "Rückerstattung", "erstattung")]
    [InlineData("de", "ruckerstattung", "erstattung")]
    [InlineData("de", "Lieferstatus", "lieferung")]
    public void Recognize_GermanTitles_ReturnsChoice(string locale, string text, string? expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, German, locale)?.Value);

    [Theory]
    [InlineData("6", "6m")]
    [InlineData("12", "12m")]
    [InlineData("12 months", "12m")]
    [InlineData("the 6 months one", "6m")]
    [InlineData("1", "3m")]
    [InlineData("last", "12m")]
    public void Recognize_NumbersThatAreTitles_PreferTheTitle(string text, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Durations, "en")?.Value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("the fifth one")]
    [InlineData("the first or the second")]
    [InlineData("1 or 2")]
    [InlineData("not the first one")]
    [InlineData("I don't want the refund")]
    [InlineData("none")]
    [InlineData("neither")]
    [InlineData("the one please")]
    [InlineData("the second one, the refund")]
    [InlineData("yes")]
    public void Recognize_NothingOrAmbiguous_ReturnsNull(string text) =>
        Assert.Null(ChoiceRecognizer.Recognize(text, Topics, "en"));

    [Theory]
    [InlineData("es", "no la primera")]
    [InlineData("fr", "pas la première")]
    [InlineData("de", "nicht die erste")]
    [InlineData("de", "keine davon")]
    public void Recognize_RefusalInOtherLanguages_ReturnsNull(string locale, string text) =>
        Assert.Null(ChoiceRecognizer.Recognize(text, Topics, locale));

    [Fact]
    public void Recognize_TitleWordSharedByTwoChoices_ReturnsNull()
    {
        Choice[] choices = [new("a", "Refund status"), new("b", "Request refund")];

        Assert.Null(ChoiceRecognizer.Recognize("refund", choices, "en"));
        Assert.Equal("a", ChoiceRecognizer.Recognize("refund status", choices, "en")?.Value);
        Assert.Equal("b", ChoiceRecognizer.Recognize("request", choices, "en")?.Value);
    }

    [Theory]
    [InlineData("email", "email")]
    [InlineData("e-mail", "email")]
    [InlineData("by email please", "email")]
    [InlineData("emial", "email")]
    [InlineData("text message", "sms")]
    [InlineData("SMS please", "sms")]
    [InlineData("don't contact me", "none")]
    [InlineData("please dont contact me", "none")]
    [InlineData("the fourth", "none")]
    [InlineData("phone or email", null)]
    public void Recognize_TitlesWithPunctuationOrNegation_ReturnsChoice(string text, string? expected)
    {
        Choice[] channels = [new("email", "Email"), new("phone", "Phone call"), new("sms", "Text message (SMS)"), new("none", "Don't contact me")];

        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, channels, "en")?.Value);
    }

    [Theory]
    [InlineData("no", "no")]
    [InlineData("No, keep it open please", "no")]
    [InlineData("yes, close it", "yes")]
    [InlineData("I have another question", "other")]
    public void Recognize_TitlesStartingWithYesOrNo_ReturnsChoice(string text, string expected)
    {
        Choice[] choices = [new("yes", "Yes, close the case"), new("no", "No, keep it open"), new("other", "I have another question")];

        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, choices, "en")?.Value);
    }

    [Fact]
    public void Recognize_NegatedSingleWordTitle_ReturnsNull() =>
        Assert.Null(ChoiceRecognizer.Recognize("I don't want a refund", [new("refund", "Refund"), new("other", "Something else")], "en"));

    [Fact]
    public void Recognize_NoChoices_ReturnsNull() =>
        Assert.Null(ChoiceRecognizer.Recognize("1", [], "en"));
}
