using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace GraciousBot.Benchmarks;

/// <summary>
/// Where a running process allocates: reads a trace taken with
/// <c>dotnet-trace collect -p PID --profile gc-verbose</c> (an allocation tick about every 100 KB, with its stack) and
/// prints the sampled bytes by type, by method (inclusive, ours and the libraries' we call, not the runtime's), and by
/// type with the nearest frames outside <c>System.*</c>. TraceEvent comes with BenchmarkDotNet.
/// </summary>
internal static class AllocationReport
{
    public static void Print(string tracePath, int frames, TextWriter output)
    {
        var byType = new Dictionary<string, double>(StringComparer.Ordinal);
        var byMethod = new Dictionary<string, double>(StringComparer.Ordinal);
        var byStack = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = 0.0;
        using (var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath)))
        {
            foreach (var traced in log.Events)
            {
                if (traced is not GCAllocationTickTraceData tick)
                {
                    continue;
                }

                var bytes = (double)tick.AllocationAmount64;
                total += bytes;
                Add(byType, tick.TypeName, bytes);
                var methods = Methods(tick.CallStack()).ToList();
                foreach (var method in methods.Distinct())
                {
                    Add(byMethod, method, bytes);
                }

                var nearest = methods.Where(m => !m.StartsWith("System.", StringComparison.Ordinal)).Take(frames);
                Add(byStack, $"{tick.TypeName} <- {string.Join(" <- ", nearest)}", bytes);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled {total / 1e6:F1} MB"));
        Section(output, "by type", byType, total, 30);
        Section(output, "by method, inclusive (not System.*)", byMethod.Where(m => !m.Key.StartsWith("System.", StringComparison.Ordinal)), total, 60);
        Section(output, "by type and nearest frames", byStack, total, 40);
    }

    private static IEnumerable<string> Methods(TraceCallStack? stack)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            var name = frame.CodeAddress.FullMethodName;
            yield return string.IsNullOrEmpty(name) ? $"{frame.CodeAddress.ModuleName}!?" : name;
        }
    }

    private static void Add(Dictionary<string, double> sums, string key, double bytes) =>
        sums[key] = sums.GetValueOrDefault(key) + bytes;

    private static void Section(TextWriter output, string title, IEnumerable<KeyValuePair<string, double>> sums, double total, int top)
    {
        output.WriteLine($"== {title}");
        foreach (var (key, bytes) in sums.OrderByDescending(s => s.Value).Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes * 100 / total,6:F2}%  {key}"));
        }
    }
}
