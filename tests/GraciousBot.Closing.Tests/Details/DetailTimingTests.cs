using GraciousBot.Closing.Details;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Closing.Tests.Details;

public sealed class DetailTimingTests
{
    // Monday 23 November 2026, 10:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static PersonalDetail One(string text, string zone = "Europe/London", DateTimeOffset? sent = null, DateTimeOffset? now = null)
    {
        var context = new ExtractionContext { TimeZone = zone, Clock = new FakeTimeProvider(now ?? Now) };
        return DetailExtractor.Extract([new CustomerUtterance(text, sent ?? now ?? Now)], context)[0];
    }

    [Theory]
    [InlineData("we fly to Rome on Friday", DetailTiming.Future, "2026-11-27")]
    [InlineData("it's my son's birthday tomorrow", DetailTiming.Future, "2026-11-24")]
    [InlineData("we're moving house next month", DetailTiming.Future, "2026-12-23")]
    [InlineData("my grandmother passed away last week", DetailTiming.Past, "2026-11-16")]
    [InlineData("my surgery is in two weeks", DetailTiming.Future, "2026-12-07")]
    [InlineData("our anniversary is on the 14th", DetailTiming.Future, "2026-12-14")]
    [InlineData("we got back from Lisbon on the 14th", DetailTiming.Past, "2026-11-14")]
    [InlineData("we flew to Rome on Friday", DetailTiming.Past, "2026-11-20")]
    [InlineData("I got married yesterday!", DetailTiming.Past, "2026-11-22")]
    [InlineData("my daughter's wedding is on December 5th", DetailTiming.Future, "2026-12-05")]
    [InlineData("we had a baby three weeks ago", DetailTiming.Past, "2026-11-02")]
    public void Extract_DateExpressions_ResolveAgainstTheMessageDay(string text, DetailTiming timing, string date)
    {
        var detail = One(text);

        Assert.Equal(timing, detail.Timing);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), detail.Date);
    }

    [Theory]
    [InlineData("I'm in hospital at the moment", DetailTiming.Ongoing)]
    [InlineData("we're on holiday in Spain right now", DetailTiming.Ongoing)]
    [InlineData("It's my birthday today!", DetailTiming.Ongoing)]
    [InlineData("we're getting married", DetailTiming.Future)]
    [InlineData("we just got back from our honeymoon", DetailTiming.Past)]
    [InlineData("my dad passed away", DetailTiming.Past)]
    public void Extract_TenseWithoutDate_SetsTiming(string text, DetailTiming timing)
    {
        Assert.Equal(timing, One(text).Timing);
    }

    [Fact]
    public void Extract_LateEveningUtc_IsTheNextDayInTokyo()
    {
        // 23:30 UTC on the 23rd is 08:30 on the 24th in Tokyo: "tomorrow" is the 25th there, the 24th in London.
        var sent = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 25), One("my birthday is tomorrow", "Asia/Tokyo", now: sent).Date);
        Assert.Equal(new DateOnly(2026, 11, 24), One("my birthday is tomorrow", "Europe/London", now: sent).Date);
    }

    [Fact]
    public void Extract_OldMessageSayingTomorrow_IsPastByNow()
    {
        // Written on Friday: "tomorrow" was Saturday, which is behind us on Monday.
        var detail = One("we fly to Dublin tomorrow", sent: new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 21), detail.Date);
        Assert.Equal(DetailTiming.Past, detail.Timing);
    }

    [Fact]
    public void Extract_UnknownTimeZone_FallsBackToUtc()
    {
        Assert.Equal(new DateOnly(2026, 11, 24), One("my birthday is tomorrow", "Not/AZone").Date);
    }
}
