using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Activity = GraciousBot.Wire.Schema.Activity;

namespace GraciousBot.Web.Tests.Hosting;

/// <summary>
/// The real app as its own process on a SQLite file: killed (SIGKILL) in the middle of a closing and started again,
/// the conversation carries on from the last completed turn.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graciousbot-crash-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly BotProcess _bot;

    public CrashRecoveryTests() => _bot = new BotProcess(_folder);

    [Fact]
    public async Task KilledMidConversation_RestartedOnTheSameFile_ContinuesFromTheLastCompletedTurn()
    {
        await _bot.StartAsync();
        var url = _bot.Url;
        var asked = await SendAsync(url, Activity.Event("closeConversation", JsonDocument.Parse("""{"customer":{"name":"Lee"}}""").RootElement));
        Assert.Equal(["Yes", "No"], asked.Last().SuggestedActions!.Actions!.Select(a => a.Title));
        var afterYes = await SendAsync(url, Activity.Message("yes"));
        Assert.Contains("anything else", afterYes.Last().Text, StringComparison.Ordinal);

        await _bot.KillAsync();
        await _bot.StartAsync();

        var afterNo = await SendAsync(url, Activity.Message("no"));
        Assert.Contains("5 (excellent)", Assert.Single(afterNo).Text, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(string url, Activity activity)
    {
        var incoming = activity with
        {
            Id = Guid.NewGuid().ToString("N"),
            DeliveryMode = DeliveryModes.ExpectReplies,
            ChannelId = "webchat",
            Conversation = ConversationAccount.Of("crash-1"),
            From = ChannelAccount.Of("lee"),
            Recipient = ChannelAccount.Of("bot"),
            Locale = "en-GB",
        };
        using var response = await _http.PostAsync($"{url}/api/messages", new StringContent(JsonSerializer.Serialize(incoming, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), WireJsonContext.Default.ExpectedReplies)!;
        return [.. replies.Activities.Where(a => a.IsType(ActivityTypes.Message))];
    }

    public void Dispose()
    {
        _bot.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
