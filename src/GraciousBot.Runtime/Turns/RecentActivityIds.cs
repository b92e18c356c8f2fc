namespace GraciousBot.Runtime.Turns;

/// <summary>
/// A bounded, time-limited memory of activity ids already processed in this process, so that a channel's
/// redelivery of the same activity is not applied twice. Across instances, conversation state keeps the last few ids
/// too (see <see cref="TurnProcessor"/>).
/// </summary>
public sealed class RecentActivityIds(TimeProvider timeProvider, int capacity = 10_000, TimeSpan? window = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromMinutes(10);
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>Records the id; false when it was already seen within the window.</summary>
    public bool TryAdd(string key)
    {
        var now = timeProvider.GetUtcNow();
        lock (_seen)
        {
            Evict(now);
            if (_seen.ContainsKey(key))
            {
                return false;
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    /// <summary>Forgets an id, so that a turn that failed before it was applied can be delivered again.</summary>
    public void Remove(string key)
    {
        lock (_seen)
        {
            _seen.Remove(key);
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.Count > 0 && (_order.Count > capacity || now - _order.Peek().At > _window))
        {
            var (key, at) = _order.Dequeue();
            if (_seen.TryGetValue(key, out var stamped) && stamped == at)
            {
                _seen.Remove(key);
            }
        }
    }
}
