using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraciousBot.Wire.Auth;

/// <summary>
/// Bot Framework token validation for the messaging endpoint, decided before any turn runs:
/// <list type="bullet">
/// <item>channel tokens (issuer <c>https://api.botframework.com</c>): signature by a published key, audience = our app
/// id, lifetime with 5 minutes' skew, the <c>serviceurl</c> claim equal to the activity's serviceUrl, and the signing
/// key endorsing the activity's channelId (403 otherwise);</item>
/// <item>skill and Emulator tokens (Entra ID v1/v2 issuers of the Bot Framework tenants, plus ours when single-tenant):
/// signature, audience, lifetime, the caller from <c>appid</c> (v1) or <c>azp</c> (v2), and the caller on the allowed
/// list (403 otherwise).</item>
/// </list>
/// A request that passes has its serviceUrl added to <see cref="TrustedServiceUrls"/>, the only places replies go.
/// </summary>
public sealed partial class BotTokenAuthenticator : IInboundAuthenticator
{
    private const string BearerScheme = "Bearer";

    private readonly BotAuthenticationOptions _options;
    private readonly SigningKeySource _channelKeys;
    private readonly SigningKeySource _entraKeys;
    private readonly TrustedServiceUrls _trusted;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly HashSet<string> _entraIssuers;

    public BotTokenAuthenticator(BotAuthenticationOptions options, SigningKeySource channelKeys, SigningKeySource entraKeys, TrustedServiceUrls trusted, TimeProvider time, ILogger<BotTokenAuthenticator> logger)
    {
        if (options.IsAnonymous)
        {
            throw new ArgumentException("Token authentication needs MicrosoftAppId.", nameof(options));
        }

        _options = options;
        _channelKeys = channelKeys;
        _entraKeys = entraKeys;
        _trusted = trusted;
        _time = time;
        _logger = logger;
        _entraIssuers = new HashSet<string>(options.EntraIssuers, StringComparer.Ordinal);
    }

