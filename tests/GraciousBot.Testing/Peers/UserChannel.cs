using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Testing.Peers;

/// <summary>
/// The user's side of a conversation with a root bot: a <see cref="CaptureServer"/> that plays the channel's connector
/// (the root sends the user's replies there) plus one conversation's addressing, so tests can write
/// <c>root.SendAsUserAsync(user.Message("yes"), ct)</c> and <c>await user.WaitForMessageAsync("ROOT: skill ended")</c>.
/// </summary>
public sealed class UserChannel : IAsyncDisposable
{
    private int _sent;
    private int _disposed;

    private UserChannel(CaptureServer server, string channelId, string conversationId)
    {
        Server = server;
        ChannelId = channelId;
        Conversation = ConversationAccount.Of(conversationId);
    }

    /// <summary>The connector the root replies to.</summary>
    public CaptureServer Server { get; }

    /// <summary>The serviceUrl put on every user activity.</summary>
    public string ServiceUrl => Server.ServiceUrl;

    public string ChannelId { get; }

    public ConversationAccount Conversation { get; }

    public ChannelAccount User { get; } = ChannelAccount.Of("user-1", "Test User", RoleTypes.User);

    public ChannelAccount Bot { get; } = ChannelAccount.Of("root-bot", "Root Bot", RoleTypes.Bot);

    public string Locale { get; init; } = "en-US";

    /// <summary>Everything the root sent to this user's channel so far, in arrival order.</summary>
    public IReadOnlyList<Activity> Activities => Server.Activities;

    public static async Task<UserChannel> StartAsync(string channelId = ChannelIds.Test, string? conversationId = null) =>
        new(await CaptureServer.StartAsync(), channelId, conversationId ?? "user-conv-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Fills in what a channel would (id, timestamp, serviceUrl, channel, conversation, from, recipient, locale).</summary>
    public Activity Address(Activity activity) => activity with
    {
        Id = activity.Id ?? $"user-act-{Interlocked.Increment(ref _sent)}-{Guid.NewGuid():N}"[..28],
        Timestamp = activity.Timestamp ?? DateTimeOffset.UtcNow,
        ServiceUrl = activity.ServiceUrl ?? ServiceUrl,
        ChannelId = activity.ChannelId ?? ChannelId,
        Conversation = activity.Conversation ?? Conversation,
        From = activity.From ?? User,
        Recipient = activity.Recipient ?? Bot,
        Locale = activity.Locale ?? Locale,
    };

    public Activity Message(string text) => Address(Activity.Message(text));

    public Activity Event(string name, JsonElement? value = null) => Address(Activity.Event(name, value));

    public Activity Invoke(string name, JsonElement? value = null) => Address(new Activity { Type = ActivityTypes.Invoke, Name = name, Value = value });

    /// <summary>A JSON value from literal JSON text (handy for activity values in tests).</summary>
    public static JsonElement Json(string json) => JsonSerializer.Deserialize(json, WireJsonContext.Default.JsonElement);

    /// <summary>
    /// Waits for an activity the root sent to this channel that matches <paramref name="predicate"/>, looking at
    /// everything received from index <paramref name="from"/> on. On timeout, fails listing what did arrive.
    /// </summary>
    public async Task<Activity> WaitForAsync(Func<Activity, bool> predicate, TimeSpan? timeout = null, int from = 0, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(limit);
        while (true)
        {
            var match = Activities.Skip(from).FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            try
            {
                await Task.Delay(20, cts.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching activity reached the user's channel within {limit.TotalSeconds:0.#} s. Received:{Environment.NewLine}{Describe()}");
            }
        }
    }

    /// <summary>Waits for a message with exactly this text.</summary>
    public Task<Activity> WaitForMessageAsync(string text, TimeSpan? timeout = null, int from = 0, CancellationToken cancellationToken = default) =>
        WaitForAsync(a => a.IsType(ActivityTypes.Message) && a.Text == text, timeout, from, cancellationToken);

    /// <summary>Waits for an event with this name.</summary>
    public Task<Activity> WaitForEventAsync(string name, TimeSpan? timeout = null, int from = 0, CancellationToken cancellationToken = default) =>
        WaitForAsync(a => a.IsType(ActivityTypes.Event) && a.Name == name, timeout, from, cancellationToken);

    /// <summary>One line per activity received, for failure messages.</summary>
    public string Describe() => Activities.Count == 0
        ? "  (nothing)"
        : string.Join(Environment.NewLine, Activities.Select(a => $"  {a.Type} {a.Name} {a.Text}".TrimEnd()));

    /// <summary>Stops the capture server; safe to call more than once.</summary>
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _disposed, 1) == 0 ? Server.DisposeAsync() : ValueTask.CompletedTask;
}
