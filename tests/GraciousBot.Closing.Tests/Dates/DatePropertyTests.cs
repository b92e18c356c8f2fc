using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using GraciousBot.Closing.Details;
using GraciousBot.Closing.Handoff;

namespace GraciousBot.Closing.Tests.Dates;

/// <summary>
/// The date code is total: over the whole DateOnly / DateTimeOffset range (weighted towards years 1 and 9999), every
/// culture the machine knows (the narrow calendars of ar-SA, fa-IR, th-TH, he-IL and ja-JP always among them), every
/// system time zone plus ids that are unknown or not ids at all, it renders something or skips, and never throws.
/// FsCheck generates the cases; a failure prints the smallest one it found and the seed to replay it.
/// </summary>
public sealed class DatePropertyTests
{
    private const int Cases = 3_000;

    private static readonly string[] NarrowCalendars = ["ar-SA", "fa-IR", "th-TH", "he-IL", "ja-JP", "ar-EG", "ps-AF", "prs-AF", "dv-MV"];

    private static readonly string[] Locales =
    [
        .. NarrowCalendars,
        .. CultureInfo.GetCultures(CultureTypes.AllCultures).Select(c => c.Name),
        "", "xx-YY", "en-US-u-ca-islamic", "ar-SA-u-ca-islamic-umalqura", "not a locale", "\0",
    ];

