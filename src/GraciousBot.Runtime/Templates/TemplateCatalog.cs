using System.Globalization;

namespace GraciousBot.Runtime.Templates;

/// <summary>The key of a message and the placeholders code supplies for it: what every locale must provide.</summary>
public sealed record TemplateContract(string Key, params string[] Placeholders);

/// <summary>
/// Every message in every locale, read from <c>dialogs/*.lg</c> files named <c>&lt;area&gt;.&lt;locale&gt;.lg</c>
/// (for example <c>closing.en.lg</c>, <c>closing.en-GB.lg</c>). Lookups fall back from region to language to
/// <see cref="DefaultLocale"/>.
/// </summary>
public sealed class TemplateCatalog
{
    public const string DefaultLocale = "en";

    private readonly Dictionary<string, Dictionary<string, Template>> _byLocale;

    private TemplateCatalog(Dictionary<string, Dictionary<string, Template>> byLocale) => _byLocale = byLocale;

    /// <summary>The locales that have at least one file.</summary>
    public IReadOnlyCollection<string> Locales => _byLocale.Keys;

    /// <summary>Reads every <c>*.lg</c> file in <paramref name="directory"/>; errors name the file and line.</summary>
    public static TemplateCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new TemplateException($"The templates folder '{directory}' does not exist.");
        }

        var files = Directory.GetFiles(directory, "*.lg", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Text: File.ReadAllText(path)));
        return FromFiles(files);
    }

    /// <summary>Builds a catalog from (file name, content) pairs; for tests and embedded use.</summary>
    public static TemplateCatalog FromFiles(IEnumerable<(string Name, string Text)> files)
    {
        var byLocale = new Dictionary<string, Dictionary<string, Template>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in files)
        {
            var locale = LocaleOf(name);
            var templates = TemplateParser.Parse(text, locale, name);
            if (!byLocale.TryGetValue(locale, out var table))
            {
                table = new Dictionary<string, Template>(StringComparer.Ordinal);
                byLocale[locale] = table;
            }

            foreach (var template in templates)
            {
                if (table.TryGetValue(template.Key, out var existing))
                {
                    throw new TemplateException($"{template.Source}: template '{template.Key}' is already defined at {existing.Source}.");
                }

                table[template.Key] = template;
            }
        }

        return new TemplateCatalog(byLocale);
    }

    /// <summary>The locale chain for a requested locale: "en-GB" gives en-GB, en; "fr" gives fr, en.</summary>
    public static IEnumerable<string> Fallbacks(string? locale)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var normalized = Normalize(locale);
        if (normalized.Length > 0 && seen.Add(normalized))
        {
            yield return normalized;
        }

        var dash = normalized.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && seen.Add(normalized[..dash]))
        {
            yield return normalized[..dash];
        }

        if (seen.Add(DefaultLocale))
        {
            yield return DefaultLocale;
        }
    }

    /// <summary>
    /// The template for <paramref name="key"/> along <see cref="Fallbacks"/>' chain, without building the chain: this
    /// runs for every sentence rendered. A locale met twice in the chain (it is case-insensitive) finds the same table,
    /// so asking again changes nothing.
    /// </summary>
    internal Template? Find(string key, string? locale)
    {
        var normalized = Normalize(locale);
        if (normalized.Length > 0 && _byLocale.TryGetValue(normalized, out var table) && table.TryGetValue(key, out var template))
        {
            return template;
        }

        var dash = normalized.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && _byLocale.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(normalized.AsSpan(0, dash), out table) && table.TryGetValue(key, out template))
        {
            return template;
        }

        return _byLocale.TryGetValue(DefaultLocale, out table) && table.TryGetValue(key, out template) ? template : null;
    }

    /// <summary>A locale as the chain starts from it: <c>en_US</c> read as <c>en-US</c>, spaces trimmed.</summary>
    private static string Normalize(string? locale) => (locale ?? string.Empty).Replace('_', '-').Trim();

    public bool Has(string key, string? locale) => Find(key, locale) is not null;

    /// <summary>
    /// Renders, as plain text, the first variant of <paramref name="key"/> (in file order) whose conditions all hold
    /// by <paramref name="holds"/>; null when the message is missing or no variant fits. For rule-like messages such as
    /// the detail phrases (dialogs/details.*.lg), where the order of the lines is the order of the rules.
    /// </summary>
    public string? RenderFirst(string key, string? locale, Func<string, bool> holds, IReadOnlyDictionary<string, string?> values)
    {
        var variant = Find(key, locale)?.Variants.FirstOrDefault(v => v.Conditions.All(holds));
        return variant is null ? null : TemplateTextRenderer.Compose(variant.Parts, values, TextFormat.Plain, variant.Source);
    }

    /// <summary>Every message key of a locale (without fallback), and the placeholders and conditions its variants use.</summary>
    public IEnumerable<(string Key, IReadOnlyList<string> Placeholders, IReadOnlyList<string> Conditions)> Describe(string locale) =>
        _byLocale.TryGetValue(locale, out var table)
            ? table.Values.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key,
                (IReadOnlyList<string>)[.. t.Variants.SelectMany(v => v.Placeholders).Distinct()],
                (IReadOnlyList<string>)[.. t.Variants.SelectMany(v => v.Conditions).Distinct()]))
            : [];

    /// <summary>
    /// Checks the files against what code needs: every contract key in every given language, and no variant using
    /// a placeholder the code does not supply, and (with <paramref name="toneSets"/>) a variant for every tone set the
    /// code asks for in every message that has tagged variants. Returns one readable line per problem.
    /// </summary>
    public IReadOnlyList<string> Validate(IEnumerable<TemplateContract> contracts, IEnumerable<string> languages, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? toneSets = null)
    {
        var problems = new List<string>();
        if (toneSets is not null)
        {
            problems.AddRange(ValidateTones(toneSets));
        }

        var contractList = contracts.ToList();
        foreach (var language in languages)
        {
            if (!_byLocale.TryGetValue(language, out var table))
            {
                problems.Add($"No template files for locale '{language}'.");
                continue;
            }

            foreach (var contract in contractList)
            {
                if (!table.TryGetValue(contract.Key, out var template))
                {
                    problems.Add($"Locale '{language}' is missing template '{contract.Key}'.");
                    continue;
                }

                foreach (var variant in template.Variants)
                {
                    foreach (var unknown in variant.Placeholders.Where(p => !contract.Placeholders.Contains(p, StringComparer.Ordinal)).Distinct())
                    {
                        problems.Add($"{variant.Source}: '{{{unknown}}}' is not a value '{contract.Key}' receives (it receives: {(contract.Placeholders.Length == 0 ? "none" : string.Join(", ", contract.Placeholders))}).");
                    }
                }
            }
        }

        // Region files override some messages; they must follow the same contracts.
        foreach (var (locale, table) in _byLocale.Where(l => l.Key.Contains('-', StringComparison.Ordinal)))
        {
            foreach (var template in table.Values)
            {
                var contract = contractList.FirstOrDefault(c => c.Key == template.Key);
                if (contract is null)
                {
                    continue;
                }

                foreach (var variant in template.Variants)
                {
                    foreach (var unknown in variant.Placeholders.Where(p => !contract.Placeholders.Contains(p, StringComparer.Ordinal)).Distinct())
                    {
                        problems.Add($"{variant.Source}: '{{{unknown}}}' is not a value '{contract.Key}' receives ({locale}).");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Every tagged variant uses known tags, and every message with tagged variants still has a variant for each
    /// named tone set (so a sad closing never finds nothing to say, nor falls back to a cheerful line).
    /// </summary>
    private IEnumerable<string> ValidateTones(IReadOnlyDictionary<string, IReadOnlyCollection<string>> toneSets)
    {
        var known = toneSets.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        foreach (var template in _byLocale.Values.SelectMany(t => t.Values).OrderBy(t => t.Source, StringComparer.Ordinal))
        {
            foreach (var variant in template.Variants)
            {
                foreach (var tag in variant.Tones.Where(t => !known.Contains(t)).Order(StringComparer.Ordinal))
                {
                    yield return $"{variant.Source}: '@{tag}' is not a known tone (known: {string.Join(", ", known.Order(StringComparer.Ordinal).Select(k => "@" + k))}).";
                }
            }

            if (template.Variants.All(v => v.Tones.Count == 0))
            {
                continue;
            }

            foreach (var (name, tones) in toneSets)
            {
                if (!template.Variants.Any(v => v.Fits(tones)))
                {
                    yield return $"{template.Source}: '{template.Key}' has no variant for a {name} closing (add an untagged line, or tag one with {string.Join(" or ", tones.Select(t => "@" + t))}).";
                }
            }
        }
    }

    private static string LocaleOf(string fileName)
    {
        // closing.en-GB.lg → en-GB
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var dot = stem.LastIndexOf('.');
        if (dot < 0 || dot == stem.Length - 1)
        {
            throw new TemplateException($"{fileName}: template files are named '<area>.<locale>.lg', for example 'closing.en.lg'.");
        }

        var locale = stem[(dot + 1)..];
        try
        {
            _ = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new TemplateException($"{fileName}: '{locale}' is not a known locale.");
        }

        return locale;
    }
}
