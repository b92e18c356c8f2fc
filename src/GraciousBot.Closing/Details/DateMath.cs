namespace GraciousBot.Closing.Details;

/// <summary>Calendar arithmetic for date expressions, in the customer's local calendar.</summary>
internal static class DateMath
{
    public static DateOnly NextWeekday(DateOnly today, DayOfWeek day, bool includeToday = false)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (ahead == 0 && !includeToday)
        {
            ahead = 7;
        }

        return today.AddDays(ahead);
    }

    public static DateOnly PreviousWeekday(DateOnly today, DayOfWeek day)
    {
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return today.AddDays(back == 0 ? -7 : -back);
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
            var month = today.AddMonths(i);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var candidate = new DateOnly(month.Year, month.Month, day);
                if (candidate >= today)
                {
                    ahead = candidate;
                }
            }
        }

        for (var i = 0; i < 3 && behind is null; i++)
        {
            var month = today.AddMonths(-i);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var candidate = new DateOnly(month.Year, month.Month, day);
                if (candidate <= today)
                {
                    behind = candidate;
                }
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

        DateOnly? Make(int year) => day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        var thisYear = Make(today.Year);
        var ahead = thisYear is { } t && t >= today ? thisYear : Make(today.Year + 1);
        var behind = thisYear is { } b && b <= today ? thisYear : Make(today.Year - 1);
        return (ahead, behind);
    }

    /// <summary>A month named without a day: its first day ahead (or today if it is this month), and the one behind.</summary>
    public static (DateOnly Ahead, DateOnly Behind) Month(DateOnly today, int month)
    {
        var ahead = month == today.Month ? today : new DateOnly(month > today.Month ? today.Year : today.Year + 1, month, 1);
        var behind = month == today.Month ? today : new DateOnly(month < today.Month ? today.Year : today.Year - 1, month, 1);
        return (ahead, behind);
    }

    /// <summary>A holiday's date in a given year, for holidays with a fixed or computable date.</summary>
    public static DateOnly? Holiday(string key, int year) => key switch
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
        "thanksgiving" => NextWeekday(new DateOnly(year, 11, 1), DayOfWeek.Thursday, includeToday: true).AddDays(21),
        "easter" => Easter(year),
        _ => null,
    };

    /// <summary>The nearest occurrence of a holiday: ahead (on or after today) and behind.</summary>
    public static (DateOnly? Ahead, DateOnly? Behind) HolidayAround(string key, DateOnly today)
    {
        var thisYear = Holiday(key, today.Year);
        if (thisYear is null)
        {
            return (null, null);
        }

        // "New Year" said in late December means the one coming.
        var ahead = thisYear >= today ? thisYear : Holiday(key, today.Year + 1);
        var behind = thisYear <= today ? thisYear : Holiday(key, today.Year - 1);
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

    public static int? SmallNumber(string word) => word switch
    {
        "a" or "an" or "one" or "uno" or "una" or "un" or "une" or "ein" or "eine" or "einem" or "einer" or "einen" => 1,
        "two" or "couple" or "a couple" or "a couple of" or "couple of" or "dos" or "deux" or "zwei" => 2,
        "three" or "tres" or "trois" or "drei" or "a few" or "few" or "unos" or "unas" or "quelques" or "ein paar" or "paar" => 3,
        "four" or "cuatro" or "quatre" or "vier" or "several" => 4,
        "five" or "cinco" or "cinq" or "fünf" => 5,
        "six" or "seis" or "sechs" => 6,
        "seven" or "siete" or "sept" or "sieben" => 7,
        "eight" or "ocho" or "huit" or "acht" => 8,
        "nine" or "nueve" or "neuf" or "neun" => 9,
        "ten" or "diez" or "dix" or "zehn" => 10,
        "eleven" or "once" or "onze" or "elf" => 11,
        "twelve" or "doce" or "douze" or "zwölf" => 12,
        "fifteen" or "quince" or "quinze" or "fünfzehn" => 15,
        "twenty" or "veinte" or "vingt" or "zwanzig" => 20,
        "thirty" or "treinta" or "trente" or "dreißig" => 30,
        _ => int.TryParse(word, out var n) ? n : null,
    };

    /// <summary>Adds an amount of a unit ("2 weeks", "3 días", "2 Wochen") to a date, forwards or backwards.</summary>
    public static DateOnly Shift(DateOnly date, int amount, string unit)
    {
        bool Is(params string[] prefixes) => prefixes.Any(p => unit.StartsWith(p, StringComparison.Ordinal));
        if (Is("fortnight"))
        {
            return date.AddDays(14 * amount);
        }

        if (Is("week", "semana", "semaine", "woche"))
        {
            return date.AddDays(7 * amount);
        }

        if (Is("month", "mes", "mois", "monat"))
        {
            return date.AddMonths(amount);
        }

        if (Is("year", "año", "ano", "an", "jahr"))
        {
            return date.AddYears(amount);
        }

        return Is("hour", "minute", "hora", "heure", "stunde", "minut") ? date : date.AddDays(amount);
    }
}
