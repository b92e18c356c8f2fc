using System.Net;
using GraciousBot.Web.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraciousBot.Web.Tests.Insights;

/// <summary>
/// OpenTelemetry's providers are registered only when something exports (OTLP, Azure Monitor, Prometheus) or the
/// host asks for them: without a listener, no span is created and tagged for every request and connector call.
/// </summary>
public sealed class TelemetrySwitchTests
{
    [Fact]
    public async Task NoExporterConfigured_NoProviderListens_AndTheClosingStillWorks()
    {
        await using var driver = await InsightsDriver.StartAsync(clock: null);
        var conversation = driver.Open();
        var replies = await conversation.StartAsync(InsightsDriver.Minimal);

        Assert.NotEmpty(replies);
        Assert.Null(driver.Host.Services.GetService<TracerProvider>());
        Assert.Null(driver.Host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task NoExporterConfigured_TheHostingDiagnosticsLoggerIsOff_SoNoRequestStartsAnActivity()
    {
        await using var driver = await InsightsDriver.StartAsync(clock: null);
        await driver.Open().StartAsync(InsightsDriver.Minimal);

        // ASP.NET Core starts an Activity per request whenever this logger is on at any level (Critical is its test).
        var hosting = driver.Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(TelemetryHosting.HostingDiagnosticsCategory);
        Assert.False(hosting.IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public async Task NoExporterConfigured_AnOperatorsOwnLevelForTheHostingDiagnostics_Wins()
    {
        await using var driver = await InsightsDriver.StartAsync(clock: null, host => host.With("Logging:LogLevel:" + TelemetryHosting.HostingDiagnosticsCategory, "Information"));
        await driver.Open().StartAsync(InsightsDriver.Minimal);

        var hosting = driver.Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(TelemetryHosting.HostingDiagnosticsCategory);
        Assert.True(hosting.IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task Prometheus_SwitchesTheProvidersOn_AndServesTheMetrics()
    {
        await using var driver = await InsightsDriver.StartAsync(clock: null, host => host.With(TelemetryHosting.PrometheusSetting, "true"));
        var conversation = driver.Open();
        await conversation.StartAsync(InsightsDriver.Minimal);

        Assert.NotNull(driver.Host.Services.GetService<TracerProvider>());
        using var response = await driver.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("graciousbot_closings_started", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_WinsOverAnExporterSetting()
    {
        await using var driver = await InsightsDriver.StartAsync(clock: null, host => host
            .With(TelemetryHosting.PrometheusSetting, "true")
            .With(TelemetryHosting.EnabledSetting, "false"));
        await driver.Open().StartAsync(InsightsDriver.Minimal);

        Assert.Null(driver.Host.Services.GetService<MeterProvider>());
    }
}
