namespace GraciousBot.Benchmarks;

/// <summary>
/// `cpu-turns ROUNDS`: the process's own CPU time per operation (user + system, every thread), in batches, median of
/// the batches: <see cref="StateBenchmarks"/>' turn and unchanged turn, and <see cref="TurnBenchmarks.RealisticClosing"/>
/// (per turn). For comparing two builds on a machine other work keeps busy, where wall-clock times are mostly waiting.
/// </summary>
internal static class CpuTurns
{
    public static async Task RunAsync(int rounds)
    {
        var state = new StateBenchmarks();
        state.Setup();
        var turns = new TurnBenchmarks { Compiled = true };
        turns.Setup();
        try
        {
            var ways = new (string Name, int PerBatch, int OpsPerCall, Func<Task> Run)[]
            {
                ("StateBenchmarks.ScopeTurn", 200, 1, () => Task.FromResult(state.ScopeTurn())),
                ("StateBenchmarks.ScopeUnchanged", 200, 1, () => Task.FromResult(state.ScopeUnchanged())),
                ("TurnBenchmarks.RealisticClosing (per turn)", 20, 6, turns.RealisticClosing),
            };
            // Warm up first: tiered compilation's rewrites (and their background JIT) are not what is measured.
            foreach (var way in ways)
            {
                for (var i = 0; i < way.PerBatch * 20; i++)
                {
                    await way.Run();
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            var times = ways.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                for (var w = 0; w < ways.Length; w++)
                {
                    var before = ProcessCpu();
                    for (var i = 0; i < ways[w].PerBatch; i++)
                    {
                        await ways[w].Run();
                    }

                    times[w].Add((ProcessCpu() - before).TotalMicroseconds / (ways[w].PerBatch * ways[w].OpsPerCall));
                }
            }

            for (var w = 0; w < ways.Length; w++)
            {
                var sorted = times[w].Order().ToList();
                Console.WriteLine($"{ways[w].Name,-44} CPU median {sorted[sorted.Count / 2],8:F1} µs/op   lowest batch {sorted[0],8:F1} µs/op");
            }
        }
        finally
        {
            turns.Cleanup();
        }
    }

    /// <summary>
    /// The process's CPU time to the nanosecond: the run time the scheduler counted for each of its threads
    /// (/proc/self/task/*/schedstat). Process.TotalProcessorTime counts in the kernel's 10 ms ticks on Linux, too
    /// coarse for a batch. A thread that ended between two readings is not counted (none does while measuring).
    /// </summary>
    private static TimeSpan ProcessCpu()
    {
        long nanoseconds = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var schedstat = File.ReadAllText(Path.Combine(task, "schedstat"));
                nanoseconds += long.Parse(schedstat.AsSpan(0, schedstat.IndexOf(' ', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
