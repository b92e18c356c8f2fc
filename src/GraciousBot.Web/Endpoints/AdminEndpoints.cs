using System.Security.Cryptography;
using System.Text;
using GraciousBot.Runtime.Storage;

namespace GraciousBot.Web.Endpoints;

/// <summary>
/// Operator calls, off unless <c>Admin:ApiKey</c> is set; callers send it as <c>X-Admin-Key</c>.
/// <c>DELETE /admin/users/{channelId}/{userId}</c> forgets everything GraciousBot remembers about a customer (every
/// <see cref="IErasureParticipant"/>: user state, conversation states and transcripts, turn records, the outbox,
/// scheduled follow-ups).
/// </summary>
public static partial class AdminEndpoints
{
    public const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDelete("/admin/users/{channelId}/{userId}", async (string channelId, string userId, HttpContext http, IConfiguration configuration, Erasure erasure, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var expected = configuration["Admin:ApiKey"];
            if (string.IsNullOrEmpty(expected))
            {
                return Results.NotFound();
            }

            if (!KeysMatch(http.Request.Headers[KeyHeader].ToString(), expected))
            {
                return Problems.Of(StatusCodes.Status401Unauthorized, "Unauthorized", $"Send the operator key in the {KeyHeader} header.");
            }

            ErasureReport report;
            try
            {
                report = await erasure.EraseAsync(new ErasureSubject(channelId, userId), cancellationToken);
            }
            catch (Exception failure) when (StorageFailures.Is(failure))
            {
                // Every part of an erasure is idempotent: the operator repeats the call.
                http.Response.Headers.RetryAfter = "2";
                return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable", "The bot's storage could not be reached; repeat the erasure.");
            }

            LogUserDeleted(loggers.CreateLogger(typeof(AdminEndpoints)), channelId, report.Total);
            return Results.Json(new { deleted = report.Total, parts = report.Removed });
        });
        return endpoints;
    }

    private static bool KeysMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Operator deleted a user's data on channel {ChannelId} ({Deleted} document(s))")]
    private static partial void LogUserDeleted(ILogger logger, string channelId, int deleted);
}
