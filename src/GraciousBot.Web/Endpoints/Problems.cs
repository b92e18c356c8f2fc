namespace GraciousBot.Web.Endpoints;

/// <summary>RFC 7807 problem answers that name what was wrong.</summary>
internal static class Problems
{
    public static IResult Of(int status, string title, string detail, string? field = null)
    {
        var extensions = field is null ? null : new Dictionary<string, object?> { ["field"] = field };
        return Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }
}
