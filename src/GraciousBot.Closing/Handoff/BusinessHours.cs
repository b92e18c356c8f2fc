namespace GraciousBot.Closing.Handoff;

/// <summary>Whether the team is there now, and if not, when it is back.</summary>
public sealed class BusinessHours(BusinessHoursOptions options)
{
    private readonly TimeZoneInfo? _zone = string.IsNullOrWhiteSpace(options.TimeZone) ? null
        : TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out var zone) ? zone
        : throw new ArgumentException($"Handoff:BusinessHours:TimeZone '{options.TimeZone}' is not a known time zone.");

    /// <summary>Null when the team is open at <paramref name="now"/>; otherwise the next opening.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now)
    {
        if (_zone is null || options.Days.Count == 0)
        {
            return null;
        }

        // Total near either end of the calendar: days past 9999-12-31 are not looked at, and a day whose opening or
        // closing cannot be expressed as an instant is skipped.
        var today = DueDates.LocalDate(now, _zone);
        for (var offset = 0; offset <= 21 && today.DayNumber + offset <= DateOnly.MaxValue.DayNumber; offset++)
        {
            var day = today.AddDays(offset);
            if (!options.Days.Contains(day.DayOfWeek) || options.Holidays.Contains(day)
                || DueDates.At(day, options.Open, _zone) is not { } opens || DueDates.At(day, options.Close, _zone) is not { } closes)
            {
                continue;
            }

            if (now < opens)
            {
                return opens;
            }

            if (now < closes)
            {
                return null;
            }
        }

        return null;
    }
}
