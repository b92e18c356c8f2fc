using System.Globalization;
using Microsoft.Diagnostics.Tracing;

namespace GraciousBot.Benchmarks;

/// <summary>
/// What the JIT compiled while a process ran, and when: reads a trace taken with
/// <c>dotnet-trace collect -p PID --providers Microsoft-Windows-DotNETRuntime:0x10:5</c> (the JIT's start and end of
/// each method) and prints the time spent compiling by tier (quick, instrumented, optimised, regex code built at run
/// time), by 10 s of the trace, by namespace, and the slowest methods. It tells how long a process under load keeps
/// compiling, so that timed rounds start after it (README, Performance). Times run from a method's start to its end, so
/// on a busy machine they include the compiler's waits for a core (its thread's CPU time is in /proc, not in the trace). TraceEvent comes with BenchmarkDotNet.
/// </summary>
internal static class JitReport
{
    public static void Print(string tracePath, TextWriter output)
    {
        var started = new Dictionary<(int Thread, long Method), double>();
        var byTier = new Dictionary<string, Sum>(StringComparer.Ordinal);
        var byNamespace = new Dictionary<string, Sum>(StringComparer.Ordinal);
        var byMethod = new Dictionary<string, Sum>(StringComparer.Ordinal);
        var byTenSeconds = new SortedDictionary<int, Sum>();
        using (var source = new EventPipeEventSource(tracePath))
        {
            source.Clr.MethodJittingStarted += e => started[(e.ThreadID, e.MethodID)] = e.TimeStampRelativeMSec;
            source.Clr.MethodLoadVerbose += e =>
            {
                if (!started.Remove((e.ThreadID, e.MethodID), out var start))
                {
                    return;
                }

                var ms = e.TimeStampRelativeMSec - start;
                var tier = e.OptimizationTier.ToString();
                Add(byTier, tier, ms);
                Add(byNamespace, $"{tier} {Namespace(e.MethodNamespace)}", ms);
                Add(byMethod, $"{tier} {e.MethodNamespace}::{e.MethodName}", ms);
                Add(byTenSeconds, (int)(start / 10_000) * 10, ms);
            };
            source.Process();
        }

        var total = byTier.Values.Sum(s => s.Ms);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compiling: {total / 1000:F1} s in {byTier.Values.Sum(s => s.Count)} methods (from each method's start to its end: on a busy machine, waits for a core count too)"));
        Section(output, "by tier", byTier, 10);
        output.WriteLine("== by 10 s of the trace (from its start)");
        foreach (var (from, sum) in byTenSeconds)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from,5} s {sum.Ms,9:F0} ms {sum.Count,7} methods"));
        }

        Section(output, "by tier and namespace", byNamespace, 30);
        Section(output, "slowest methods", byMethod, 25);
    }

    /// <summary>The first three parts of a method's namespace, without generic arguments.</summary>
    private static string Namespace(string typeName)
    {
        var generic = typeName.IndexOf('[', StringComparison.Ordinal);
        var name = generic > 0 ? typeName[..generic] : typeName;
        return string.Join('.', name.Split('.').Take(3));
    }

    private static void Add<TKey>(IDictionary<TKey, Sum> sums, TKey key, double ms)
        where TKey : notnull
    {
        var sum = sums.TryGetValue(key, out var found) ? found : default;
        sums[key] = new Sum(sum.Ms + ms, sum.Count + 1);
    }

    private static void Section(TextWriter output, string title, Dictionary<string, Sum> sums, int top)
    {
        output.WriteLine($"== {title}");
        foreach (var (name, sum) in sums.OrderByDescending(s => s.Value.Ms).Take(top))
        {
            var shown = name.Length > 180 ? name[..180] : name;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sum.Ms,9:F0} ms {sum.Count,7} {shown}"));
        }
    }

    private readonly record struct Sum(double Ms, int Count);
}
