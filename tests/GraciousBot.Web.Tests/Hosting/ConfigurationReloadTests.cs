using GraciousBot.Testing;
using GraciousBot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace GraciousBot.Web.Tests.Hosting;

/// <summary>
/// Settings files are read once at start-up: a watcher on the content root (where the default SQLite file lives) was
/// woken by every commit. An operator can still turn reloading on.
/// </summary>
public sealed class ConfigurationReloadTests
{
    [Fact]
    public void The_running_host_does_not_watch_its_settings_files()
    {
        using var host = new BotHostFactory();
        using var client = host.CreateClient();
        var root = Assert.IsAssignableFrom<IConfigurationRoot>(host.Services.GetRequiredService<IConfiguration>());

        var files = root.Providers.OfType<JsonConfigurationProvider>().ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched for changes"));
    }

    [Fact]
    public void Reload_is_off_by_default_and_an_operators_own_setting_wins()
    {
        Assert.Equal(["--hostBuilder:reloadConfigOnChange=false", "--urls", "http://127.0.0.1:1"], HostArguments.WithoutConfigurationReload(["--urls", "http://127.0.0.1:1"], _ => null));

        var operatorSaysTrue = HostArguments.WithoutConfigurationReload(["--hostBuilder:reloadConfigOnChange=true"], _ => null);
        var reload = new ConfigurationBuilder().AddCommandLine(operatorSaysTrue).Build()[HostArguments.ReloadConfigOnChange];
        Assert.Equal("true", reload);

        Assert.Equal(["--urls", "x"], HostArguments.WithoutConfigurationReload(["--urls", "x"], name => name == "DOTNET_hostBuilder__reloadConfigOnChange" ? "true" : null));
    }
}
