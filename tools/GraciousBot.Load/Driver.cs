using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Wire;
using GraciousBot.Wire.Schema;
using Activity = GraciousBot.Wire.Schema.Activity;

namespace GraciousBot.Load;

/// <summary>What one timed run of one target produced.</summary>
internal sealed record RunResult(string Target, string Mode, int Conversations, double[] Latencies, double[][] PerTurn, int Errors, int Closings, int Ended, TimeSpan Elapsed, double? ResidentMiB, TimeSpan? Cpu = null)
{
    public int Turns => Latencies.Length;

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double ClosingsPerSecond => Closings / Elapsed.TotalSeconds;

    /// <summary>CPU time the target's own processes used per turn (user + system), or null when not known.</summary>
    public double? CpuMsPerTurn => Cpu is { } cpu && Turns > 0 ? cpu.TotalMilliseconds / Turns : null;

    public static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
}

/// <summary>
/// Plays the channel for one target: N conversations at once, each a whole closing (or only its first turn) after
/// another, every closing with a fresh conversation, user and customer id so the survey cooldown never skips the
/// rating. Normal delivery posts replies to <see cref="CaptureChannel"/>; expectReplies reads them from the body.
/// </summary>
internal sealed class Driver(HttpClient http, CaptureChannel channel, JsonNode context)
{
    /// <summary>GraciousBot's closing: start, confirm, no other item, rate 5, skip the comment, decline the to-go offer (a reminder for the customer's own dated step; the goodbye ends it).</summary>
    public static readonly string[] GraciousScript = ["<start>", "yes", "No, that's all", "5", "skip", "No, thanks"];

    /// <summary>The JS reference skill asks for a comment only after a 1 or 2, so its goodbye comes with the rating.</summary>
    public static readonly string[] JsScript = ["<start>", "yes", "No, that's all", "5"];

    /// <summary>The first turn alone, with the small context the first-turn measurement has always used.</summary>
    public static readonly JsonNode MinimalContext = JsonNode.Parse("""
        {"customer":{"name":"Dana","locale":"en-US"},"case":{"title":"Router keeps dropping Wi-Fi"},
         "resolution":{"summary":"We updated the router firmware."},
         "nextSteps":[{"owner":"us","action":"ship a replacement adapter","due":"2026-11-27"}]}
        """)!;

    public async Task<RunResult> RunAsync(Target target, string scenario, string mode, int conversations, TimeSpan? duration, int? closingLimit)
    {
        var script = scenario == "first" ? ["<start>"] : target.IsJs ? JsScript : GraciousScript;
        var templates = script.Select(step => Template(step, scenario == "first" ? MinimalContext : context, mode)).ToArray();
        var latencies = new List<double>[conversations];
        var perTurn = Enumerable.Range(0, script.Length).Select(_ => new List<double>[conversations]).ToArray();
        var errors = 0;
        var closings = 0;
        var endedInBody = 0;
        var runId = Guid.NewGuid().ToString("N")[..8];
        var endedBefore = channel.Ended;
        var failedBefore = channel.Failed;
        var cpuBefore = target.CpuTime();
        using var stop = duration is { } d ? new CancellationTokenSource(d) : new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, conversations).Select(async index =>
        {
            await Task.Yield();
            var mine = latencies[index] = [];
            for (var t = 0; t < script.Length; t++)
            {
                perTurn[t][index] = [];
            }

            for (var closing = 0; !stop.IsCancellationRequested; closing++)
            {
                if (closingLimit is { } limit && Interlocked.Increment(ref closings) > limit)
                {
                    Interlocked.Decrement(ref closings);
                    break;
                }

                var ids = $"{runId}-{index}-{closing}";
                for (var turn = 0; turn < templates.Length && !stop.IsCancellationRequested; turn++)
                {
                    var body = Encoding.UTF8.GetBytes(templates[turn].Replace("@@ID@@", ids, StringComparison.Ordinal).Replace("@@TURN@@", turn.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var content = new ByteArrayContent(body);
                        content.Headers.ContentType = new("application/json");
                        using var response = await http.PostAsync($"{target.UrlFor(index)}/api/messages", content, CancellationToken.None);
                        var answer = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                        if (response.StatusCode is < HttpStatusCode.OK or >= HttpStatusCode.MultipleChoices)
                        {
                            Interlocked.Increment(ref errors);
                            continue;
                        }

                        var ending = Endings.Of(answer);
                        if (ending == Ending.Failed)
                        {
                            // The turn failed inside the target (it apologised and ended the closing on an error).
                            Interlocked.Increment(ref errors);
                        }

                        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        mine.Add(elapsed);
                        perTurn[turn][index].Add(elapsed);
                        if (turn == templates.Length - 1)
                        {
                            // A closing counts once its last turn is answered, even when that was after the stop.
                            if (closingLimit is null)
                            {
                                Interlocked.Increment(ref closings);
                            }

                            if (ending == Ending.Completed)
                            {
                                Interlocked.Increment(ref endedInBody);
                            }
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        var elapsedAll = clock.Elapsed;
        var cpu = cpuBefore is { } before && target.CpuTime() is { } after ? after - before : (TimeSpan?)null;
        await Task.Delay(50); // let the last replies reach the capture channel
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var turns = perTurn.Select(t => t.SelectMany(l => l).Order().ToArray()).ToArray();
        var ended = mode == DeliveryModes.ExpectReplies ? endedInBody : (int)(channel.Ended - endedBefore);
        if (mode != DeliveryModes.ExpectReplies)
        {
            errors += (int)(channel.Failed - failedBefore);
        }
        return new RunResult(target.Name, mode, conversations, all, turns, errors, closings, ended, elapsedAll, target.ResidentMiB(), cpu);
    }

    /// <summary>The activity as JSON with @@ID@@ (conversation, user and customer) and @@TURN@@ left to fill in per request.</summary>
    private string Template(string step, JsonNode closingContext, string mode)
    {
        var start = step == "<start>";
        JsonElement? value = null;
        if (start)
        {
            var copy = closingContext.DeepClone();
            if (copy["customer"] is JsonObject customer)
            {
                customer["id"] = "cust-@@ID@@";
            }

            value = JsonDocument.Parse(copy.ToJsonString()).RootElement.Clone();
        }

        var activity = new Activity
        {
            Type = start ? ActivityTypes.Event : ActivityTypes.Message,
            Name = start ? "closeConversation" : null,
            Value = value,
            Text = start ? null : step,
            Id = "act-@@ID@@-@@TURN@@",
            ChannelId = "webchat",
            ServiceUrl = mode == DeliveryModes.ExpectReplies ? null : channel.ServiceUrl,
            DeliveryMode = mode == DeliveryModes.ExpectReplies ? DeliveryModes.ExpectReplies : null,
            From = new ChannelAccount { Id = "user-@@ID@@", Name = "Dana Whitfield", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "graciousbot", Role = RoleTypes.Skill }, // a calling bot: the skill ends with endOfConversation
            Conversation = new ConversationAccount { Id = "load-@@ID@@" },
            Locale = "en-US",
            Timestamp = DateTimeOffset.UtcNow,
        };
        return JsonSerializer.Serialize(activity, WireJsonContext.Default.Activity);
    }
}
