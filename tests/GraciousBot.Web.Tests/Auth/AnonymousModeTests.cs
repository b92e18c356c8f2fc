using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using GraciousBot.Testing;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>
/// No app id configured (the local default): every request is accepted, nobody is identified (callerId cleared, even
/// a forged one), replies carry no Authorization header, and the start-up log says so loudly.
/// </summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public async Task NoAppId_AcceptedAnonymouslyWithLoudWarningAndNoTokens()
    {
        var logs = new LogCollector();
        var bot = new ScriptedBot();
        var callerIds = new ConcurrentQueue<string?>();
        bot.OnMessage = (turn, _) =>
        {
            callerIds.Enqueue(turn.Activity.CallerId);
            turn.Send(Activity.Message("echo"));
            return Task.CompletedTask;
        };
        await using var channel = await CaptureServer.StartAsync();
        await using var host = new BotHostFactory().WithBot(bot).WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        var baseUrl = host.StartOnLoopback();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "a1",
            ChannelId = ChannelIds.WebChat,
            ServiceUrl = channel.ServiceUrl,
            From = ChannelAccount.Of("user-1", "Dana", RoleTypes.User),
            Recipient = ChannelAccount.Of("bot-1", "GraciousBot", RoleTypes.Bot),
            Conversation = ConversationAccount.Of("conv-1"),
            Text = "hello",
            CallerId = "urn:botframework:aadappid:forged",
        };

        using var client = new HttpClient();
        using var response = await client.PostAsync(baseUrl + "/api/messages", new StringContent(JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(callerIds));
        Assert.Null(Assert.Single(channel.Requests).Authorization);
        var warning = Assert.Single(logs.Entries, e => e.Id == 3201);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("AUTHENTICATION IS OFF", warning.Message, StringComparison.Ordinal);
    }

    private sealed record LogEntry(int Id, LogLevel Level, string Message);

    private sealed class LogCollector : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<LogEntry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue(new LogEntry(eventId.Id, logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}
