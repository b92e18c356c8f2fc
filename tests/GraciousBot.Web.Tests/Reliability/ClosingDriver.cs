using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.Reliability;

/// <summary>
/// Drives whole closings against a running bot the way a root bot's skill dialog does (expectReplies), and retries
/// like a channel: the same activity (same id) again after a 503 (honouring Retry-After) or a dropped connection,
/// until it is answered. Each closing checks every answer it gets, so a lost turn or a turn applied twice shows.
/// </summary>
internal sealed class ClosingDriver(HttpClient http, string url)
{
    private int _applied;
    private int _retries;

    /// <summary>Turns answered with 200 so far (all callers).</summary>
    public int Applied => Volatile.Read(ref _applied);

    /// <summary>How many times an activity had to be sent again.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>
    /// Completes when <see cref="Applied"/> reaches a number (to inject a fault in the middle), or when the closings
    /// have all ended (a failing closing must fail the test at once, not after its time-out).
    /// </summary>
    public async Task WhenAppliedAsync(int count, IReadOnlyList<Task> closings, CancellationToken cancellationToken)
    {
        var reached = Task.Run(async () =>
        {
            while (Applied < count)
            {
                await Task.Delay(10, cancellationToken);
            }
        }, cancellationToken);
        if (await Task.WhenAny(reached, Task.WhenAll(closings)) != reached)
        {
            await Task.WhenAll(closings);
        }
    }

    /// <summary>One whole closing for caller <paramref name="caller"/>; returns its endOfConversation.</summary>
    public async Task<Activity> RunClosingAsync(int caller, CancellationToken cancellationToken)
    {
        var conversation = $"closing-{caller}-{Guid.NewGuid():N}";
        var comment = $"caller {caller} says thanks";

        var asked = await SendAsync(conversation, caller, Activity.Event("closeConversation", JsonDocument.Parse("{\"customer\":{\"name\":\"Caller" + caller + "\"}}").RootElement), cancellationToken);
        Expect(asked, ConfirmAsked, caller, 1);
        Expect(await SendAsync(conversation, caller, Activity.Message("yes"), cancellationToken), ["anything else"], caller, 2);
        Expect(await SendAsync(conversation, caller, Activity.Message("no"), cancellationToken), ["5 (excellent)"], caller, 3);
        Expect(await SendAsync(conversation, caller, Activity.Message("5"), cancellationToken), ["anything you'd like to tell us", "anything you'd like to add"], caller, 4);
        var last = await SendAsync(conversation, caller, Activity.Message(comment), cancellationToken);

        var end = Assert.Single(last, a => a.IsType(ActivityTypes.EndOfConversation));
        Assert.Equal(EndOfConversationCodes.CompletedSuccessfully, end.Code);
        var result = end.Value!.Value;
        Assert.Equal(5, result.GetProperty("rating").GetInt32());
        Assert.Equal(comment, result.GetProperty("comment").GetString());
        Assert.Equal("confirmed", result.GetProperty("resolution").GetString());
        return end;
    }

    /// <summary>Sends an activity until it is answered with 200; returns the replies.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(string conversation, int caller, Activity activity, CancellationToken cancellationToken)
    {
        var incoming = activity with
        {
            Id = Guid.NewGuid().ToString("N"),
            DeliveryMode = DeliveryModes.ExpectReplies,
            ChannelId = "webchat",
            ServiceUrl = "http://127.0.0.1:9/unused/",
            Conversation = ConversationAccount.Of(conversation),
            From = ChannelAccount.Of($"caller-{caller}"),
            Recipient = ChannelAccount.Of("bot", role: RoleTypes.Skill), // a calling bot addresses the skill: it gets endOfConversation
            Locale = "en-GB",
        };
        var json = JsonSerializer.Serialize(incoming, WireJsonContext.Default.Activity);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var response = await http.PostAsync($"{url}/api/messages", new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Assert.NotNull(response.Headers.RetryAfter?.Delta);
                    Interlocked.Increment(ref _retries);
                    await Task.Delay(response.Headers.RetryAfter!.Delta!.Value, cancellationToken);
                    continue;
                }

                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"Caller {caller}: {(int)response.StatusCode} {body}");
                Interlocked.Increment(ref _applied);
                var replies = JsonSerializer.Deserialize(body, WireJsonContext.Default.ExpectedReplies)!.Activities;
                Assert.DoesNotContain(replies, a => a.IsType(ActivityTypes.EndOfConversation) && a.Code == EndOfConversationCodes.Error);
                return replies;
            }
            catch (Exception dropped) when (dropped is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The bot went away (killed, restarting): a channel sends the same activity again.
                Interlocked.Increment(ref _retries);
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    /// <summary>The variants of "did that resolve your issue?" (dialogs/closing.en.lg, closing.confirm.ask).</summary>
    public static readonly string[] ConfirmAsked = ["resolve your issue", "sorted things out", "working as it should", "taken care of", "fix the problem"];

    /// <summary>True when one of the replies says one of the phrases (the bot picks among several wordings).</summary>
    public static bool Says(IReadOnlyList<Activity> replies, params string[] phrases) =>
        replies.Where(a => a.IsType(ActivityTypes.Message)).Any(a => phrases.Any(p => (a.Text ?? string.Empty).Contains(p, StringComparison.OrdinalIgnoreCase)));

    private static void Expect(IReadOnlyList<Activity> replies, string[] phrases, int caller, int turn)
    {
        var texts = replies.Where(a => a.IsType(ActivityTypes.Message)).Select(a => a.Text ?? string.Empty);
        Assert.True(Says(replies, phrases), $"Caller {caller}, turn {turn}: expected one of \"{string.Join("\", \"", phrases)}\" in [{string.Join(" | ", texts)}]");
    }
}