    private static readonly string?[] Zones =
    [
        "Pacific/Kiritimati", "Etc/GMT+12", "Etc/GMT-14", "Pacific/Apia", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns",
        .. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id),
        null, "", "   ", "Mars/Olympus_Mons", "../../etc/passwd", "Etc/GMT+99", "\0", new string('x', 300),
    ];

    private static readonly Gen<DateOnly> AnyDate = Gen.OneOf(
        Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber),
        Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MinValue.DayNumber + 800),
        Gen.Choose(DateOnly.MaxValue.DayNumber - 800, DateOnly.MaxValue.DayNumber),
        Gen.Choose(new DateOnly(1899, 1, 1).DayNumber, new DateOnly(2078, 12, 31).DayNumber)).Select(DateOnly.FromDayNumber);

    private static readonly Gen<DateTimeOffset> AnyInstant =
        from day in AnyDate
        from second in Gen.Choose(0, 86_399)
        select new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue).AddSeconds(second), TimeSpan.Zero);

    private static readonly Gen<string> AnyLocale = Gen.Elements(Locales);

    private static readonly Gen<string?> AnyZone = Gen.Elements(Zones);

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Cases);

    [Fact]
    public void DueDatesOf_AnyDueDateLocaleZoneAndNow_RendersAndNeverThrows()
    {
        var cases = from due in AnyDate from locale in AnyLocale from zone in AnyZone from now in AnyInstant select (due, locale, zone, now);

        Check.One(Config, Prop.ForAll(Arb.From(cases), c =>
        {
            var (nearness, day, date) = DueDates.Of(c.due, c.locale, c.zone, c.now);
            var today = DueDates.LocalDate(c.now, DueDates.Zone(c.zone));
            var expected = ((long)c.due.DayNumber - today.DayNumber) switch
            {
                0 => DueDates.Nearness.Today,
                1 => DueDates.Nearness.Tomorrow,
                > 1 and < 7 => DueDates.Nearness.ThisWeek,
                _ => DueDates.Nearness.Later,
            };
            return day.Length > 0 && date.Length > 0 && nearness == expected;
        }));
    }

    [Fact]
    public void LocalAndAt_AnyInstantDayAndZone_NeverThrowAndRoundTripWhenRepresentable()
    {
        var cases = from instant in AnyInstant from day in AnyDate from zone in AnyZone from hour in Gen.Choose(0, 23) select (instant, day, zone, hour);

        Check.One(Config, Prop.ForAll(Arb.From(cases), c =>
        {
            var zone = DueDates.Zone(c.zone);
            var local = DueDates.Local(c.instant, zone);
            // The same instant (to the minute: .NET rounds historical offsets with seconds, like LMT +10:07:08, to minutes).
            var sameInstant = (local.UtcDateTime - c.instant.UtcDateTime).Duration() < TimeSpan.FromMinutes(1);
            var at = DueDates.At(c.day, new TimeOnly(c.hour, 0), zone);

            // Where the wall-clock time exists as an instant, it falls on that day in that zone.
            var onTheDay = at is not { } a || DueDates.LocalDate(a, zone) == c.day || zone.IsInvalidTime(c.day.ToDateTime(new TimeOnly(c.hour, 0)));
            return sameInstant && onTheDay;
        }));
    }

    [Fact]
    public void DateMath_AnyDayAndAmount_StaysInRangeAndNeverThrows()
    {
        var units = Gen.Elements("day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years", "semanas", "mois", "Jahre", "hours", "");
        var amounts = Gen.OneOf(Gen.Choose(-400, 400), Gen.Choose(int.MinValue, int.MaxValue), Gen.Elements(int.MinValue, int.MaxValue, 0));
        var holidays = Gen.Elements("christmas", "christmas eve", "boxing day", "new year's eve", "hogmanay", "new year", "halloween", "valentine's day", "st patrick's day", "fourth of july", "thanksgiving", "easter", "unknown");
        var cases = from today in AnyDate
                    from amount in amounts
                    from unit in units
                    from weekday in Gen.Elements(Enum.GetValues<DayOfWeek>())
                    from month in Gen.Choose(-1, 14)
                    from day in Gen.Choose(-1, 32)
                    from holiday in holidays
                    select (today, amount, unit, weekday, month, day, holiday);

        Check.One(Config, Prop.ForAll(Arb.From(cases), c =>
        {
            var next = DateMath.NextWeekday(c.today, c.weekday);
            var previous = DateMath.PreviousWeekday(c.today, c.weekday);
            _ = DateMath.ThisWeekend(c.today);
            _ = DateMath.DayOfMonth(c.today, c.day);
            _ = DateMath.MonthDay(c.today, c.month, c.day);
            _ = c.month is >= 1 and <= 12 ? DateMath.Month(c.today, c.month) : default;
            var (ahead, behind) = DateMath.HolidayAround(c.holiday, c.today);
            var shifted = DateMath.Shift(c.today, c.amount, c.unit);

            // Weekdays land on the weekday asked for, unless the calendar ends first; shifts go the way they were asked.
            var nextOk = next == DateOnly.MaxValue || (next > c.today && next.DayOfWeek == c.weekday);
            var previousOk = previous == DateOnly.MinValue || (previous < c.today && previous.DayOfWeek == c.weekday);
            var shiftOk = c.amount >= 0 ? shifted >= c.today : shifted <= c.today;
            var holidayOk = (ahead is null || ahead >= c.today) && (behind is null || behind <= c.today);
            return nextOk && previousOk && shiftOk && holidayOk;
        }));
    }

    [Fact]
    public void BusinessHours_AnyZoneAndNow_NextOpeningIsLaterOrNullAndNeverThrows()
    {
        var zones = Gen.Elements(Zones.Where(z => DueDates.Zone(z) != TimeZoneInfo.Utc || z == "UTC").ToArray());
        var cases = from zone in zones from now in AnyInstant from open in Gen.Choose(0, 11) from length in Gen.Choose(1, 12) select (zone, now, open, length);

        Check.One(Config, Prop.ForAll(Arb.From(cases), c =>
        {
            var hours = new BusinessHours(new BusinessHoursOptions { TimeZone = c.zone, Open = new TimeOnly(c.open, 0), Close = new TimeOnly(c.open + c.length, 0) });
            var next = hours.NextOpening(c.now);
            return next is null || next > c.now;
        }));
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    [InlineData("he-IL")]
    [InlineData("ja-JP")]
    public void Format_NarrowCalendarOutsideItsRange_FallsBackToTheLanguagesGregorianDate(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var calendar = culture.DateTimeFormat.Calendar;
        foreach (var edge in new[] { DateOnly.MinValue, DateOnly.MaxValue })
        {
            var (_, day, date) = DueDates.Of(edge, locale, "Pacific/Kiritimati", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

            Assert.Equal(culture.DateTimeFormat.GetDayName(edge.DayOfWeek), day);
            var covered = edge.ToDateTime(TimeOnly.MinValue) >= calendar.MinSupportedDateTime && edge.ToDateTime(TimeOnly.MinValue) <= calendar.MaxSupportedDateTime;
            if (covered)
            {
                Assert.Equal(edge.ToString("dddd d MMMM", culture), date);
            }
            else
            {
                // Um Al Qura (1900-2077) and the Persian calendar (from 622) cannot show it: the Gregorian day of month.
                Assert.Contains(edge.Day.ToString(CultureInfo.InvariantCulture), date, StringComparison.Ordinal);
                Assert.DoesNotContain("-", date, StringComparison.Ordinal);
            }
        }

        // Inside the calendar's range the customer's own calendar is used.
        var inRange = new DateOnly(2026, 11, 27);
        Assert.Equal(inRange.ToString("dddd d MMMM", culture), DueDates.Of(inRange, locale, null, new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)).Date);
    }

    [Fact]
    public void Of_InstantsAtTheEndsOfTime_InExtremeZones_AreDatedNotThrown()
    {
        Assert.Equal(DueDates.Nearness.Today, DueDates.Of(DateOnly.MaxValue, "en-GB", "Pacific/Kiritimati", DateTimeOffset.MaxValue).Nearness);
        Assert.Equal(DueDates.Nearness.Today, DueDates.Of(DateOnly.MinValue, "en-GB", "Etc/GMT+12", DateTimeOffset.MinValue).Nearness);
        Assert.Equal(DueDates.Nearness.Later, DueDates.Of(DateOnly.MinValue, "ar-SA", "Mars/Olympus_Mons", DateTimeOffset.MaxValue).Nearness);
        Assert.Null(DueDates.At(DateOnly.MinValue, new TimeOnly(10, 0), DueDates.Zone("Pacific/Kiritimati")));
        Assert.Null(DueDates.At(DateOnly.MaxValue, new TimeOnly(20, 0), DueDates.Zone("Etc/GMT+12")));
    }
}
