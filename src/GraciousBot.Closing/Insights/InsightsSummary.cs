using GraciousBot.Closing.Model;

namespace GraciousBot.Closing.Insights;

/// <summary>
/// What a support lead reads off the outcome records for a period. Every figure is defined in the README
/// ("Insights: what each number means"); rates are 0–1 and null when their denominator is zero.
/// </summary>
public sealed record InsightsSummary
{
    public required string From { get; init; }

    public required string To { get; init; }

    public string? Channel { get; init; }

    public string? Locale { get; init; }

    public required int Closings { get; init; }

    public required OutcomeCounts Outcomes { get; init; }

    public required ResolutionCounts Resolution { get; init; }

    public required CsatFigures Csat { get; init; }

    public required HandoffFigures Handoffs { get; init; }

    /// <summary>Closings whose goodbye mentioned something personal the customer had said.</summary>
    public required int PersonalizedGoodbyes { get; init; }

    /// <summary>How often each kind of personal detail was used in a goodbye.</summary>
    public required IReadOnlyDictionary<string, int> DetailKinds { get; init; }

    public required int SurveysSkippedByCooldown { get; init; }

    public required int CommentsLeft { get; init; }

    public double? MeanTurns { get; init; }

    public double? MedianDurationSeconds { get; init; }

    public required IReadOnlyList<DayFigures> ByDay { get; init; }

    public required IReadOnlyList<GroupFigures> ByChannel { get; init; }

    public required IReadOnlyList<GroupFigures> ByLocale { get; init; }

    /// <summary>The latest kept comments, low ratings first (empty unless Insights:KeepComments).</summary>
    public required IReadOnlyList<KeptComment> LatestComments { get; init; }

    /// <summary>The longest period one summary covers.</summary>
    public const int MaxDays = 800;

    public static InsightsSummary Of(OutcomeQuery query, IReadOnlyList<OutcomeRecord> records, int latestComments = 20)
    {
        var days = new List<DayFigures>();
        var byDay = records.ToLookup(r => DateOnly.FromDateTime(r.EndedAt.UtcDateTime));
        for (var day = query.From; day <= query.To; day = day.AddDays(1))
        {
            var those = byDay[day].ToList();
            days.Add(new DayFigures(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), those.Count, OutcomeCounts.Of(those), those.Count(r => r.Rating is not null), Mean(those), Rate(those.Count(r => r.Resolution == Resolutions.Confirmed), those.Count)));
        }

        var durations = records.Select(r => r.Duration.TotalSeconds).Order().ToList();
        return new InsightsSummary
        {
            From = query.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            To = query.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Channel = query.ChannelId,
            Locale = query.Locale,
            Closings = records.Count,
            Outcomes = OutcomeCounts.Of(records),
            Resolution = ResolutionCounts.Of(records),
            Csat = CsatFigures.Of(records),
            Handoffs = new HandoffFigures(
                records.Count(r => r.HandoffReason is not null),
                Count(records.Where(r => r.HandoffReason is not null), r => r.HandoffReason!),
                Count(records.Where(r => r.HandoffState is not null), r => r.HandoffState!)),
            PersonalizedGoodbyes = records.Count(r => r.PersonalizedGoodbye),
            DetailKinds = Count(records.SelectMany(r => r.DetailKinds), k => k),
            SurveysSkippedByCooldown = records.Count(r => r.SurveySkipped),
            CommentsLeft = records.Count(r => r.CommentLeft),
            MeanTurns = records.Count == 0 ? null : Math.Round(records.Average(r => r.Turns), 2),
            MedianDurationSeconds = durations.Count == 0 ? null : Math.Round(durations[durations.Count / 2], 1),
            ByDay = days,
            ByChannel = Groups(records, r => r.ChannelId),
            ByLocale = Groups(records, r => r.Locale),
            LatestComments = [.. records.Where(r => r.Comment is not null)
                .OrderBy(r => r.Rating ?? 6).ThenByDescending(r => r.EndedAt)
                .Take(latestComments)
                .Select(r => new KeptComment(r.EndedAt, r.Rating, r.Comment!, r.ChannelId, r.Locale))],
        };
    }

    internal static double? Rate(int count, int of) => of == 0 ? null : Math.Round((double)count / of, 4);

    private static double? Mean(IReadOnlyCollection<OutcomeRecord> records) =>
        records.Any(r => r.Rating is not null) ? Math.Round(records.Where(r => r.Rating is not null).Average(r => r.Rating!.Value), 2) : null;

    private static IReadOnlyDictionary<string, int> Count<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static List<GroupFigures> Groups(IReadOnlyList<OutcomeRecord> records, Func<OutcomeRecord, string> key) =>
        [.. records.GroupBy(key, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g =>
        {
            var those = g.ToList();
            return new GroupFigures(g.Key, those.Count, Rate(those.Count(r => r.Resolution == Resolutions.Confirmed), those.Count), those.Count(r => r.Rating is not null), Mean(those), Rate(those.Count(r => r.HandoffReason is not null), those.Count));
        })];

    internal static double? MeanOf(IReadOnlyCollection<OutcomeRecord> records) => Mean(records);
}

