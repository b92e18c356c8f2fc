using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraciousBot.Web.Tests.Hosting;

/// <summary>The published app as its own process on a SQLite file, on a fixed port, so it can be killed and started again.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly string _folder;
    private readonly HttpClient _probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? _process;

    public BotProcess(string folder)
    {
        _folder = folder;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    public string Url { get; }

    public string DatabasePath => Path.Combine(_folder, "bot.db");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "GraciousBot.Web.dll"), "--urls", Url, "--Storage:Provider", "Sqlite", "--Storage:SqlitePath", DatabasePath,
            "--DirectLine:Enabled", "false", "--Dialogs:Path", Path.Combine(AppContext.BaseDirectory, "dialogs"), "--Logging:LogLevel:Default", "Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await _probe.GetAsync($"{Url}/readyz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
            }

            Assert.False(_process.HasExited, "The bot process exited during start-up.");
            await Task.Delay(100);
        }

        throw new TimeoutException("The bot process did not become ready within 30 s.");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, nothing finishes.</summary>
    public async Task KillAsync()
    {
        _process!.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        _probe.Dispose();
    }
}
