using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraciousBot.Wire;
using Activity = GraciousBot.Wire.Schema.Activity;

namespace GraciousBot.Testing.Peers;

/// <summary>How to start the JS root bot.</summary>
public sealed record JsRootBotOptions
{
    /// <summary>The skill's messaging endpoint, e.g. <c>http://127.0.0.1:5123/api/messages</c>.</summary>
    public required string SkillEndpoint { get; init; }

    /// <summary>The skill's app id; empty for an anonymous skill (no tokens either way).</summary>
    public string SkillAppId { get; init; } = string.Empty;

    /// <summary>The skill's id in the root (the SkillDialog's <c>skill.id</c>).</summary>
    public string SkillId { get; init; } = "graciousbot";

    /// <summary>Logs every JSON body the root receives and sends to the skill into <see cref="JsRootBot.Log"/>.</summary>
    public bool LogBodies { get; init; } = true;

    /// <summary>How long node may take to print <c>READY &lt;port&gt;</c>.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>The root's HTTP answer to a user activity (200 with no body for most; an invoke response for invokes).</summary>
public sealed record RootAnswer(HttpStatusCode Status, string Body)
{
    public JsonElement? Json => Body.Length == 0 ? null : JsonDocument.Parse(Body).RootElement.Clone();
}

/// <summary>
/// A root bot built with the official Bot Framework JS SDK (botbuilder 4.23.x), run as a real node process on
/// 127.0.0.1: the live peer for skill interop tests. It begins a <c>SkillDialog</c> towards the skill on the user
/// event <c>startClosing</c> (or <c>startClosingInvoke</c>), forwards later user messages to the skill, cancels on
/// <c>cancel skill</c> and tells the user <c>ROOT: skill ended</c> with <c>{code, result}</c> when the skill ends.
/// See <c>tests/peers/js-root-bot/index.js</c> for the exact contract. Pair it with a <see cref="UserChannel"/>, whose
/// serviceUrl receives what the root sends the user.
/// </summary>
public sealed class JsRootBot : IAsyncDisposable
{
    /// <summary>The peer's folder, relative to the repository root.</summary>
    public const string PeerFolder = "tests/peers/js-root-bot";

    /// <summary>The script node runs, inside <see cref="PeerFolder"/>.</summary>
    public const string EntryScript = "index.js";

    private readonly Process _process;
    private readonly StringBuilder _log;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private JsRootBot(Process process, StringBuilder log, int port)
    {
        _process = process;
        _log = log;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>The root's base URL, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Where the user's channel posts activities.</summary>
    public string MessagesUrl => BaseUrl + "/api/messages";

    /// <summary>The root's skill host endpoint (the serviceUrl the skill replies to).</summary>
    public string SkillHostEndpoint => BaseUrl + "/api/skills";

    /// <summary>Everything node wrote to stderr so far (the root logs every exchange there).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The folder of the JS peer in this checkout.</summary>
    public static string PeerDirectory => Path.Combine(RepositoryFolder.Root, PeerFolder);

    /// <summary>
    /// Starts <c>node index.js</c> and waits for it to listen. Fails with a clear message when the peer's
    /// <c>node_modules</c> is missing (run <c>npm ci</c> there; this fixture never runs npm) or when node does not
    /// start in time (its stderr is in the message).
    /// </summary>
    public static async Task<JsRootBot> StartAsync(JsRootBotOptions options, CancellationToken cancellationToken)
    {
        var folder = PeerDirectory;
        if (!File.Exists(Path.Combine(folder, EntryScript)))
        {
            throw new InvalidOperationException($"The JS root bot is missing: {Path.Combine(folder, EntryScript)} does not exist.");
        }

        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder")) || !Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder-dialogs")))
        {
            throw new InvalidOperationException(
                $"The JS root bot's packages are not installed: {Path.Combine(folder, "node_modules")} is missing. " +
                $"Run `npm ci` in {PeerFolder} (the CI script does this for every tests/peers/* folder with a lockfile).");
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("NODE") is { Length: > 0 } node ? node : "node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add(EntryScript);
        start.Environment["PORT"] = "0";
        start.Environment["SKILL_ENDPOINT"] = options.SkillEndpoint;
        start.Environment["SKILL_APP_ID"] = options.SkillAppId;
        start.Environment["SKILL_ID"] = options.SkillId;
        start.Environment["LOG_BODIES"] = options.LogBodies ? "1" : "0";
        start.Environment["NODE_ENV"] = "test";

        var log = new StringBuilder();
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("READY ", StringComparison.Ordinal) && int.TryParse(line.AsSpan(6).Trim(), out var port))
            {
                ready.TrySetResult(port);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (log)
                {
                    log.AppendLine(line);
                }
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"exited with code {SafeExitCode(process)} before it was ready"));

        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start node ({start.FileName}): {error.Message}. Install Node.js 20+ or set NODE to its path.", error);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var port = await ready.Task.WaitAsync(options.StartTimeout, cancellationToken);
            return new JsRootBot(process, log, port);
        }
        catch (Exception failure) when (failure is TimeoutException or InvalidOperationException)
        {
            Kill(process);
            await WaitForExitAsync(process);
            string stderr;
            lock (log)
            {
                stderr = log.ToString();
            }

            process.Dispose();
            var reason = failure is TimeoutException ? $"did not print READY within {options.StartTimeout.TotalSeconds:0} s" : failure.Message;
            throw new InvalidOperationException($"The JS root bot {reason}. Its stderr:{Environment.NewLine}{stderr}", failure);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Posts an activity to the root's <c>/api/messages</c> as the user's channel would (no Authorization header: the
    /// root runs anonymous). Address it with a <see cref="UserChannel"/> so the root's replies reach the test.
    /// </summary>
    public async Task<RootAnswer> SendAsUserAsync(Activity activity, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, WireJsonContext.Default.Activity);
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _http.PostAsync(new Uri(MessagesUrl), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new RootAnswer(response.StatusCode, body);
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        await WaitForExitAsync(_process);
        _process.Dispose();
        _http.Dispose();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static async Task WaitForExitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or InvalidOperationException)
        {
            // Not started or stuck; nothing more a test can do.
        }
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }
}
