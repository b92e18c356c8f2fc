using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Testing;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Tests.Endpoints;

/// <summary>
/// Inputs at the edges, against the real closing skill over HTTP: a byte order mark, an encoded body, and every
/// narrow-calendar locale × extreme time zone × due date at either end of the calendar × timestamp near year 1 or
/// 9999, through a whole closing. Each answer is a success or a 4xx that names the problem; never a 5xx, never the
/// error end of conversation.
/// </summary>
public sealed class EdgeInputTests : IAsyncLifetime
{
    private readonly BotHostFactory _host = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _host.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(30);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Utf8ByteOrderMark_BeforeTheJson_IsAccepted()
    {
        var json = Encoding.UTF8.GetBytes(Invoke("bom", "en-GB", null, "2026-11-27", null, null).ToJsonString());
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. json]);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await RepliesAsync(response), a => a.IsType(ActivityTypes.InvokeResponse));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("x-unknown")]
    public async Task ContentEncoding_AnyEncoding_Is415NotBadRequest(string encoding)
    {
        var json = Encoding.UTF8.GetBytes(Invoke("gz", "en-GB", null, "2026-11-27", null, null).ToJsonString());
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(json);
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add(encoding);

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(encoding, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("10000-01-01T00:00:00Z")]
    [InlineData("0000-12-31T23:59:59Z")]
    public async Task Timestamp_BeyondTheRange_Is400NamingTheField(string timestamp)
    {
        var invoke = Invoke("range", "en-GB", null, "2026-11-27", timestamp, null);

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("timestamp", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WholeClosing_EveryNarrowCalendarExtremeZoneEdgeDueDateAndTimestamp_CompletesWithoutError()
    {
        string[] locales = ["ar-SA", "fa-IR", "th-TH", "he-IL", "ja-JP", "en-US"];
        string?[] zones = ["Pacific/Kiritimati", "Etc/GMT+12", "Mars/Olympus_Mons", null];
        string[] dues = ["9999-12-31", "0001-01-01"];
        (string Utc, string Local)[] stamps =
        [
            ("0001-01-01T00:00:00Z", "0001-01-01T14:00:00+14:00"),
            ("9999-12-31T23:59:59.9999999Z", "9999-12-31T11:59:59-12:00"),
        ];
        var failures = new List<string>();
        var n = 0;
        foreach (var locale in locales)
        {
            foreach (var zone in zones)
            {
                foreach (var due in dues)
                {
                    foreach (var (utc, local) in stamps)
                    {
                        var conversation = $"edge-{++n}";
                        var said = new List<Activity>();
                        foreach (var activity in new[] { Invoke(conversation, locale, zone, due, utc, local), Message(conversation, "yes", locale, zone, utc, local), Message(conversation, "no", locale, zone, utc, local), Message(conversation, "5", locale, zone, utc, local), Message(conversation, "skip", locale, zone, utc, local), Message(conversation, "no thanks", locale, zone, utc, local) })
                        {
                            using var response = await PostAsync(activity);
                            if (response.StatusCode != HttpStatusCode.OK)
                            {
                                failures.Add($"{locale} {zone} {due} {utc}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                                break;
                            }

                            said.AddRange(await RepliesAsync(response));
                            if (said.Any(a => a.IsType(ActivityTypes.EndOfConversation)))
                            {
                                break; // "no thanks" only answers a to-go offer (a reminder for the customer's dated step), when there is one
                            }
                        }

                        var end = said.FirstOrDefault(a => a.IsType(ActivityTypes.EndOfConversation));
                        if (end?.Code != EndOfConversationCodes.CompletedSuccessfully)
                        {
                            failures.Add($"{locale} {zone} {due} {utc}: ended with {end?.Code ?? "nothing"} after \"{said.LastOrDefault(a => a.IsType(ActivityTypes.Message))?.Text}\"");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static JsonObject Address(JsonObject activity, string conversation, string locale, string? zone, string? timestamp, string? localTimestamp)
    {
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["channelId"] = "directline";
        activity["conversation"] = new JsonObject { ["id"] = conversation };
        activity["from"] = new JsonObject { ["id"] = "user-" + conversation, ["role"] = "user" };
        activity["recipient"] = new JsonObject { ["id"] = "graciousbot", ["role"] = "skill" }; // a calling bot: it gets endOfConversation
        activity["locale"] = locale;
        activity["deliveryMode"] = "expectReplies";
        if (zone is not null)
        {
            activity["localTimezone"] = zone;
        }

        if (timestamp is not null)
        {
            activity["timestamp"] = timestamp;
        }

        if (localTimestamp is not null)
        {
            activity["localTimestamp"] = localTimestamp;
        }

        return activity;
    }

    private static JsonObject Invoke(string conversation, string locale, string? zone, string due, string? timestamp, string? localTimestamp) => Address(
        new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "closeConversation",
            ["value"] = new JsonObject
            {
                ["customer"] = new JsonObject { ["name"] = "Noor", ["locale"] = locale, ["timeZone"] = zone },
                ["resolution"] = new JsonObject { ["summary"] = "We replaced the adapter." },
                ["nextSteps"] = new JsonArray(
                    new JsonObject { ["owner"] = "us", ["action"] = "ship the adapter", ["due"] = due },
                    new JsonObject { ["owner"] = "customer", ["action"] = "return the old one", ["due"] = due }),
            },
        },
        conversation,
        locale,
        zone,
        timestamp,
        localTimestamp);

    private static JsonObject Message(string conversation, string text, string locale, string? zone, string? timestamp, string? localTimestamp) =>
        Address(new JsonObject { ["type"] = "message", ["text"] = text }, conversation, locale, zone, timestamp, localTimestamp);

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        _client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    private static async Task<IReadOnlyList<Activity>> RepliesAsync(HttpResponseMessage response) =>
        JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), WireJsonContext.Default.ExpectedReplies)?.Activities ?? [];
}
