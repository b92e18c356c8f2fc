using GraciousBot.Closing.Details;
using GraciousBot.Closing.SignOff;
using static GraciousBot.Closing.Tests.SignOff.SignOffTestKit;

namespace GraciousBot.Closing.Tests.SignOff;

public sealed class SignOffSafetyTests
{
    private static readonly PersonalDetail Trip = Detail(DetailKind.Travel, DetailTone.WishWell, DetailTiming.Future, "your trip to Lisbon", "Lisbon");
    private static readonly PersonalDetail Loss = Detail(DetailKind.Bereavement, DetailTone.Empathize, DetailTiming.Past, "your loss");

    [Fact]
    public void Check_GoodSignOff_Passes()
    {
        var result = Safety.Check("Thank you, Dana, for getting in touch. Enjoy your trip to Lisbon! If you need anything else, we're always here to help.", new SafetyContext([Trip], "Dana"));

        Assert.True(result.Passed, string.Join("; ", result.Problems));
    }

    [Theory]
    [InlineData("Thank you! Your card 4111 1111 1111 1111 is fine.")]
    [InlineData("Thank you, we'll write to dana@example.com.")]
    [InlineData("Thank you, we'll call you on 07700 900123.")]
    [InlineData("Thank you, we'll send it to 22 Baker Street.")]
    [InlineData("Thank you, order #A7729915 is on its way.")]
    [InlineData("Thank you, see www.example.com for more.")]
    public void Check_PersonalDataPattern_Fails(string text)
    {
        var result = Safety.Check(text, new SafetyContext([]));

        Assert.False(result.Passed);
        Assert.Contains(result.Problems, p => p.StartsWith("personal data pattern", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CustomerWordOutsideTheVocabulary_Fails()
    {
        var result = Safety.Check("Thank you, Dana. Enjoy your zorblax!", new SafetyContext([Trip], "Dana", null, ["my zorblax is broken"]));

        Assert.False(result.Passed);
        Assert.Contains(result.Problems, p => p.Contains("customer word", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ProperNounNotGivenAsAPlace_Fails()
    {
        Assert.False(Safety.Check("Enjoy your trip to Whitfield!", new SafetyContext([Trip])).Passed);
    }

    [Fact]
    public void Check_ExclamationWithSadNews_Fails()
    {
        Assert.False(Safety.Check("Thank you for your patience. I'm so sorry for your loss!", new SafetyContext([Loss])).Passed);
    }

    [Fact]
    public void Check_CheerfulWordsWithSadNews_Fail()
    {
        Assert.False(Safety.Check("Thank you for your patience. Have a wonderful day.", new SafetyContext([Loss])).Passed);
    }

    [Fact]
    public void Check_LeftoverTemplateSyntax_Fails()
    {
        Assert.False(Safety.Check("Thank you, {name}.", new SafetyContext([])).Passed);
    }

    [Fact]
    public void Check_MoreThanTwoDetails_Fails()
    {
        Assert.False(Safety.Check("Thank you.", new SafetyContext([Trip, Trip, Trip])).Passed);
    }
}
