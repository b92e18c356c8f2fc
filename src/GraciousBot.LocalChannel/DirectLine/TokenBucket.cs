namespace GraciousBot.LocalChannel;

/// <summary>
/// A token bucket on an injected clock: <see cref="TryTake"/> spends one token or says how long until the next one.
/// Thread-safe; small enough to keep one per conversation.
/// </summary>
internal sealed class TokenBucket
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly double _capacity;
    private readonly double _perSecond;
    private double _tokens;
    private long _last;

    public TokenBucket(TimeProvider time, int capacity, double perSecond)
    {
        _time = time;
        _capacity = capacity;
        _perSecond = perSecond;
        _tokens = capacity;
        _last = time.GetTimestamp();
    }

    /// <summary>True when a token was spent; otherwise <paramref name="retryAfter"/> is the wait for the next one.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var elapsed = _time.GetElapsedTime(_last, now).TotalSeconds;
            _last = now;
            _tokens = Math.Min(_capacity, _tokens + (elapsed * _perSecond));
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / _perSecond);
            return false;
        }
    }
}
