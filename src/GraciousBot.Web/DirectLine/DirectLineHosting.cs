using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.DirectLine;

/// <summary>Registers and maps the local Direct Line channel and its Web Chat page.</summary>
public static class DirectLineHosting
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddDirectLine();
        return builder;
    }

    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineBotBridge>();
        services.AddSingleton<DemoSamples>();
        services.AddHostedService<DirectLineJanitor>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
                .SetIsOriginAllowed(origin => IsAllowedOrigin(origin, directLine.Value.AllowedOrigins))
                .WithMethods("GET", "POST")
                .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>Maps /v3/directline, the local connector and the page at /, unless DirectLine:Enabled is false.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        app.UseWebSockets();
        app.UseCors();
        app.UseStaticFiles();
        app.MapDirectLineApi();
        app.MapLocalConnector();
        app.MapWebChatPage();
        DirectLineLog.Enabled(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineHosting)));
        return app;
    }

    /// <summary>The configured origins; with none configured, any loopback origin (the page itself is same-origin).</summary>
    internal static bool IsAllowedOrigin(string origin, IReadOnlyCollection<string> allowed)
    {
        if (allowed.Count > 0)
        {
            return allowed.Any(a => a == "*" || string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && DirectLineUrls.IsLoopbackHost(uri.Host);
    }
}

/// <summary>Forgets idle conversations and expired tokens in the background (lookups also check on their own).</summary>
internal sealed class DirectLineJanitor(DirectLineStore store, TimeProvider time, ILogger<DirectLineJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!store.Options.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromTicks(Math.Clamp(store.Options.ConversationIdleExpiry.Ticks / 4, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromMinutes(1).Ticks));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var removed = store.Sweep();
            if (removed > 0)
            {
                DirectLineLog.Swept(logger, removed);
            }
        }
    }
}
