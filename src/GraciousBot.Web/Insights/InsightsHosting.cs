using GraciousBot.Closing.Insights;
using GraciousBot.Runtime.Storage;
using GraciousBot.Runtime.Turns;
using GraciousBot.Web.Hosting;
using GraciousBot.Wire.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraciousBot.Web.Insights;

/// <summary>
/// Knowing how endings go: outcome records in the state's database, their purge, the result webhook for channels
/// talked to directly, the insights API and page, and OpenTelemetry. One call each from Program.cs.
/// </summary>
public static class InsightsHosting
{
    public static WebApplicationBuilder AddInsights(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EndingOptions>().BindConfiguration(EndingOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.ResultWebhook is null || !string.IsNullOrEmpty(o.ResultWebhookSecret), "Closing:ResultWebhookSecret is required when Closing:ResultWebhook is set (the receiver checks the signature with it).")
            .Validate(o => o.ResultWebhook is null || o.ResultWebhook.IsAbsoluteUri && o.ResultWebhook.Scheme is "https" or "http", "Closing:ResultWebhook must be an absolute http(s) URL.")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton(sp => sp.GetRequiredService<IOptions<InsightsOptions>>().Value));
        services.Replace(ServiceDescriptor.Singleton(sp => sp.GetRequiredService<IOptions<EndingOptions>>().Value));
        services.Replace(ServiceDescriptor.Singleton<IOutcomeStore>(CreateStore));
        services.AddHostedService<OutcomePurgeService>();
        services.AddSingleton<IErasureParticipant, OutcomeErasure>();

        services.AddSingleton<ResultWebhook>();
        services.Replace(ServiceDescriptor.Singleton<IDirectResultSink>(sp => sp.GetRequiredService<ResultWebhook>()));
        services.AddHostedService(sp => sp.GetRequiredService<ResultWebhook>());
        services.AddHttpClient(ResultWebhook.ClientName);

        // Operations telemetry: the bot's turns, the state store and the connector are measured where they are used.
        Decorate<IBot>(services, (sp, inner) => new MeasuredBot(inner));
        Decorate<IStateStore>(services, (sp, inner) => new MeasuredStateStore(inner));
        Decorate<IConnectorClient>(services, (sp, inner) => new MeasuredConnectorClient(inner));
        builder.AddGraciousBotTelemetry();
        return builder;
    }

    public static WebApplication MapInsights(this WebApplication app)
    {
        app.MapInsightsApi();
        app.MapGraciousBotTelemetry();
        return app;
    }

    private static IOutcomeStore CreateStore(IServiceProvider services)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var options = services.GetRequiredService<InsightsOptions>();
        return storage.Provider switch
        {
            StorageProvider.Sqlite => new SqliteOutcomeStore(
                Path.Combine(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, storage.SqlitePath),
                options,
                services.GetRequiredService<CreatedStateStore>().Store as SqliteStateStore),
            StorageProvider.Postgres => new PostgresOutcomeStore(
                PostgresStateStore.Tuned(PostgresStateStore.CapPool(storage.PostgresConnectionString ?? string.Empty, storage.PostgresMaxPoolSize)),
                options,
                services.GetRequiredService<CreatedStateStore>().Store as PostgresStateStore),
            _ => new MemoryOutcomeStore(options),
        };
    }

    /// <summary>Wraps the registered <typeparamref name="T"/> (whatever made it) with a decorator.</summary>
    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> decorate)
        where T : class
    {
        for (var i = 0; i < services.Count; i++)
        {
            var found = services[i];
            if (found.ServiceType != typeof(T) || found.IsKeyedService)
            {
                continue;
            }

            Func<IServiceProvider, T> inner = found switch
            {
                { ImplementationInstance: T instance } => _ => instance,
                { ImplementationFactory: { } factory } => sp => (T)factory(sp),
                { ImplementationType: { } type } => sp => (T)ActivatorUtilities.CreateInstance(sp, type),
                _ => throw new InvalidOperationException($"Cannot decorate {typeof(T).Name}."),
            };
            services[i] = new ServiceDescriptor(typeof(T), sp => decorate(sp, inner(sp)), found.Lifetime);
        }
    }
}
