using GraciousBot.Testing.Auth;
using GraciousBot.Wire.Auth;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Wire.Tests.Auth;

/// <summary>One authority (keys, metadata, TLS certificate) for a whole test class.</summary>
public sealed class TokenAuthorityFixture : IAsyncLifetime
{
    public TokenAuthority Authority { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Authority = await TokenAuthority.StartAsync();
        Http = new HttpClient(Authority.CreateTrustingHandler());
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Authority.DisposeAsync();
    }
}

/// <summary>
/// The token rules one at a time, against real RSA keys served by a local <see cref="TokenAuthority"/>, with a fake
/// clock for the lifetime edges.
/// </summary>
public sealed class BotTokenAuthenticatorTests(TokenAuthorityFixture fixture) : IClassFixture<TokenAuthorityFixture>
{
    private const string AppId = "6a1f3c9e-2b4d-4e8f-9a7c-1d2e3f4a5b6c";
    private const string Caller = "0c4a11e5-7b2d-4f3e-8a9c-5d6e7f8a9b0c";
    private const string OwnTenant = "3e1a4f5c-9b2d-4c6e-8f7a-0b1c2d3e4f5a";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    // A forced metadata re-read is waited for in real time; on a busy CI machine 3 s was not always enough for the
    // configuration manager's background read to land (the test then saw no new keys).
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly TokenAuthority _authority = fixture.Authority;
    private readonly HttpClient _http = fixture.Http;

