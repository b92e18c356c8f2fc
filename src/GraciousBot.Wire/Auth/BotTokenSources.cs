using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace GraciousBot.Wire.Auth;

/// <summary>Access tokens for outgoing connector calls, one scope at a time, cached until shortly before expiry.</summary>
public interface IBotTokenSource
{
    /// <summary>An access token for <paramref name="scope"/> (<c>{resource}/.default</c>).</summary>
    Task<string> GetTokenAsync(string scope, CancellationToken cancellationToken);
}

/// <summary>A call to a connector could not be authorised; nothing was sent.</summary>
public sealed class ConnectorAuthorizationException : HttpRequestException
{
    public ConnectorAuthorizationException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>Hands MSAL the HTTP clients of the host (so proxies, handlers and tests apply).</summary>
public sealed class MsalHttpClients(Func<HttpClient> create) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => create();
}

/// <summary>
/// Client credentials (app id + secret) against <c>{ToChannelFromBotLoginUrl}</c> with MSAL. MSAL keeps the tokens in
/// its in-memory cache and fetches a new one when less than five minutes are left.
/// </summary>
public sealed class ClientSecretTokenSource : IBotTokenSource
{
    private const string PublicCloudHost = "login.microsoftonline.com";

    private readonly IConfidentialClientApplication _app;

    public ClientSecretTokenSource(BotAuthenticationOptions options, IMsalHttpClientFactory http)
    {
        Authority = options.Authority;

        // Instance discovery and authority validation only mean something against the public cloud's own host; any
        // other authority is the operator's explicit configuration.
        var publicCloud = Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && string.Equals(uri.Host, PublicCloudHost, StringComparison.OrdinalIgnoreCase);
        _app = ConfidentialClientApplicationBuilder.Create(options.AppId)
            .WithClientSecret(options.MicrosoftAppPassword ?? string.Empty)
            .WithAuthority(Authority, validateAuthority: publicCloud)
            .WithInstanceDiscovery(publicCloud)
            .WithHttpClientFactory(http)
            .WithLegacyCacheCompatibility(false)
            .Build();
    }

    public string Authority { get; }

    public async Task<string> GetTokenAsync(string scope, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.AcquireTokenForClient([scope]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException failure)
        {
            throw new ConnectorAuthorizationException($"No token for scope '{scope}' could be obtained from {Authority} ({failure.ErrorCode}). Check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.", failure);
        }
    }
}

/// <summary>A user-assigned managed identity (MicrosoftAppType=UserAssignedMsi), through MSAL; no secret anywhere.</summary>
public sealed class ManagedIdentityTokenSource : IBotTokenSource
{
    private readonly IManagedIdentityApplication _app;

    public ManagedIdentityTokenSource(BotAuthenticationOptions options, IMsalHttpClientFactory http)
    {
        _app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.AppId))
            .WithHttpClientFactory(http)
            .Build();
    }

    public async Task<string> GetTokenAsync(string scope, CancellationToken cancellationToken)
    {
        // Managed identity endpoints take a resource, not a scope.
        var resource = scope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase) ? scope[..^"/.default".Length] : scope;
        try
        {
            var result = await _app.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException failure)
        {
            throw new ConnectorAuthorizationException($"The managed identity could not obtain a token for '{resource}' ({failure.ErrorCode}). Check that the identity is assigned to this app and MicrosoftAppId is its client id.", failure);
        }
    }
}
