using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.ToGo;

/// <summary>One tip: what the customer reads, and where it leads.</summary>
public sealed record Tip(string Title, Uri? Url, string? Summary)
{
    /// <summary>How the result names it: the link when there is one, else the title.</summary>
    public string Id => Url?.ToString() ?? Title;
}

/// <summary>
/// Tips a support team keeps per case category and language in <c>dialogs/tips.json</c>. At the end of a closing at
/// most one is offered: the first resource the caller sent (its knowledge base knows the case best), else the team's
/// tip for the case's category in the customer's language (falling back to English).
/// </summary>
public sealed class TipBook(IReadOnlyDictionary<string, IReadOnlyDictionary<string, Tip>> byCategory)
{
    public const string FileName = "tips.json";

    public static TipBook Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, Tip>>());

    public static TipBook FromDirectory(string dialogsPath)
    {
        var path = Path.Combine(dialogsPath, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;
    }

    /// <summary>Reads the tips; a malformed file or a tip without a title or with a non-https link stops start-up.</summary>
    public static TipBook Parse(string json, string source)
    {
        var byCategory = new Dictionary<string, IReadOnlyDictionary<string, Tip>>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        foreach (var category in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
        {
            var byLocale = new Dictionary<string, Tip>(StringComparer.OrdinalIgnoreCase);
            foreach (var locale in category.Value.EnumerateObject())
            {
                var title = locale.Value.TryGetProperty("title", out var t) ? t.GetString() : null;
                var url = locale.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
                if (string.IsNullOrWhiteSpace(title) || (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps)))
                {
                    throw new TemplateException($"{source}: the tip '{category.Name}' ({locale.Name}) needs a title and an https url.");
                }

                byLocale[locale.Name] = new Tip(title, url is null ? null : new Uri(url), locale.Value.TryGetProperty("summary", out var s) ? s.GetString() : null);
            }

            byCategory[category.Name] = byLocale;
        }

        return new TipBook(byCategory);
    }

    /// <summary>The one tip for this closing, or null.</summary>
    public Tip? For(ClosingContext context, string? category, string locale)
    {
        if (context.Resources.FirstOrDefault() is { } resource)
        {
            return new Tip(resource.Title, resource.Url, resource.Summary);
        }

        if (category is null || !byCategory.TryGetValue(category, out var tips))
        {
            return null;
        }

        return TemplateCatalog.Fallbacks(locale).Select(l => tips.GetValueOrDefault(l)).FirstOrDefault(t => t is not null);
    }
}
