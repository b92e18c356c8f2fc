using System.Net;
using GraciousBot.Testing;
using GraciousBot.Wire.Auth;

namespace GraciousBot.Wire.Tests.Auth;

/// <summary>Process-wide environment variables: nothing else runs while these tests set them.</summary>
[CollectionDefinition(nameof(ManagedIdentityEnvironment), DisableParallelization = true)]
public sealed class ManagedIdentityEnvironment;

/// <summary>
/// MicrosoftAppType=UserAssignedMsi: the token comes from the managed identity endpoint App Service provides
/// (IDENTITY_ENDPOINT + IDENTITY_HEADER), here a local capture server, for the identity's client id and the resource.
/// </summary>
[Collection(nameof(ManagedIdentityEnvironment))]
public sealed class ManagedIdentityTokenSourceTests
{
    private const string ClientId = "7d3c1b2a-4e5f-4a6b-9c8d-0e1f2a3b4c5d";

    [Fact]
    public async Task UserAssignedMsi_AppServiceEndpoint_TokenForResourceAndClientId()
    {
        await using var endpoint = await CaptureServer.StartAsync();
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        endpoint.Enqueue(new CannedResponse(HttpStatusCode.OK, $$"""{"access_token":"msi-token-1","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"{{ClientId}}"}"""));
        var previous = (Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT"), Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpoint.ServiceUrl + "msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "header-secret");
        try
        {
            using var http = new HttpClient();
            var source = new ManagedIdentityTokenSource(
                new BotAuthenticationOptions { MicrosoftAppType = MicrosoftAppTypes.UserAssignedMsi, MicrosoftAppId = ClientId, MicrosoftAppTenantId = "3e1a4f5c-9b2d-4c6e-8f7a-0b1c2d3e4f5a" },
                new MsalHttpClients(() => http));

            var token = await source.GetTokenAsync("https://api.botframework.com/.default", CancellationToken.None);
            var again = await source.GetTokenAsync("https://api.botframework.com/.default", CancellationToken.None);

            Assert.Equal("msi-token-1", token);
            Assert.Equal(token, again);
            var request = Assert.Single(endpoint.Requests);
            var query = Uri.UnescapeDataString(request.Path);
            Assert.StartsWith("/msi/token?", query, StringComparison.Ordinal);
            Assert.Contains("resource=https://api.botframework.com&", query, StringComparison.Ordinal);
            Assert.Contains("client_id=" + ClientId, query, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", previous.Item1);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", previous.Item2);
        }
    }
}
