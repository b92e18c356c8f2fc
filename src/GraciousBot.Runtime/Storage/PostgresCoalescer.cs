namespace GraciousBot.Runtime.Storage;

/// <summary>
/// Gathers requests that arrive while earlier ones are on their way to PostgreSQL into one group, so concurrent turns
/// share a round trip (and, for writes, one transaction and one WAL flush) instead of paying one each. At most
/// <c>maxInFlight</c> groups run at once; a request that finds a runner free starts at once (a lone turn waits for
/// nothing), the others wait for the next group. A request is never added to a group that is already running.
/// </summary>
/// <remarks>
/// No thread of its own and nothing to dispose: a runner exists only while requests are queued. The group function
/// must complete every request it is given (result or exception) and must not throw.
/// </remarks>
internal sealed class PostgresCoalescer<TJob>(Func<List<TJob>, Task> runGroup, int maxInFlight, int maxGroup)
{
    private readonly Queue<TJob> _queue = new();
    private readonly object _gate = new();
    private int _running;

    public void Add(TJob job)
    {
        lock (_gate)
        {
            _queue.Enqueue(job);
            if (_running >= maxInFlight)
            {
                return;
            }

            _running++;
        }

        // Runs inline until its first round trip; the caller waits on its own request, not on this runner.
        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        while (true)
        {
            List<TJob> group;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _running--;
                    return;
                }

                group = new List<TJob>(Math.Min(_queue.Count, maxGroup));
                while (group.Count < maxGroup && _queue.TryDequeue(out var next))
                {
                    group.Add(next);
                }
            }

            try
            {
                await runGroup(group);
            }
            catch (Exception)
            {
                // A group answers its own waiters; a runner that stopped here would leave its slot taken for good.
            }
        }
    }
}
