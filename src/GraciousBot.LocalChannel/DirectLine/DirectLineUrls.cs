using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GraciousBot.LocalChannel;

/// <summary>The URLs the local Direct Line hands out: the client's stream URL and the bot's serviceUrl.</summary>
internal static class DirectLineUrls
{
    public const string ApiPrefix = "/v3/directline";
    public const string ConnectorPrefix = "/directline/connector";

    /// <summary>Where the client opens its WebSocket (the token rides in the query: browsers cannot set headers).</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = watermark is { } w
            ? $"?watermark={w.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(token)}"
            : $"?t={Uri.EscapeDataString(token)}";
        return $"{scheme}://{request.Host}{request.PathBase}{ApiPrefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream{query}";
    }

    /// <summary>
    /// The serviceUrl the bot replies to: our own Connector API surface, reached the way this request reached us.
    /// A loopback host name (localhost, 127.0.0.1) is kept, with the port the connection really arrived on; any other
    /// Host header is not trusted (it could send the bot's replies elsewhere), so the address the connection arrived
    /// on is used instead.
    /// </summary>
    public static string ServiceUrl(HttpContext http, DirectLineStore store)
    {
        var request = http.Request;
        string authority;
        if (!string.IsNullOrEmpty(store.Options.ServiceUrl))
        {
            return store.Options.ServiceUrl.TrimEnd('/') + ConnectorPrefix + "/" + store.ConnectorKey + "/";
        }

        if (http.Connection.LocalIpAddress is null || http.Connection.LocalPort == 0)
        {
            authority = request.Host.Value ?? "localhost";
        }
        else if (IsLoopbackHost(request.Host.Host))
        {
            authority = $"{request.Host.Host}:{http.Connection.LocalPort.ToString(CultureInfo.InvariantCulture)}";
        }
        else
        {
            var address = http.Connection.LocalIpAddress;
            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            authority = $"{host}:{http.Connection.LocalPort.ToString(CultureInfo.InvariantCulture)}";
        }

        return $"{request.Scheme}://{authority}{request.PathBase}{ConnectorPrefix}/{store.ConnectorKey}/";
    }

    public static bool IsLoopbackHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>A client's watermark: a number we handed out, or null for anything else (read from the start).</summary>
    public static long? ParseWatermark(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) && watermark >= 0 ? watermark : null;
}
