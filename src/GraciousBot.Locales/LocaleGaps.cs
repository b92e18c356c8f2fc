using System.Collections;
using System.Reflection;

namespace GraciousBot.Locales;

/// <summary>
/// What a language lacks: every area of its <see cref="LanguagePack"/> that is missing, every list that is empty, and
/// every dialogs/*.&lt;lang&gt;.lg file or template the reference language has and it does not. A nullable list is a
/// quirk of some languages only and may be left out; everything else is required. Walks the pack's types, so an area or
/// list added later is checked without touching this.
/// </summary>
public static class LocaleGaps
{
    /// <summary>"answers.Rating.Units", "understanding.Leave", "dialogs/togo.it.lg"... Empty when nothing is missing.</summary>
    public static IReadOnlyList<string> Of(LanguagePack pack, string? dialogsFolder = null)
    {
        var gaps = new List<string>();
        foreach (var area in typeof(LanguagePack).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (area.PropertyType == typeof(string))
            {
                continue; // Code and Name
            }

            var value = area.GetValue(pack);
            var name = char.ToLowerInvariant(area.Name[0]) + area.Name[1..];
            if (value is null)
            {
                gaps.Add(name);
            }
            else
            {
                Walk(value, name, gaps);
            }
        }

        if (dialogsFolder is not null)
        {
            gaps.AddRange(DialogGaps(pack.Code, dialogsFolder));
        }

        return gaps;
    }

    private static readonly NullabilityInfoContext Nullability = new();

    /// <param name="item">A single word of a list (where "," may be a word), not a comma-separated phrase list.</param>
    private static void Walk(object value, string path, List<string> gaps, bool item = false)
    {
        switch (value)
        {
            case string text:
                if (string.IsNullOrWhiteSpace(item ? text : text.Replace(",", "", StringComparison.Ordinal)))
                {
                    gaps.Add(path);
                }

                return;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                if (items.Count == 0)
                {
                    gaps.Add(path);
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is { } element)
                    {
                        Walk(element, $"{path}[{i}]", gaps, item: true);
                    }
                }

                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum)
        {
            return;
        }

        if (value is DateWords { Relative: null, Pattern: null })
        {
            gaps.Add($"{path}.Relative"); // one of the two date readers is needed
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var child = property.GetValue(value);
            var optional = Nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (child is null)
            {
                if (!optional)
                {
                    gaps.Add($"{path}.{property.Name}");
                }
            }
            else if (!(optional && child is string text && text.Length == 0))
            {
                Walk(child, $"{path}.{property.Name}", gaps);
            }
        }
    }

    /// <summary>Each file of the first language (dialogs/x.en.lg) needs its twin, with every template ("# name").</summary>
    private static IEnumerable<string> DialogGaps(string code, string dialogsFolder)
    {
        var reference = LocaleRegistry.Codes[0];
        foreach (var file in Directory.EnumerateFiles(dialogsFolder, $"*.{reference}.lg").Order(StringComparer.Ordinal))
        {
            var area = Path.GetFileName(file)[..^$".{reference}.lg".Length];
            var twin = Path.Combine(dialogsFolder, $"{area}.{code}.lg");
            if (!File.Exists(twin))
            {
                yield return $"dialogs/{area}.{code}.lg";
                continue;
            }

            var present = Templates(twin).ToHashSet(StringComparer.Ordinal);
            foreach (var template in Templates(file).Where(template => !present.Contains(template)))
            {
                yield return $"dialogs/{area}.{code}.lg#{template}";
            }
        }
    }

    private static IEnumerable<string> Templates(string file) => File.ReadLines(file)
        .Where(line => line.StartsWith("# ", StringComparison.Ordinal))
        .Select(line => line[2..].Split('(')[0].Trim());
}
