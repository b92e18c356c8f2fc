using System.Net;
using GraciousBot.Runtime.Turns;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace GraciousBot.Testing;

/// <summary>
/// The real host and its real DI graph, in memory, with settings for tests (in-memory storage and fast connector
/// retries unless told otherwise). Override settings, the bot or the clock where a test needs to.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Storage:Provider"] = "Memory",
        ["Connector:BaseDelay"] = "00:00:00.010",
        ["Connector:MaxDelay"] = "00:00:02",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private readonly List<Action<IServiceCollection>> _services = [];

    private string _environment = "Testing";

    public BotHostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces the application bot (for wire-level tests that need a predictable bot).</summary>
    public BotHostFactory WithBot(IBot bot)
    {
        _services.Add(s => s.Replace(ServiceDescriptor.Singleton(bot)));
        return this;
    }

    /// <summary>The host environment's name ("Testing" unless told otherwise).</summary>
    public BotHostFactory WithEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    public BotHostFactory WithClock(FakeTimeProvider clock)
    {
        _services.Add(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        return this;
    }

    public BotHostFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>
    /// Starts the host on a real socket (127.0.0.1, a free port) so that out-of-process peers (browsers, the JS SDK,
    /// the bot's own connector calls to a local channel) can reach it. Returns the base URL without a trailing slash.
    /// </summary>
    public string StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        foreach (var (key, value) in _settings)
        {
            // Also as host settings: those reach the app's configuration while Program.cs registers its services.
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => _services.ForEach(configure => configure(services)));
    }
}
