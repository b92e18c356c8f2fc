using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraciousBot.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace GraciousBot.Web.Tests.Hosting;

/// <summary>
/// The published app listens where the standard ASP.NET Core settings say (the Dockerfile's ASPNETCORE_URLS,
/// App Service's HTTP_PORTS, --urls), and on http://localhost:3978 only when nothing says otherwise.
/// </summary>
public sealed class ListenAddressTests : IClassFixture<ListenAddressTests.PublishedApp>
{
    private readonly PublishedApp _app;

    public ListenAddressTests(PublishedApp app) => _app = app;

    [Theory]
    [InlineData("urls", "http://+:8080", true)]
    [InlineData("URLS", "http://127.0.0.1:5000", true)]
    [InlineData("http_ports", "8080", true)]
    [InlineData("HTTP_PORTS", "8080;8081", true)]
    [InlineData("https_ports", "8443", true)]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:9000", true)]
    [InlineData("urls", "", false)]
    [InlineData("Logging:LogLevel:Default", "Warning", false)]
    public void NamesAnAddress_OnlyWhenAStandardSettingIsSet(string key, string value, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(expected, DefaultUrls.NamesAnAddress(configuration));
    }

    [Fact]
    public async Task Published_WithAspNetCoreUrls_ListensThere()
    {
        var port = FreePort();

        await using var bot = _app.Start(new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.Equal("ok", await bot.GetAsync($"http://127.0.0.1:{port}/healthz"));
    }

    [Fact]
    public async Task Published_WithHttpPorts_ListensThere()
    {
        var port = FreePort();

        await using var bot = _app.Start(new() { ["HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal("ok", await bot.GetAsync($"http://127.0.0.1:{port}/healthz"));
    }

    [Fact]
    public async Task Published_WithUrlsArgument_ListensThere()
    {
        var port = FreePort();

        await using var bot = _app.Start([], "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal("ok", await bot.GetAsync($"http://127.0.0.1:{port}/healthz"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web app published (from the build the tests run on) into a temporary folder, once per class.</summary>
    public sealed class PublishedApp : IAsyncLifetime
    {
#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif

        private readonly string _folder = Directory.CreateTempSubdirectory("graciousbot-publish-").FullName;

        public async Task InitializeAsync()
        {
            var repository = new DirectoryInfo(AppContext.BaseDirectory);
            while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "GraciousBot.sln")))
            {
                repository = repository.Parent;
            }

            Assert.NotNull(repository);
            var publish = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository.FullName };
            foreach (var argument in new[] { "publish", "src/GraciousBot.Web/GraciousBot.Web.csproj", "--no-build", "-c", Configuration, "-o", _folder, "-nologo", "-p:UseAppHost=false" })
            {
                publish.ArgumentList.Add(argument);
            }

            using var process = Process.Start(publish)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(process.ExitCode == 0, $"dotnet publish failed: {await output} {await errors}");
            Assert.True(File.Exists(Path.Combine(_folder, "GraciousBot.Web.dll")));
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_folder, recursive: true);
            return Task.CompletedTask;
        }

        /// <summary>Starts the published app with only the given address settings (none inherited from this process).</summary>
        public RunningApp Start(Dictionary<string, string> environment, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
            start.ArgumentList.Add(Path.Combine(_folder, "GraciousBot.Web.dll"));
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var inherited in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "HTTPS_PORTS" })
            {
                start.Environment.Remove(inherited);
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Storage__Provider"] = "Memory";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            return new RunningApp(Process.Start(start)!);
        }
    }

    /// <summary>The app's process, killed when the test is done.</summary>
    public sealed class RunningApp : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
        private readonly System.Text.StringBuilder _log = new();

        public RunningApp(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>The body of a GET, retried until the app answers (30 s at most).</summary>
        public async Task<string> GetAsync(string url)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                try
                {
                    using var response = await _http.GetAsync(url);
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadAsStringAsync();
                }
                catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline && !_process.HasExited)
                {
                    await Task.Delay(200);
                }
                catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
                {
                    lock (_log)
                    {
                        throw new InvalidOperationException($"{url} did not answer; the app said: {_log}", failure);
                    }
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private void Append(string? line)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
