using GraciousBot.Web.Skill;
using GraciousBot.Wire.Auth;
using GraciousBot.Wire.Connector;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.Hosting;

/// <summary>
/// Who may talk to the bot and how the bot proves itself in return. With no <c>MicrosoftAppId</c> everything is
/// anonymous (local development, said loudly at start-up); with one, every request to /api/messages needs a valid
/// Bot Framework token and every reply carries one.
/// </summary>
public static partial class AuthenticationHosting
{
    /// <summary>The named HTTP client for OpenID metadata, signing keys and token requests.</summary>
    public const string IdentityHttpClient = "GraciousBot.Identity";

    /// <summary>
    /// Registers inbound authentication, outbound credentials, the <c>Skill</c> section (allowed callers and the
    /// manifest) and the start-up checks of settings that contradict each other.
    /// </summary>
    public static WebApplicationBuilder AddBotAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SkillOptions>().BindConfiguration(SkillOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration, IOptions<SkillOptions>>((options, configuration, skill) =>
            {
                // The root keys Bot Framework users know: MicrosoftAppId, MicrosoftAppType, ToBotFrom..., ToChannelFrom...
                configuration.Bind(options);
                options.AllowedCallers = [.. skill.Value.AllowedCallers];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationValidation>();
        services.AddConfigurationContradictionChecks();

        services.AddHttpClient(IdentityHttpClient, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<IInboundAuthenticator>(CreateAuthenticator);
        services.AddSingleton<IConnectorCredentials>(CreateCredentials);
        services.AddHostedService<AuthenticationStartupReport>();
        return builder;
    }

    /// <summary>
    /// Whether callers must authenticate (a MicrosoftAppId is configured). Read from configuration itself, so the answer
    /// does not wait for the identity settings to be valid (those have their own start-up messages).
    /// </summary>
    public static bool IsConfigured(IServiceProvider services) =>
        !string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>()[nameof(BotAuthenticationOptions.MicrosoftAppId)]);

    private static BotAuthenticationOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

    private static IInboundAuthenticator CreateAuthenticator(IServiceProvider services)
    {
        var options = Options(services);
        if (options.IsAnonymous)
        {
            return AnonymousInboundAuthenticator.Instance;
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(IdentityHttpClient);
        var time = services.GetRequiredService<TimeProvider>();
        return new BotTokenAuthenticator(
            options,
            new SigningKeySource(options.ToBotFromChannelOpenIdMetadataUrl, http, time),
            new SigningKeySource(options.ToBotFromEmulatorOpenIdMetadataUrl, http, time),
            services.GetRequiredService<TrustedServiceUrls>(),
            time,
            services.GetRequiredService<ILogger<BotTokenAuthenticator>>());
    }

    private static IConnectorCredentials CreateCredentials(IServiceProvider services)
    {
        var options = Options(services);
        if (options.IsAnonymous)
        {
            return AnonymousConnectorCredentials.Instance;
        }

        var factory = services.GetRequiredService<IHttpClientFactory>();
        var msalHttp = new MsalHttpClients(() => factory.CreateClient(IdentityHttpClient));
        IBotTokenSource tokens = options.AppType == MicrosoftAppTypes.UserAssignedMsi
            ? new ManagedIdentityTokenSource(options, msalHttp)
            : new ClientSecretTokenSource(options, msalHttp);
        return new BotConnectorCredentials(
            tokens,
            options,
            services.GetRequiredService<TrustedServiceUrls>(),
            LocalChannels(services),
            services.GetRequiredService<ILogger<BotConnectorCredentials>>());
    }

    /// <summary>
    /// A channel served by this process (the local Direct Line, when it runs): the bot's replies to it go without a
    /// token, because that channel never authenticated to us. Authentication knows it only through <see cref="ILocalServiceUrls"/>.
    /// </summary>
    private static Func<string, bool> LocalChannels(IServiceProvider services)
    {
        var local = services.GetServices<ILocalServiceUrls>().ToArray();
        return serviceUrl => local.Any(l => l.IsLocal(serviceUrl));
    }

    /// <summary>Says at start-up, loudly, how the bot authenticates (and when it does not).</summary>
    private sealed class AuthenticationStartupReport(IOptions<BotAuthenticationOptions> options, IOptions<SkillOptions> skill, ILogger<AuthenticationStartupReport> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var auth = options.Value;
            if (auth.IsAnonymous)
            {
                LogAnonymous(logger);
                return Task.CompletedTask;
            }

            LogAuthenticated(logger, auth.AppType, auth.AppId);
            if (string.IsNullOrWhiteSpace(skill.Value.PublicUrl))
            {
                LogNoPublicUrl(logger);
            }

            if (auth.AllowedCallers.Count == 0)
            {
                LogNoAllowedCallers(logger);
            }
            else if (auth.AllowedCallers.Any(c => c.Trim() == BotAuthenticationDefaults.AnyCaller))
            {
                LogAnyCaller(logger);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "AUTHENTICATION IS OFF: no MicrosoftAppId is configured, so /api/messages accepts every request anonymously and replies carry no token. This is for local development only; set MicrosoftAppId (with MicrosoftAppPassword, or MicrosoftAppType=UserAssignedMsi) before the bot is reachable by anyone else.")]
    private static partial void LogAnonymous(ILogger logger);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Authentication is on: {AppType} app {AppId}; requests need a valid Bot Framework token")]
    private static partial void LogAuthenticated(ILogger logger, string appType, string appId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "Skill:AllowedCallers is empty: every bot-to-bot (skill) call will be refused with 403. Channels still work. Add the app ids of the bots that may call this skill, or '*' for any.")]
    private static partial void LogNoAllowedCallers(ILogger logger);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Warning, Message = "Skill:PublicUrl is not set: the skill manifest names the endpoint after each request's own Host header. Set it to the public https address callers use.")]
    private static partial void LogNoPublicUrl(ILogger logger);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning, Message = "Skill:AllowedCallers contains '*': any bot holding a valid Bot Framework token for this app id may call this skill")]
    private static partial void LogAnyCaller(ILogger logger);
}
