using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private Process? _bot;

    [Fact]
    public async Task KilledMidConversation_RestartedOnTheSameFile_ContinuesFromTheLastCompletedTurn()
    {
        var url = await StartAsync();
        var asked = await SendAsync(url, Activity.Event("closeConversation", JsonDocument.Parse("""{"customer":{"name":"Lee"}}""").RootElement));
        Assert.Equal(["Yes", "No"], asked.Last().SuggestedActions!.Actions!.Select(a => a.Title));
        var afterYes = await SendAsync(url, Activity.Message("yes"));
        Assert.Contains("anything else", afterYes.Last().Text, StringComparison.Ordinal);

        _bot!.Kill(entireProcessTree: true);
        await _bot.WaitForExitAsync();
        url = await StartAsync();

        var afterNo = await SendAsync(url, Activity.Message("no"));
        Assert.Contains("5 (excellent)", Assert.Single(afterNo).Text, StringComparison.Ordinal);
    }

    private async Task<string> StartAsync()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var app = Path.Combine(AppContext.BaseDirectory, "GraciousBot.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[]
        {
            app, "--urls", url, "--Storage:Provider", "Sqlite", "--Storage:SqlitePath", Path.Combine(_folder, "bot.db"),
            "--DirectLine:Enabled", "false", "--Dialogs:Path", Path.Combine(AppContext.BaseDirectory, "dialogs"), "--Logging:LogLevel:Default", "Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        _bot = Process.Start(start)!;
        _bot.OutputDataReceived += (_, _) => { };
        _bot.ErrorDataReceived += (_, _) => { };
        _bot.BeginOutputReadLine();
        _bot.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await _http.GetAsync($"{url}/readyz")).IsSuccessStatusCode)
                {
                    return url;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.False(_bot.HasExited, "The bot process exited during start-up.");
            await Task.Delay(200);
        }

        throw new TimeoutException("The bot process did not become ready within 30 s.");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_bot is { HasExited: false })
        {
            _bot.Kill(entireProcessTree: true);
        }

        _bot?.Dispose();
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
