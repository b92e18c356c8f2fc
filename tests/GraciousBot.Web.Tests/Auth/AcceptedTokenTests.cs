using System.Net;
using GraciousBot.Testing;
using GraciousBot.Testing.Auth;
using GraciousBot.Wire.Auth;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>
/// The positive cases over real HTTP: a channel token, a v1 and a v2 skill token are accepted, the turn sees the
/// callerId proven by the token (never the one the sender wrote), and the reply reaches the connector with a bearer
/// token the bot obtained from the (local) token endpoint, scoped to the recipient.
/// </summary>
public sealed class AcceptedTokenTests : AuthenticatedHost
{
    private const string ChannelScope = "https://api.botframework.com/.default";

    [Fact]
    public async Task ChannelToken_Valid_TurnRunsAndReplyCarriesChannelScopedToken()
    {
        using var response = await PostAsync(Message(), Bearer(Authority.ChannelToken(BotAppId, Channel.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Bot.Turns);
        Assert.Equal(CallerIdPrefixes.Azure, Assert.Single(CallerIds));
        var reply = Assert.Single(Channel.Requests);
        var issued = Assert.Single(Authority.TokenRequests);
        Assert.Equal(ChannelScope, issued.Scope);
        Assert.Equal("botframework.com", issued.Tenant);
        Assert.Equal("client_credentials", issued.GrantType);
        Assert.Equal(BotAppId, issued.ClientId);
        Assert.Equal("Bearer " + issued.AccessToken, reply.Authorization);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task SkillToken_AllowedCaller_TurnRunsAsBotCallAndReplyIsScopedToCaller(string version)
    {
        using var response = await PostAsync(Message(), Bearer(Authority.SkillToken(version, CallerAppId, BotAppId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Bot.Turns);
        Assert.Equal(CallerIdPrefixes.BotToBot + CallerAppId, Assert.Single(CallerIds));
        var reply = Assert.Single(Channel.Requests);
        var issued = Assert.Single(Authority.TokenRequests);
        Assert.Equal(CallerAppId + "/.default", issued.Scope);
        Assert.Equal("Bearer " + issued.AccessToken, reply.Authorization);
    }

    [Fact]
    public async Task SkillToken_DefaultIssuerSpellingWithinSkew_Accepted()
    {
        // Expired two minutes ago: still inside the protocol's five minutes of clock skew.
        var token = Authority.SkillToken("2.0", CallerAppId, BotAppId, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-2));

        using var response = await PostAsync(Message(), Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Bot.Turns);
    }

    [Fact]
    public async Task EmulatorToken_OwnAppId_AcceptedLikeAChannel()
    {
        using var response = await PostAsync(Message(channelId: ChannelIds.Emulator), Bearer(Authority.SkillToken("1.0", BotAppId, BotAppId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CallerIdPrefixes.Azure, Assert.Single(CallerIds));
        Assert.Equal(ChannelScope, Assert.Single(Authority.TokenRequests).Scope);
    }

    [Fact]
    public async Task Replies_SeveralTurns_TokenIsCachedNotRequestedAgain()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync(Message($"turn {i}"), Bearer(Authority.ChannelToken(BotAppId, Channel.ServiceUrl)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var skill = await PostAsync(Message("from a bot"), Bearer(Authority.SkillToken("2.0", CallerAppId, BotAppId))))
        {
            Assert.Equal(HttpStatusCode.OK, skill.StatusCode);
        }

        Assert.Equal(4, Channel.Requests.Count);
        Assert.Single(Authority.TokenRequests, r => r.Scope == ChannelScope);
        Assert.Single(Authority.TokenRequests, r => r.Scope == CallerAppId + "/.default");
        Assert.All(Channel.Requests.Take(3), r => Assert.Equal("Bearer " + Authority.IssuedFor(ChannelScope), r.Authorization));
    }

    [Fact]
    public async Task ChannelToken_KeyRotatedAfterStart_NewKeyFetchedAndAccepted()
    {
        using (var first = await PostAsync(Message(), Bearer(Authority.ChannelToken(BotAppId, Channel.ServiceUrl))))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var readsBefore = Authority.MetadataReads;
        var rotated = Authority.PublishChannelKey(["webchat"]);

        using var second = await PostAsync(Message(), Bearer(Authority.ChannelToken(BotAppId, Channel.ServiceUrl, key: rotated)));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, Bot.Turns);
        Assert.True(Authority.MetadataReads > readsBefore, "An unknown key id should re-read the OpenID metadata.");
    }

    [Fact]
    public async Task UnknownKeyIds_Repeated_MetadataReReadAtMostOncePerInterval()
    {
        using (var first = await PostAsync(Message(), Bearer(Authority.ChannelToken(BotAppId, Channel.ServiceUrl))))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var unknown = TokenAuthority.NewKey(["webchat"]);
        var readsBefore = Authority.MetadataReads;
        for (var i = 0; i < 5; i++)
        {
            using var refused = await PostAsync(Message(), Bearer(Authority.ChannelToken(BotAppId, Channel.ServiceUrl, key: unknown)));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Equal(1, Bot.Turns);
        Assert.True(Authority.MetadataReads - readsBefore <= 1, $"Metadata was read {Authority.MetadataReads - readsBefore} times for five unknown key ids.");
    }

    [Fact]
    public async Task Connector_ServiceUrlThatNeverAuthenticated_RefusedWithoutAToken()
    {
        await using var elsewhere = await CaptureServer.StartAsync();
        var connector = Host.Services.GetRequiredService<IConnectorClient>();

        var failure = await Assert.ThrowsAsync<ConnectorAuthorizationException>(() =>
            connector.SendToConversationAsync(new ConnectorTarget(elsewhere.ServiceUrl), "conv-1", Activity.Message("hello"), CancellationToken.None));

        Assert.Contains("authenticated request", failure.Message, StringComparison.Ordinal);
        Assert.Empty(elsewhere.Requests);
        Assert.Empty(Authority.TokenRequests);
    }

    [Fact]
    public async Task Connector_ServiceUrlSeenOnAuthenticatedRequest_ProactiveSendCarriesToken()
    {
        using (var response = await PostAsync(Message(), Bearer(Authority.SkillToken("2.0", CallerAppId, BotAppId))))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var connector = Host.Services.GetRequiredService<IConnectorClient>();
        await connector.SendToConversationAsync(new ConnectorTarget(Channel.ServiceUrl, CallerAppId), "conv-1", Activity.Message("later"), CancellationToken.None);

        Assert.Equal(2, Channel.Requests.Count);
        Assert.Equal("Bearer " + Authority.IssuedFor(CallerAppId + "/.default"), Channel.Requests[1].Authorization);
    }
}
