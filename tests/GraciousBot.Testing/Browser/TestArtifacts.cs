using System.Runtime.CompilerServices;

namespace GraciousBot.Testing.Browser;

/// <summary>
/// Where tests leave files for people to look at (screenshots): <c>test-artifacts/</c> at the repository root
/// (git-ignored), or <c>GRACIOUSBOT_TEST_ARTIFACTS</c> when set. Found from the working directory, the test binaries
/// or this source file, whichever sits inside the repository (builds may use an artifacts path outside it).
/// </summary>
public static class TestArtifacts
{
    private static readonly Lazy<string> Folder = new(() => Locate());

    public static string Directory => Folder.Value;

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        var configured = Environment.GetEnvironmentVariable("GRACIOUSBOT_TEST_ARTIFACTS");
        var folder = configured is { Length: > 0 }
            ? configured
            : Path.Combine(RepositoryRoot(sourceFile) ?? Path.GetTempPath(), "test-artifacts");
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? RepositoryRoot(string sourceFile)
    {
        string?[] starts = [Environment.CurrentDirectory, AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)];
        foreach (var start in starts)
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraciousBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
