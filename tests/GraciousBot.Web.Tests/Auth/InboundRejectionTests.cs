using System.Net;
using GraciousBot.Testing.Auth;
using GraciousBot.Wire.Schema;
using static GraciousBot.Web.Tests.Auth.AuthenticatedHost;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>
/// The negative matrix, over real HTTP against the real host with real RSA keys and a real OpenID metadata server:
/// every request below is refused with 401 or 403 and not one turn reaches the bot, no reply is sent and no outgoing
/// token is requested.
/// </summary>
public sealed class InboundRejectionTests(AuthenticatedHost host) : IClassFixture<AuthenticatedHost>
{
    private delegate (Activity Activity, string? Authorization) Scenario(AuthenticatedHost host, TokenAuthority authority);

    private static readonly Dictionary<string, (Scenario Build, HttpStatusCode Expected, string Reason)> Scenarios = new()
    {
        ["no Authorization header"] = ((h, _) => (h.Message(), null), HttpStatusCode.Unauthorized, "Authorization: Bearer"),
        ["wrong scheme (Basic)"] = ((h, a) => (h.Message(), "Basic " + a.ChannelToken(BotAppId, h.Channel.ServiceUrl)), HttpStatusCode.Unauthorized, "Authorization: Bearer"),
        ["Bearer with no token"] = ((h, _) => (h.Message(), "Bearer"), HttpStatusCode.Unauthorized, "Authorization: Bearer"),
        ["not a JWT"] = ((h, _) => (h.Message(), Bearer("not-a-jwt")), HttpStatusCode.Unauthorized, "not a well-formed JWT"),
        ["expired beyond the 5 min skew"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(BotAppId, h.Channel.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6)))), HttpStatusCode.Unauthorized, "has expired"),
        ["not yet valid beyond the 5 min skew"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(BotAppId, h.Channel.ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(6), expires: DateTime.UtcNow.AddHours(1)))), HttpStatusCode.Unauthorized, "not valid yet"),
        ["wrong issuer"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(BotAppId, h.Channel.ServiceUrl, issuer: "https://api.botframework.evil"))), HttpStatusCode.Unauthorized, "issuer is not trusted"),
        ["Entra token from a tenant that is not trusted"] = ((h, a) => (h.Message(), Bearer(a.SkillToken("2.0", CallerAppId, BotAppId, issuer: a.EntraIssuerV2("72f988bf-86f1-41af-91ab-2d7cd011db47")))), HttpStatusCode.Unauthorized, "issuer is not trusted"),
        ["wrong audience"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(StrangerAppId, h.Channel.ServiceUrl))), HttpStatusCode.Unauthorized, "another audience"),
        ["skill token for another audience"] = ((h, a) => (h.Message(), Bearer(a.SkillToken("2.0", CallerAppId, StrangerAppId))), HttpStatusCode.Unauthorized, "another audience"),
        ["bad signature (another key claiming the published key id)"] = ((h, a) => (h.Message(), Bearer(a.Mint(TokenAuthority.Impostor(a.ChannelKey), BotAuthenticationIssuer, BotAppId, ServiceUrlClaim(h)))), HttpStatusCode.Unauthorized, "signature is not valid"),
        ["payload changed after signing"] = ((h, a) => (h.Message(), Bearer(TokenAuthority.Tampered(a.ChannelToken(BotAppId, h.Channel.ServiceUrl), "appid", StrangerAppId))), HttpStatusCode.Unauthorized, "signature is not valid"),
        ["alg none"] = ((h, a) => (h.Message(), Bearer(TokenAuthority.Unsigned(a.ChannelToken(BotAppId, h.Channel.ServiceUrl)))), HttpStatusCode.Unauthorized, "signing algorithm is not allowed"),
        ["HS256 signed with the public key as secret"] = ((h, a) => (h.Message(), Bearer(HmacWithPublicKey(a, h))), HttpStatusCode.Unauthorized, "signing algorithm is not allowed"),
        ["unknown key id"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(BotAppId, h.Channel.ServiceUrl, key: TokenAuthority.NewKey(["webchat"])))), HttpStatusCode.Unauthorized, "unknown key"),
        ["serviceurl claim does not match the activity"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(BotAppId, "https://smba.trafficmanager.net/amer/"))), HttpStatusCode.Unauthorized, "serviceurl claim"),
        ["no serviceurl claim"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(BotAppId, serviceUrl: null))), HttpStatusCode.Unauthorized, "serviceurl claim"),
        ["signing key not endorsed for the channel"] = ((h, a) => (h.Message(channelId: ChannelIds.MsTeams), Bearer(a.ChannelToken(BotAppId, h.Channel.ServiceUrl, key: a.WebChatOnlyKey))), HttpStatusCode.Forbidden, "not endorsed"),
        ["caller not on Skill:AllowedCallers (v2)"] = ((h, a) => (h.Message(), Bearer(a.SkillToken("2.0", StrangerAppId, BotAppId))), HttpStatusCode.Forbidden, "allowed callers"),
        ["caller not on Skill:AllowedCallers (v1)"] = ((h, a) => (h.Message(), Bearer(a.SkillToken("1.0", StrangerAppId, BotAppId))), HttpStatusCode.Forbidden, "allowed callers"),
        ["v2 token without azp"] = ((h, a) => (h.Message(), Bearer(a.Mint(a.EntraKey, a.EntraIssuerV2(), BotAppId, new Dictionary<string, object> { ["ver"] = "2.0", ["appid"] = CallerAppId }))), HttpStatusCode.Unauthorized, "names no calling app"),
        ["Entra token with no version"] = ((h, a) => (h.Message(), Bearer(a.Mint(a.EntraKey, a.EntraIssuerV2(), BotAppId, new Dictionary<string, object> { ["azp"] = CallerAppId }))), HttpStatusCode.Unauthorized, "names no calling app"),
        ["channel token signed by an Entra key"] = ((h, a) => (h.Message(), Bearer(a.ChannelToken(BotAppId, h.Channel.ServiceUrl, key: a.EntraKey))), HttpStatusCode.Unauthorized, "unknown key"),
    };

    private const string BotAuthenticationIssuer = Wire.Auth.BotAuthenticationDefaults.ChannelIssuer;

    public static TheoryData<string> Cases() => [.. Scenarios.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_InvalidCredentials_RefusedBeforeAnyTurn(string scenario)
    {
        var (build, expected, reason) = Scenarios[scenario];
        var tokenRequestsBefore = host.Authority.TokenRequests.Count;
        var repliesBefore = host.Channel.Requests.Count;
        var (activity, authorization) = build(host, host.Authority);
        using var response = await host.PostAsync(activity, authorization);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        }

        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.CallerIds);
        Assert.Equal(0, host.Bot.Turns);
        Assert.Equal(repliesBefore, host.Channel.Requests.Count);
        Assert.Equal(tokenRequestsBefore, host.Authority.TokenRequests.Count);
    }

    private static Dictionary<string, object> ServiceUrlClaim(AuthenticatedHost h) => new() { ["serviceurl"] = h.Channel.ServiceUrl };

    private static string HmacWithPublicKey(TokenAuthority authority, AuthenticatedHost h)
    {
        // The classic algorithm-confusion attack: HS256 keyed with the RSA public key's bytes.
        var publicKey = authority.ChannelKey.Rsa.ExportSubjectPublicKeyInfo();
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        return handler.CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = BotAuthenticationIssuer,
            Audience = BotAppId,
            Claims = ServiceUrlClaim(h),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(publicKey) { KeyId = authority.ChannelKey.KeyId },
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }
}
