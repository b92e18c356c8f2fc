using System.Text;
using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Activity = GraciousBot.Wire.Schema.Activity;

namespace GraciousBot.Load;

/// <summary>How a reply ended the closing, read from its JSON bytes.</summary>
internal enum Ending
{
    None,
    Completed,
    Failed,
}

/// <summary>
/// Tells a closing that ended as it should (endOfConversation with completedSuccessfully, what both GraciousBot and
/// the JS reference skill send at the goodbye) from one that ended on an error (a failed turn's endOfConversation
/// with any other code, e.g. skillError), so a target that fails every turn cannot pass as fast.
/// </summary>
internal static class Endings
{
    private static readonly byte[] EndOfConversation = Encoding.UTF8.GetBytes("\"endOfConversation\"");
    private static readonly byte[] CompletedSuccessfully = Encoding.UTF8.GetBytes("\"completedSuccessfully\"");

    public static Ending Of(ReadOnlySpan<byte> json) =>
        json.IndexOf(EndOfConversation) < 0 ? Ending.None
        : json.IndexOf(CompletedSuccessfully) >= 0 ? Ending.Completed
        : Ending.Failed;
}

/// <summary>
/// Stands in for the channel's connector in normal delivery: accepts every reply with 200 and an id, and counts the
/// closings that ended well and those that ended on an error.
/// </summary>
internal sealed class CaptureChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _ended;
    private long _failed;

    private CaptureChannel(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Ended => Interlocked.Read(ref _ended);

    public long Failed => Interlocked.Read(ref _failed);

    public static async Task<CaptureChannel> StartAsync()
    {
        var builder = Slim.Builder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new CaptureChannel(app);
        var id = 0L;
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            switch (Endings.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
            {
                case Ending.Completed:
                    Interlocked.Increment(ref channel._ended);
                    break;
                case Ending.Failed:
                    Interlocked.Increment(ref channel._failed);
                    break;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($"{{\"id\":\"{Interlocked.Increment(ref id)}\"}}", Encoding.UTF8);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// The bare Kestrel floor: parses the activity with the same source-generated JSON and answers one reply, in the
/// body for expectReplies or posted to the connector for normal delivery. Nothing a bot does could be cheaper.
/// </summary>
internal static class Floor
{
    public static async Task RunAsync(int port, CancellationToken cancellationToken)
    {
        var builder = Slim.Builder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddHttpClient("connector");
        var app = builder.Build();
        var factory = app.Services.GetRequiredService<IHttpClientFactory>();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, WireJsonContext.Default.Activity, context.RequestAborted);
            if (activity?.Conversation?.Id is not { Length: > 0 } conversationId)
            {
                return Results.BadRequest();
            }

            var reply = new Activity
            {
                Type = ActivityTypes.Message,
                Text = "ok",
                ReplyToId = activity.Id,
                Conversation = activity.Conversation,
                From = activity.Recipient,
                Recipient = activity.From,
            };
            if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
            {
                var replies = new ExpectedReplies([reply]);
                return Results.Json(replies, WireJsonContext.Default.ExpectedReplies);
            }

            var url = $"{activity.ServiceUrl?.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id ?? string.Empty)}";
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(reply, WireJsonContext.Default.Activity));
            content.Headers.ContentType = new("application/json");
            using var posted = await factory.CreateClient("connector").PostAsync(url, content, context.RequestAborted);
            return Results.Ok();
        });
        Console.WriteLine($"floor listening on http://127.0.0.1:{port}/api/messages");
        await app.RunAsync(cancellationToken);
    }
}

/// <summary>
/// A slim web host that watches no files. By default the host reloads its configuration on change, which watches the
/// working directory and everything under it with inotify: started where a bot under test keeps its SQLite file, every
/// write of that bot queued an inotify event for this tool (seen as fsnotify work inside the bot's writes in a profile).
/// </summary>
internal static class Slim
{
    public static WebApplicationBuilder Builder() =>
        WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
}
