using System.Text.Json.Nodes;

namespace GraciousBot.Web.Tests.Hosting;

/// <summary>
/// The runtime settings the host ships with (its runtimeconfig.json, written from GraciousBot.Web.csproj): workstation
/// GC with background collection, chosen on measured resident set (issue 13), not the Web SDK's server GC default.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_host_runs_the_workstation_garbage_collector_with_background_collection()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "GraciousBot.Web.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} is missing: the tests run the host from their own output folder.");
        var properties = JsonNode.Parse(File.ReadAllText(path))?["runtimeOptions"]?["configProperties"]?.AsObject();

        Assert.NotNull(properties);
        Assert.False(properties["System.GC.Server"]?.GetValue<bool>() ?? false, "server GC keeps a larger resident set for the same turns/s");
        Assert.True(properties["System.GC.Concurrent"]?.GetValue<bool>() ?? true, "background GC keeps the gen0 budget, and so the resident set, smaller");
    }
}
