namespace GraciousBot.Web.Hosting;

/// <summary>
/// Where the wording lives. <c>Dialogs:Path</c> when set; otherwise a <c>dialogs</c> folder next to the app, or (when
/// running from a checkout) the repository's own <c>dialogs/</c>, so an edit there shows up on the next start without
/// rebuilding.
/// </summary>
public static class DialogsFolder
{
    private const string Marker = "closing.en.lg";

    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, Marker)))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "dialogs");
    }
}
