using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraciousBot.Web.Tests.Endpoints;

public sealed class AdminEndpointsTests
{
    [Fact]
    public async Task DeleteUser_WithoutConfiguredKey_IsNotThere()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.DeleteAsync("/admin/users/webchat/dana");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DeleteUser_WrongKey_Is401AndKeepsTheData()
    {
        await using var host = new BotHostFactory().With("Admin:ApiKey", "s3cret");
        var store = host.Services.GetRequiredService<IStateStore>();
        await store.WriteAsync([new StateWrite(TurnState.UserKey("webchat", "dana"), "{}", null)], CancellationToken.None);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "guess");

        var response = await client.DeleteAsync("/admin/users/webchat/dana");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(await store.ReadAsync([TurnState.UserKey("webchat", "dana")], CancellationToken.None));
    }

    [Fact]
    public async Task DeleteUser_RightKey_ForgetsTheCustomer()
    {
        await using var host = new BotHostFactory().With("Admin:ApiKey", "s3cret");
        var store = host.Services.GetRequiredService<IStateStore>();
        await store.WriteAsync([new StateWrite(TurnState.UserKey("webchat", "dana"), """{"closing.customer":{"lastRatedAt":"2026-11-20T10:00:00Z"}}""", null)], CancellationToken.None);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "s3cret");

        var response = await client.DeleteAsync("/admin/users/webchat/dana");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("deleted").GetInt32());
        Assert.Empty(await store.ReadAsync([TurnState.UserKey("webchat", "dana")], CancellationToken.None));
    }

    [Fact]
    public async Task DeleteUserDataActivity_ForgetsTheCustomer()
    {
        await using var host = new BotHostFactory();
        var store = host.Services.GetRequiredService<IStateStore>();
        await store.WriteAsync([new StateWrite(TurnState.UserKey("webchat", "dana"), """{"closing.customer":{"lastGoodbye":"Bye"}}""", null)], CancellationToken.None);
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(
            """{"type":"deleteUserData","channelId":"webchat","conversation":{"id":"c1"},"from":{"id":"dana"},"recipient":{"id":"bot"},"deliveryMode":"expectReplies"}""",
            Encoding.UTF8,
            "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await store.ReadAsync([TurnState.UserKey("webchat", "dana")], CancellationToken.None));
    }
}
