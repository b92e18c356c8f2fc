using Azure.Monitor.OpenTelemetry.AspNetCore;
using GraciousBot.Closing.Insights;
using Microsoft.Extensions.Configuration.Memory;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraciousBot.Web.Insights;

/// <summary>
/// OpenTelemetry for operations: the "GraciousBot" Meter and ActivitySource, ASP.NET Core and HttpClient
/// instrumentation. Exporters by configuration: OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, Azure Monitor
/// (Application Insights) when APPLICATIONINSIGHTS_CONNECTION_STRING is set, Prometheus at /metrics when
/// Telemetry:Prometheus is true. With none of them nothing listens, so the instruments cost next to nothing: no
/// OpenTelemetry provider is registered (a provider without an exporter still created and tagged a span for every
/// request and connector call: ~4% of a turn's CPU under load), and ASP.NET Core is asked not to start an Activity
/// per request either (see <see cref="HostingDiagnosticsCategory"/>). Telemetry:Enabled = true registers the providers
/// anyway, for a host that adds its own exporter in code.
/// </summary>
public static class TelemetryHosting
{
    public const string PrometheusSetting = "Telemetry:Prometheus";

    public const string EnabledSetting = "Telemetry:Enabled";

    /// <summary>
    /// ASP.NET Core starts an Activity for every request, listened to or not, while this logger category is on at any
    /// level (it writes only "Request starting/finished", at Information, and opens a RequestId/RequestPath log scope),
    /// and HttpClient, seeing that Activity, starts a tagged child Activity for every connector reply and writes a
    /// traceparent header into it. With telemetry off the category defaults to None, in the configuration source read
    /// first, so any setting of <c>Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics</c> still wins.
    /// </summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static WebApplicationBuilder AddGraciousBotTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var (prometheus, otlp, azureMonitor) = Exporters.Of(configuration);
        if (!IsEnabled(configuration))
        {
            ((IConfigurationBuilder)configuration).Sources.Insert(0, new MemoryConfigurationSource
            {
                InitialData = [new("Logging:LogLevel:" + HostingDiagnosticsCategory, nameof(LogLevel.None))],
            });
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(GraciousBotTelemetry.Name))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GraciousBotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            })
            .WithTracing(tracing => tracing
                .AddSource(GraciousBotTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz") && !http.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation());

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (azureMonitor)
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        }

        return builder;
    }

    public static WebApplication MapGraciousBotTelemetry(this WebApplication app)
    {
        if (IsEnabled(app.Configuration) && app.Configuration.GetValue<bool>(PrometheusSetting))
        {
            app.MapPrometheusScrapingEndpoint();
        }

        return app;
    }

    /// <summary>Telemetry:Enabled when set; otherwise on exactly when an exporter is configured.</summary>
    private static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>(EnabledSetting) ?? Exporters.Of(configuration) is (true, _, _) or (_, true, _) or (_, _, true);

    /// <summary>Which exporters the configuration asks for.</summary>
    private readonly record struct Exporters(bool Prometheus, bool Otlp, bool AzureMonitor)
    {
        public static Exporters Of(IConfiguration configuration) => new(
            configuration.GetValue<bool>(PrometheusSetting),
            !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]),
            !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]));
    }
}
