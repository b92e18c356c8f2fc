using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Web.Tests.DirectLine;

/// <summary>Floods, token expiry and memory bounds, with small limits and (where time matters) a fake clock.</summary>
public sealed class DirectLineLimitsTests
{
    [Fact]
    public async Task PostActivity_WhenFlooded_Answers429WithRetryAfter()
    {
        await using var host = DirectLineHost.Start(settings: [("DirectLine:PostBurst", "3"), ("DirectLine:PostsPerSecond", "0.2")]);
        var conversation = await host.Client.StartAsync();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? throttled = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await host.Client.PostMessageAsync(conversation, $"m{i}", $"c{i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && throttled is null)
            {
                throttled = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        using (throttled)
        {
            var retryAfter = throttled!.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.True(retryAfter >= TimeSpan.FromSeconds(1));
        }

        // Refused posts never reached the conversation or the bot.
        Assert.Equal(6, (await host.Client.GetActivitiesAsync(conversation)).Activities.Count);
    }

    [Fact]
    public async Task StartConversation_WhenFlooded_Answers429WithRetryAfter()
    {
        await using var host = DirectLineHost.Start(settings: [("DirectLine:StartBurst", "2"), ("DirectLine:StartsPerSecond", "0.1")]);

        using var first = await host.Client.SendAsync(HttpMethod.Post, "tokens/generate", null, "{}");
        using var second = await host.Client.SendAsync(HttpMethod.Post, "conversations", null, "{}");
        using var third = await host.Client.SendAsync(HttpMethod.Post, "conversations", null, "{}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task ExpiredToken_Is403_AndARefreshedTokenKeepsWorking()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var host = DirectLineHost.Start(clock, ("DirectLine:TokenLifetime", "00:10:00"), ("DirectLine:ConversationIdleExpiry", "02:00:00"));
        var conversation = await host.Client.StartAsync();
        Assert.Equal(600, conversation.ExpiresIn);

        clock.Advance(TimeSpan.FromMinutes(6));
        using var refresh = await host.Client.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);
        var refreshed = conversation with { Token = (await DirectLineTestClientExtensions.ReadTokenAsync(refresh))! };

        clock.Advance(TimeSpan.FromMinutes(5));
        await DirectLineProtocolTests.AssertErrorAsync(HttpStatusCode.Forbidden, await host.Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities?watermark=", conversation.Token));
        await DirectLineProtocolTests.AssertErrorAsync(HttpStatusCode.Forbidden, await host.Client.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token));
        Assert.Empty((await host.Client.GetActivitiesAsync(refreshed)).Activities);
    }

    [Fact]
    public async Task IdleConversations_Expire_AndAreForgotten()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var host = DirectLineHost.Start(clock, ("DirectLine:ConversationIdleExpiry", "00:05:00"));
        var idle = await host.Client.StartAsync();
        var busy = await host.Client.StartAsync();
        Assert.Equal(2, host.Store.ConversationCount);

        clock.Advance(TimeSpan.FromMinutes(3));
        await host.Client.PostMessageIdAsync(busy, "still here", "c1");
        clock.Advance(TimeSpan.FromMinutes(3));

        await DirectLineProtocolTests.AssertErrorAsync(HttpStatusCode.NotFound, await host.Client.SendAsync(HttpMethod.Get, $"conversations/{idle.ConversationId}/activities?watermark=", idle.Token));
        Assert.Equal(2, (await host.Client.GetActivitiesAsync(busy)).Activities.Count);

        // The janitor forgets the rest without anyone asking, and their tokens with them.
        clock.Advance(TimeSpan.FromMinutes(6));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (host.Store.ConversationCount > 0 && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        Assert.Equal(0, host.Store.ConversationCount);
        Assert.Equal(0, host.Store.TokenCount);
    }

    [Fact]
    public async Task Memory_IsBounded_ByConversationAndActivityCaps()
    {
        await using var host = DirectLineHost.Start(settings:
        [
            ("DirectLine:MaxConversations", "3"),
            ("DirectLine:MaxActivitiesPerConversation", "10"),
            ("DirectLine:PostBurst", "100"),
        ]);

        var conversations = new List<DlConversation>();
        for (var i = 0; i < 5; i++)
        {
            conversations.Add(await host.Client.StartAsync());
        }

        Assert.Equal(3, host.Store.ConversationCount);
        await DirectLineProtocolTests.AssertErrorAsync(HttpStatusCode.NotFound, await host.Client.SendAsync(HttpMethod.Get, $"conversations/{conversations[0].ConversationId}/activities?watermark=", conversations[0].Token));

        var latest = conversations[^1];
        for (var i = 0; i < 8; i++)
        {
            await host.Client.PostMessageIdAsync(latest, $"m{i}", $"c{i}");
        }

        var set = await host.Client.GetActivitiesAsync(latest);
        Assert.Equal(10, set.Activities.Count);
        Assert.Equal("16", set.Watermark);
        Assert.Equal("echo: m7", set.Activities[^1]["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Disabled_ServesNeitherDirectLineNorThePage()
    {
        await using var host = DirectLineHost.Start(settings: ("DirectLine:Enabled", "false"));

        using var start = await host.Client.SendAsync(HttpMethod.Post, "conversations", null, "{}");
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var page = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}

internal static class DirectLineTestClientExtensions
{
    public static async Task<string?> ReadTokenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())?["token"]?.GetValue<string>();
    }
}
