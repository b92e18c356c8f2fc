using System.Diagnostics;
using GraciousBot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GraciousBot.Web.Tests.Auth;

/// <summary>
/// Settings that contradict each other stop the host at start-up with a message that names the setting to change
/// (<see cref="StartupProblem.Describe"/>, which Program prints instead of a stack trace), and consistent production
/// settings start.
/// </summary>
public sealed class StartupValidationTests
{
    private const string AppId = "6a1f3c9e-2b4d-4e8f-9a7c-1d2e3f4a5b6c";
    private const string TenantId = "3e1a4f5c-9b2d-4c6e-8f7a-0b1c2d3e4f5a";

    public static TheoryData<string, string[], string> Contradictions() => new()
    {
        { "app id without a password (MultiTenant)", ["MicrosoftAppId", AppId], "MicrosoftAppPassword is required with MicrosoftAppId when MicrosoftAppType is MultiTenant" },
        { "app id without a password (SingleTenant)", ["MicrosoftAppId", AppId, "MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId", TenantId], "MicrosoftAppPassword is required with MicrosoftAppId when MicrosoftAppType is SingleTenant" },
        { "SingleTenant without a tenant", ["MicrosoftAppId", AppId, "MicrosoftAppPassword", "secret", "MicrosoftAppType", "SingleTenant"], "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant" },
        { "UserAssignedMsi with a password", ["MicrosoftAppId", AppId, "MicrosoftAppPassword", "secret", "MicrosoftAppType", "UserAssignedMsi", "MicrosoftAppTenantId", TenantId], "MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMsi" },
        { "UserAssignedMsi without a tenant", ["MicrosoftAppId", AppId, "MicrosoftAppType", "UserAssignedMsi"], "MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMsi" },
        { "malformed app id", ["MicrosoftAppId", "my-bot", "MicrosoftAppPassword", "secret"], "MicrosoftAppId is not a GUID" },
        { "unknown app type", ["MicrosoftAppId", AppId, "MicrosoftAppPassword", "secret", "MicrosoftAppType", "MultiTenantt"], "MicrosoftAppType is 'MultiTenantt'; use one of MultiTenant, SingleTenant, UserAssignedMsi" },
        { "password without an app id", ["MicrosoftAppPassword", "secret"], "MicrosoftAppPassword is set but MicrosoftAppId is empty" },
        { "SingleTenant without an app id", ["MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId", TenantId], "MicrosoftAppType is SingleTenant but MicrosoftAppId is empty" },
        { "malformed tenant", ["MicrosoftAppId", AppId, "MicrosoftAppPassword", "secret", "MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId", "not a tenant"], "MicrosoftAppTenantId is neither a GUID nor a domain name" },
        { "allowed caller that is not an app id", ["MicrosoftAppId", AppId, "MicrosoftAppPassword", "secret", "Skill:AllowedCallers:0", "root-bot"], "Skill:AllowedCallers has 'root-bot'" },
        { "AllowedCallers at the top level", ["MicrosoftAppId", AppId, "MicrosoftAppPassword", "secret", "AllowedCallers:0", "*"], "AllowedCallers is set at the top level; GraciousBot reads Skill:AllowedCallers" },
        { "plain-http metadata URL", ["MicrosoftAppId", AppId, "MicrosoftAppPassword", "secret", "ToBotFromChannelOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration"], "ToBotFromChannelOpenIdMetadataUrl must be an absolute https URL" },
        { "PostgreSQL without a connection string", ["Storage:Provider", "Postgres", "Storage:PostgresConnectionString", ""], "Storage:Provider is Postgres but Storage:PostgresConnectionString is empty" },
        { "manifest public URL that is not a URL", ["Skill:PublicUrl", "graciousbot.contoso.com"], "PublicUrl" },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public async Task Start_Contradiction_RefusedWithClearMessage(string contradiction, string[] settings, string expected)
    {
        var configuration = new Dictionary<string, string?>();
        for (var i = 0; i < settings.Length; i += 2)
        {
            configuration[settings[i]] = settings[i + 1];
        }

        var message = await StartupFailureAsync(configuration);

        Assert.True(message is not null, $"The host started despite: {contradiction}.");
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithAppIdAndDirectLineDefault_Starts()
    {
        // The local channel simply stays off with authentication on (LocalChannelSwitchTests); nothing to refuse.
        Assert.Null(await StartupFailureAsync(Production(directLineEnabled: null), "Production"));
    }

    [Fact]
    public async Task Start_ProductionWithDirectLineOff_Starts()
    {
        Assert.Null(await StartupFailureAsync(Production(directLineEnabled: "false"), "Production"));
    }

    [Fact]
    public async Task Start_DirectLineOnOutsideProductionWithAppId_Starts()
    {
        Assert.Null(await StartupFailureAsync(Production(directLineEnabled: "true"), "Development"));
    }

    [Theory]
    [InlineData("UserAssignedMsi", null)]
    [InlineData("SingleTenant", "secret")]
    [InlineData("MultiTenant", "secret")]
    public async Task Start_ConsistentIdentity_Starts(string type, string? password)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = type == "MultiTenant" ? null : TenantId,
            ["Skill:AllowedCallers:0"] = "*",
        };

        Assert.Null(await StartupFailureAsync(settings));
    }

    [Fact]
    public async Task Describe_SeveralSectionsFailing_TellsEveryOne()
    {
        var message = await StartupFailureAsync(new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["Storage:Provider"] = "Postgres" });

        Assert.NotNull(message);
        Assert.Contains("MicrosoftAppPassword is required", message, StringComparison.Ordinal);
        Assert.Contains("Storage:PostgresConnectionString is empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_Contradictions_ExitCode1AndMessagesOnStderrWithoutStackTrace()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraciousBot.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["MicrosoftAppId"] = AppId;
        start.Environment["Storage__Provider"] = "Postgres";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var errors = await stderr;
        Assert.True(process.ExitCode == 1, $"exit code {process.ExitCode}; stderr: {errors}; stdout: {await stdout}");
        Assert.StartsWith("GraciousBot could not start: ", errors, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword is required with MicrosoftAppId", errors, StringComparison.Ordinal);
        Assert.Contains("Storage:Provider is Postgres but Storage:PostgresConnectionString is empty", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Production(string? directLineEnabled) => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "secret",
        ["DirectLine:Enabled"] = directLineEnabled,
    };

    /// <summary>
    /// Builds and starts the real host exactly as Program does (in memory, no socket) and returns null when it
    /// started, otherwise what Program would print. (The test host factory cannot be used for this: Program's own
    /// catch turns the failure into a message and an exit code before the factory sees it.)
    /// </summary>
    private static async Task<string?> StartupFailureAsync(IDictionary<string, string?> settings, string environment = "Testing")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings.Where(s => s.Value is not null));
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        try
        {
            builder.AddGraciousBot();
            await using var app = builder.Build();
            app.MapGraciousBot();
            await app.StartAsync();
            await app.StopAsync();
            return null;
        }
        catch (Exception failure)
        {
            return StartupProblem.Describe(failure) ?? throw new InvalidOperationException("Start-up failed without a clear message.", failure);
        }
    }
}
