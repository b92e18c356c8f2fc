using BenchmarkDotNet.Running;
using GraciousBot.Benchmarks;

// Run by hand (never by the test command): dotnet run -c Release --project tools/GraciousBot.Benchmarks -- --filter '*'
// A quick pass: add --job short. Results land in BenchmarkDotNet.Artifacts/ under the current folder.
// `profile-state SECONDS` runs a closing turn's state work (StateBenchmarks.ScopeTurn) in a loop, likewise.
// `profile-goodbye SECONDS [interpreted]` reads the realistic goodbye in a loop for a profiler to attach to (dotnet-trace collect -- ...).
if (args is ["profile-state", var stateSeconds])
{
    var state = new StateBenchmarks();
    state.Setup();
    var end = DateTime.UtcNow.AddSeconds(int.Parse(stateSeconds, System.Globalization.CultureInfo.InvariantCulture));
    var turns = 0;
    while (DateTime.UtcNow < end)
    {
        state.ScopeTurn();
        turns++;
    }

    Console.WriteLine($"{turns} state turns");
    return;
}

if (args is ["profile-goodbye", var seconds, ..])
{
    var bench = new GoodbyeBenchmarks { Compiled = !args.Contains("interpreted") };
    bench.Setup();
    var until = DateTime.UtcNow.AddSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    var count = 0;
    while (DateTime.UtcNow < until)
    {
        bench.ReadDetails();
        count++;
    }

    Console.WriteLine($"{count} readings");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Samples).Assembly).Run(args);
