using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Web.Hosting;
using GraciousBot.Wire.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraciousBot.Testing.Auth;

/// <summary>An RSA signing key the authority may publish (with endorsements, for channel keys).</summary>
public sealed class SigningKey
{
    internal SigningKey(string keyId, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        Rsa = rsa;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public RSA Rsa { get; }

    /// <summary>The channels this key endorses (channel keys only; null writes no endorsements at all).</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    internal JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        return jwk;
    }
}

/// <summary>A token request the authority answered: who asked, for what, and what it handed out.</summary>
public sealed record TokenRequest(string Tenant, string? GrantType, string? ClientId, string? ClientSecret, string? Scope, string AccessToken);

/// <summary>
/// A real identity provider on 127.0.0.1 over HTTPS (a self-signed certificate the bot's identity client is told to
/// pin), standing in for login.botframework.com and login.microsoftonline.com: it publishes OpenID metadata and JWKS
/// for channel keys (with endorsements) and Entra ID keys, mints RS256 tokens with real keys, and issues client
/// credential tokens at <c>/{tenant}/oauth2/v2.0/token</c>, recording every request.
/// </summary>
public sealed class TokenAuthority : IAsyncDisposable
{
    /// <summary>Tenant ids the Entra ID issuers are built for (Bot Framework's first tenant).</summary>
    public const string BotFrameworkTenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private readonly WebApplication _app;
    private readonly List<SigningKey> _channelKeys = [];
    private readonly List<SigningKey> _entraKeys = [];
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _metadataReads;
    private int _tokens;

