using BenchmarkDotNet.Running;
using GraciousBot.Benchmarks;

// Run by hand (never by the test command): dotnet run -c Release --project tools/GraciousBot.Benchmarks -- --filter '*'
// A quick pass: add --job short. Results land in BenchmarkDotNet.Artifacts/ under the current folder.
// `cpu-turns ROUNDS` counts the process's CPU time per state turn and per realistic closing turn (medians of ROUNDS batches).
// `compare-state ROUNDS` times StateBenchmarks' turns alternately in batches (medians; for a shared, noisy machine).
// `profile-state SECONDS` runs a closing turn's state work (StateBenchmarks.ScopeTurn) in a loop, likewise.
// `compare-details ROUNDS [interpreted]` times GoodbyeBenchmarks' readings with the reading shortcuts off and on, alternately in batches.
// `allocations TRACE.nettrace [FRAMES]` prints where a process allocated, from `dotnet-trace collect -p PID --profile gc-verbose`.
// `jit TRACE.nettrace` prints what the JIT compiled and when, from `dotnet-trace collect -p PID --providers Microsoft-Windows-DotNETRuntime:0x10:5`.
// `profile-goodbye SECONDS [interpreted]` reads the realistic goodbye in a loop for a profiler to attach to (dotnet-trace collect -- ...).
if (args is ["cpu-turns", var cpuRounds])
{
    // On a shared, loaded machine wall-clock times mostly measure the other processes: this counts the process's own
    // CPU time (all its threads, the GC's too) per operation, for a before/after of two builds run one after the other.
    await CpuTurns.RunAsync(int.Parse(cpuRounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["compare-state", var rounds])
{
    // On a shared machine: the two ways alternate in short batches, and the median batch of each is compared.
    var state = new StateBenchmarks();
    state.Setup();
    var ways = new (string Name, Func<int> Run)[] { ("ScopeTurn", state.ScopeTurn), ("DomTurn", state.DomTurn), ("ScopeUnchanged", () => state.ScopeUnchanged() ? 1 : 0) };
    var times = ways.Select(_ => new List<double>()).ToArray();
    for (var round = 0; round < int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); round++)
    {
        for (var w = 0; w < ways.Length; w++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 100; i++)
            {
                ways[w].Run();
            }

            times[w].Add(watch.Elapsed.TotalMicroseconds / 100);
        }
    }

    for (var w = 0; w < ways.Length; w++)
    {
        var sorted = times[w].Order().ToList();
        Console.WriteLine($"{ways[w].Name,-15} median {sorted[sorted.Count / 2],8:F1} µs/turn   fastest batch {sorted[0],8:F1} µs/turn");
    }

    return;
}

if (args is ["compare-details", var detailRounds, ..])
{
    GoodbyeBenchmarks.CompareReadings(int.Parse(detailRounds, System.Globalization.CultureInfo.InvariantCulture), compiled: !args.Contains("interpreted"));
    return;
}

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

// `time-understanding ROUNDS`, `profile-understanding SECONDS [ANSWER]`, `dump-understanding REPO OUT`: see UnderstandingBenchmarks.cs.
if (args is ["time-understanding", var understandingRounds])
{
    UnderstandingBenchmarks.Time(int.Parse(understandingRounds, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return;
}

if (args is ["profile-understanding", var understandingSeconds, ..])
{
    Console.WriteLine($"{UnderstandingBenchmarks.Profile(int.Parse(understandingSeconds, System.Globalization.CultureInfo.InvariantCulture), args.ElementAtOrDefault(2))} turns");
    return;
}

if (args is ["dump-understanding", var repoRoot, var dumpFile])
{
    using var dump = new StreamWriter(dumpFile);
    Console.WriteLine($"{UnderstandingDump.Write(repoRoot, dump)} texts");
    return;
}

// `compare-connector ROUNDS`: CPU time per connector reply (ConnectorBenchmarks' settings), alternately in batches.
if (args is ["compare-connector", var connectorRounds])
{
    ConnectorBenchmarks.CompareCpu(int.Parse(connectorRounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["allocations", var trace, ..])
{
    // Where a running process allocates, from a dotnet-trace gc-verbose trace (README, Performance).
    AllocationReport.Print(trace, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 6, Console.Out);
    return;
}

if (args is ["jit", var jitTrace])
{
    // How long a process under load keeps compiling, and what (README, Performance).
    JitReport.Print(jitTrace, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Samples).Assembly).Run(args);
