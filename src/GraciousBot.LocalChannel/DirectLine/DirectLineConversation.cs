using System.Text.Json;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;

namespace GraciousBot.LocalChannel;

/// <summary>One activity as the client sees it: its place in the conversation (the watermark) and its JSON.</summary>
internal sealed record StoredActivity(long Sequence, string Id, string Json);

/// <summary>What <see cref="DirectLineConversation.Append"/> made of an activity.</summary>
internal abstract record AppendResult
{
    private AppendResult() { }

    public sealed record Added(Activity Activity, StoredActivity Stored) : AppendResult;

    public sealed record TooLarge(int Chars) : AppendResult;

    public sealed record Gone : AppendResult;
}

/// <summary>
/// One Direct Line conversation in memory: the ordered activity log every client reads (echoes of the user's
/// activities and the bot's replies, stamped by one clock), its tokens, its open streams, and the queue that hands
/// the user's activities to the bot one at a time and in order. Bounded by count and size; oldest activities go first.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly List<StoredActivity> _log = [];
    private readonly List<string> _tokens = [];
    private readonly List<CancellationTokenSource> _streams = [];
    private readonly CancellationTokenSource _ended = new();
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private TaskCompletionSource _changed = NewSignal();
    private Task _deliveries = Task.CompletedTask;
    private long _lastSequence;
    private long _chars;
    private DateTimeOffset _lastStamp;

    public DirectLineConversation(string id, ChannelAccount user, string? locale, DirectLineOptions options, TimeProvider time)
    {
        Id = id;
        User = user;
        Locale = locale;
        _options = options;
        _time = time;
        LastActive = time.GetUtcNow();
        Posts = new TokenBucket(time, options.PostBurst, options.PostsPerSecond);
        Polls = new TokenBucket(time, (int)Math.Ceiling(options.PollsPerSecond), options.PollsPerSecond);
    }

    /// <summary>URL-safe and unguessable.</summary>
    public string Id { get; }

    /// <summary>The user as the conversation was started for (the id may come from the first activity instead).</summary>
    public ChannelAccount User { get; }

    public string? Locale { get; private set; }

    /// <summary>Whether the bot got its conversationUpdate (a generated token only reserves the conversation).</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastActive { get; private set; }

    public TokenBucket Posts { get; }

    public TokenBucket Polls { get; }

    /// <summary>Cancelled when the conversation is forgotten: open streams close, waiting polls end.</summary>
    public CancellationToken Ended => _ended.Token;

    public bool IsEnded => _ended.IsCancellationRequested;

    /// <summary>The watermark of the newest activity (0 before the first).</summary>
    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _log.Count;
            }
        }
    }

    public void Touch() => LastActive = _time.GetUtcNow();

    /// <summary>Marks the conversation started; true only for the call that started it.</summary>
    public bool TryStart(string? locale)
    {
        lock (_gate)
        {
            if (Started)
            {
                return false;
            }

            Locale = locale ?? Locale;
            Started = true;
            return true;
        }
    }

    /// <summary>
    /// Adds an activity to the log. <paramref name="build"/> receives the server id and the timestamp (strictly
    /// increasing within the conversation, so Web Chat's ordering by timestamp is the order of the log).
    /// </summary>
    public AppendResult Append(Func<string, DateTimeOffset, Activity> build)
    {
        lock (_gate)
        {
            if (IsEnded)
            {
                return new AppendResult.Gone();
            }

            var sequence = _lastSequence + 1;
            var now = _time.GetUtcNow();
            var stamp = now > _lastStamp ? now : _lastStamp.AddTicks(10);
            var id = $"{Id}|{sequence:D7}";
            var activity = build(id, stamp);
            var json = JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity);
            if (json.Length > _options.MaxActivityChars)
            {
                return new AppendResult.TooLarge(json.Length);
            }

            _lastSequence = sequence;
            _lastStamp = stamp;
            var stored = new StoredActivity(sequence, id, json);
            _log.Add(stored);
            _chars += json.Length;
            Trim();
            LastActive = now;

            var changed = _changed;
            _changed = NewSignal();
            changed.TrySetResult();
            return new AppendResult.Added(activity, stored);
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all kept ones for null) and the new watermark.</summary>
    public (IReadOnlyList<StoredActivity> Activities, long Watermark) ReadAfter(long? watermark)
    {
        lock (_gate)
        {
            var after = watermark ?? 0;
            if (after >= _lastSequence)
            {
                return ([], _lastSequence);
            }

            var start = _log.FindIndex(a => a.Sequence > after);
            return start < 0 ? ([], _lastSequence) : (_log.GetRange(start, _log.Count - start), _lastSequence);
        }
    }

    /// <summary>Completes when there is something after <paramref name="watermark"/> or the conversation ended.</summary>
    public Task WhenChangedAfter(long watermark)
    {
        lock (_gate)
        {
            return _lastSequence > watermark || IsEnded ? Task.CompletedTask : _changed.Task;
        }
    }

    /// <summary>Queues work for the bot after everything queued before it, so turns run in the order they arrived.</summary>
    public Task EnqueueDelivery(Func<Task> work)
    {
        lock (_gate)
        {
            var next = RunAfterAsync(_deliveries, work);
            _deliveries = next;
            return next;
        }
    }

    /// <summary>Remembers a token issued for this conversation; returns one it no longer keeps, if any.</summary>
    public string? AddToken(string token, int keep)
    {
        lock (_gate)
        {
            _tokens.Add(token);
            if (_tokens.Count <= keep)
            {
                return null;
            }

            var oldest = _tokens[0];
            _tokens.RemoveAt(0);
            return oldest;
        }
    }

    public IReadOnlyList<string> Tokens
    {
        get
        {
            lock (_gate)
            {
                return [.. _tokens];
            }
        }
    }

    /// <summary>Registers an open stream; beyond the cap, the oldest stream is told to close.</summary>
    public void AddStream(CancellationTokenSource stop)
    {
        CancellationTokenSource? evicted = null;
        lock (_gate)
        {
            _streams.Add(stop);
            if (_streams.Count > _options.MaxStreamsPerConversation)
            {
                evicted = _streams[0];
                _streams.RemoveAt(0);
            }
        }

        CancelQuietly(evicted);
    }

    public void RemoveStream(CancellationTokenSource stop)
    {
        lock (_gate)
        {
            _streams.Remove(stop);
        }
    }

    /// <summary>Forgets the conversation: streams close, waiters wake up, nothing more is appended.</summary>
    public void End()
    {
        lock (_gate)
        {
            if (IsEnded)
            {
                return;
            }

            _ended.Cancel();
            _changed.TrySetResult();
            _log.Clear();
            _chars = 0;
        }
    }

    private void Trim()
    {
        while (_log.Count > 1 && (_log.Count > _options.MaxActivitiesPerConversation || _chars > _options.MaxCharsPerConversation))
        {
            _chars -= _log[0].Json.Length;
            _log.RemoveAt(0);
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The previous turn's failure was logged where it happened; this one still runs.
        }

        await work();
    }

    private static void CancelQuietly(CancellationTokenSource? source)
    {
        try
        {
            source?.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
