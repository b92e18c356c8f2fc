using Microsoft.Playwright;

namespace GraciousBot.Testing.Browser;

/// <summary>
/// Headless Debian Chromium (<c>/usr/bin/chromium</c>, installed with apt; never a Playwright browser download)
/// driven by Playwright's .NET client, whose Node driver ships inside the NuGet package. One browser per fixture;
/// open a page per test with <see cref="NewPageAsync"/>. Playwright refuses <c>--user-data-dir</c> among the
/// arguments, so the profile is a fresh temporary folder given to a persistent context, deleted on dispose.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>The flags that keep Chromium quiet and offline here (protocol notes, section 8).</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;
    private readonly Action<string>? _log;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profile, Action<string>? log)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
        _log = log;
    }

    /// <summary><c>GRACIOUSBOT_CHROMIUM</c> when set, otherwise Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("GRACIOUSBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public IBrowserContext Context { get; }

    /// <summary>Starts the browser. <paramref name="log"/> receives the pages' console errors and crashes.</summary>
    public static async Task<HeadlessChromium> LaunchAsync(Action<string>? log = null, int width = 1280, int height = 860)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ExecutablePath}. Install it with 'apt-get install -y chromium' (or set GRACIOUSBOT_CHROMIUM).");
        }

        // The browser is the system one: Playwright must never try to download its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("graciousbot-chromium-").FullName;
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                ChromiumSandbox = false,
                Timeout = 30_000,
                ViewportSize = new ViewportSize { Width = width, Height = height },
                Locale = "en-GB",
                TimezoneId = "Europe/London",
            });
            context.SetDefaultTimeout(15_000);
            return new HeadlessChromium(playwright, context, profile, log);
        }
        catch
        {
            playwright.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    /// <summary>A new tab; console errors and page crashes go to the log.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await Context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _log?.Invoke($"[browser {message.Type}] {message.Text}");
            }
        };
        page.PageError += (_, error) => _log?.Invoke($"[page error] {error}");
        return page;
    }

    /// <summary>Saves a full-page screenshot under <see cref="TestArtifacts.Directory"/>; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(TestArtifacts.Directory, name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? name : name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Context.CloseAsync();
        }
        finally
        {
            _playwright.Dispose();
            TryDelete(_profile);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
