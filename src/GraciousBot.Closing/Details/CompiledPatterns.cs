using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// The detail rules are hundreds of large regexes. Interpreted, they are ready at once; compiled, they run several
/// times faster but each costs hundreds of kilobytes of generated code and takes long to build and JIT. Most rules
/// now rarely run at all (<see cref="RequiredWords"/> skips them on sentences without their words), so only the
/// patterns that keep running (tense, dates, what went wrong, the rules whose words are common) are worth compiling:
/// every pattern runs interpreted, and once it has run <see cref="UsesBeforeCompiling"/> times a background thread
/// builds (and runs once) its compiled twin, which then takes over. Same pattern, same options, same matches: only
/// the speed changes.
/// </summary>
internal static class CompiledPatterns
{
    private static readonly ConcurrentDictionary<Regex, Entry> Entries = new(ReferenceEqualityComparer.Instance);
    private static readonly BlockingCollection<Entry> Queue = [];
    private static int _compilerStarted;

    /// <summary>Off: the interpreted patterns only, nothing compiled (for measuring the difference).</summary>
    public static bool Enabled { get; set; } = true;

    /// <summary>How often a pattern runs interpreted before its compiled twin is built (tests set 1 to compile all they use).</summary>
    public static int UsesBeforeCompiling { get; set; } = 2_000;

    /// <summary>How many patterns have their compiled twin in use (for tests and diagnostics).</summary>
    public static int CompiledCount => Entries.Values.Count(e => e.Twin is not null);

    /// <summary>How many patterns are queued or being compiled.</summary>
    public static int WaitingCount => Entries.Values.Count(e => e.Queued && e.Twin is null);

    /// <summary>The compiled twin when it is ready, else the pattern itself (counting the use, and queueing the twin when it is hot).</summary>
    public static Regex Fastest(Regex pattern)
    {
        if (!Enabled || (pattern.Options & RegexOptions.Compiled) != 0)
        {
            return pattern;
        }

        var entry = Entries.GetOrAdd(pattern, static p => new Entry(p));
        if (entry.Twin is { } twin)
        {
            return twin;
        }

        if (Interlocked.Increment(ref entry.Uses) >= UsesBeforeCompiling && Interlocked.Exchange(ref entry.QueuedFlag, 1) == 0)
        {
            Queue.Add(entry);
            StartCompiler();
        }

        return pattern;
    }

    /// <summary>Blocks until every queued pattern is compiled (tests and benchmarks; the host never waits).</summary>
    public static bool WaitUntilCompiled(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (WaitingCount > 0)
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
        foreach (var entry in Queue.GetConsumingEnumerable())
        {
            var pattern = entry.Pattern;
            try
            {
                var compiled = new Regex(pattern.ToString(), pattern.Options | RegexOptions.Compiled, pattern.MatchTimeout);
                _ = compiled.IsMatch("warm up the compiled matcher once, off the turn's path"); // JITs it here, not in a turn
                entry.Twin = compiled;
            }
            catch (Exception failure) when (failure is ArgumentException or InvalidOperationException or NotSupportedException)
            {
                // The interpreted pattern stays in use; nothing is lost but speed.
                entry.Twin = pattern;
            }
        }
    }

    private sealed class Entry(Regex pattern)
    {
        public readonly Regex Pattern = pattern;
        public int Uses;
        public int QueuedFlag;
        public volatile Regex? Twin;

        public bool Queued => Volatile.Read(ref QueuedFlag) == 1;
    }
}
