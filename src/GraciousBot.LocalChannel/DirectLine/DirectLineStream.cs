using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace GraciousBot.LocalChannel;

/// <summary>
/// The WebSocket stream: frames of <c>{"activities": [...], "watermark": "N"}</c> as the conversation grows, an empty
/// frame when it has been quiet for a while (keep-alive), and the client's empty pings read and ignored. The token
/// travels in the query (<c>t</c>) because browsers cannot set headers on a WebSocket. When the conversation is
/// forgotten the stream closes; the client then reconnects, gets 404, and shows the conversation as ended.
/// </summary>
internal static class DirectLineStream
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    public static async Task HandleAsync(
        HttpContext http,
        string conversationId,
        DirectLineStore store,
        TimeProvider time,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineStore> logger)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineEndpoints.Error(logger, HttpStatusCode.BadRequest, "BadArgument", "This is a WebSocket endpoint.").ExecuteAsync(http);
            return;
        }

        var token = http.Request.Query["t"].ToString();
        if (string.IsNullOrEmpty(token))
        {
            token = DirectLineEndpoints.BearerToken(http.Request) ?? string.Empty;
        }

        switch (store.Check(token, conversationId))
        {
            case TokenCheck.Forbidden forbidden:
                await DirectLineEndpoints.Error(logger, HttpStatusCode.Forbidden, forbidden.Code, forbidden.Reason).ExecuteAsync(http);
                return;
            case TokenCheck.NotFound:
                await DirectLineEndpoints.Error(logger, HttpStatusCode.NotFound, "ConversationNotFound", "The conversation does not exist or has expired.").ExecuteAsync(http);
                return;
        }

        var conversation = store.Find(conversationId)!;
        var watermark = DirectLineUrls.ParseWatermark(http.Request.Query["watermark"]) ?? 0;
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(conversation.Ended, lifetime.ApplicationStopping, http.RequestAborted);
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        conversation.AddStream(stop);
        var receive = ReceiveUntilClosedAsync(socket, stop, receiving.Token);
        try
        {
            await SendLoopAsync(socket, conversation, watermark, options.Value.KeepAliveInterval, time, stop.Token);
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException)
        {
            if (failure is WebSocketException)
            {
                DirectLineLog.StreamFailed(logger, conversation.Id, failure);
            }
        }
        finally
        {
            conversation.RemoveStream(stop);
        }

        await CloseAsync(socket, conversation.IsEnded ? "conversation ended" : "closing", time);
        try
        {
            await receive.WaitAsync(CloseTimeout, time, CancellationToken.None);
        }
        catch (TimeoutException)
        {
        }

        await receiving.CancelAsync();
        await receive;
        DirectLineLog.StreamClosed(logger, conversation.Id);
    }

    private static async Task SendLoopAsync(WebSocket socket, DirectLineConversation conversation, long watermark, TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            // A connected client keeps its conversation alive, as polling does.
            conversation.Touch();
            var (activities, next) = conversation.ReadAfter(watermark);
            if (activities.Count > 0)
            {
                await SendAsync(socket, DirectLineEndpoints.ActivitySet(activities, next), time, cancellationToken);
                watermark = next;
                continue;
            }

            watermark = next;
            try
            {
                await conversation.WhenChangedAfter(watermark).WaitAsync(keepAlive, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                await SendAsync(socket, [], time, cancellationToken);
            }
        }
    }

    private static async Task SendAsync(WebSocket socket, byte[] frame, TimeProvider time, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(SendTimeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>Reads (and drops) the client's pings until it closes; then tells the send loop to stop.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
        finally
        {
            try
            {
                await stop.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private static async Task CloseAsync(WebSocket socket, string reason, TimeProvider time)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, time);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }
}
