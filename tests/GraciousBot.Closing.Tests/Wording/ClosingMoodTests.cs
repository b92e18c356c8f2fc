using GraciousBot.Closing.Details;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Wording;

namespace GraciousBot.Closing.Tests.Wording;

public sealed class ClosingMoodTests
{
    private static PersonalDetail D(DetailKind kind, DetailTone tone) => new(kind, tone, DetailTiming.Past, "x");

    [Fact]
    public void Shared_Bereavement_IsSad_EvenBesideHappyNews() =>
        Assert.Equal(Mood.Sad, ClosingMood.Shared([D(DetailKind.Birthday, DetailTone.Celebrate), D(DetailKind.Bereavement, DetailTone.Empathize)], [], "en"));

    [Fact]
    public void Shared_Illness_IsHardship() =>
        Assert.Equal(Mood.Hardship, ClosingMood.Shared([D(DetailKind.Health, DetailTone.Empathize)], [], "en"));

    [Fact]
    public void Shared_AComplaint_IsFrustrated() =>
        Assert.Equal(Mood.Frustrated, ClosingMood.Shared([], ["this is useless, a complete waste of time"], "en"));

    [Fact]
    public void Shared_HappyNews_IsHappy_ButLoyaltyAloneIsNot()
    {
        Assert.Equal(Mood.Happy, ClosingMood.Shared([D(DetailKind.NewBaby, DetailTone.Celebrate)], [], "en"));
        Assert.Equal(Mood.Neutral, ClosingMood.Shared([D(DetailKind.Loyalty, DetailTone.Celebrate)], [], "en"));
    }

    [Theory]
    [InlineData(Mood.Neutral, Resolutions.Denied, null, Mood.Unresolved)]
    [InlineData(Mood.Neutral, Resolutions.Confirmed, 1, Mood.LowRating)]
    [InlineData(Mood.Happy, Resolutions.Confirmed, 5, Mood.Happy)]
    [InlineData(Mood.Sad, Resolutions.Denied, 1, Mood.Sad)]
    [InlineData(Mood.Frustrated, Resolutions.Confirmed, 5, Mood.Frustrated)]
    public void Of_HowTheClosingWent_OnTopOfWhatWasShared(Mood shared, string resolution, int? rating, Mood expected) =>
        Assert.Equal(expected, ClosingMood.Of(new ClosingState { SharedMood = shared, Resolution = resolution, Rating = rating }, lowRatingThreshold: 2));

    [Fact]
    public void Tags_EveryMoodHasItsOwnTagAndAnUmbrella()
    {
        foreach (var mood in Enum.GetValues<Mood>())
        {
            Assert.Equal(2, ClosingMood.Tags(mood).Count);
            Assert.Contains(ClosingMood.Name(mood), ClosingMood.Tags(mood));
        }
    }
}
