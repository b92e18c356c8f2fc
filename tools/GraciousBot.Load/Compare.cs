using System.Globalization;
using System.Text.Json.Nodes;

namespace GraciousBot.Load;

/// <summary>
/// The side-by-side run: every target, every mode, in rounds that alternate the order (so a noisy neighbour on the
/// machine hurts each target alike), then one table with medians over the rounds and the ratios to the JS reference
/// skill and to the bare Kestrel floor.
/// </summary>
internal static class Compare
{
    public static async Task RunAsync(LoadOptions options)
    {
        await using var channel = await CaptureChannel.StartAsync();
        using var http = Http();
        var driver = new Driver(http, channel, LoadContext(options));
        Console.WriteLine($"graciousbot-load compare: scenario '{options.Scenario}', {options.Seconds}s per run, {options.Rounds} rounds alternating, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"targets: {string.Join(", ", options.Targets.Select(t => $"{t.Name} {string.Join(" + ", t.Urls)}"))}");

        // Warm up each target under the timed load (JIT tiers, connection pools, anything compiled once it is hot: the
        // detail patterns here, V8's optimiser in the JS skill) before anything is timed: --warmup seconds per target and
        // mode (default 2), the same for every target. A service is timed as it runs, warm, not as it starts.
        foreach (var mode in options.Modes)
        {
            foreach (var target in options.Targets)
            {
                await driver.RunAsync(target, options.Scenario, mode, options.Conversations.Max(), TimeSpan.FromSeconds(Math.Max(1, options.WarmUpSeconds)), null);
            }
        }

        var results = new List<RunResult>();
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var mode in options.Modes)
            {
                foreach (var conversations in options.Conversations)
                {
                    var order = round % 2 == 0 ? options.Targets : options.Targets.Reverse();
                    foreach (var target in order)
                    {
                        var result = await driver.RunAsync(target, options.Scenario, mode, conversations, TimeSpan.FromSeconds(options.Seconds), null);
                        results.Add(result);
                        Console.WriteLine($"  round {round + 1} {mode,-13} {conversations,4} convs {target.Name,-12} {result.TurnsPerSecond,9:F1} turns/s  p99 {RunResult.Percentile(result.Latencies, 0.99),8:F1} ms  CPU {result.CpuMsPerTurn,6:F3} ms/turn  errors {result.Errors}");
                    }
                }
            }
        }

