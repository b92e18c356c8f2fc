namespace GraciousBot.Closing.Tests.Details;

/// <summary>Finds files of the repository from the test output folder, without copying them.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string EvalDirectory => Path.Combine(Root, "tests", "GraciousBot.Closing.Tests", "Details", "eval");

    private static string FindRoot()
    {
        // The source tree this test was compiled from, then the folders above the output and the working directory.
        var starts = new[] { SourceDirectory(), AppContext.BaseDirectory, Environment.CurrentDirectory };
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraciousBot.sln")) && File.Exists(Path.Combine(dir.FullName, "dialogs", "signoff.en.lg")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (a folder with GraciousBot.sln and dialogs/signoff.en.lg).");
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
