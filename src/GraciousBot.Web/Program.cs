using GraciousBot.Web.Hosting;

try
{
    NativeHeap.KeepLargeBlocksOutOfTheHeap(Environment.GetEnvironmentVariable);
    // Settings are read at start-up (a change takes a restart, as the wording does), so nothing watches the content
    // root: the default SQLite file lives under it and every commit woke the watcher. An operator's own
    // --hostBuilder:reloadConfigOnChange (or DOTNET_hostBuilder__reloadConfigOnChange) still wins.
    var builder = WebApplication.CreateBuilder(HostArguments.WithoutConfigurationReload(args));
    builder.UseDefaultUrlsWhenNoneSet();
    builder.AddGraciousBot();
    GraciousBot.Web.Insights.InsightsHosting.AddInsights(builder);

    var app = builder.Build();
    app.MapGraciousBot();
    GraciousBot.Web.Insights.InsightsHosting.MapInsights(app);
    app.Run();
    return 0;
}
catch (Exception startup) when (StartupProblem.Describe(startup) is { } problem)
{
    // Configuration and wording mistakes are told plainly, without a stack trace.
    Console.Error.WriteLine($"GraciousBot could not start: {problem}");
    return 1;
}

/// <summary>The entry point, visible to the test host factory.</summary>
public partial class Program;
