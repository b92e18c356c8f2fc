using System.Diagnostics;
using GraciousBot.Closing.Insights;
using GraciousBot.Web.Insights;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraciousBot.Web.Tests.Insights;

/// <summary>
/// The "GraciousBot" Meter and ActivitySource, read with OpenTelemetry's in-memory exporter added to the host's own
/// OpenTelemetry set-up. The closings run on a channel id of their own, so other tests running at the same time
/// (the Meter is process-wide) do not change the numbers.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly string _channel = "otel-" + Guid.NewGuid().ToString("N")[..8];
    // The exporters add from other threads, and the Meter and ActivitySource are process-wide, so other tests' turns
    // are exported here while this test reads: a plain List threw "Collection was modified" now and then.
    private readonly SnapshotCollection<Metric> _metrics = new();
    private readonly SnapshotCollection<Activity> _spans = new();
    private InsightsDriver _driver = null!;

    public async Task InitializeAsync() => _driver = await InsightsDriver.StartAsync(clock: null, host => host
        .With(TelemetryHosting.EnabledSetting, "true") // the exporter is added in code, not by configuration
        .WithServices(s => s.AddOpenTelemetry()
            .WithMetrics(m => m.AddInMemoryExporter(_metrics))
            .WithTracing(t => t.AddInMemoryExporter(_spans))));

    public async Task DisposeAsync() => await _driver.DisposeAsync();

    [Fact]
    public async Task Closings_AreCountedByOutcome_WithRatingsHandoversTurnsAndConnectorCalls()
    {
        var rated = _driver.Open(_channel);
        await rated.StartAsync(InsightsDriver.Minimal);
        await rated.SayAllAsync("yes", "no", "2", "It took three chats", "no thanks");

        var handedOver = _driver.Open(_channel);
        await handedOver.StartAsync(Testing.SampleContexts.Router);
        await handedOver.SayAsync("no, it's still dropping every hour");
        await handedOver.EventAsync("handoff.status", """{ "state": "accepted" }""");

        var cancelled = _driver.Open(_channel);
        await cancelled.StartAsync(InsightsDriver.Minimal);
        await cancelled.SayAsync("cancel");

        Assert.True(_driver.Host.Services.GetRequiredService<MeterProvider>().ForceFlush(5000));
        Assert.True(_driver.Host.Services.GetRequiredService<TracerProvider>().ForceFlush(5000));

        Assert.Equal(3, Sum("graciousbot.closings.started"));
        Assert.Equal(1, Sum("graciousbot.closings.ended", ("outcome", "completed")));
        Assert.Equal(1, Sum("graciousbot.closings.ended", ("outcome", "handoff")));
        Assert.Equal(1, Sum("graciousbot.closings.ended", ("outcome", "cancelled")));
        Assert.Equal(1, Sum("graciousbot.ratings", ("rating", 2)));
        Assert.Equal(1, Sum("graciousbot.handovers", ("reason", "notResolved"), ("state", "accepted")));

        // Every turn of these conversations was timed (11 posts: 6 + 3 + 2), and the replies went out through the connector.
        Assert.Equal(11, Count("graciousbot.turn.duration"));
        Assert.Contains(_metrics, m => m.Name == "graciousbot.connector.duration");
        Assert.Contains(_metrics, m => m.Name == "graciousbot.storage.duration");
        Assert.Contains(_metrics, m => m.Name == "http.server.request.duration");

        // Spans: one per turn from the GraciousBot source, inside ASP.NET Core's request span.
        var turns = _spans.Where(s => s.Source.Name == GraciousBotTelemetry.Name && s.OperationName == "turn" && (string?)s.GetTagItem("graciousbot.channel") == _channel).ToList();
        Assert.Equal(11, turns.Count);
        Assert.All(turns, t => Assert.NotNull(t.ParentId));

        // With telemetry on, the trace goes on to the connector: every reply carries the W3C traceparent header.
        Assert.NotEmpty(_driver.Channel.Requests);
        Assert.All(_driver.Channel.Requests, r => Assert.True(r.Headers.ContainsKey("traceparent"), $"{r.Method} {r.Path} has no traceparent"));

        // No customer text in any tag.
        Assert.DoesNotContain(_spans.SelectMany(s => s.TagObjects), t => t.Value is string v && (v.Contains("three chats", StringComparison.Ordinal) || v.Contains("dropping", StringComparison.Ordinal)));
    }

    private long Sum(string name, params (string Key, object Value)[] tags) => Points(name, tags).Sum(p => p.GetSumLong());

    private long Count(string name) => Points(name).Sum(p => p.GetHistogramCount());

    /// <summary>The points of the latest export of a metric (cumulative), for this test's channel and the given tags.</summary>
    private List<MetricPoint> Points(string name, params (string Key, object Value)[] tags)
    {
        var found = new List<MetricPoint>();
        if (_metrics.LastOrDefault(m => m.Name == name) is { } metric)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                if (Equals(pointTags.GetValueOrDefault("channel"), _channel) && tags.All(t => Equals(pointTags.GetValueOrDefault(t.Key), t.Value)))
                {
                    found.Add(point);
                }
            }
        }

        return found;
    }
}

/// <summary>A collection an exporter may add to from any thread while the test enumerates a snapshot of it.</summary>
internal sealed class SnapshotCollection<T> : ICollection<T>
{
    private readonly List<T> _items = [];

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public void Add(T item)
    {
        lock (_items)
        {
            _items.Add(item);
        }
    }

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }

    public bool Contains(T item)
    {
        lock (_items)
        {
            return _items.Contains(item);
        }
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (_items)
        {
            _items.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(T item)
    {
        lock (_items)
        {
            return _items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        T[] snapshot;
        lock (_items)
        {
            snapshot = [.. _items];
        }

        return ((IEnumerable<T>)snapshot).GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
