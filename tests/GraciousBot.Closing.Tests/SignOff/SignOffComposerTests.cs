using GraciousBot.Closing.Details;
using GraciousBot.Closing.SignOff;
using GraciousBot.Runtime.Templates;
using static GraciousBot.Closing.Tests.SignOff.SignOffTestKit;

namespace GraciousBot.Closing.Tests.SignOff;

public sealed class SignOffComposerTests
{
    private static readonly PersonalDetail Trip = Detail(DetailKind.Travel, DetailTone.WishWell, DetailTiming.Future, "your trip to Lisbon", "Lisbon");
    private static readonly PersonalDetail Birthday = Detail(DetailKind.Birthday, DetailTone.Celebrate, DetailTiming.Future, "your daughter's birthday") with { Relation = "daughter" };
    private static readonly PersonalDetail Loss = Detail(DetailKind.Bereavement, DetailTone.Empathize, DetailTiming.Past, "the loss of your father") with { Relation = "father" };

    [Fact]
    public void Compose_Celebratory_ThanksByNameLeansOnTheDetailAndInvitesBack()
    {
        var signOff = Composer().Compose(new SignOffRequest("Dana", [Trip], "en-GB"));

        Assert.Equal("Thank you, Dana, for getting in touch. Enjoy your trip to Lisbon! If you need anything else, we're always here to help.", signOff.Text);
        Assert.True(signOff.Personalized);
        Assert.Equal([DetailKind.Travel], signOff.DetailKinds);
    }

    [Fact]
    public void Compose_SadNews_IsQuietAndLeavesHappyNewsOut()
    {
        var signOff = Composer().Compose(new SignOffRequest("Dana", [Loss, Birthday], "en"));

        Assert.Equal("Thank you for your patience, Dana. I'm so sorry for the loss of your father. We're here whenever you need us.", signOff.Text);
        Assert.DoesNotContain("!", signOff.Text, StringComparison.Ordinal);
        Assert.Equal([DetailKind.Bereavement], signOff.DetailKinds);
    }

    [Fact]
    public void Compose_NoDetail_IsAPlainWarmGoodbye()
    {
        var signOff = Composer().Compose(new SignOffRequest(null, [], "en"));

        Assert.Equal("Thank you for getting in touch. If you need anything else, we're always here to help. Have a great day!", signOff.Text);
        Assert.False(signOff.Personalized);
        Assert.Empty(signOff.DetailKinds);
    }

    [Fact]
    public void Compose_TwoDetails_MentionsBothMostImportantFirst()
    {
        var signOff = Composer().Compose(new SignOffRequest("Dana", [Birthday, Trip], "en"));

        Assert.Equal([DetailKind.Birthday, DetailKind.Travel], signOff.DetailKinds);
        // One exclamation in a goodbye: two in a row read as gushing.
        Assert.Contains("I hope your daughter's birthday is a wonderful day. Enjoy your trip to Lisbon!", signOff.Text, StringComparison.Ordinal);
        Assert.Single(signOff.Text, '!');
    }

    [Fact]
    public void Compose_ThreeDetails_MentionsAtMostTwo()
    {
        var job = Detail(DetailKind.NewJob, DetailTone.Celebrate, DetailTiming.Past, "your promotion");

        Assert.Equal(2, Composer().Compose(new SignOffRequest("Dana", [Birthday, Trip, job], "en")).DetailKinds.Count);
    }

