using System.Text.Json;
using GraciousBot.Closing.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Closing.Tests.Details;

public sealed class DetailExtractorTests
{
    // Monday 23 November 2026, 10:00 in London.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static ExtractionContext Context(string? zone = "Europe/London", string? locale = "en-GB") =>
        new() { TimeZone = zone, Locale = locale, Clock = new FakeTimeProvider(Now) };

    private static IReadOnlyList<PersonalDetail> Extract(string text, string? locale = "en-GB") => DetailExtractor.Extract(text, Context(locale: locale), Now);

    [Fact]
    public void Extract_TripWithPlaceAndWeekday_ReturnsTravelFutureWithPlace()
    {
        var detail = Assert.Single(Extract("We fly to Lisbon on Friday, can you make sure it arrives?"));

        Assert.Equal(DetailKind.Travel, detail.Kind);
        Assert.Equal(DetailTone.WishWell, detail.Tone);
        Assert.Equal(DetailTiming.Future, detail.Timing);
        Assert.Equal("your trip to Lisbon", detail.Phrase);
        Assert.Equal("Lisbon", detail.Place);
        Assert.Equal(new DateOnly(2026, 11, 27), detail.Date);
    }

    [Theory]
    [InlineData("it's my daughter's birthday tomorrow", DetailKind.Birthday, DetailTone.Celebrate, "your daughter's birthday")]
    [InlineData("sorry, my father passed away last week", DetailKind.Bereavement, DetailTone.Empathize, "the loss of your father")]
    [InlineData("we're moving to Denver next month", DetailKind.Moving, DetailTone.WishWell, "your move to Denver")]
    [InlineData("I just got promoted!", DetailKind.NewJob, DetailTone.Celebrate, "your promotion")]
    [InlineData("my son passed his driving test yesterday", DetailKind.Graduation, DetailTone.Celebrate, "your son's driving test")]
    [InlineData("I have my exams next week", DetailKind.Event, DetailTone.WishWell, "your exams")]
    [InlineData("My mom is in the hospital", DetailKind.Health, DetailTone.Empathize, "your mom's recovery")]
    [InlineData("It's been a rough week, honestly", DetailKind.Hardship, DetailTone.Empathize, "a rough week")]
    [InlineData("We just adopted a puppy", DetailKind.Pet, DetailTone.Celebrate, "your new puppy")]
    [InlineData("bought our first house last month!!", DetailKind.NewPurchase, DetailTone.Celebrate, "your first home")]
    [InlineData("I need it before Christmas, it's a present", DetailKind.Celebration, DetailTone.Celebrate, "Christmas")]
    [InlineData("I've been a customer for 12 years", DetailKind.Loyalty, DetailTone.Celebrate, "your 12 years with us")]
    [InlineData("we got married on Saturday", DetailKind.Wedding, DetailTone.Celebrate, "your wedding")]
    [InlineData("our 25th anniversary is on Friday", DetailKind.Anniversary, DetailTone.Celebrate, "your 25th anniversary")]
    [InlineData("we just had a baby girl", DetailKind.NewBaby, DetailTone.Celebrate, "your new baby")]
    [InlineData("the party was ruined because the cake never arrived", DetailKind.Event, DetailTone.Empathize, "the party")]
    public void Extract_EachKind_ReturnsKindToneAndSafePhrase(string text, DetailKind kind, DetailTone tone, string phrase)
    {
        var detail = Extract(text)[0];

        Assert.Equal(kind, detail.Kind);
        Assert.Equal(tone, detail.Tone);
        Assert.Equal(phrase, detail.Phrase);
    }