        Print(options, results);
    }

    private static void Print(LoadOptions options, List<RunResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"| target | mode | convs | turns/s | closings/s | p50 ms | p95 ms | p99 ms | RSS MiB | CPU ms/turn | ended/closings | errors | turns/s vs JS | p99 vs JS | closings/s vs JS | turns/s vs floor |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var mode in options.Modes)
        {
            foreach (var conversations in options.Conversations)
            {
                var rows = options.Targets.Select(t => Summarise(t, options.Scenario, results.Where(r => r.Target == t.Name && r.Mode == mode && r.Conversations == conversations).ToList())).ToList();
                var js = rows.FirstOrDefault(r => options.Targets.First(t => t.Name == r.Name).IsJs);
                var floor = rows.FirstOrDefault(r => options.Targets.First(t => t.Name == r.Name).IsFloor);
                foreach (var row in rows)
                {
                    var vsJs = js is null || row == js ? "" : $"{row.TurnsPerSecond / js.TurnsPerSecond:F2}×";
                    var p99VsJs = js is null || row == js ? "" : $"{row.P99 / js.P99:F2}×";
                    var closingsVsJs = js is null || row == js || options.Scenario == "first" ? "" : $"{row.ClosingsPerSecond / js.ClosingsPerSecond:F2}×";
                    var vsFloor = floor is null || row == floor ? "" : $"{row.TurnsPerSecond / floor.TurnsPerSecond:P1}";
                    Console.WriteLine($"| {row.Name} | {mode} | {conversations} | {row.TurnsPerSecond:F0} | {row.ClosingsPerSecond:F1} | {row.P50:F1} | {row.P95:F1} | {row.P99:F1} | {row.Rss} | {row.CpuPerTurn} | {row.Ended} | {row.Errors} | {vsJs} | {p99VsJs} | {closingsVsJs} | {vsFloor} |");
                }
            }
        }

        // Two instances on one database against one instance (the scaling goal).
        var single = options.Targets.FirstOrDefault(t => t.Urls.Count == 1 && t.Name.Contains("postgres", StringComparison.OrdinalIgnoreCase));
        foreach (var several in options.Targets.Where(t => t.Urls.Count > 1 && single is not null))
        {
            foreach (var mode in options.Modes)
            {
                foreach (var conversations in options.Conversations)
                {
                    double Rate(Target t) => Median(results.Where(r => r.Target == t.Name && r.Mode == mode && r.Conversations == conversations).Select(r => r.TurnsPerSecond));
                    Console.WriteLine($"{several.Name} ({several.Urls.Count} instances) vs {single!.Name}, {mode}, {conversations} convs: {Rate(several) / Rate(single):F2}× turns/s");
                }
            }
        }

        if (options.PerTurn)
        {
            Console.WriteLine();
            Console.WriteLine("p50 ms per turn of the script (all rounds):");
            foreach (var group in results.GroupBy(r => (r.Target, r.Mode, r.Conversations)))
            {
                var turns = group.First().PerTurn.Length;
                var cells = Enumerable.Range(0, turns).Select(i => RunResult.Percentile([.. group.SelectMany(r => r.PerTurn[i]).Order()], 0.5).ToString("F1", CultureInfo.InvariantCulture));
                Console.WriteLine($"  {group.Key.Target,-12} {group.Key.Mode,-13} {group.Key.Conversations,4}: {string.Join("  ", cells)}");
            }
        }
    }

    private sealed record Row(string Name, double TurnsPerSecond, double ClosingsPerSecond, double P50, double P95, double P99, string Rss, string CpuPerTurn, string Ended, int Errors);

    /// <summary>Throughput is the median over the rounds; percentiles pool every latency of every round.</summary>
    private static Row Summarise(Target target, string scenario, List<RunResult> runs)
    {
        var latencies = runs.SelectMany(r => r.Latencies).Order().ToArray();
        var rss = runs.Select(r => r.ResidentMiB).LastOrDefault(r => r is not null);
        var ended = target.IsFloor || scenario == "first" ? "n/a" : $"{runs.Sum(r => r.Ended)}/{runs.Sum(r => r.Closings)}";
        return new Row(
            target.Name,
            Median(runs.Select(r => r.TurnsPerSecond)),
            Median(runs.Select(r => r.ClosingsPerSecond)),
            RunResult.Percentile(latencies, 0.50),
            RunResult.Percentile(latencies, 0.95),
            RunResult.Percentile(latencies, 0.99),
            rss is { } mib ? mib.ToString("F0", CultureInfo.InvariantCulture) : "?",
            runs.All(r => r.CpuMsPerTurn is not null) && runs.Count > 0 ? Median(runs.Select(r => r.CpuMsPerTurn!.Value)).ToString("F3", CultureInfo.InvariantCulture) : "?",
            ended,
            runs.Sum(r => r.Errors));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static HttpClient Http() =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

    public static JsonNode LoadContext(LoadOptions options) =>
        options.ContextFile is { } file ? JsonNode.Parse(File.ReadAllText(file))! : Driver.MinimalContext;
}

