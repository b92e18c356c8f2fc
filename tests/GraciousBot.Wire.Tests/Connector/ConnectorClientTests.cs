using System.Net;
using GraciousBot.Testing;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraciousBot.Wire.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private CaptureServer _server = null!;

    public async Task InitializeAsync() => _server = await CaptureServer.StartAsync("/api/skills");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static ConnectorClient Client(int maxRetries = 4, IConnectorCredentials? credentials = null) => new(
        new HttpClient(),
        credentials ?? AnonymousConnectorCredentials.Instance,
        new ConnectorOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(2) },
        NullLogger<ConnectorClient>.Instance);

    [Fact]
    public async Task ReplyToActivity_TeamsConversationId_IsEscapedInThePath()
    {
        var client = Client();

        var response = await client.ReplyToActivityAsync(new ConnectorTarget(_server.ServiceUrl), "19:abc@thread.tacv2;messageid=17", "1:1ab/c", Activity.Message("hi"), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/api/skills/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/1%3A1ab%2Fc", request.Path);
        Assert.Equal("POST", request.Method);
        Assert.Equal("hi", request.Activity!.Text);
        Assert.Equal("captured-1", response.Id);
        Assert.Null(request.Authorization);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendToConversation_ServiceUrlWithOrWithoutTrailingSlash_HitsTheSamePath(bool trailingSlash)
    {
        var serviceUrl = trailingSlash ? _server.ServiceUrl : _server.ServiceUrl.TrimEnd('/');

        await Client().SendToConversationAsync(new ConnectorTarget(serviceUrl), "conv-1", Activity.Message("hi"), CancellationToken.None);

        Assert.Equal("/api/skills/v3/conversations/conv-1/activities", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task Send_429WithRetryAfterThen503_RetriesUntilSuccessHonouringRetryAfter()
    {
        _server.Enqueue(new CannedResponse(HttpStatusCode.TooManyRequests, RetryAfterSeconds: 1), new CannedResponse(HttpStatusCode.ServiceUnavailable));

        var response = await Client().SendToConversationAsync(new ConnectorTarget(_server.ServiceUrl), "conv-1", Activity.Message("hi"), CancellationToken.None);

        var requests = _server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"waited only {(requests[1].At - requests[0].At).TotalMilliseconds} ms after Retry-After: 1");
        Assert.Equal("captured-1", response.Id);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_TransientStatus_IsRetried(HttpStatusCode status)
    {
        _server.Enqueue(new CannedResponse(status));

        await Client().SendToConversationAsync(new ConnectorTarget(_server.ServiceUrl), "conv-1", Activity.Message("hi"), CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Send_OtherClientError_IsNotRetriedAndSurfacesConnectorError(HttpStatusCode status)
    {
        _server.Enqueue(new CannedResponse(status, """{"error":{"code":"BadArgument","message":"Activity text too long"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(new ConnectorTarget(_server.ServiceUrl), "conv-1", Activity.Message("hi"), CancellationToken.None));

        Assert.Single(_server.Requests);
        Assert.Equal(status, error.Status);
        Assert.Equal("BadArgument", error.ErrorCode);
        Assert.Equal("Activity text too long", error.ErrorMessage);
    }

    [Fact]
    public async Task Send_AlwaysFailing_GivesUpAfterMaxRetries()
    {
        _server.Enqueue(Enumerable.Repeat(new CannedResponse(HttpStatusCode.ServiceUnavailable), 10).ToArray());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(maxRetries: 2).SendToConversationAsync(new ConnectorTarget(_server.ServiceUrl), "conv-1", Activity.Message("hi"), CancellationToken.None));

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
    }

    [Fact]
    public async Task UpdateDeleteCreateAndMembers_UseTheirRoutes()
    {
        var client = Client();
        var target = new ConnectorTarget(_server.ServiceUrl);
        _server.Enqueue(
            new CannedResponse(HttpStatusCode.OK, """{"id":"updated"}"""),
            new CannedResponse(HttpStatusCode.OK),
            new CannedResponse(HttpStatusCode.Created, """{"id":"new-conv","activityId":"a1"}"""),
            new CannedResponse(HttpStatusCode.OK, """[{"id":"u1","name":"Dana"}]"""));

        await client.UpdateActivityAsync(target, "c 1", "a1", Activity.Message("edited"), CancellationToken.None);
        await client.DeleteActivityAsync(target, "c 1", "a1", CancellationToken.None);
        var created = await client.CreateConversationAsync(target, new ConversationParameters { Members = [ChannelAccount.Of("u1")] }, CancellationToken.None);
        var members = await client.GetConversationMembersAsync(target, "c 1", CancellationToken.None);

        Assert.Equal(["PUT /api/skills/v3/conversations/c%201/activities/a1", "DELETE /api/skills/v3/conversations/c%201/activities/a1", "POST /api/skills/v3/conversations", "GET /api/skills/v3/conversations/c%201/members"], _server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("new-conv", created.Id);
        Assert.Equal("Dana", Assert.Single(members).Name);
    }

    [Fact]
    public async Task Credentials_AreAttachedToEveryCall()
    {
        var client = Client(credentials: new FixedCredentials("Bearer abc"));

        await client.SendToConversationAsync(new ConnectorTarget(_server.ServiceUrl, "root-app"), "c", Activity.Message("hi"), CancellationToken.None);

        Assert.Equal("Bearer abc", Assert.Single(_server.Requests).Authorization);
    }

    private sealed class FixedCredentials(string value) : IConnectorCredentials
    {
        public ValueTask<string?> GetAuthorizationAsync(ConnectorTarget target, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(value);
    }
}
