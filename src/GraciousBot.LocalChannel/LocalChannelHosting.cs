using GraciousBot.Wire.Connector;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace GraciousBot.LocalChannel;

/// <summary>
/// Registers and maps the local Direct Line channel and its Web Chat page. The host says whether it authenticates its
/// callers; the channel is anonymous, so it stays off then unless <c>DirectLine:EnabledWithAuthentication</c> is true.
/// </summary>
public static class LocalChannelHosting
{
    /// <summary>
    /// Registers the channel's services. <paramref name="authenticationConfigured"/> is asked once, after the host is
    /// built (configuration added by test hosts and environment variables is complete by then).
    /// </summary>
    public static WebApplicationBuilder AddLocalChannel(this WebApplicationBuilder builder, Func<IServiceProvider, bool> authenticationConfigured)
    {
        builder.Services.AddLocalChannel(authenticationConfigured);
        return builder;
    }

    public static IServiceCollection AddLocalChannel(this IServiceCollection services, Func<IServiceProvider, bool> authenticationConfigured)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new LocalChannelActivation(
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.IsActive(authenticationConfigured(sp))));
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineBotBridge>();
        services.AddSingleton<DemoSamples>();
        services.AddSingleton<ILocalServiceUrls, LocalConnectorServiceUrls>();
        services.AddHostedService<DirectLineJanitor>();
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, LocalChannelCorsPolicyProvider>();
        return services;
    }

    /// <summary>Maps /v3/directline, the local connector and the page at /, when the channel is active.</summary>
    public static WebApplication MapLocalChannel(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalChannelHosting));
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!app.Services.GetRequiredService<LocalChannelActivation>().IsActive)
        {
            if (options.Enabled)
            {
                DirectLineLog.OffWithAuthentication(logger);
            }

            return app;
        }

        app.UseWebSockets();
        app.UseCors();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = LocalChannelPage.Files,
            OnPrepareResponse = file => LocalChannelPage.CommonHeaders(file.Context.Response),
        });
        app.MapDirectLineApi();
        app.MapLocalConnector();
        app.MapWebChatPage();
        if (options.EnabledWithAuthentication)
        {
            DirectLineLog.OnWithAuthentication(logger);
        }
        else
        {
            DirectLineLog.Enabled(logger);
        }

        return app;
    }
}

/// <summary>Whether the local channel runs in this process (decided once, at start-up).</summary>
internal sealed record LocalChannelActivation(bool IsActive);

/// <summary>The page's files (wwwroot, embedded in this assembly) and the headers every one of them carries.</summary>
internal static class LocalChannelPage
{
    public static IFileProvider Files { get; } = new ManifestEmbeddedFileProvider(typeof(LocalChannelPage).Assembly, "wwwroot");

    /// <summary>No MIME sniffing and no referrer, on the page, its scripts and its static files.</summary>
    public static void CommonHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}

/// <summary>
/// Tells the connector credentials which serviceUrls are this channel's own connector (our process, its per-process
/// key in the path): the bot's replies go there without a token, because that channel never authenticated to us.
/// </summary>
internal sealed class LocalConnectorServiceUrls(DirectLineStore store, LocalChannelActivation activation) : ILocalServiceUrls
{
    public bool IsLocal(string serviceUrl) =>
        activation.IsActive
        && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && uri.AbsolutePath.Contains($"{DirectLineUrls.ConnectorPrefix}/{store.ConnectorKey}/", StringComparison.Ordinal);
}

/// <summary>
/// CORS for /v3/directline: the configured origins, or with none configured only the page's own origin (the scheme
/// and host the request was addressed to), so no other site, not even one on another loopback port, can drive it.
/// Other policy names go to the default provider.
/// </summary>
internal sealed class LocalChannelCorsPolicyProvider(IOptions<CorsOptions> cors, IOptions<DirectLineOptions> directLine) : ICorsPolicyProvider
{
    private readonly DefaultCorsPolicyProvider _default = new(cors);

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != DirectLineEndpoints.CorsPolicy)
        {
            return _default.GetPolicyAsync(context, policyName);
        }

        var request = context.Request;
        var allowed = directLine.Value.AllowedOrigins;
        var policy = new CorsPolicyBuilder()
            .SetIsOriginAllowed(origin => IsAllowedOrigin(origin, $"{request.Scheme}://{request.Host.Value}", allowed))
            .WithMethods("GET", "POST")
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();
        return Task.FromResult<CorsPolicy?>(policy);
    }

    /// <summary>The configured origins ("*" for any); with none configured, the page's own origin only.</summary>
    internal static bool IsAllowedOrigin(string origin, string ownOrigin, IReadOnlyCollection<string> allowed) =>
        allowed.Count > 0
            ? allowed.Any(a => a == "*" || string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase))
            : string.Equals(origin, ownOrigin, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Forgets idle conversations and expired tokens in the background (lookups also check on their own).</summary>
internal sealed class DirectLineJanitor(DirectLineStore store, LocalChannelActivation activation, TimeProvider time, ILogger<DirectLineJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!activation.IsActive)
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
