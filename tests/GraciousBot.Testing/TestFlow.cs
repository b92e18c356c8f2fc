using System.Text.Json;
using GraciousBot.Runtime.Templates;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Connector;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace GraciousBot.Testing;

/// <summary>
/// A conversation with the real bot (real DI graph, in-memory storage and connector, a fake clock, the first wording
/// variant every time), written as a fluent script: <c>Send("yes").AssertReply("…").AssertEndOfConversation(…)</c>.
/// </summary>
public sealed class TestFlow : IAsyncDisposable
{
    private readonly BotHostFactory _factory;
    private readonly List<Func<Task>> _script = [];
    private readonly Queue<Activity> _replies = new();
    private int _ids;

    public TestFlow(DateTimeOffset? now = null, Action<BotHostFactory>? configure = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        Connector = new InMemoryConnector();
        _factory = new BotHostFactory()
            .WithClock(Clock)
            .WithServices(s =>
            {
                s.Replace(ServiceDescriptor.Singleton<IConnectorClient>(Connector));
                s.Replace(ServiceDescriptor.Singleton<IVariantPicker>(new FirstVariantPicker()));

                // Scheduled turns are delivered by WaitAsync, deterministically, instead of by the background poller.
                s.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
            });
        configure?.Invoke(_factory);
    }

    public FakeTimeProvider Clock { get; }

    public InMemoryConnector Connector { get; }

    public IServiceProvider Services => _factory.Services;

    public string ChannelId { get; set; } = ChannelIds.WebChat;

    public string Locale { get; set; } = "en-US";

    public string ConversationId { get; set; } = "test-conversation";

    /// <summary>The IANA time zone the user's client reports (localTimezone), if any.</summary>
    public string? Zone { get; set; }

    public ChannelAccount User { get; set; } = ChannelAccount.Of("user-1", "User", RoleTypes.User);

    /// <summary>
    /// The skill as the caller addresses it: role "skill", so (anonymously) the caller is a bot and receives
    /// endOfConversation. Set role "bot" to play a channel talking to GraciousBot directly.
    /// </summary>
    public ChannelAccount Bot { get; set; } = ChannelAccount.Of("graciousbot", "GraciousBot", RoleTypes.Skill);

    /// <summary>Every reply received so far, in order (asserted or not).</summary>
    public List<Activity> Transcript { get; } = [];

    /// <summary>An activity addressed from the user to the bot in this conversation.</summary>
    public Activity Incoming(Activity activity) => activity with
    {
        Id = activity.Id ?? $"in-{Interlocked.Increment(ref _ids)}",
        ChannelId = activity.ChannelId ?? ChannelId,
        ServiceUrl = activity.ServiceUrl ?? (activity.DeliveryMode == DeliveryModes.ExpectReplies ? null : "https://test.local/"),
        Conversation = activity.Conversation ?? ConversationAccount.Of(ConversationId),
        From = activity.From ?? User,
        Recipient = activity.Recipient ?? Bot,
        Locale = activity.Locale ?? Locale,
        Timestamp = activity.Timestamp ?? Clock.GetUtcNow(),
        LocalTimezone = activity.LocalTimezone ?? Zone,
    };

    /// <summary>Delivers one activity now and returns the replies it produced.</summary>
    public async Task<IReadOnlyList<Activity>> DeliverAsync(Activity activity)
    {
        var processor = Services.GetRequiredService<TurnProcessor>();
        var outcome = await processor.ProcessAsync(Incoming(activity), TurnIdentity.Anonymous, CancellationToken.None);
        var replies = outcome is TurnOutcome.Replies r ? r.Activities : Connector.Drain(ConversationId);
        Transcript.AddRange(replies);
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }

        return replies;
    }

    public TestFlow Send(string text) => Send(Activity.Message(text));

    public TestFlow Send(Activity activity)
    {
        _script.Add(async () =>
        {
            AssertNoPendingReplies();
            await DeliverAsync(activity);
        });
        return this;
    }

    /// <summary>The caller starts a closing with this context (an event named closeConversation).</summary>
    public TestFlow StartClosing(string contextJson, string? deliveryMode = null) =>
        Send(Activity.Event("closeConversation", JsonDocument.Parse(contextJson).RootElement.Clone()) with { DeliveryMode = deliveryMode });

    /// <summary>Moves the fake clock on; due timers fire and their turns' replies are returned.</summary>
    public async Task<IReadOnlyList<Activity>> WaitAsync(TimeSpan time)
    {
        Clock.Advance(time);
        await Services.GetRequiredService<TurnTimers>().WhenIdleAsync();
        await Services.GetRequiredService<ScheduledTurnRunner>().DeliverDueAsync(CancellationToken.None);
        var replies = Connector.Drain(ConversationId);
        Transcript.AddRange(replies);
        return replies;
    }

    /// <summary>Moves the fake clock on; due timers fire and their turns' replies are collected.</summary>
    public TestFlow Wait(TimeSpan time)
    {
        _script.Add(async () =>
        {
            foreach (var reply in await WaitAsync(time))
            {
                _replies.Enqueue(reply);
            }
        });
        return this;
    }

    public TestFlow AssertReply(string expectedText) => AssertReply(reply =>
        Assert.True(reply.Text == expectedText, $"Expected reply \"{expectedText}\" but got {Describe(reply)}"));

    public TestFlow AssertReply(Action<Activity> assert)
    {
        _script.Add(() =>
        {
            Assert.True(_replies.Count > 0, "Expected another reply but the bot sent nothing more.");
            assert(_replies.Dequeue());
            return Task.CompletedTask;
        });
        return this;
    }

    public TestFlow AssertEndOfConversation(string code, Action<JsonElement>? value = null) => AssertReply(reply =>
    {
        Assert.True(reply.IsType(ActivityTypes.EndOfConversation), $"Expected endOfConversation but got {Describe(reply)}");
        Assert.Equal(code, reply.Code);
        if (value is not null)
        {
            Assert.NotNull(reply.Value);
            value(reply.Value!.Value);
        }
    });

    public TestFlow AssertNoMoreReplies()
    {
        _script.Add(() =>
        {
            AssertNoPendingReplies();
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task RunAsync()
    {
        foreach (var step in _script)
        {
            await step();
        }

        _script.Clear();
    }

    private void AssertNoPendingReplies() =>
        Assert.True(_replies.Count == 0, $"Unexpected replies not asserted: {string.Join(" | ", _replies.Select(Describe))}");

    public static string Describe(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message when activity.Attachments is { Count: > 0 } => $"[message with {activity.Attachments.Count} attachment(s)] {activity.Text ?? activity.Speak}",
        ActivityTypes.Message => $"\"{activity.Text}\"",
        ActivityTypes.EndOfConversation => $"[endOfConversation {activity.Code}]",
        ActivityTypes.Event => $"[event {activity.Name}]",
        _ => $"[{activity.Type}]",
    };

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