    private BotTokenAuthenticator Create(TrustedServiceUrls? trusted = null, Action<BotAuthenticationOptions>? configure = null)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "secret",
            AllowedCallers = [Caller],
            ToBotFromChannelOpenIdMetadataUrl = _authority.ChannelMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl = _authority.EntraMetadataUrl,
        };
        configure?.Invoke(options);
        return new BotTokenAuthenticator(
            options,
            new SigningKeySource(options.ToBotFromChannelOpenIdMetadataUrl, _http, _clock, refreshWait: RefreshWait),
            new SigningKeySource(options.ToBotFromEmulatorOpenIdMetadataUrl, _http, _clock, refreshWait: RefreshWait),
            trusted ?? new TrustedServiceUrls(),
            _clock,
            NullLogger<BotTokenAuthenticator>.Instance);
    }

    private static Activity Message(string channelId = ChannelIds.MsTeams, string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = ConversationAccount.Of("conv-1"),
    };

    private string RealV2Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    [Theory]
    [InlineData(-299, true)]
    [InlineData(-301, false)]
    public async Task Lifetime_AroundExpiry_FiveMinutesOfSkew(int secondsFromExpiry, bool accepted)
    {
        var expires = Now.AddSeconds(secondsFromExpiry).UtcDateTime;
        var token = _authority.ChannelToken(AppId, ServiceUrl, notBefore: expires.AddHours(-1), expires: expires);

        var result = await Create().AuthenticateAsync("Bearer " + token, Message(), CancellationToken.None);

        if (accepted)
        {
            Assert.IsType<InboundAuthResult.Accepted>(result);
        }
        else
        {
            Assert.Equal("The token has expired.", Assert.IsType<InboundAuthResult.Unauthenticated>(result).Reason);
        }
    }

    [Theory]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public async Task Lifetime_AroundNotBefore_FiveMinutesOfSkew(int secondsUntilValid, bool accepted)
    {
        var notBefore = Now.AddSeconds(secondsUntilValid).UtcDateTime;
        var token = _authority.ChannelToken(AppId, ServiceUrl, notBefore: notBefore, expires: notBefore.AddHours(1));

        var result = await Create().AuthenticateAsync("Bearer " + token, Message(), CancellationToken.None);

        Assert.Equal(accepted, result is InboundAuthResult.Accepted);
    }

    [Fact]
    public async Task ChannelToken_Accepted_CallerIdIsAzureAndServiceUrlTrusted()
    {
        var trusted = new TrustedServiceUrls();
        var token = _authority.ChannelToken(AppId, ServiceUrl, notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));

        var result = await Create(trusted).AuthenticateAsync("bearer " + token, Message(), CancellationToken.None);

        Assert.Equal(new InboundAuthResult.Accepted(null, CallerIdPrefixes.Azure), result);
        Assert.True(trusted.Contains(ServiceUrl));
    }

    [Fact]
    public async Task Refused_ServiceUrlIsNotTrusted()
    {
        var trusted = new TrustedServiceUrls();
        var token = _authority.ChannelToken(AppId, ServiceUrl, key: _authority.WebChatOnlyKey, notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));

        var result = await Create(trusted).AuthenticateAsync("Bearer " + token, Message(ChannelIds.MsTeams), CancellationToken.None);

        Assert.IsType<InboundAuthResult.Forbidden>(result);
        Assert.False(trusted.Contains(ServiceUrl));
    }

    [Theory]
    [InlineData("1.0", "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("2.0", "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0")]
    [InlineData("1.0", "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/")]
    [InlineData("2.0", "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0")]
    public async Task SkillToken_DefaultBotFrameworkIssuers_Accepted(string version, string issuer)
    {
        var token = _authority.SkillToken(version, Caller, AppId, issuer: issuer, notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));

        var result = await Create().AuthenticateAsync("Bearer " + token, Message(), CancellationToken.None);

        Assert.Equal(new InboundAuthResult.Accepted(Caller, CallerIdPrefixes.BotToBot + Caller), result);
    }

    [Theory]
    [InlineData(MicrosoftAppTypes.SingleTenant, true)]
    [InlineData(MicrosoftAppTypes.MultiTenant, false)]
    public async Task SkillToken_OwnTenantIssuer_OnlyTrustedWhenSingleTenant(string appType, bool accepted)
    {
        var token = _authority.SkillToken("2.0", Caller, AppId, issuer: RealV2Issuer(OwnTenant), notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));

        var result = await Create(configure: o =>
        {
            o.MicrosoftAppType = appType;
            o.MicrosoftAppTenantId = OwnTenant;
        }).AuthenticateAsync("Bearer " + token, Message(), CancellationToken.None);

        Assert.Equal(accepted, result is InboundAuthResult.Accepted);
    }

    [Theory]
    [InlineData(new[] { "*" }, true)]
    [InlineData(new[] { "0C4A11E5-7B2D-4F3E-8A9C-5D6E7F8A9B0C" }, true)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "11111111-2222-3333-4444-555555555555" }, false)]
    public async Task SkillToken_AllowedCallers_AnyOrListedOnly(string[] allowed, bool accepted)
    {
        var token = _authority.SkillToken("2.0", Caller, AppId, issuer: RealV2Issuer(TokenAuthority.BotFrameworkTenantId), notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));

        var result = await Create(configure: o => o.AllowedCallers = [.. allowed]).AuthenticateAsync("Bearer " + token, Message(), CancellationToken.None);

        if (accepted)
        {
            Assert.IsType<InboundAuthResult.Accepted>(result);
        }
        else
        {
            Assert.IsType<InboundAuthResult.Forbidden>(result);
        }
    }

    [Fact]
    public async Task Metadata_Unreachable_UnavailableNotThrownNorUnauthenticated()
    {
        var token = _authority.ChannelToken(AppId, ServiceUrl, notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));
        var authenticator = Create(configure: o => o.ToBotFromChannelOpenIdMetadataUrl = "https://127.0.0.1:1/nothing-here");

        var result = await authenticator.AuthenticateAsync("Bearer " + token, Message(), CancellationToken.None);

        // The token cannot be judged: a retryable "unavailable", not a verdict on the token.
        Assert.IsType<InboundAuthResult.Unavailable>(result);
    }

    [Theory]
    [InlineData("none", "")]
    [InlineData("RS256", "")]
    [InlineData("HS256", "c2lnbmF0dXJl")]
    [InlineData("HS512", "c2lnbmF0dXJl")]
    [InlineData("RS384", "c2lnbmF0dXJl")]
    public async Task NeverValidToken_WhileKeysUnreachable_RefusedAtOnceNotUnavailable(string algorithm, string signature)
    {
        static string Part(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Part($$"""{"alg":"{{algorithm}}","typ":"JWT","kid":"k1"}""");
        var payload = Part($$"""{"iss":"https://api.botframework.com","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","nbf":{{Now.AddMinutes(-1).ToUnixTimeSeconds()}},"exp":{{Now.AddHours(1).ToUnixTimeSeconds()}}}""");
        var authenticator = Create(configure: o => o.ToBotFromChannelOpenIdMetadataUrl = "https://127.0.0.1:1/nothing-here");

        var result = await authenticator.AuthenticateAsync($"Bearer {header}.{payload}.{signature}", Message(), CancellationToken.None);

        var refused = Assert.IsType<InboundAuthResult.Unauthenticated>(result);
        Assert.Contains("algorithm", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKey_ForcedRefreshRateLimited_UntilTheIntervalPasses()
    {
        var authenticator = Create();
        var valid = _authority.ChannelToken(AppId, ServiceUrl, notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));
        Assert.IsType<InboundAuthResult.Accepted>(await authenticator.AuthenticateAsync("Bearer " + valid, Message(), CancellationToken.None));

        var unknown = TokenAuthority.NewKey(["msteams"]);
        var withUnknown = _authority.ChannelToken(AppId, ServiceUrl, key: unknown, notBefore: Now.UtcDateTime.AddMinutes(-1), expires: Now.UtcDateTime.AddHours(1));
        Assert.IsType<InboundAuthResult.Unauthenticated>(await authenticator.AuthenticateAsync("Bearer " + withUnknown, Message(), CancellationToken.None));

        // Published now, but the forced re-read just happened: refused until the interval has passed.
        _authority.PublishChannelKey(["msteams"], unknown);
        var reads = _authority.MetadataReads;
        Assert.IsType<InboundAuthResult.Unauthenticated>(await authenticator.AuthenticateAsync("Bearer " + withUnknown, Message(), CancellationToken.None));
        Assert.Equal(reads, _authority.MetadataReads);

        _clock.Advance(BotAuthenticationDefaults.MetadataForcedRefreshInterval);
        Assert.IsType<InboundAuthResult.Accepted>(await authenticator.AuthenticateAsync("Bearer " + withUnknown, Message(), CancellationToken.None));
    }
}
