using System.Globalization;
using GraciousBot.Load;

// graciousbot-load compare --target NAME=URL[@PID] ... [--scenario closing|first] [--modes normal,expectReplies]
//                          [--conversations 64] [--seconds 10] [--rounds 3] [--warmup 2] [--context FILE] [--per-turn]
// graciousbot-load memory  --target NAME=URL[@PID] ... [--closings 10000] [--chunk 1000] [--conversations 64] [--context FILE]
// graciousbot-load floor   --port PORT
// A target named js* is driven with the JS reference skill's script (it asks no comment after a 5); floor* is the
// bare Kestrel floor (in `memory` it takes a GraciousBot closing's requests, for its resident set after the same traffic).
// tools/perf.sh starts every target (and PostgreSQL) and runs the whole comparison.
var command = args.FirstOrDefault() ?? "help";
var options = LoadOptions.Parse(args.Skip(1).ToArray());
switch (command)
{
    case "floor":
        await Floor.RunAsync(options.Port, CancellationToken.None);
        return 0;
    case "compare":
        await Compare.RunAsync(options);
        return 0;
    case "memory":
        await MemoryTest.RunAsync(options);
        return 0;
    default:
        Console.Error.WriteLine("usage: graciousbot-load compare|memory|floor [options] (see tools/perf.sh and the README's Performance section)");
        return 2;
}

namespace GraciousBot.Load
{
    /// <summary>
    /// One bot under test: where it listens and which process to read the resident set of. A target may be several
    /// instances of one bot (on one database): its conversations are split across them, and its resident set is theirs
    /// together.
    /// </summary>
    internal sealed record Target(string Name, IReadOnlyList<string> Urls, IReadOnlyList<int> Pids)
    {
        public bool IsJs => Name.StartsWith("js", StringComparison.OrdinalIgnoreCase);

        public bool IsFloor => Name.StartsWith("floor", StringComparison.OrdinalIgnoreCase);

        /// <summary>The instance conversation number <paramref name="index"/> talks to (always the same one).</summary>
        public string UrlFor(int index) => Urls[index % Urls.Count];

        /// <summary>Parses NAME=URL[@PID], or NAME=URL[@PID],URL[@PID],... for several instances of one bot.</summary>
        public static Target Parse(string spec)
        {
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--target '{spec}' is not NAME=URL[@PID][,URL[@PID]...]");
            }

            var urls = new List<string>();
            var pids = new List<int>();
            foreach (var instance in spec[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var at = instance.LastIndexOf('@');
                urls.Add((at < 0 ? instance : instance[..at]).TrimEnd('/'));
                if (at >= 0)
                {
                    pids.Add(int.Parse(instance[(at + 1)..], CultureInfo.InvariantCulture));
                }
            }

            return new Target(spec[..equals], urls, pids);
        }

        /// <summary>
        /// User + system CPU time of the target's processes so far (summed), or null when not known. Only the target's
        /// own processes: a database server's CPU is not in it.
        /// </summary>
        public TimeSpan? CpuTime()
        {
            var total = TimeSpan.Zero;
            foreach (var pid in Pids)
            {
                try
                {
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    total += process.TotalProcessorTime;
                }
                catch (Exception gone) when (gone is ArgumentException or InvalidOperationException)
                {
                    return null;
                }
            }

            return Pids.Count == 0 ? null : total;
        }

        /// <summary>VmRSS of the target's processes in MiB (summed), or null when it is not known.</summary>
        public double? ResidentMiB()
        {
            double? total = null;
            foreach (var pid in Pids)
            {
                if (!File.Exists($"/proc/{pid}/status"))
                {
                    return null;
                }

                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (line is null)
                {
                    return null;
                }

                total = (total ?? 0) + (double.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024);
            }

            return total;
        }
    }

    internal sealed record LoadOptions(
        IReadOnlyList<Target> Targets,
        string Scenario,
        string[] Modes,
        int[] Conversations,
        int Seconds,
        int Rounds,
        int Closings,
        int Chunk,
        string? ContextFile,
        int Port,
        bool PerTurn,
        int WarmUpSeconds)
    {
        public static LoadOptions Parse(string[] args)
        {
            string Get(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }

            int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

            var targets = args.Select((a, i) => (a, i)).Where(p => p.a == "--target" && p.i + 1 < args.Length).Select(p => Target.Parse(args[p.i + 1])).ToList();
            return new LoadOptions(
                targets,
                Get("--scenario", "closing"),
                Get("--modes", "normal,expectReplies").Split(','),
                [.. Get("--conversations", "64").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
                Int("--seconds", 10),
                Int("--rounds", 3),
                Int("--closings", 10_000),
                Int("--chunk", 1_000),
                Get("--context", string.Empty) is { Length: > 0 } file ? file : null,
                Int("--port", 3997),
                args.Contains("--per-turn"),
                Int("--warmup", 2));
        }
    }
}
