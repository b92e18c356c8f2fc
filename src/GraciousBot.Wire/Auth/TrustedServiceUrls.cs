namespace GraciousBot.Wire.Auth;

/// <summary>
/// The serviceUrls that arrived on authenticated requests: the only places outgoing tokens are sent to. Bounded: beyond
/// <see cref="Capacity"/> the least recently seen one is forgotten (a proactive message to it then fails until that
/// channel or caller sends another authenticated request).
/// </summary>
public sealed class TrustedServiceUrls
{
    public const int DefaultCapacity = 10_000;

    private readonly Dictionary<string, LinkedListNode<string>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _order = new();
    private readonly object _gate = new();

    public TrustedServiceUrls(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _order.Count;
            }
        }
    }

    /// <summary>Remembers (or refreshes) a serviceUrl that came in on an authenticated request.</summary>
    public void Add(string serviceUrl)
    {
        var key = Normalize(serviceUrl);
        lock (_gate)
        {
            if (_index.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
                _order.AddFirst(existing);
                return;
            }

            _index[key] = _order.AddFirst(key);
            if (_order.Count > Capacity)
            {
                var oldest = _order.Last!;
                _order.RemoveLast();
                _index.Remove(oldest.Value);
            }
        }
    }

    public bool Contains(string serviceUrl)
    {
        var key = Normalize(serviceUrl);
        lock (_gate)
        {
            return _index.ContainsKey(key);
        }
    }

    /// <summary>The same URL with or without a trailing slash is the same place (the connector client trims it).</summary>
    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
