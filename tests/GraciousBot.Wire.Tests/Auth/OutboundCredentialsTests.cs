using GraciousBot.Testing.Auth;
using GraciousBot.Wire.Auth;
using GraciousBot.Wire.Connector;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraciousBot.Wire.Tests.Auth;

/// <summary>Outgoing tokens: which scope, from which authority, cached, and never for a serviceUrl we were not called from.</summary>
public sealed class OutboundCredentialsTests : IAsyncLifetime
{
    private const string AppId = "6a1f3c9e-2b4d-4e8f-9a7c-1d2e3f4a5b6c";
    private const string Caller = "0c4a11e5-7b2d-4f3e-8a9c-5d6e7f8a9b0c";
    private const string Tenant = "3e1a4f5c-9b2d-4c6e-8f7a-0b1c2d3e4f5a";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private TokenAuthority _authority = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _authority = await TokenAuthority.StartAsync();
        _http = new HttpClient(_authority.CreateTrustingHandler());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _authority.DisposeAsync();
    }

    private BotAuthenticationOptions Options(string type = MicrosoftAppTypes.MultiTenant, string password = "test-secret") => new()
    {
        MicrosoftAppType = type,
        MicrosoftAppId = AppId,
        MicrosoftAppPassword = password,
        MicrosoftAppTenantId = type == MicrosoftAppTypes.MultiTenant ? null : Tenant,
        ToChannelFromBotLoginUrl = _authority.LoginUrlTemplate,
    };

    private BotConnectorCredentials Credentials(BotAuthenticationOptions options, TrustedServiceUrls trusted, Func<string, bool>? isLocal = null) =>
        new(new ClientSecretTokenSource(options, new MsalHttpClients(() => _http)), options, trusted, isLocal, NullLogger<BotConnectorCredentials>.Instance);

    private static TrustedServiceUrls Trusting(params string[] urls)
    {
        var trusted = new TrustedServiceUrls();
        foreach (var url in urls)
        {
            trusted.Add(url);
        }

        return trusted;
    }

    [Fact]
    public async Task Channel_MultiTenant_BotFrameworkAuthorityAndChannelScope()
    {
        var header = await Credentials(Options(), Trusting(ServiceUrl)).GetAuthorizationAsync(new ConnectorTarget(ServiceUrl), CancellationToken.None);

        var request = Assert.Single(_authority.TokenRequests);
        Assert.Equal("botframework.com", request.Tenant);
        Assert.Equal("https://api.botframework.com/.default", request.Scope);
        Assert.Equal(AppId, request.ClientId);
        Assert.Equal("Bearer " + request.AccessToken, header);
    }

    [Fact]
    public async Task CallingBot_SingleTenant_OwnTenantAuthorityAndCallerScope()
    {
        var header = await Credentials(Options(MicrosoftAppTypes.SingleTenant), Trusting(ServiceUrl)).GetAuthorizationAsync(new ConnectorTarget(ServiceUrl, Caller), CancellationToken.None);

        var request = Assert.Single(_authority.TokenRequests);
        Assert.Equal(Tenant, request.Tenant);
        Assert.Equal(Caller + "/.default", request.Scope);
        Assert.Equal("Bearer " + request.AccessToken, header);
    }

    [Fact]
    public async Task SameScope_Twice_TokenComesFromTheCache()
    {
        var credentials = Credentials(Options(), Trusting(ServiceUrl));

        var first = await credentials.GetAuthorizationAsync(new ConnectorTarget(ServiceUrl), CancellationToken.None);
        var second = await credentials.GetAuthorizationAsync(new ConnectorTarget(ServiceUrl.TrimEnd('/')), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_authority.TokenRequests);
    }

    [Fact]
    public async Task UntrustedServiceUrl_Refused_NoTokenRequested()
    {
        var credentials = Credentials(Options(), Trusting(ServiceUrl));

        var failure = await Assert.ThrowsAsync<ConnectorAuthorizationException>(async () =>
            await credentials.GetAuthorizationAsync(new ConnectorTarget("https://attacker.example/api/"), CancellationToken.None));

        Assert.Contains("https://attacker.example", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_authority.TokenRequests);
    }

    [Fact]
    public async Task LocalChannel_GetsNoHeaderAtAll()
    {
        const string local = "http://localhost:3978/directline/connector/key/";

        var header = await Credentials(Options(), Trusting(), url => url == local).GetAuthorizationAsync(new ConnectorTarget(local), CancellationToken.None);

        Assert.Null(header);
        Assert.Empty(_authority.TokenRequests);
    }

    [Fact]
    public async Task WrongSecret_ClearFailureThatNeverRepeatsTheSecret()
    {
        var credentials = Credentials(Options(password: "s3cr3t-that-must-not-leak"), Trusting(ServiceUrl));

        var failure = await Assert.ThrowsAsync<ConnectorAuthorizationException>(async () =>
            await credentials.GetAuthorizationAsync(new ConnectorTarget(ServiceUrl), CancellationToken.None));

        Assert.Contains("MicrosoftAppPassword", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TrustedServiceUrls_BeyondCapacity_LeastRecentlySeenForgotten()
    {
        var trusted = new TrustedServiceUrls(capacity: 2);
        trusted.Add("https://a.example/");
        trusted.Add("https://b.example/");
        trusted.Add("https://a.example");
        trusted.Add("https://c.example/");

        Assert.True(trusted.Contains("https://a.example/"));
        Assert.False(trusted.Contains("https://b.example/"));
        Assert.True(trusted.Contains("https://c.example"));
        Assert.Equal(2, trusted.Count);
    }

    [Theory]
    [InlineData(MicrosoftAppTypes.MultiTenant, null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(MicrosoftAppTypes.SingleTenant, Tenant, "https://login.microsoftonline.com/" + Tenant)]
    [InlineData("singletenant", Tenant, "https://login.microsoftonline.com/" + Tenant)]
    [InlineData(null, null, "https://login.microsoftonline.com/botframework.com")]
    public void Options_Authority_FollowsTheAppType(string? type, string? tenant, string authority)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppType = type, MicrosoftAppId = AppId, MicrosoftAppTenantId = tenant };

        Assert.Equal(authority, options.Authority);
    }

    [Fact]
    public void Options_EntraIssuers_OwnTenantOnlyWhenSingleTenant()
    {
        var multi = new BotAuthenticationOptions { MicrosoftAppId = AppId, MicrosoftAppTenantId = Tenant };
        var single = new BotAuthenticationOptions { MicrosoftAppId = AppId, MicrosoftAppType = MicrosoftAppTypes.SingleTenant, MicrosoftAppTenantId = Tenant };

        Assert.Equal(4, multi.EntraIssuers.Count);
        Assert.DoesNotContain(multi.EntraIssuers, i => i.Contains(Tenant, StringComparison.Ordinal));
        Assert.Contains($"https://sts.windows.net/{Tenant}/", single.EntraIssuers);
        Assert.Contains($"https://login.microsoftonline.com/{Tenant}/v2.0", single.EntraIssuers);
    }

    [Theory]
    [InlineData("https://api.botframework.com", "https://api.botframework.com/.default")]
    [InlineData("https://api.botframework.com/.default", "https://api.botframework.com/.default")]
    [InlineData(Caller, Caller + "/.default")]
    public void AsScope_AppendsDefaultOnce(string resource, string scope) => Assert.Equal(scope, BotAuthenticationOptions.AsScope(resource));
}