    public async Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!TryReadBearer(authorizationHeader, out var token))
        {
            return new InboundAuthResult.Unauthenticated("An 'Authorization: Bearer <token>' header is required.");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (Exception failure) when (failure is ArgumentException or SecurityTokenException)
        {
            return new InboundAuthResult.Unauthenticated("The bearer token is not a well-formed JWT.");
        }

        // A token that can never be valid (unsigned, "alg": "none", an HMAC or any other algorithm but RS256) is refused
        // at once, before any signing key is fetched: it gets 401 even while the keys cannot be read.
        if (!string.Equals(unverified.Alg, BotAuthenticationDefaults.SigningAlgorithm, StringComparison.Ordinal) || string.IsNullOrEmpty(unverified.EncodedSignature))
        {
            return new InboundAuthResult.Unauthenticated("The token's signing algorithm is not allowed.");
        }

        // The issuer only chooses which rules apply; it is verified with the signature below.
        var issuer = unverified.Issuer;
        if (string.Equals(issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
        {
            return await ChannelAsync(token, unverified.Kid, activity, cancellationToken);
        }

        if (_entraIssuers.Contains(issuer))
        {
            return await EntraAsync(token, unverified.Kid, activity, cancellationToken);
        }

        return new InboundAuthResult.Unauthenticated("The token's issuer is not trusted.");
    }

    /// <summary>A token from a channel (Azure Bot Service).</summary>
    private async Task<InboundAuthResult> ChannelAsync(string token, string? keyId, Activity activity, CancellationToken cancellationToken)
    {
        var (validated, keys, failure) = await ValidateAsync(token, keyId, _channelKeys, [_options.ToBotFromChannelTokenIssuer], cancellationToken);
        if (validated is null)
        {
            return failure!;
        }

        var serviceUrlClaim = Claim(validated, "serviceurl");
        if (serviceUrlClaim is null || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return new InboundAuthResult.Unauthenticated("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        if (!keys!.Endorses(validated.Kid, activity.ChannelId))
        {
            return new InboundAuthResult.Forbidden("The key that signed the token is not endorsed for the activity's channel.");
        }

        Trust(activity);
        return new InboundAuthResult.Accepted(null, CallerIdPrefixes.Azure);
    }

    /// <summary>A token from Entra ID: another bot calling us as a skill, or the Emulator.</summary>
    private async Task<InboundAuthResult> EntraAsync(string token, string? keyId, Activity activity, CancellationToken cancellationToken)
    {
        var (validated, _, failure) = await ValidateAsync(token, keyId, _entraKeys, _entraIssuers, cancellationToken);
        if (validated is null)
        {
            return failure!;
        }

        var callerAppId = Claim(validated, "ver") switch
        {
            "1.0" => Claim(validated, "appid"),
            "2.0" => Claim(validated, "azp"),
            _ => null,
        };

        if (string.IsNullOrWhiteSpace(callerAppId))
        {
            return new InboundAuthResult.Unauthenticated("The token names no calling app (appid for version 1.0, azp for version 2.0).");
        }

        if (string.Equals(callerAppId, _options.AppId, StringComparison.OrdinalIgnoreCase))
        {
            // Our own app id (the Emulator signs in as the bot itself): not a skill call, answered like a channel.
            Trust(activity);
            return new InboundAuthResult.Accepted(null, CallerIdPrefixes.Azure);
        }

        if (!_options.IsAllowedCaller(callerAppId))
        {
            LogCallerRefused(_logger, callerAppId);
            return new InboundAuthResult.Forbidden("The calling bot is not on this skill's allowed callers (Skill:AllowedCallers).");
        }

        Trust(activity);
        return new InboundAuthResult.Accepted(callerAppId, CallerIdPrefixes.BotToBot + callerAppId);
    }

    private async Task<(JsonWebToken? Token, SigningKeySet? Keys, InboundAuthResult? Failure)> ValidateAsync(string token, string? keyId, SigningKeySource source, IEnumerable<string> issuers, CancellationToken cancellationToken)
    {
        SigningKeySet keys;
        try
        {
            keys = await source.GetAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogMetadataUnavailable(_logger, source.MetadataUrl, failure);
            return (null, null, new InboundAuthResult.Unavailable("The signing keys could not be read; the token cannot be checked right now."));
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(keys, issuers));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && !keys.HasKey(keyId))
        {
            // Keys rotate: a key id we have never seen re-reads the metadata (rate limited) and tries once more.
            LogUnknownKey(_logger, source.MetadataUrl);
            if (await source.RefreshForUnknownKeyAsync(cancellationToken) is { } refreshed)
            {
                keys = refreshed;
                result = await _handler.ValidateTokenAsync(token, Parameters(keys, issuers));
            }
        }

        if (!result.IsValid)
        {
            return (null, null, new InboundAuthResult.Unauthenticated(Describe(result.Exception)));
        }

        return ((JsonWebToken)result.SecurityToken, keys, null);
    }

    private TokenValidationParameters Parameters(SigningKeySet keys, IEnumerable<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidateIssuer = true,
        ValidAudience = _options.AppId,
        ValidateAudience = true,
        IssuerSigningKeys = keys.Keys,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        ValidAlgorithms = [BotAuthenticationDefaults.SigningAlgorithm],
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = BotAuthenticationDefaults.ClockSkew,
        LifetimeValidator = IsWithinLifetime,
        RequireAudience = true,
        SaveSigninToken = false,
    };

    /// <summary>Lifetime against our own clock (so tests can move it), with the protocol's 5 minutes of skew.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        var now = _time.GetUtcNow().UtcDateTime;
        var skew = parameters.ClockSkew;
        if (notBefore is { } nbf && now + skew < nbf.ToUniversalTime())
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = nbf };
        }

        if (now - skew >= expires.Value.ToUniversalTime())
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }

    private static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidLifetimeException => "The token is outside its lifetime.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token was signed with an unknown key.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        _ => "The token is not valid.",
    };

    private static string? Claim(JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private static bool TryReadBearer(string? header, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = parts[1];
        return true;
    }

    private void Trust(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            _trusted.Add(activity.ServiceUrl);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Skill call refused: caller app {CallerAppId} is not on Skill:AllowedCallers")]
    private static partial void LogCallerRefused(ILogger logger, string callerAppId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Signing keys could not be read from {MetadataUrl}")]
    private static partial void LogMetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "A token names an unknown signing key; re-reading {MetadataUrl}")]
    private static partial void LogUnknownKey(ILogger logger, string metadataUrl);
}