    [Fact]
    public void Compose_PreviousText_NeverRepeatsItsWording()
    {
        var composer = Composer();
        var first = composer.Compose(new SignOffRequest("Dana", [Trip], "en"));

        var second = composer.Compose(new SignOffRequest("Dana", [Trip], "en") { Previous = new PreviousSignOff(Text: first.Text) });

        Assert.NotEqual(first.Text, second.Text);
        Assert.DoesNotContain("Enjoy your trip to Lisbon!", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PreviousFingerprint_NeverRepeatsItsWording()
    {
        var composer = Composer();
        var first = composer.Compose(new SignOffRequest(null, [], "en"));

        var second = composer.Compose(new SignOffRequest(null, [], "en") { Previous = new PreviousSignOff(Fingerprint: first.Fingerprint) });

        Assert.NotEqual(first.Text, second.Text);
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
    }

    [Fact]
    public void Compose_UnsafePhrase_FallsBackToPlainGoodbye()
    {
        var leaky = Detail(DetailKind.Travel, DetailTone.WishWell, DetailTiming.Future, "your trip to 4111 1111 1111 1111");

        var signOff = Composer().Compose(new SignOffRequest("Dana", [leaky], "en"));

        Assert.False(signOff.Personalized);
        Assert.DoesNotContain("4111", signOff.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dana@example.com")]
    [InlineData("07700 900123")]
    public void Compose_NameThatIsNotAName_IsLeftOut(string name)
    {
        var signOff = Composer().Compose(new SignOffRequest(name, [Trip], "en"));

        Assert.StartsWith("Thank you for getting in touch.", signOff.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>Dana</b>")]
    [InlineData("*Dana* <script>")]
    [InlineData("DANA 🎉")]
    public void Compose_NameWithMarkupOrEmoji_IsTheNameAlone(string name)
    {
        var signOff = Composer().Compose(new SignOffRequest(name, [Trip], "en"));

        Assert.StartsWith("Thank you, Dana, for getting in touch.", signOff.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Brand_IsSaidOnceInAGoodbye()
    {
        var twice = new SignOffComposer(
            new TemplateTextRenderer(TemplateCatalog.FromFiles([("signoff.en.lg", "# signoff.thanks\n- Thanks for contacting {brand}.\n# signoff.comeback\n- Come back to {brand}[ any time, {name}].\n# signoff.closing\n- Bye.")]), new FirstVariantPicker()),
            SignOffSafety.FromTemplates(["- Thanks for contacting . Come back to any time. Bye."]));

        var signOff = twice.Compose(new SignOffRequest("Dana", [], "en") { Brand = "Vaultbox" });

        Assert.Equal(1, CountOf(signOff.Text, "Vaultbox"));
    }

    [Theory]
    [InlineData("Enjoy your trip! Safe travels, and have a wonderful time!", "Enjoy your trip. Safe travels, and have a wonderful time!")]
    [InlineData("¡Felicidades por su boda! ¡Que tenga un buen día!", "Felicidades por su boda. ¡Que tenga un buen día!")]
    [InlineData("Thank you. Take care!", "Thank you. Take care!")]
    public void AtMostOneExclamation_KeepsTheLast(string text, string expected) =>
        Assert.Equal(expected, SignOffComposer.AtMostOneExclamation(text));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Compose_MarkdownFormat_EscapesValues()
    {
        var signOff = Composer().Compose(new SignOffRequest("Dana", [], "en") { Brand = "Acme & Co", Format = TextFormat.Markdown });

        Assert.Contains("Acme &amp; Co", signOff.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DetailReadInAnotherLanguage_IsNotMixedIn()
    {
        var spanish = Detail(DetailKind.Travel, DetailTone.WishWell, DetailTiming.Future, "su viaje a Lisboa", "Lisboa", "es");

        var signOff = Composer().Compose(new SignOffRequest("Dana", [spanish], "en"));

        Assert.False(signOff.Personalized);
    }

    [Theory]
    [InlineData("es-ES", "Gracias, Lucía, por contactar con nosotros. ¡Disfrute de su viaje a Lisboa!")]
    [InlineData("fr-FR", "Merci, Lucía, de nous avoir contactés. Profitez bien de votre voyage à Lisbonne !")]
    [InlineData("de-DE", "Vielen Dank, Lucía, dass Sie sich bei uns gemeldet haben. Gute Reise!")]
    public void Compose_OtherLocales_UseTheirOwnTemplates(string locale, string start)
    {
        var language = locale[..2];
        var phrase = language switch { "es" => "su viaje a Lisboa", "fr" => "votre voyage à Lisbonne", _ => "Ihre Reise nach Lissabon" };
        var trip = Detail(DetailKind.Travel, DetailTone.WishWell, DetailTiming.Future, phrase, language == "es" ? "Lisboa" : language == "fr" ? "Lisbonne" : "Lissabon", language);

        var signOff = Composer().Compose(new SignOffRequest("Lucía", [trip], locale));

        Assert.StartsWith(start, signOff.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EndToEndFromCustomerWords_PassesSafety()
    {
        const string said = "my card 4111 1111 1111 1111 keeps failing and we fly to Lisbon on Friday, email me at dana@example.com";
        var details = DetailExtractor.Extract(said, new ExtractionContext { TimeZone = "Europe/London" });

        var signOff = Composer().Compose(new SignOffRequest("Dana", details, "en-GB") { CustomerTexts = [said] });

        Assert.Contains("Lisbon", signOff.Text, StringComparison.Ordinal);
        Assert.True(Safety.Check(signOff.Text, new SafetyContext(details, "Dana", null, [said])).Passed);
        Assert.False(PiiPatterns.ContainsPii(signOff.Text));
    }
}
