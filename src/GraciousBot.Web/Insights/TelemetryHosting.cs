using Azure.Monitor.OpenTelemetry.AspNetCore;
using GraciousBot.Closing.Insights;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraciousBot.Web.Insights;

/// <summary>
/// OpenTelemetry for operations: the "GraciousBot" Meter and ActivitySource, ASP.NET Core and HttpClient
/// instrumentation. Exporters by configuration: OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, Azure Monitor
/// (Application Insights) when APPLICATIONINSIGHTS_CONNECTION_STRING is set, Prometheus at /metrics when
/// Telemetry:Prometheus is true. With none of them, the instruments cost next to nothing.
/// </summary>
public static class TelemetryHosting
{
    public const string PrometheusSetting = "Telemetry:Prometheus";

    public static WebApplicationBuilder AddGraciousBotTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var prometheus = configuration.GetValue<bool>(PrometheusSetting);
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

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        }

        return builder;
    }

    public static WebApplication MapGraciousBotTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(PrometheusSetting))
        {
            app.MapPrometheusScrapingEndpoint();
        }

        return app;
    }
}
