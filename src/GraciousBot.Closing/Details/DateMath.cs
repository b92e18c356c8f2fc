using GraciousBot.Locales;

namespace GraciousBot.Closing.Details;

/// <summary>
/// Calendar arithmetic for date expressions, in the customer's local calendar. Total over the whole DateOnly range:
/// nothing here throws; a result beyond year 1 or 9999 ("in 99999 weeks", a day near either end) stops at that end.
/// </summary>
internal static class DateMath
{
    /// <summary><paramref name="date"/> moved by <paramref name="days"/>, stopping at the first or last representable day.</summary>
    public static DateOnly AddDays(DateOnly date, long days) =>
        DateOnly.FromDayNumber((int)Math.Clamp(date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary><paramref name="date"/> moved by whole months (the day kept where the month has it), stopping at either end.</summary>
    public static DateOnly AddMonths(DateOnly date, long months)
    {
        var index = (((long)date.Year - 1) * 12) + date.Month - 1 + months;
        if (index < 0)
        {
            return DateOnly.MinValue;
        }

        if (index > (9999L * 12) - 1)
        {
            return DateOnly.MaxValue;
        }

        var year = (int)(index / 12) + 1;
        var month = (int)(index % 12) + 1;
        return new DateOnly(year, month, Math.Min(date.Day, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>A valid date, or null when the year is outside 1-9999 or the day is not in the month.</summary>
    public static DateOnly? Date(long year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth((int)year, month)
            ? new DateOnly((int)year, month, day)
            : null;

    public static DateOnly NextWeekday(DateOnly today, DayOfWeek day, bool includeToday = false)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (ahead == 0 && !includeToday)
        {
            ahead = 7;
        }

        return AddDays(today, ahead);
    }

    public static DateOnly PreviousWeekday(DateOnly today, DayOfWeek day)
    {
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return AddDays(today, back == 0 ? -7 : -back);
    }

    /// <summary>The next (or this) Saturday, or today when it is already the weekend.</summary>
    public static DateOnly ThisWeekend(DateOnly today) =>
        today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? today : NextWeekday(today, DayOfWeek.Saturday);

    /// <summary>The nearest day-of-month on or after today, and on or before today.</summary>
    public static (DateOnly? Ahead, DateOnly? Behind) DayOfMonth(DateOnly today, int day)
    {
        DateOnly? ahead = null, behind = null;
        for (var i = 0; i < 3 && ahead is null; i++)
        {
            var month = AddMonths(today, i);
            if (Date(month.Year, month.Month, day) is { } candidate && candidate >= today)
            {
                ahead = candidate;
            }
        }

        for (var i = 0; i < 3 && behind is null; i++)
        {
            var month = AddMonths(today, -i);
            if (Date(month.Year, month.Month, day) is { } candidate && candidate <= today)
            {
                behind = candidate;
            }
        }

        return (ahead, behind);
    }

    /// <summary>The nearest month/day on or after today, and on or before today.</summary>
    public static (DateOnly? Ahead, DateOnly? Behind) MonthDay(DateOnly today, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            return (null, null);
        }

        var thisYear = Date(today.Year, month, day);
        var ahead = thisYear is { } t && t >= today ? thisYear : Date(today.Year + 1L, month, day);
        var behind = thisYear is { } b && b <= today ? thisYear : Date(today.Year - 1L, month, day);
        return (ahead, behind);
    }

    /// <summary>A month named without a day: its first day ahead (or today if it is this month), and the one behind.</summary>
    public static (DateOnly Ahead, DateOnly Behind) Month(DateOnly today, int month)
    {
        // Past either end of the calendar the month "ahead" (or "behind") is the last (or first) day there is.
        var ahead = month == today.Month ? today : Date(month > today.Month ? today.Year : today.Year + 1L, month, 1) ?? DateOnly.MaxValue;
        var behind = month == today.Month ? today : Date(month < today.Month ? today.Year : today.Year - 1L, month, 1) ?? DateOnly.MinValue;
        return (ahead, behind);
    }

    /// <summary>A holiday's date in a given year, for holidays with a fixed or computable date (null outside years 1-9999).</summary>
    public static DateOnly? Holiday(string key, long year) => year is < 1 or > 9999 ? null : Holiday(key, (int)year);

    private static DateOnly? Holiday(string key, int year) => key switch
    {
        "christmas" => new DateOnly(year, 12, 25),
        "christmas eve" => new DateOnly(year, 12, 24),
        "boxing day" => new DateOnly(year, 12, 26),
        "new year's eve" or "hogmanay" => new DateOnly(year, 12, 31),
        "new year" => new DateOnly(year, 1, 1),
        "halloween" => new DateOnly(year, 10, 31),
        "valentine's day" => new DateOnly(year, 2, 14),
        "st patrick's day" => new DateOnly(year, 3, 17),
        "fourth of july" => new DateOnly(year, 7, 4),
        "thanksgiving" => AddDays(NextWeekday(new DateOnly(year, 11, 1), DayOfWeek.Thursday, includeToday: true), 21),
        "easter" => Easter(year),
        _ => null,
    };

    /// <summary>The nearest occurrence of a holiday: ahead (on or after today) and behind.</summary>
    public static (DateOnly? Ahead, DateOnly? Behind) HolidayAround(string key, DateOnly today)
    {
        var thisYear = Holiday(key, (long)today.Year);
        if (thisYear is null)
        {
            return (null, null);
        }

        // "New Year" said in late December means the one coming.
        var ahead = thisYear >= today ? thisYear : Holiday(key, today.Year + 1L);
        var behind = thisYear <= today ? thisYear : Holiday(key, today.Year - 1L);
        return (ahead, behind);
    }

    private static DateOnly Easter(int year)
    {
        // Anonymous Gregorian algorithm.
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Every language's small counts ("a couple of", "unos", "quelques", "ein paar"), from its Dates.cs.</summary>
    private static readonly Dictionary<string, int> SmallNumbers = LocaleRegistry.Packs
        .SelectMany(pack => pack.Dates?.SmallNumbers ?? [])
        .SelectMany(row => row.Phrases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(word => (word, row.Value)))
        .DistinctBy(entry => entry.word)
        .ToDictionary(entry => entry.word, entry => entry.Value, StringComparer.Ordinal);

    /// <summary>Every language's unit starts ("week", "semana", "mois", "jahr"), grouped by the unit they stand for.</summary>
    private static readonly ILookup<string, string> UnitPrefixes = LocaleRegistry.Packs
        .SelectMany(pack => pack.Dates?.UnitPrefixes ?? new Dictionary<string, string>())
        .ToLookup(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static int? SmallNumber(string word) =>
        SmallNumbers.TryGetValue(word, out var value) ? value : int.TryParse(word, out var n) ? n : null;

    /// <summary>Adds an amount of a unit ("2 weeks", "3 días", "2 Wochen") to a date, forwards or backwards.</summary>
    public static DateOnly Shift(DateOnly date, int amount, string unit)
    {
        bool Is(string kind) => UnitPrefixes[kind].Any(p => unit.StartsWith(p, StringComparison.Ordinal));
        if (Is("fortnight"))
        {
            return AddDays(date, 14L * amount);
        }

        if (Is("week"))
        {
            return AddDays(date, 7L * amount);
        }

        if (Is("month"))
        {
            return AddMonths(date, amount);
        }

        if (Is("year"))
        {
            return AddMonths(date, 12L * amount);
        }

        return Is("none") ? date : AddDays(date, amount);
    }
}
