using GraciousBot.Closing;
using GraciousBot.Closing.Handoff;
using GraciousBot.LocalChannel;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Wire.Connector;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.Hosting;

/// <summary>The one place that wires the wire layer, the runtime and the closing skill together.</summary>
public static class GraciousBotHosting
{
    public static WebApplicationBuilder AddGraciousBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorOptions>().BindConfiguration("Connector");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ConnectorOptions>>().Value);
        services.AddSingleton(sp => new StateStoreOptions { TimeToLive = sp.GetRequiredService<IOptions<StorageOptions>>().Value.TimeToLive });
        services.AddSingleton(sp => new CreatedStateStore(CreateStore(sp, builder.Environment)));
        services.AddSingleton(sp => sp.GetRequiredService<CreatedStateStore>().Store);
        services.AddHostedService<StatePurgeHostedService>();
        services.AddHostedService<ScheduledTurnsHostedService>();
        services.AddStoredStateErasure();
        services.AddHostedService<DetailPatternsWarmUp>();

        builder.AddBotAuthentication();
        // TurnProcessor is a singleton and keeps its typed client: one handler with keep-alive connections, renewed
        // every two minutes by the handler itself (DNS changes are seen), never a handler or pipeline per call. The
        // factory's per-request logging handlers are left out (a log scope per reply; the client logs its own failures).
        // Connector:AttemptTimeout (the client's per-attempt timeout) is the one time limit: HttpClient's own 100 s
        // default only added a timer per reply, and cut an attempt configured longer than that.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        services.AddSingleton<TurnProcessor>();
        services.AddOptions<ClosingOptions>().BindConfiguration(ClosingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraciousBot.Closing.ToGo.EmailOptions>().BindConfiguration(GraciousBot.Closing.ToGo.EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraciousBot.Closing.FollowUpOptions>().BindConfiguration(GraciousBot.Closing.FollowUpOptions.Section);
        services.AddHostedService<WordingCheck>();
        GraciousBot.Runtime.State.RuntimeJson.AddTypeInfo(ClosingJsonContext.Default); // source-generated JSON for the closing's stored state
        services.AddClosingSkill(sp => DialogsFolder.Resolve(sp.GetRequiredService<IConfiguration>()["Dialogs:Path"], sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        builder.AddLocalChannel(AuthenticationHosting.IsConfigured);
        return builder;
    }

    private static IStateStore CreateStore(IServiceProvider services, IWebHostEnvironment environment)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var storeOptions = services.GetRequiredService<StateStoreOptions>();
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteStateStore(Path.Combine(environment.ContentRootPath, options.SqlitePath), time, storeOptions),
            StorageProvider.Postgres => new PostgresStateStore(
                options.PostgresConnectionString is { Length: > 0 } connectionString
                    ? PostgresStateStore.CapPool(connectionString, options.PostgresMaxPoolSize)
                    : throw new InvalidOperationException("Storage:PostgresConnectionString is required when Storage:Provider is Postgres."),
                time,
                storeOptions),
            StorageProvider.Memory => new MemoryStateStore(time, storeOptions),
            _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not one of Sqlite, Postgres, Memory."),
        };
    }
}

/// <summary>
/// The state store as made from the configuration, before any decorator: what shares its file (the SQLite outcome
/// records write through its writer) asks for this, everything else for <see cref="IStateStore"/>.
/// </summary>
public sealed record CreatedStateStore(IStateStore Store);
