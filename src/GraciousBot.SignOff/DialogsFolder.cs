namespace GraciousBot.SignOff;

/// <summary>Finds <c>dialogs/</c>: next to the program (copied by the build), else by walking up to the repository root.</summary>
internal static class DialogsFolder
{
    public static string? Find(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "dialogs");
                if (File.Exists(Path.Combine(candidate, "signoff.en.lg")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
