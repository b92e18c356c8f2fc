using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GraciousBot.LocalChannel;

/// <summary>
/// The local Web Chat page: <c>/</c> (wwwroot/index.html), its branding as a script that applies before the first
/// paint (<c>/webchat/config.js</c>), and the demo launcher's sample cases (<c>/webchat/samples.json</c>).
/// </summary>
internal static class WebChatPageEndpoints
{
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http) =>
        {
            SecurityHeaders(http);
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(http.Request);
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Stream(LocalChannelPage.Files.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
        });

        endpoints.MapGet("/webchat/config.js", (HttpContext http, IOptions<WebChatOptions> options) =>
        {
            var page = options.Value;
            var config = new WebChatClientConfig(
                page.Title,
                page.Tagline,
                page.AccentColor,
                page.BotName,
                page.BotAvatarInitials,
                $"{http.Request.PathBase}{DirectLineUrls.ApiPrefix}");

            // The default encoder escapes <, > and & too, so the values are safe inside a script.
            var json = JsonSerializer.Serialize(config, DirectLineJsonContext.Default.WebChatClientConfig);
            SecurityHeaders(http);
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text($"window.GRACIOUSBOT_CONFIG = Object.freeze({json});\n", "text/javascript; charset=utf-8");
        });

        endpoints.MapGet("/webchat/samples.json", async (HttpContext http, DemoSamples samples, CancellationToken cancellationToken) =>
        {
            SecurityHeaders(http);
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Json(await samples.LoadAsync(cancellationToken), DirectLineJsonContext.Default.IReadOnlyListDemoSampleInfo);
        });

        return endpoints;
    }

    private static void SecurityHeaders(HttpContext http)
    {
        LocalChannelPage.CommonHeaders(http.Response);
        http.Response.Headers.XFrameOptions = "SAMEORIGIN";
    }

    /// <summary>
    /// The page's scripts and styles come from this origin only and it may be framed only by this origin. Web Chat
    /// injects its styles at run time (hence 'unsafe-inline' for styles, never for scripts), draws images from data:
    /// and blob: URLs and talks to /v3/directline over https and WebSocket on the same host.
    /// </summary>
    internal static string ContentSecurityPolicy(HttpRequest request)
    {
        var socket = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host.Value}";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' {socket}; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    }
}
