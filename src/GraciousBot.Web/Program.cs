using GraciousBot.Web.Hosting;

try
{
    NativeHeap.KeepLargeBlocksOutOfTheHeap(Environment.GetEnvironmentVariable);
    var builder = WebApplication.CreateBuilder(args);
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