    [Theory]
    [InlineData("I ordered the Holiday Lights Deluxe and one string is broken")]
    [InlineData("What is your holiday return policy?")]
    [InlineData("How do I turn off vacation mode?")]
    [InlineData("I'm not going anywhere this year, the charge isn't mine")]
    [InlineData("We're not moving, the address is right")]
    [InlineData("If I ever travel to Japan, will the charger work?")]
    [InlineData("Someday I'd love to visit Iceland")]
    [InlineData("I need to update my date of birth")]
    [InlineData("Please change the birthday on my profile, it's wrong")]
    [InlineData("My phone died and I can't log in")]
    [InlineData("I'm sick of waiting for my refund")]
    [InlineData("The third party app keeps crashing")]
    [InlineData("I want to move my delivery to Thursday")]
    [InlineData("When I travel I usually turn on flight mode")]
    [InlineData("My retirement account statement is missing")]
    [InlineData("Does the Christmas sale include laptops?")]
    [InlineData("Is the Anniversary Edition in stock?")]
    [InlineData("Can I take this on a plane?")]
    public void Extract_LookAlikesNegationsAndHypotheticals_ReturnNothing(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("I got an email saying happy birthday but it's not my birthday")]
    [InlineData("the parcel says 'happy birthday' on it but it's for me, not a gift")]
    [InlineData("Where's my Christmas Cracker Pack?")]
    [InlineData("There's a storm warning, will deliveries be delayed?")]
    [InlineData("Your website is sick, love the new design")]
    [InlineData("Error: operation timed out")]
    public void Extract_DeniedQuotedOrProductMentions_ReturnNothing(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_ShortTextWithoutLocale_IsReadInItsOwnLanguage()
    {
        var context = new ExtractionContext { Clock = new FakeTimeProvider(Now) };

        var detail = DetailExtractor.Extract([new CustomerUtterance("Me jubilo en diciembre", Now)], context)[0];

        Assert.Equal(DetailKind.NewJob, detail.Kind);
        Assert.Equal("es", detail.Language);
    }

    [Fact]
    public void Extract_CantGoToPresupposedEvent_IsStillADetailButSad()
    {
        var details = Extract("I can't go to my sister's wedding because I'm sick");

        Assert.Contains(details, d => d.Kind == DetailKind.Wedding && d.Tone == DetailTone.Empathize);
    }

    [Fact]
    public void Extract_SadAndHappyNews_PutsEmpathyFirst()
    {
        var details = Extract("It's my birthday tomorrow but my mum is in hospital");

        Assert.Equal([DetailKind.Health, DetailKind.Birthday], details.Select(d => d.Kind));
    }

    [Fact]
    public void Extract_TwoPlans_PutsImminentBeforeDistant()
    {
        var details = DetailExtractor.Extract(
            [new CustomerUtterance("We're flying to Rome next month.", Now), new CustomerUtterance("Also it's my son's birthday tomorrow!", Now)],
            Context());

        Assert.Equal([DetailKind.Birthday, DetailKind.Travel], details.Select(d => d.Kind));
    }

    [Theory]
    [InlineData("my card number is 4111 1111 1111 1111 and I'm flying to Rome tmrw", "4111")]
    [InlineData("we're moving to 22 Baker Street next month", "Baker")]
    [InlineData("It's my birthday on Friday, send it to amy.b@example.org", "example")]
    [InlineData("order #A7729915 needs to arrive before my trip to Paris", "A7729915")]
    [InlineData("I'm flying to Lisbon, my name on the ticket is Dana Whitfield-Oyelaran", "Whitfield")]
    public void Extract_TextWithPersonalData_NeverPutsItInAPhrase(string text, string secret)
    {
        var details = Extract(text);

        Assert.NotEmpty(details);
        Assert.All(details, d => Assert.DoesNotContain(secret, d.Phrase, StringComparison.OrdinalIgnoreCase));
        Assert.All(details, d => Assert.False(PiiPatterns.ContainsPii(d.Phrase)));
    }

    [Fact]
    public void Extract_PlaceTypedInLowerCase_IsValidatedAndCapitalized()
    {
        Assert.Equal("your trip to Lisbon", Extract("flying to lisbon tmrw")[0].Phrase);
    }

    [Fact]
    public void Extract_UnknownLowerCaseDestination_IsNotEchoed()
    {
        Assert.Empty(Extract("we're flying to somewhere near the fjord with weird names"));
    }

    [Fact]
    public void Extract_LongTimeCustomerSince_AddsLoyaltyLast()
    {
        var context = Context() with { CustomerSince = new DateOnly(2015, 3, 1) };

        var details = DetailExtractor.Extract([new CustomerUtterance("we're off to Spain on Friday", Now)], context);

        Assert.Equal([DetailKind.Travel, DetailKind.Loyalty], details.Select(d => d.Kind));
        Assert.Equal("your 11 years with us", details[1].Phrase);
    }

    [Fact]
    public void Extract_RecentCustomerSince_AddsNoLoyalty()
    {
        var context = Context() with { CustomerSince = new DateOnly(2024, 1, 1) };

        Assert.Empty(DetailExtractor.Extract([new CustomerUtterance("where is my order?", Now)], context));
    }

    [Theory]
    [InlineData("Nos vamos a Lisboa el viernes", "es-ES", DetailKind.Travel, "su viaje a Lisboa")]
    [InlineData("Mi padre falleció la semana pasada", "es-ES", DetailKind.Bereavement, "la pérdida de su padre")]
    [InlineData("C'est l'anniversaire de ma fille demain", "fr-FR", DetailKind.Birthday, "l'anniversaire de votre fille")]
    [InlineData("Nous partons en vacances à Lisbonne la semaine prochaine", "fr-FR", DetailKind.Travel, "vos vacances à Lisbonne")]
    [InlineData("Wir fliegen am Freitag nach Lissabon", "de-DE", DetailKind.Travel, "Ihre Reise nach Lissabon")]
    [InlineData("Meine Mutter liegt im Krankenhaus", "de-DE", DetailKind.Health, "die Genesung Ihrer Mutter")]
    public void Extract_SpanishFrenchGerman_ReturnsLocalizedPhrase(string text, string locale, DetailKind kind, string phrase)
    {
        var detail = Extract(text, locale)[0];

        Assert.Equal(kind, detail.Kind);
        Assert.Equal(phrase, detail.Phrase);
    }

    [Fact]
    public void Extract_TextInAnotherLanguageThanLocale_ReadsTheText()
    {
        var detail = Extract("Mi madre está en el hospital", "en-GB")[0];

        Assert.Equal("es", detail.Language);
        Assert.Equal(DetailKind.Health, detail.Kind);
    }

    [Fact]
    public void Extract_EmptyAndHugeInputs_DoNotThrow()
    {
        Assert.Empty(DetailExtractor.Extract([new CustomerUtterance("", Now), new CustomerUtterance("   ", Now)], Context()));
        var huge = string.Concat(Enumerable.Repeat("my trip to Lisbon is great. ", 2_000));
        Assert.Single(Extract(huge));
    }

    [Fact]
    public void PersonalDetail_Enums_SerializeAsSnakeCase()
    {
        var json = JsonSerializer.Serialize(new { kind = DetailKind.NewBaby, tone = DetailTone.WishWell, timing = DetailTiming.Ongoing, job = DetailKind.NewJob, purchase = DetailKind.NewPurchase });

        Assert.Equal("""{"kind":"new_baby","tone":"wish_well","timing":"ongoing","job":"new_job","purchase":"new_purchase"}""", json);
    }
}
