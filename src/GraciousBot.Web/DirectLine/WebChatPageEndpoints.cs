using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.DirectLine;

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
            http.Response.Headers.CacheControl = "no-cache";
            return Results.File("index.html", "text/html; charset=utf-8");
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
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XFrameOptions = "SAMEORIGIN";
    }
}
