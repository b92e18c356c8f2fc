using System.Globalization;

namespace GraciousBot.Closing;

/// <summary>
/// Places a due date the way a person would, in the customer's language and time zone: today, tomorrow, a weekday
/// within the coming week, or a date beyond. The words around it ("by Friday") are templates in <c>dialogs/</c>.
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
        var zone = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var nearness = (due.DayNumber - today.DayNumber) switch
        {
            0 => Nearness.Today,
            1 => Nearness.Tomorrow,
            > 1 and < 7 => Nearness.ThisWeek,
            _ => Nearness.Later,
        };
        return (nearness, culture.DateTimeFormat.GetDayName(due.DayOfWeek), due.ToString(DatePattern(culture), culture));
    }

    /// <summary>A weekday, day and month (the year only when it is not the current one is left to the caller's wording).</summary>
    private static string DatePattern(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "es" => "dddd d 'de' MMMM",
        "fr" => "dddd d MMMM",
        "de" => "dddd, d. MMMM",
        _ when culture.Name == "en-US" => "dddd, MMMM d",
        _ => "dddd d MMMM",
    };

    public static CultureInfo Culture(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(locale) ? "en" : locale);
        }
        catch (CultureNotFoundException)
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