public sealed record OutcomeCounts(int Completed, int NextItem, int AnythingElse, int Handoff, int Cancelled, int Abandoned)
{
    public static OutcomeCounts Of(IReadOnlyCollection<OutcomeRecord> records) => new(
        records.Count(r => r.Outcome == Model.Outcomes.Completed),
        records.Count(r => r.Outcome == Model.Outcomes.NextItem),
        records.Count(r => r.Outcome == Model.Outcomes.AnythingElse),
        records.Count(r => r.Outcome == Model.Outcomes.Handoff),
        records.Count(r => r.Outcome == Model.Outcomes.Cancelled),
        records.Count(r => r.Outcome == Model.Outcomes.Abandoned));
}

/// <param name="ConfirmedRate">confirmed ÷ closings.</param>
public sealed record ResolutionCounts(int Confirmed, int Denied, int Unanswered, int Abandoned, double? ConfirmedRate)
{
    public static ResolutionCounts Of(IReadOnlyCollection<OutcomeRecord> records)
    {
        var confirmed = records.Count(r => r.Resolution == Resolutions.Confirmed);
        return new(confirmed, records.Count(r => r.Resolution == Resolutions.Denied), records.Count(r => r.Resolution == Resolutions.Unanswered),
            records.Count(r => r.Resolution == Model.Outcomes.Abandoned), InsightsSummary.Rate(confirmed, records.Count));
    }
}

/// <param name="Responses">Ratings given.</param>
/// <param name="Mean">Mean rating (1–5).</param>
/// <param name="SatisfiedShare">Ratings of 4 or 5 ÷ ratings given (the CSAT score).</param>
/// <param name="ResponseRate">Ratings given ÷ closings where the rating question was asked.</param>
/// <param name="Asked">Closings where the rating question was asked.</param>
/// <param name="Distribution">How many of each rating, "1" to "5".</param>
public sealed record CsatFigures(int Responses, double? Mean, double? SatisfiedShare, double? ResponseRate, int Asked, IReadOnlyDictionary<string, int> Distribution)
{
    public static CsatFigures Of(IReadOnlyCollection<OutcomeRecord> records)
    {
        var rated = records.Where(r => r.Rating is not null).ToList();
        var asked = records.Count(r => r.SurveyAsked);
        return new(
            rated.Count,
            InsightsSummary.MeanOf(rated),
            InsightsSummary.Rate(rated.Count(r => r.Rating >= 4), rated.Count),
            InsightsSummary.Rate(rated.Count, asked),
            asked,
            Enumerable.Range(1, 5).ToDictionary(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture), n => rated.Count(r => r.Rating == n), StringComparer.Ordinal));
    }
}

public sealed record HandoffFigures(int Total, IReadOnlyDictionary<string, int> ByReason, IReadOnlyDictionary<string, int> ByState);

public sealed record DayFigures(string Day, int Closings, OutcomeCounts Outcomes, int Ratings, double? MeanRating, double? ConfirmedRate);

public sealed record GroupFigures(string Key, int Closings, double? ConfirmedRate, int Ratings, double? MeanRating, double? HandoffRate);

public sealed record KeptComment(DateTimeOffset EndedAt, int? Rating, string Comment, string Channel, string Locale);
