using System.Diagnostics;

namespace GraciousBot.Web.Tests.Hosting;

/// <summary>
/// A wording mistake stops the real app at start-up with one clear message naming the file and line, and exit code 1:
/// not a stack trace, and not a failure in front of the first customer.
/// </summary>
public sealed class StartupWordingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graciousbot-dialogs-").FullName;

    public StartupWordingTests()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "dialogs");
        foreach (var file in Directory.GetFiles(shipped, "*.lg"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    [Theory]
    [InlineData("closing.es.lg", "# closing.confirm.glad\n- @cheerful Me alegra mucho que esté resuelto.", "# closing.confirm.glad\n- @cheerful Me alegra mucho que esté resuelto[, {nombre}].", "closing.es.lg:", "'{nombre}' is not a value 'closing.confirm.glad' receives")]
    [InlineData("closing.fr.lg", "# closing.confirm.glad", "# closing.confirm.content", "Locale 'fr' is missing template 'closing.confirm.glad'", "")]
    [InlineData("closing.de.lg", "- @cheerful Das freut mich sehr.", "- @cheerful Das freut mich sehr[, wirklich.", "closing.de.lg:", "'[' without a closing ']'")]
    public async Task BrokenWording_StopsStartup_WithAMessageNamingFileAndLine(string file, string find, string replace, string expected, string alsoExpected)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));

        var (exitCode, stderr) = await RunAppAsync("--Dialogs:Path", _folder);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("GraciousBot could not start: ", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs the built app until it exits (it should not get as far as listening).</summary>
    internal static async Task<(int ExitCode, string Stderr)> RunAppAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraciousBot.Web.dll"));
        foreach (var argument in (string[])["--urls", "http://127.0.0.1:0", "--DirectLine:Enabled", "false", "--Storage:Provider", "Memory", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var app = Process.Start(start)!;
        var stderr = app.StandardError.ReadToEndAsync();
        _ = app.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await app.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            app.Kill(entireProcessTree: true);
            throw new TimeoutException("The app kept running instead of refusing to start.");
        }

        return (app.ExitCode, (await stderr).Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
