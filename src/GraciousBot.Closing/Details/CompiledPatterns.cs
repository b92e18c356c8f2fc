using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// The detail rules are hundreds of large regexes. Interpreted, they are ready at once but read a realistic closing
/// (a transcript, notes and the closing's answers) in tens of milliseconds; compiled, they read it many times faster
/// but take seconds to build and JIT, which once timed out the first goodbye under load. So both: every pattern is
/// used interpreted until a background thread has built (and run once) its compiled twin, which then takes over.
/// Same pattern, same options, same matches: only the speed changes. <see cref="DetailExtractor.WarmUp"/> queues
/// them all at start-up; any pattern seen first by a reading is queued then.
/// </summary>
internal static class CompiledPatterns
{
    private static readonly ConcurrentDictionary<Regex, Regex?> Twins = new(ReferenceEqualityComparer.Instance);
    private static readonly BlockingCollection<Regex> Queue = [];
    private static int _compilerStarted;

    /// <summary>Off: the interpreted patterns only, nothing compiled (for measuring the difference).</summary>
    public static bool Enabled { get; set; } = true;

    /// <summary>How many patterns have their compiled twin in use (for tests and diagnostics).</summary>
    public static int CompiledCount => Twins.Count(t => t.Value is not null);

    /// <summary>How many patterns were seen, compiled or still waiting.</summary>
    public static int SeenCount => Twins.Count;

    /// <summary>The compiled twin when it is ready, else the pattern itself (and its twin is queued).</summary>
    public static Regex Fastest(Regex pattern)
    {
        if (!Enabled)
        {
            return pattern;
        }

        if (Twins.TryGetValue(pattern, out var twin))
        {
            return twin ?? pattern;
        }

        if ((pattern.Options & RegexOptions.Compiled) == 0 && Twins.TryAdd(pattern, null))
        {
            Queue.Add(pattern);
            StartCompiler();
        }

        return pattern;
    }

    /// <summary>Blocks until every queued pattern is compiled (tests and benchmarks; the host never waits).</summary>
    public static bool WaitUntilCompiled(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Twins.Values.Any(t => t is null))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }

    private static void StartCompiler()
    {
        if (Interlocked.Exchange(ref _compilerStarted, 1) == 1)
        {
            return;
        }

        // One background thread, off the thread pool so that turns never wait behind it.
        new Thread(Compile) { IsBackground = true, Name = "detail-pattern-compiler", Priority = ThreadPriority.BelowNormal }.Start();
    }

    private static void Compile()
    {
        foreach (var pattern in Queue.GetConsumingEnumerable())
        {
            try
            {
                var compiled = new Regex(pattern.ToString(), pattern.Options | RegexOptions.Compiled, pattern.MatchTimeout);
                _ = compiled.IsMatch("warm up the compiled matcher once, off the turn's path"); // JITs it here, not in a turn
                Twins[pattern] = compiled;
            }
            catch (Exception failure) when (failure is ArgumentException or InvalidOperationException or NotSupportedException)
            {
                // The interpreted pattern stays in use; nothing is lost but speed.
                Twins[pattern] = pattern;
            }
        }
    }
}
