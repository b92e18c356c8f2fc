using System.Collections.Concurrent;
using GraciousBot.Runtime.Turns;
using GraciousBot.Testing;
using GraciousBot.LocalChannel;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Web.Tests.DirectLine;

/// <summary>The echo bot, recording every activity that reached it (the conversationUpdate included).</summary>
internal sealed class RecordingBot : IBot
{
    private readonly ScriptedBot _inner = new();

    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Received.Enqueue(turn.Activity);
        return _inner.OnTurnAsync(turn, cancellationToken);
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken) =>
        _inner.OnTurnErrorAsync(turn, exception, cancellationToken);
}

/// <summary>The real host on 127.0.0.1 with the echo bot, and a Direct Line client pointed at it.</summary>
internal sealed class DirectLineHost : IAsyncDisposable
{
    private DirectLineHost(BotHostFactory factory, string baseUrl, RecordingBot bot)
    {
        Factory = factory;
        BaseUrl = baseUrl;
        Bot = bot;
        Client = new DirectLineTestClient(baseUrl);
    }

    public BotHostFactory Factory { get; }

    public string BaseUrl { get; }

    public RecordingBot Bot { get; }

    public DirectLineTestClient Client { get; }

    public DirectLineStore Store => Factory.Services.GetRequiredService<DirectLineStore>();

    public static DirectLineHost Start(FakeTimeProvider? clock = null, params (string Key, string Value)[] settings)
    {
        var bot = new RecordingBot();
        var factory = new BotHostFactory().WithBot(bot);
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        if (clock is not null)
        {
            factory.WithClock(clock);
        }

        var baseUrl = factory.StartOnLoopback();
        return new DirectLineHost(factory, baseUrl, bot);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
