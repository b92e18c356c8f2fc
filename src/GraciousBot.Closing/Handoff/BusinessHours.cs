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

        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        for (var offset = 0; offset <= 21; offset++)
        {
            var day = today.AddDays(offset);
            if (!options.Days.Contains(day.DayOfWeek) || options.Holidays.Contains(day))
            {
                continue;
            }

            var opens = At(day, options.Open);
            var closes = At(day, options.Close);
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

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, _zone!.GetUtcOffset(local));
    }
}
