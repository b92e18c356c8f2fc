using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Testing.Peers;

/// <summary>
/// Everything a skill interop test needs, started in order and stopped in reverse: our real host on a loopback socket
/// (the skill), the JS SDK root bot pointed at it, and the user's channel the root replies to.
/// <code>
/// await using var session = await JsRootSession.StartAsync(bot: null, ct); // null = the real closing skill
/// await session.SendAsync(session.User.Event("startClosing", UserChannel.Json("""{"caseId":"42"}""")), ct);
/// var ended = await session.User.WaitForMessageAsync(JsRootSession.SkillEndedText);
/// </code>
/// Starting node and the host takes a second or two, so a test class can share one session (an xUnit class fixture) and
/// give each test its own conversation with <see cref="OpenUserChannelAsync"/>.
/// </summary>
public sealed class JsRootSession : IAsyncDisposable
{
    /// <summary>What the root tells the user when the skill ended; its value is <c>{code, result}</c>.</summary>
    public const string SkillEndedText = "ROOT: skill ended";

    /// <summary>What the root tells the user after <c>cancel skill</c>.</summary>
    public const string CancelledText = "ROOT: cancelled";

    private readonly List<UserChannel> _channels = [];

    private JsRootSession(BotHostFactory host, string skillBaseUrl, UserChannel user, JsRootBot root)
    {
        Host = host;
        SkillBaseUrl = skillBaseUrl;
        User = user;
        Root = root;
    }

    /// <summary>Our host, running the skill.</summary>
    public BotHostFactory Host { get; }

    /// <summary>Our host's base URL (no trailing slash); its messaging endpoint is <c>/api/messages</c> under it.</summary>
    public string SkillBaseUrl { get; }

    public UserChannel User { get; }

    public JsRootBot Root { get; }

    /// <summary>
    /// Starts the three parts. <paramref name="bot"/> replaces the application bot (null keeps the real one);
    /// <paramref name="configure"/> may add settings or services to the host before it starts.
    /// </summary>
    public static async Task<JsRootSession> StartAsync(IBot? bot, CancellationToken cancellationToken, Action<BotHostFactory>? configure = null)
    {
        var host = new BotHostFactory();
        UserChannel? user = null;
        try
        {
            if (bot is not null)
            {
                host.WithBot(bot);
            }

            configure?.Invoke(host);
            var skillBaseUrl = host.StartOnLoopback();
            user = await UserChannel.StartAsync();
            var root = await JsRootBot.StartAsync(new JsRootBotOptions { SkillEndpoint = skillBaseUrl + "/api/messages" }, cancellationToken);
            return new JsRootSession(host, skillBaseUrl, user, root);
        }
        catch
        {
            if (user is not null)
            {
                await user.DisposeAsync();
            }

            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Posts an activity to the root as the user (addressed by <see cref="User"/> where not set).</summary>
    public Task<RootAnswer> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        SendAsync(User, activity, cancellationToken);

    /// <summary>Posts an activity to the root as the user of <paramref name="channel"/> (addressed by it where not set).</summary>
    public Task<RootAnswer> SendAsync(UserChannel channel, Activity activity, CancellationToken cancellationToken) =>
        Root.SendAsUserAsync(channel.Address(activity), cancellationToken);

    /// <summary>
    /// Another user conversation with the same root and skill (its own capture server and conversation id), so tests
    /// sharing a session do not see each other's activities. Disposing it early is fine; the session disposes the rest.
    /// </summary>
    public async Task<UserChannel> OpenUserChannelAsync()
    {
        var channel = await UserChannel.StartAsync();
        lock (_channels)
        {
            _channels.Add(channel);
        }

        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        await Root.DisposeAsync();
        await Host.DisposeAsync();
        await User.DisposeAsync();
        UserChannel[] channels;
        lock (_channels)
        {
            channels = [.. _channels];
        }

        foreach (var channel in channels)
        {
            await channel.DisposeAsync();
        }
    }
}
