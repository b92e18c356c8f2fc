using System.Runtime.CompilerServices;

namespace GraciousBot.Testing;

/// <summary>This checkout's folder, for tests that read what ships in it (the JS peer, <c>dialogs/</c>).</summary>
public static class RepositoryFolder
{
    private static readonly Lazy<string> Folder = new(Find);

    /// <summary>The folder with <c>GraciousBot.sln</c>.</summary>
    public static string Root => Folder.Value;

    /// <summary>
    /// The folder with <c>GraciousBot.sln</c>: above the test binaries, else above the working directory, else above
    /// this source file (builds with an artifacts path outside the checkout). <c>GRACIOUSBOT_REPO_ROOT</c> overrides.
    /// </summary>
    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("GRACIOUSBOT_REPO_ROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(ThisSourceFile()) })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraciousBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Could not find the repository root (the folder with GraciousBot.sln) above {AppContext.BaseDirectory}; set GRACIOUSBOT_REPO_ROOT.");
    }

    private static string ThisSourceFile([CallerFilePath] string path = "") => path;
}
