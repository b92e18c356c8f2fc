using System.Globalization;
using GraciousBot.Locales;

namespace GraciousBot.Closing;

/// <summary>
/// Places a due date the way a person would, in the customer's language and time zone: today, tomorrow, a weekday
/// within the coming week, or a date beyond. The words around it ("by Friday") are templates in <c>dialogs/</c>.
/// Total over every date, time zone, calendar and locale: nothing here throws. A zone that is unknown (or not a valid
/// id at all) reads as UTC; an instant whose local time would fall outside years 1-9999 keeps its UTC date; a date the
/// customer's calendar cannot show (Um Al Qura in ar-SA covers 1900-2077, the Persian calendar starts in 622) is
/// written in the same language's Gregorian calendar, and failing that as an ISO date.
/// </summary>
public static class DueDates
{
    /// <summary>How near a due date is, which picks the wording ("today", "by tomorrow", "by Friday", "by 27 November").</summary>
    public enum Nearness
    {
        Today,
        Tomorrow,
        ThisWeek,
        Later,
    }

    /// <summary>How near <paramref name="due"/> is, and its weekday and date in the customer's language.</summary>
    public static (Nearness Nearness, string Day, string Date) Of(DateOnly due, string locale, string? timeZone, DateTimeOffset now)
    {
        var culture = Culture(locale);
        var today = LocalDate(now, Zone(timeZone));
        var nearness = ((long)due.DayNumber - today.DayNumber) switch
        {
            0 => Nearness.Today,
            1 => Nearness.Tomorrow,
            > 1 and < 7 => Nearness.ThisWeek,
            _ => Nearness.Later,
        };
        return (nearness, culture.DateTimeFormat.GetDayName(due.DayOfWeek), Format(due.ToDateTime(TimeOnly.MinValue), DatePattern(culture), culture));
    }

    /// <summary>The time zone with this IANA or Windows id; UTC when there is none, it is unknown or it is not an id at all.</summary>
    public static TimeZoneInfo Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : TimeZoneInfo.Utc;
        }
        catch (Exception invalid) when (invalid is ArgumentException or InvalidTimeZoneException or TimeZoneNotFoundException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>
    /// <paramref name="instant"/> in <paramref name="zone"/>; when that local time is not representable (Pacific/Kiritimati
    /// at the last hours of 9999, Etc/GMT+12 at the first of year 1), the instant itself, unshifted.
    /// </summary>
    public static DateTimeOffset Local(DateTimeOffset instant, TimeZoneInfo zone)
    {
        try
        {
            // Whole minutes, as DateTimeOffset requires (historical offsets such as LMT -4:16:48 carry seconds).
            var offset = TimeSpan.FromMinutes((long)zone.GetUtcOffset(instant).TotalMinutes);
            var localTicks = instant.UtcTicks + offset.Ticks;
            return localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks ? instant.ToUniversalTime() : instant.ToOffset(offset);
        }
        catch (ArgumentException)
        {
            return instant.ToUniversalTime();
        }
    }

    /// <summary>The calendar date of <paramref name="instant"/> in <paramref name="zone"/> (see <see cref="Local"/>).</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(Local(instant, zone).DateTime);

    /// <summary>
    /// The instant a local wall-clock time on <paramref name="day"/> happens in <paramref name="zone"/>, or null when it is
    /// outside what a <see cref="DateTimeOffset"/> can hold (10:00 on 1 January of year 1 east of UTC).
    /// </summary>
    public static DateTimeOffset? At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        try
        {
            var offset = zone.GetUtcOffset(local);
            var utcTicks = local.Ticks - offset.Ticks;
            return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks ? null : new DateTimeOffset(local, offset);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="value"/> written with <paramref name="pattern"/> in <paramref name="culture"/>: in its own calendar
    /// when that calendar covers the date, otherwise in the same language's Gregorian calendar, otherwise as an ISO date.
    /// </summary>
    public static string Format(DateTime value, string pattern, CultureInfo culture)
    {
        try
        {
            return value.ToString(pattern, culture);
        }
        catch (ArgumentOutOfRangeException)
        {
        }

        try
        {
            return value.ToString(pattern, Gregorian(culture));
        }
        catch (Exception failure) when (failure is ArgumentOutOfRangeException or FormatException or InvalidOperationException)
        {
            return value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A weekday, day and month (the year only when it is not the current one is left to the caller's wording).</summary>
    private static string DatePattern(CultureInfo culture)
    {
        var dates = LocaleRegistry.For(culture.TwoLetterISOLanguageName).Dates;
        return dates?.RegionalDueDateFormats?.GetValueOrDefault(culture.Name) ?? dates?.DueDateFormat ?? "dddd d MMMM";
    }

    /// <summary>The culture with a Gregorian calendar (its own localized one when it offers one).</summary>
    private static CultureInfo Gregorian(CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return CultureInfo.InvariantCulture;
        }

        var gregorian = (CultureInfo)culture.Clone();
        var calendar = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        if (calendar is null)
        {
            return CultureInfo.InvariantCulture;
        }

        gregorian.DateTimeFormat.Calendar = calendar;
        return gregorian;
    }

    public static CultureInfo Culture(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(locale) ? "en" : locale);
        }
        catch (Exception unknown) when (unknown is CultureNotFoundException or ArgumentException)
        {
            return CultureInfo.GetCultureInfo("en");
        }
    }

    /// <summary>Whether <paramref name="due"/> is already behind us in the customer's time zone (never promise it).</summary>
    public static bool IsPast(DateOnly due, string? timeZone, DateTimeOffset now)
    {
        var zone = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return due < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }
}