/// <summary>
/// The memory test: closings in chunks (1,000 by default) at N conversations, alternating between the targets, the
/// resident set after each chunk. Growth per closing is the least-squares slope of the resident set over the chunks
/// after the first (the first is warm-up: JIT, pools, caches, the GC finding its budgets), so one noisy reading does
/// not decide it; the table puts each target's resident set next to the JS reference skill's.
/// </summary>
internal static class MemoryTest
{
    public static async Task RunAsync(LoadOptions options)
    {
        await using var channel = await CaptureChannel.StartAsync();
        using var http = Compare.Http();
        var driver = new Driver(http, channel, Compare.LoadContext(options));
        var conversations = options.Conversations.Max();
        var chunk = Math.Clamp(options.Chunk, 1, Math.Max(1, options.Closings));
        // The floor takes the same requests as a GraciousBot closing (it answers each with one reply and keeps nothing):
        // the resident set of a bare Kestrel process after the same traffic, beside the bots'.
        var targets = options.Targets.ToList();
        Console.WriteLine($"graciousbot-load memory: {options.Closings} closings per target at {conversations} conversations (normal delivery), in chunks of {chunk}, alternating, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var readings = targets.ToDictionary(t => t.Name, t => new List<(int Closings, double? Mib)> { (0, t.ResidentMiB()) });
        Console.WriteLine($"RSS MiB at start: {string.Join(", ", targets.Select(t => $"{t.Name} {Mib(readings[t.Name][0].Mib)}"))}");
        var errors = targets.ToDictionary(t => t.Name, _ => 0);
        var seconds = targets.ToDictionary(t => t.Name, _ => 0.0);
        for (var done = chunk; done <= options.Closings; done += chunk)
        {
            var line = new List<string>();
            foreach (var target in targets)
            {
                var run = await driver.RunAsync(target, "closing", "normal", conversations, null, chunk);
                errors[target.Name] += run.Errors;
                seconds[target.Name] += run.Elapsed.TotalSeconds;
                readings[target.Name].Add((done, run.ResidentMiB));
                line.Add($"{target.Name} {Mib(run.ResidentMiB)} MiB ({run.ClosingsPerSecond:F0} closings/s)");
            }

            Console.WriteLine($"  after {done,6} closings: {string.Join(", ", line)}");
        }

        var js = targets.FirstOrDefault(t => t.IsJs);
        Console.WriteLine();
        Console.WriteLine($"| target | RSS MiB at start | after {chunk:N0} closings | after {readings[targets[0].Name][^1].Closings:N0} | growth per closing after the first chunk (KiB) | RSS vs JS | closings/s | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var target in targets)
        {
            var points = readings[target.Name];
            var last = points[^1].Mib;
            var vsJs = js is null || target == js || last is not { } mine || readings[js.Name][^1].Mib is not { } theirs ? "" : $"{mine / theirs:F2}×";
            var growth = GrowthPerClosingKiB(points.Skip(1).ToList()) is { } kib ? kib.ToString("F2", CultureInfo.InvariantCulture) : "?";
            var rate = seconds[target.Name] > 0 ? (points[^1].Closings / seconds[target.Name]).ToString("F0", CultureInfo.InvariantCulture) : "?";
            Console.WriteLine($"| {target.Name} | {Mib(points[0].Mib)} | {Mib(points.Count > 1 ? points[1].Mib : null)} | {Mib(last)} | {growth} | {vsJs} | {rate} | {errors[target.Name]} |");
        }
    }

    /// <summary>The least-squares slope of the resident set over closings, in KiB per closing; null with fewer than two readings or a dead process.</summary>
    internal static double? GrowthPerClosingKiB(IReadOnlyList<(int Closings, double? Mib)> points)
    {
        if (points.Count < 2 || points.Any(p => p.Mib is null))
        {
            return null;
        }

        var meanX = points.Average(p => (double)p.Closings);
        var meanY = points.Average(p => p.Mib!.Value);
        var covariance = points.Sum(p => (p.Closings - meanX) * (p.Mib!.Value - meanY));
        var variance = points.Sum(p => (p.Closings - meanX) * (p.Closings - meanX));
        return variance == 0 ? null : covariance / variance * 1024;
    }

    private static string Mib(double? mib) => mib is { } value ? value.ToString("F0", CultureInfo.InvariantCulture) : "gone";
}
