using System.Net;
using GraciousBot.Testing;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>Authentication on, but the channel's OpenID metadata cannot be reached (nothing listens there).</summary>
public sealed class UnreachableMetadataHost : AuthenticatedHost
{
    protected override BotHostFactory Configure(BotHostFactory host) =>
        host.With("ToBotFromChannelOpenIdMetadataUrl", "https://127.0.0.1:1/v1/.well-known/openidconfiguration");
}

/// <summary>
/// When the signing keys cannot be read, a token cannot be judged either way: the sender gets 503 with Retry-After
/// (channels retry that), not a 401 that would be read as "your token is bad". No turn runs.
/// </summary>
public sealed class KeysUnavailableTests(UnreachableMetadataHost host) : IClassFixture<UnreachableMetadataHost>
{
    [Fact]
    public async Task ChannelToken_WhileKeysAreUnreachable_Is503WithRetryAfterAndNoTurn()
    {
        var token = host.Authority.ChannelToken(AuthenticatedHost.BotAppId, host.Channel.ServiceUrl);

        using var response = await host.PostAsync(host.Message(), AuthenticatedHost.Bearer(token));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(0, host.Bot.Turns);
        Assert.Empty(host.Channel.Requests);
    }
}