    private TokenAuthority(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    /// <summary>The TLS certificate the authority serves (pin it, never trust it broadly).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>https://127.0.0.1:port, no trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string ChannelMetadataUrl => BaseUrl + "/channel/.well-known/openidconfiguration";

    public string EntraMetadataUrl => BaseUrl + "/entra/.well-known/openid-configuration";

    /// <summary>The login URL template for outgoing tokens (<c>{tenant}</c> is filled in by the bot).</summary>
    public string LoginUrlTemplate => BaseUrl + "/{tenant}";

    /// <summary>The Entra ID v1 issuer template, on this authority.</summary>
    public string EntraIssuerV1Template => BaseUrl + "/sts/{tenant}/";

    /// <summary>The Entra ID v2 issuer template, on this authority.</summary>
    public string EntraIssuerV2Template => BaseUrl + "/{tenant}/v2.0";

    public string EntraIssuerV1(string tenant = BotFrameworkTenantId) => EntraIssuerV1Template.Replace("{tenant}", tenant, StringComparison.Ordinal);

    public string EntraIssuerV2(string tenant = BotFrameworkTenantId) => EntraIssuerV2Template.Replace("{tenant}", tenant, StringComparison.Ordinal);

    /// <summary>The published channel key, endorsing msteams, webchat, directline and emulator.</summary>
    public SigningKey ChannelKey { get; private set; } = null!;

    /// <summary>A second published channel key that endorses webchat only.</summary>
    public SigningKey WebChatOnlyKey { get; private set; } = null!;

    /// <summary>The published Entra ID key.</summary>
    public SigningKey EntraKey { get; private set; } = null!;

    public IReadOnlyList<TokenRequest> TokenRequests => [.. _tokenRequests];

    /// <summary>How many times a metadata document was read.</summary>
    public int MetadataReads => Volatile.Read(ref _metadataReads);

    public static async Task<TokenAuthority> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate })));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var authority = new TokenAuthority(app, certificate);
        authority.ChannelKey = authority.PublishChannelKey(["msteams", "webchat", "directline", "emulator"]);
        authority.WebChatOnlyKey = authority.PublishChannelKey(["webchat"]);
        authority.EntraKey = authority.PublishEntraKey();

        app.MapGet("/channel/.well-known/openidconfiguration", () => authority.Metadata(BotAuthenticationDefaults.ChannelIssuer, "/channel/keys"));
        app.MapGet("/channel/keys", () => authority.Keys(authority._channelKeys));
        app.MapGet("/entra/.well-known/openid-configuration", () => authority.Metadata(authority.EntraIssuerV2("{tenantid}"), "/entra/keys"));
        app.MapGet("/entra/keys", () => authority.Keys(authority._entraKeys));
        app.MapPost("/{tenant}/oauth2/v2.0/token", authority.IssueAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        authority.BaseUrl = address.TrimEnd('/');
        return authority;
    }

    /// <summary>A fresh key (not published): sign with it to present an unknown key id, or publish it later.</summary>
    public static SigningKey NewKey(IReadOnlyList<string>? endorsements = null) =>
        new("key-" + Guid.NewGuid().ToString("N")[..12], RSA.Create(2048), endorsements);

    /// <summary>A different RSA key that claims the key id of <paramref name="published"/> (a forged signature).</summary>
    public static SigningKey Impostor(SigningKey published) => new(published.KeyId, RSA.Create(2048), published.Endorsements);

    public SigningKey PublishChannelKey(IReadOnlyList<string> endorsements, SigningKey? key = null)
    {
        key ??= NewKey(endorsements);
        lock (_channelKeys)
        {
            _channelKeys.Add(key);
        }

        return key;
    }

    public SigningKey PublishEntraKey(SigningKey? key = null)
    {
        key ??= NewKey();
        lock (_entraKeys)
        {
            _entraKeys.Add(key);
        }

        return key;
    }

    /// <summary>A channel token as Azure Bot Service sends it.</summary>
    public string ChannelToken(string audience, string? serviceUrl, SigningKey? key = null, string issuer = BotAuthenticationDefaults.ChannelIssuer, DateTime? notBefore = null, DateTime? expires = null)
    {
        var claims = new Dictionary<string, object> { ["appid"] = "2f8c5a5f-0000-4000-8000-0000000c4a11" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Mint(key ?? ChannelKey, issuer, audience, claims, notBefore, expires);
    }

    /// <summary>An Entra ID token a calling bot sends (version "1.0" carries appid, "2.0" carries azp).</summary>
    public string SkillToken(string version, string callerAppId, string audience, string? issuer = null, SigningKey? key = null, DateTime? notBefore = null, DateTime? expires = null)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, ["tid"] = BotFrameworkTenantId };
        claims[version == "1.0" ? "appid" : "azp"] = callerAppId;
        issuer ??= version == "1.0" ? EntraIssuerV1() : EntraIssuerV2();
        return Mint(key ?? EntraKey, issuer, audience, claims, notBefore, expires);
    }

    /// <summary>Signs a JWT with RS256 (or another RSA algorithm) and the key's id in the header.</summary>
    public string Mint(SigningKey key, string issuer, string audience, IDictionary<string, object> claims, DateTime? notBefore = null, DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key.Rsa) { KeyId = key.KeyId }, algorithm),
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature at all.</summary>
    public static string Unsigned(string token)
    {
        var payload = token.Split('.')[1];
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{payload}.";
    }

    /// <summary>A valid token whose payload was changed after signing (one claim value altered).</summary>
    public static string Tampered(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>The token the authority issued for <paramref name="scope"/> (the last one).</summary>
    public string? IssuedFor(string scope) => TokenRequests.LastOrDefault(r => r.Scope == scope)?.AccessToken;

    /// <summary>
    /// Host settings that turn authentication on for <paramref name="appId"/> against this authority, and make the
    /// bot's identity client trust (pin) this authority's certificate.
    /// </summary>
    public BotHostFactory Configure(BotHostFactory host, string appId, string password = "test-secret", params string[] allowedCallers)
    {
        host.With("MicrosoftAppId", appId)
            .With("MicrosoftAppPassword", password)
            .With("ToBotFromChannelOpenIdMetadataUrl", ChannelMetadataUrl)
            .With("ToBotFromEmulatorOpenIdMetadataUrl", EntraMetadataUrl)
            .With("ToBotFromEntraTokenIssuerV1", EntraIssuerV1Template)
            .With("ToBotFromEntraTokenIssuerV2", EntraIssuerV2Template)
            .With("ToChannelFromBotLoginUrl", LoginUrlTemplate)
            .WithServices(services => services.AddHttpClient(AuthenticationHosting.IdentityHttpClient).ConfigurePrimaryHttpMessageHandler(CreateTrustingHandler));
        for (var i = 0; i < allowedCallers.Length; i++)
        {
            host.With($"Skill:AllowedCallers:{i}", allowedCallers[i]);
        }

        return host;
    }

    /// <summary>An HTTP handler that accepts exactly this authority's certificate (and nothing else that is not valid).</summary>
    public HttpMessageHandler CreateTrustingHandler() => new SocketsHttpHandler
    {
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || (certificate is not null && certificate.GetCertHashString() == Certificate.GetCertHashString()),
        },
    };

    private IResult Metadata(string issuer, string keysPath)
    {
        Interlocked.Increment(ref _metadataReads);
        return Results.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = BaseUrl + "/authorize",
            ["jwks_uri"] = BaseUrl + keysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult Keys(List<SigningKey> keys)
    {
        lock (keys)
        {
            return Results.Json(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) });
        }
    }

    private async Task<IResult> IssueAsync(HttpContext http, string tenant)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var token = $"issued-{Interlocked.Increment(ref _tokens)}-{Guid.NewGuid():N}";
        _tokenRequests.Enqueue(new TokenRequest(tenant, form["grant_type"], form["client_id"], form["client_secret"], form["scope"], token));
        if (form["client_secret"] != "test-secret")
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = token });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
        foreach (var key in _channelKeys.Concat(_entraKeys))
        {
            key.Rsa.Dispose();
        }
    }

    /// <summary>Decodes a JWT's payload (for assertions; no validation).</summary>
    public static JsonElement Payload(string token) => JsonDocument.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1]))).RootElement.Clone();
}
