using System.Security.Cryptography;
using System.Text;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;

namespace GraciousBot.Web.Endpoints;

/// <summary>
/// Operator calls, off unless <c>Admin:ApiKey</c> is set; callers send it as <c>X-Admin-Key</c>.
/// <c>DELETE /admin/users/{channelId}/{userId}</c> forgets everything GraciousBot remembers about a customer.
/// </summary>
public static partial class AdminEndpoints
{
    public const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDelete("/admin/users/{channelId}/{userId}", async (string channelId, string userId, HttpContext http, IConfiguration configuration, IStateStore store, ILoggerFactory loggers, CancellationToken cancellationToken) =>
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

            var deleted = await store.DeleteAsync([TurnState.UserKey(channelId, userId)], cancellationToken);
            LogUserDeleted(loggers.CreateLogger(typeof(AdminEndpoints)), channelId, deleted);
            return Results.Json(new { deleted });
        });
        return endpoints;
    }

    private static bool KeysMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Operator deleted a user's data on channel {ChannelId} ({Deleted} document(s))")]
    private static partial void LogUserDeleted(ILogger logger, string channelId, int deleted);
}
