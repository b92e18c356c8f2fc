using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using GraciousBot.Closing.Insights;
using GraciousBot.Web.Endpoints;

namespace GraciousBot.Web.Insights;

/// <summary>
/// The insights for support leads, behind the admin key (<c>X-Admin-Key</c>, off unless <c>Admin:ApiKey</c> is set):
/// <c>GET /admin/insights/summary</c> (JSON), <c>GET /admin/insights/closings.csv</c> (the records), and the page at
/// <c>/admin/insights</c> that shows them. Periods are UTC days, both ends included; the default is the last 30 days.
/// </summary>
public static class InsightsEndpoints
{
    private const int DefaultDays = 30;

    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder endpoints)
    {
        var insights = endpoints.MapGroup("/admin/insights");

        insights.MapGet("/summary", (HttpContext http, IConfiguration configuration, IOutcomeStore store, TimeProvider time, CancellationToken cancellationToken) =>
            WithRecordsAsync(http, configuration, store, time, (query, records) => Results.Json(InsightsSummary.Of(query, records)), cancellationToken));

        insights.MapGet("/closings.csv", (HttpContext http, IConfiguration configuration, IOutcomeStore store, TimeProvider time, CancellationToken cancellationToken) =>
            WithRecordsAsync(http, configuration, store, time, (_, records) => Results.Text(OutcomeCsv.Write(records), "text/csv; charset=utf-8", Encoding.UTF8), cancellationToken));

        // The page and its assets carry no data: they ask for the key once and call the API above with it.
        insights.MapGet("/", (HttpContext http, IConfiguration configuration) => Refuse(http, configuration, requireKey: false) ?? Asset("insights.html", "text/html; charset=utf-8"));
        insights.MapGet("/assets/{name}", (string name, HttpContext http, IConfiguration configuration) =>
            Refuse(http, configuration, requireKey: false) ?? name switch
            {
                "insights.js" or "chart.umd.min.js" => Asset(name, "text/javascript; charset=utf-8"),
                "insights.css" => Asset(name, "text/css; charset=utf-8"),
                _ => Results.NotFound(),
            });
        return endpoints;
    }

    /// <summary>Checks the key and the period, reads the period's records and answers with them.</summary>
    private static async Task<IResult> WithRecordsAsync(HttpContext http, IConfiguration configuration, IOutcomeStore store, TimeProvider time, Func<OutcomeQuery, IReadOnlyList<OutcomeRecord>, IResult> answer, CancellationToken cancellationToken)
    {
        if (Refuse(http, configuration, requireKey: true) is { } refused)
        {
            return refused;
        }

        if (!TryReadQuery(http.Request.Query, time, out var query, out var problem))
        {
            return problem;
        }

        return answer(query, await store.QueryAsync(query, cancellationToken));
    }

    /// <summary>Off (404) without Admin:ApiKey; 401 when the API is called without the right key.</summary>
    private static IResult? Refuse(HttpContext http, IConfiguration configuration, bool requireKey)
    {
        var expected = configuration["Admin:ApiKey"];
        if (string.IsNullOrEmpty(expected))
        {
            return Results.NotFound();
        }

        var given = http.Request.Headers[AdminEndpoints.KeyHeader].ToString();
        var matches = CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
        return !requireKey || matches ? null : Results.Problem(detail: $"Send the operator key in the {AdminEndpoints.KeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }

    private static bool TryReadQuery(IQueryCollection parameters, TimeProvider time, out OutcomeQuery query, out IResult problem)
    {
        query = null!;
        problem = Results.Empty;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!TryDay(parameters, "to", today, out var to, out problem) || !TryDay(parameters, "from", to.AddDays(1 - DefaultDays), out var from, out problem))
        {
            return false;
        }

        if (from > to)
        {
            problem = Bad("'from' is after 'to'.", "from");
            return false;
        }

        if (to.DayNumber - from.DayNumber + 1 > InsightsSummary.MaxDays)
        {
            problem = Bad($"A period covers at most {InsightsSummary.MaxDays} days.", "from");
            return false;
        }

        query = new OutcomeQuery(from, to, Optional(parameters, "channel"), Optional(parameters, "locale"));
        return true;
    }

    private static bool TryDay(IQueryCollection parameters, string name, DateOnly fallback, out DateOnly day, out IResult problem)
    {
        problem = Results.Empty;
        day = fallback;
        var text = parameters[name].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }

        problem = Bad($"'{name}' must be a UTC day as YYYY-MM-DD.", name);
        return false;
    }

    private static string? Optional(IQueryCollection parameters, string name) => parameters[name].ToString() is { Length: > 0 } value ? value : null;

    private static IResult Bad(string detail, string field) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request", extensions: new Dictionary<string, object?> { ["field"] = field });

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GraciousBot.Web.Insights.Page." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}

/// <summary>
/// The records as CSV (RFC 4180: comma-separated, quoted when needed, CRLF). Written here rather than with a CSV
/// library because it is one flat row type; cells that a spreadsheet would run as a formula are prefixed with '.
/// </summary>
public static class OutcomeCsv
{
    public static readonly string[] Header =
    [
        "endedAt", "channel", "locale", "brand", "caller", "caseCategory", "outcome", "resolution", "rating", "commentLeft", "comment",
        "handoffReason", "handoffState", "personalizedGoodbye", "detailKinds", "turns", "durationSeconds", "surveyAsked", "surveySkippedByCooldown",
    ];

    public static string Write(IEnumerable<OutcomeRecord> records)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var r in records)
        {
            Line(csv, [
                r.EndedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), r.ChannelId, r.Locale, r.Brand, r.Caller, r.CaseCategory,
                r.Outcome, r.Resolution, r.Rating?.ToString(CultureInfo.InvariantCulture), Flag(r.CommentLeft), r.Comment,
                r.HandoffReason, r.HandoffState, Flag(r.PersonalizedGoodbye), string.Join(' ', r.DetailKinds), r.Turns.ToString(CultureInfo.InvariantCulture),
                Math.Round(r.Duration.TotalSeconds, 1).ToString(CultureInfo.InvariantCulture), Flag(r.SurveyAsked), Flag(r.SurveySkipped),
            ]);
        }

        return csv.ToString();
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static void Line(StringBuilder csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
