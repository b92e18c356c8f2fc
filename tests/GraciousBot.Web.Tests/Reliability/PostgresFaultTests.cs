using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Testing;
using GraciousBot.Testing.Postgres;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Npgsql;
using Xunit.Abstractions;

namespace GraciousBot.Web.Tests.Reliability;

/// <summary>
/// The real host on a real PostgreSQL that fails underneath it: stopped and started again in the middle of 64
/// concurrent closings, or made read-only. Every turn is applied exactly once; while storage is away the bot answers
/// 503 with Retry-After and applies nothing.
/// </summary>
public sealed class PostgresFaultTests(ITestOutputHelper output)
{
    private const int Callers = 64;

    [Fact]
    public async Task ServerRestartedInTheMiddleOf64Closings_EveryClosingCompletesWithItsOwnResult()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var server = PostgresServer.StartDedicated();
        var connectionString = server.CreateDatabase("faults");
        await using var host = new BotHostFactory()
            .With("Storage:Provider", "Postgres")
            .With("Storage:PostgresConnectionString", connectionString + ";Timeout=5;Command Timeout=10");
        var url = host.StartOnLoopback();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var driver = new ClosingDriver(http, url);

        var closings = Enumerable.Range(1, Callers).Select(i => Task.Run(() => driver.RunClosingAsync(i, timeout.Token))).ToList();
        await driver.WhenAppliedAsync(Callers * 5 / 3, closings, timeout.Token);
        var appliedBefore = driver.Applied;
        server.StopServer();
        await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        server.StartServer();

        var ends = await Task.WhenAll(closings);

        output.WriteLine($"Stopped after {appliedBefore} turns; {driver.Retries} retries; {driver.Applied} turns answered.");
        Assert.Equal(Callers, ends.Length);
        Assert.Equal(Callers * 5, driver.Applied);
        Assert.True(driver.Retries > 0, "The restart was not noticed: the test did not test anything.");
    }

    [Fact]
    public async Task ReadOnlyDatabase_Gives503sWithRetryAfter_AndTheConversationResumesIntact()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = PostgresServer.Shared;
        var database = $"readonly_{Guid.NewGuid():N}";
        var connectionString = server.CreateDatabase(database);
        await using var host = new BotHostFactory()
            .With("Storage:Provider", "Postgres")
            .With("Storage:PostgresConnectionString", connectionString);
        using var http = host.CreateClient();
        var driver = new ClosingDriver(http, string.Empty);
        var asked = await driver.SendAsync("ro-1", 1, Activity.Event("closeConversation", JsonDocument.Parse("""{"customer":{"name":"Ro"}}""").RootElement), timeout.Token);
        Assert.True(ClosingDriver.Says(asked, ClosingDriver.ConfirmAsked));

        await SetReadOnlyAsync(server, database, readOnly: true);
        var yes = Incoming("ro-1", Activity.Message("yes"));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var refused = await http.PostAsync("/api/messages", Json(yes), timeout.Token);
            var body = await refused.Content.ReadAsStringAsync(timeout.Token);
            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)refused.StatusCode} {body}");
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.DoesNotContain("went wrong", body, StringComparison.OrdinalIgnoreCase);
        }

        // Writable again. The first attempts may still meet a session the switch cut (503 too): retry as a channel does.
        await SetReadOnlyAsync(server, database, readOnly: false);
        HttpResponseMessage accepted;
        for (var attempt = 1; ; attempt++)
        {
            accepted = await http.PostAsync("/api/messages", Json(yes), timeout.Token);
            if (accepted.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 10)
            {
                break;
            }

            accepted.Dispose();
            await Task.Delay(100, timeout.Token);
        }

        using var _ = accepted;
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var replies = JsonSerializer.Deserialize(await accepted.Content.ReadAsStringAsync(timeout.Token), WireJsonContext.Default.ExpectedReplies)!.Activities;

        // The "yes" answered the question it was asked: the dialog was untouched by the failures.
        Assert.True(ClosingDriver.Says(replies, "anything else"), "The answer did not continue the dialog where it was.");
        Assert.Contains("5 (excellent)", (await driver.SendAsync("ro-1", 1, Activity.Message("no"), timeout.Token)).Last().Text, StringComparison.Ordinal);
    }

    /// <summary>Every new session of the database is read-only (or not); the bot's pooled sessions are cut so they see it.</summary>
    private static async Task SetReadOnlyAsync(PostgresServer server, string database, bool readOnly)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString);
        await admin.OpenAsync();
        await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" SET default_transaction_read_only = {(readOnly ? "on" : "off")}", admin);
        await alter.ExecuteNonQueryAsync();
        await using var cut = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", admin);
        cut.Parameters.Add(new NpgsqlParameter<string> { TypedValue = database });
        await cut.ExecuteNonQueryAsync();
    }

    private static Activity Incoming(string conversation, Activity activity) => activity with
    {
        Id = Guid.NewGuid().ToString("N"),
        DeliveryMode = DeliveryModes.ExpectReplies,
        ChannelId = "webchat",
        Conversation = ConversationAccount.Of(conversation),
        From = ChannelAccount.Of("caller-1"),
        Recipient = ChannelAccount.Of("bot", role: RoleTypes.Skill), // a calling bot addresses the skill: it gets endOfConversation
        Locale = "en-GB",
    };

    private static StringContent Json(Activity activity) =>
        new(JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json");
}
