using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraciousBot.Closing.Details;
using GraciousBot.Testing;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Benchmarks;

/// <summary>
/// Whole turns through the real host and DI graph, in memory (no sockets), expectReplies, memory storage: the recap
/// turn alone, and a whole closing of five turns (recap, confirm, no other item, rating, comment and goodbye).
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private static readonly string[] Script = ["yes", "No, that's all", "5", "skip"];

    /// <summary>The load tool's realistic closing after its start: to the goodbye, the to-go offer declined.</summary>
    private static readonly string[] RealisticScript = ["yes", "No, that's all", "5", "skip", "No, thanks"];
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;
    private int _conversation;

    /// <summary>Whether the detail patterns a closing uses are all compiled, or all interpreted.</summary>
    [Params(true, false)]
    public bool Compiled { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        CompiledPatterns.Enabled = Compiled;
        CompiledPatterns.UsesBeforeCompiling = 1; // every pattern the first closing uses
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_GRACIOUSBOT_WEB", WebProjectFolder());
        _host = new BotHostFactory();
        _client = _host.CreateClient();
        WholeClosing().GetAwaiter().GetResult(); // the host starts and queues the patterns
        if (Compiled && !CompiledPatterns.WaitUntilCompiled(TimeSpan.FromMinutes(5)))
        {
            throw new TimeoutException("The detail patterns did not compile in five minutes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Benchmark]
    public Task<int> RecapTurn() => SendAsync(Start(Interlocked.Increment(ref _conversation)));

    [Benchmark(OperationsPerInvoke = 5)]
    public Task<int> WholeClosing() => PlayAsync(Script);

    /// <summary>The load tool's whole realistic closing (six turns, as tools/perf.sh compare drives it), to its end.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public Task<int> RealisticClosing() => PlayAsync(RealisticScript);

    /// <summary>A new conversation: the start, then the script's messages.</summary>
    private async Task<int> PlayAsync(string[] script)
    {
        var id = Interlocked.Increment(ref _conversation);
        var length = await SendAsync(Start(id));
        for (var i = 0; i < script.Length; i++)
        {
            length += await SendAsync(Message(id, i, script[i]));
        }

        return length;
    }

    /// <summary>The host's content root: src/GraciousBot.Web, found up the folder tree from the benchmark.</summary>
    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "GraciousBot.Web");
            if (File.Exists(Path.Combine(web, "GraciousBot.Web.csproj")))
            {
                return web;
            }
        }

        throw new DirectoryNotFoundException("src/GraciousBot.Web was not found above the benchmarks.");
    }

    private async Task<int> SendAsync(Activity activity)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, WireJsonContext.Default.Activity));
        content.Headers.ContentType = new("application/json");
        using var response = await _client.PostAsync("/api/messages", content);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException($"{(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
    }

    private static Activity Start(int id) => Base(id, "start") with { Type = ActivityTypes.Event, Name = "closeConversation", Value = Samples.Context };

    private static Activity Message(int id, int turn, string text) => Base(id, turn.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { Type = ActivityTypes.Message, Text = text };

    private static Activity Base(int id, string turn) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"act-{id}-{turn}",
        ChannelId = "webchat",
        DeliveryMode = DeliveryModes.ExpectReplies,
        From = new ChannelAccount { Id = $"user-{id}", Name = "Dana Whitfield", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "graciousbot", Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = $"bench-{id}" },
        Locale = "en-US",
        Timestamp = DateTimeOffset.UtcNow,
    };
}
