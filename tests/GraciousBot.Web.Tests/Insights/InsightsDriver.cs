using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Runtime.Templates;
using GraciousBot.Testing;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Web.Tests.Insights;

/// <summary>
/// Drives closings through <c>POST /api/messages</c> the way a caller would (normal delivery, replies captured by a
/// local channel), and reads the insights API with the admin key.
/// </summary>
public sealed class InsightsDriver : IAsyncDisposable
{
    public const string AdminKey = "lead-key-123";

    public const string Minimal = """{ "customer": { "name": "Lee" }, "case": { "title": "Password reset", "category": "account" } }""";

    public const string TwoDetails = """
        {
          "customer": { "name": "Sam", "locale": "en-US", "timeZone": "America/New_York" },
          "case": { "title": "Phone won't charge", "category": "hardware" },
          "resolution": { "summary": "We replaced the charging cable under warranty." },
          "transcript": [ { "type": "message", "from": { "role": "user" }, "text": "I need it working by Saturday, it's my daughter's birthday party and I'm taking the photos" } ],
          "notes": [ "Customer is flying to Denver next month." ]
        }
        """;

    private int _ids;

    private InsightsDriver(BotHostFactory host, CaptureServer channel, FakeTimeProvider? clock)
    {
        Host = host;
        Channel = channel;
        Clock = clock;
        Client = host.CreateClient();
        Client.Timeout = TimeSpan.FromSeconds(20);
    }

    public BotHostFactory Host { get; }

    public CaptureServer Channel { get; }

    public FakeTimeProvider? Clock { get; }

    public HttpClient Client { get; }

    public static async Task<InsightsDriver> StartAsync(FakeTimeProvider? clock, Action<BotHostFactory>? configure = null)
    {
        var channel = await CaptureServer.StartAsync("/channel");
        var host = new BotHostFactory()
            .With("Admin:ApiKey", AdminKey)
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<IVariantPicker>(new FirstVariantPicker())));
        if (clock is not null)
        {
            host.WithClock(clock);
        }

        configure?.Invoke(host);
        return new InsightsDriver(host, channel, clock);
    }

    /// <summary>A conversation with GraciousBot: as a calling bot (role "skill") or as a channel talking to it directly (role "bot").</summary>
    public Conversation Open(string channelId = ChannelIds.WebChat, string role = RoleTypes.Skill, string locale = "en-GB", string? userId = null) =>
        new(this, channelId, role, locale, userId ?? "user-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task<JsonElement> SummaryAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/insights/summary?" + query);
        request.Headers.Add("X-Admin-Key", AdminKey);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"summary answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<(HttpStatusCode Status, string Body, string? ContentType)> GetAsync(string path, string? key = AdminKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }

    public sealed class Conversation(InsightsDriver driver, string channelId, string role, string locale, string userId)
    {
        public string Id { get; } = "insights-" + Guid.NewGuid().ToString("N")[..12];

        public string UserId => userId;

        /// <summary>Everything the bot posted in this conversation so far.</summary>
        public IReadOnlyList<Activity> Sent => [.. driver.Channel.Requests
            .Where(r => r.Method == "POST" && r.Path.Contains("/conversations/" + Id + "/", StringComparison.Ordinal))
            .Select(r => r.Activity!)];

        public Activity? End => Sent.LastOrDefault(a => a.IsType(ActivityTypes.EndOfConversation));

        public Task<IReadOnlyList<Activity>> StartAsync(string contextJson) => PostAsync(Activity.Event("closeConversation", JsonDocument.Parse(contextJson).RootElement.Clone()));

        public Task<IReadOnlyList<Activity>> SayAsync(string text) => PostAsync(Activity.Message(text));

        public Task<IReadOnlyList<Activity>> EventAsync(string name, string valueJson) => PostAsync(Activity.Event(name, JsonDocument.Parse(valueJson).RootElement.Clone()));

        /// <summary>Says each line in turn.</summary>
        public async Task SayAllAsync(params string[] lines)
        {
            foreach (var line in lines)
            {
                await SayAsync(line);
            }
        }

        public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
        {
            var before = Sent.Count;
            var addressed = activity with
            {
                Id = $"in-{Interlocked.Increment(ref driver._ids)}",
                ChannelId = channelId,
                ServiceUrl = driver.Channel.ServiceUrl,
                Conversation = ConversationAccount.Of(Id),
                From = ChannelAccount.Of(userId, "Customer", RoleTypes.User),
                Recipient = ChannelAccount.Of("graciousbot", "GraciousBot", role),
                Locale = locale,
                Timestamp = driver.Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow,
            };
            using var content = new StringContent(JsonSerializer.Serialize(addressed, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json");
            using var response = await driver.Client.PostAsync("/api/messages", content);
            Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return [.. Sent.Skip(before)];
        }
    }
}
