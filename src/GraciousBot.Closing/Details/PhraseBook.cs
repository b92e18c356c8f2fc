using GraciousBot.Locales;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.Details;

/// <summary>What a phrase is built from: vocabulary keys and validated proper nouns only.</summary>
/// <param name="Noun">A vocabulary noun key ("trip", "promotion").</param>
/// <param name="Relation">A relation key ("daughter"), "his"/"her"/"their", or null for the customer's own.</param>
/// <param name="Place">A validated place name.</param>
/// <param name="Ordinal">An ordinal number 1–120 ("40" for "40th").</param>
/// <param name="Name">A validated first name ("Emma's birthday").</param>
/// <param name="Years">Years as a customer, for loyalty.</param>
internal sealed record PhraseParts(DetailKind Kind, string Noun, string? Relation, string? Place, int? Ordinal, string? Name, DetailTiming Timing, int? Years, bool IsNew);

/// <summary>How one language writes safe phrases, and every word it can use (for the safety check).</summary>
internal sealed class PhraseBook
{
    /// <summary>Written noun (normalized) → vocabulary noun key, per kind.</summary>
    public required IReadOnlyDictionary<DetailKind, IReadOnlyDictionary<string, string>> Nouns { get; init; }

    public required IReadOnlyDictionary<DetailKind, string> DefaultNoun { get; init; }

    public required Func<PhraseParts, string> Build { get; init; }

    /// <summary>Every word a phrase of this language can contain, apart from proper nouns and numbers.</summary>
    public required IReadOnlySet<string> Words { get; init; }

    public string NounFor(DetailKind kind, string? written)
    {
        if (written is not null && Nouns.TryGetValue(kind, out var table))
        {
            var key = written.Trim();
            if (table.TryGetValue(key, out var noun))
            {
                return noun;
            }

            // "half marathon" → try the last word.
            var last = key.Split(' ')[^1];
            if (table.TryGetValue(last, out noun))
            {
                return noun;
            }
        }

        return DefaultNoun[kind];
    }

    /// <summary>Collects the words of phrase fragments into a vocabulary set.</summary>
    public static HashSet<string> WordsOf(IEnumerable<string> fragments)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fragment in fragments)
        {
            foreach (var word in SafetyTokens.Words(fragment))
            {
                words.Add(word);
            }
        }

        return words;
    }
}

/// <summary>
/// The one phrase builder of every language: fills the language's patterns in dialogs/details.&lt;lang&gt;.lg from
/// <see cref="PhraseParts"/>. The file has one message per kind (<c>details.travel</c>…) whose first line with all its
/// conditions true is used; the facts and values it can ask for are listed at the top of details.en.lg. The files are
/// embedded in this assembly (see the csproj), so the details reader needs no folder at run time (the signoff command,
/// tests); a host that loads a dialogs folder hands it over with <see cref="Use"/>, so a phrase edited in that folder
/// changes the wording on the next start, without a build.
/// </summary>
internal sealed class PhrasePatterns
{
    /// <summary>Values every pattern may use; <c>owner</c> and <c>to_place</c> come from the helper messages of the same names.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["noun", "Noun", "rel", "name", "place", "years", "ordinal", "genitive", "prep", "owner", "to_place"];

    private static readonly string[] Helpers = ["owner", "to_place"];

    private static readonly IReadOnlyDictionary<string, string?> AllEmpty = Placeholders.ToDictionary(p => p, _ => (string?)null, StringComparer.Ordinal);

    /// <summary>For the start-up template check: every language has a pattern for every kind, using only the known values.</summary>
    public static IReadOnlyList<TemplateContract> Contracts { get; } =
        [.. Enum.GetValues<DetailKind>().Select(kind => new TemplateContract(KeyOf(kind), [.. Placeholders]))];

    private readonly TemplateCatalog _catalog;
    private readonly string _code;
    private readonly DetailWords _words;
    private readonly Func<int?, string> _ordinal;

    private PhrasePatterns(TemplateCatalog catalog, string code, DetailWords words, Func<int?, string> ordinal) =>
        (_catalog, _code, _words, _ordinal) = (catalog, code, words, ordinal);

    /// <summary>
    /// The patterns of <paramref name="code"/>, read from <paramref name="dialogs"/> (by default the host's folder given
    /// to <see cref="Use"/>) when it has that language's details.&lt;code&gt;.lg, else from the embedded copy (no fallback
    /// to another language). <paramref name="ordinal"/> writes an ordinal in front of a noun ("40th "), when the language does.
    /// </summary>
    public static PhrasePatterns For(string code, Func<int?, string>? ordinal = null, TemplateCatalog? dialogs = null)
    {
        var file = $"details.{code}.lg";
        dialogs ??= _dialogs;
        var catalog = dialogs is not null && dialogs.Describe(code).Any(d => IsDetailKey(d.Key)) ? dialogs : Embedded(file);
        foreach (var (key, placeholders, _) in catalog.Describe(code).Where(d => IsDetailKey(d.Key)))
        {
            if (Enum.GetValues<DetailKind>().Any(kind => KeyOf(kind) == key) && catalog.RenderFirst(key, code, _ => false, AllEmpty) is null)
            {
                throw new TemplateException($"dialogs/{file}: '{key}' needs a last line without conditions, so every detail of that kind has a phrase.");
            }

            foreach (var unknown in placeholders.Where(p => !Placeholders.Contains(p, StringComparer.Ordinal)))
            {
                throw new TemplateException($"dialogs/{file}: '{{{unknown}}}' in '{key}' is not a detail value (known: {string.Join(", ", Placeholders)}).");
            }
        }

        var patterns = new PhrasePatterns(catalog, code, LocaleDetails.Words(code), ordinal ?? (_ => string.Empty));

        // Fail at start-up, not at the first customer, on a condition the builder does not know.
        var sample = new PhraseParts(DetailKind.Travel, "trip", null, null, null, null, DetailTiming.Unknown, null, false);
        var sampleValues = new Dictionary<string, string?> { ["genitive"] = null, ["prep"] = null };
        foreach (var condition in catalog.Describe(code).SelectMany(d => d.Conditions))
        {
            _ = patterns.Fact(condition.TrimStart('!'), sample, sampleValues);
        }

        return patterns;
    }

    private static volatile TemplateCatalog? _dialogs;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PhrasePatterns> Current = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads detail phrases from the host's dialogs folder from now on (its details.&lt;lang&gt;.lg files win over the
    /// built-in copies); called when the host loads and checks its wording at start-up.
    /// </summary>
    public static void Use(TemplateCatalog dialogs)
    {
        _dialogs = dialogs;
        Current.Clear();
    }

    /// <summary>A language's phrase builder, always from the patterns in use (see <see cref="Use"/>).</summary>
    public static Func<PhraseParts, string> Builder(string code, Func<int?, string>? ordinal = null) =>
        parts => Current.GetOrAdd(code, c => For(c, ordinal)).Build(parts);

    private static bool IsDetailKey(string key) => key.StartsWith("details.", StringComparison.Ordinal);

    private static TemplateCatalog Embedded(string file)
    {
        using var stream = typeof(PhrasePatterns).Assembly.GetManifestResourceStream($"GraciousBot.Closing.Dialogs.{file}")
            ?? throw new TemplateException($"dialogs/{file} is missing: every language needs its detail phrases.");
        using var reader = new StreamReader(stream);
        return TemplateCatalog.FromFiles([(file, reader.ReadToEnd())]);
    }

    /// <summary>The message key of a kind: <c>details.new_baby</c>.</summary>
    public static string KeyOf(DetailKind kind) => "details." + string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Phrases built lately: the same detail is phrased when it is read and again when the goodbye ranks it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<PhraseParts, string> _built = new();

    /// <summary>How many phrases <see cref="_built"/> keeps before it starts over (it holds customers' words: keep it small).</summary>
    private const int BuiltKept = 512;

    /// <summary>The phrase for <paramref name="p"/>; empty when the language has no pattern for it.</summary>
    public string Build(PhraseParts p)
    {
        if (_built.TryGetValue(p, out var phrase))
        {
            return phrase;
        }

        if (_built.Count >= BuiltKept)
        {
            _built.Clear();
        }

        return _built[p] = Phrase(p);
    }

    private string Phrase(PhraseParts p)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["noun"] = p.Noun,
            ["Noun"] = Capitalize(p.Noun),
            ["rel"] = p.Relation,
            ["name"] = p.Name,
            ["place"] = p.Place,
            ["years"] = p.Years?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ordinal"] = _ordinal(p.Ordinal),
            ["genitive"] = p.Relation is { } rel && _words.Genitive?.GetValueOrDefault(rel) is { } genitive ? genitive : null,
            ["prep"] = p.Place is { } place && _words.PlacePrepositions?.GetValueOrDefault(place) is { } prep ? prep : null,
        };
        bool Holds(string condition) => condition.StartsWith('!') ? !Fact(condition[1..], p, values) : Fact(condition, p, values);
        foreach (var helper in Helpers)
        {
            values[helper] = _catalog.RenderFirst($"details.{helper}", _code, Holds, values) ?? string.Empty;
        }

        return _catalog.RenderFirst(KeyOf(p.Kind), _code, Holds, values) ?? string.Empty;
    }

    private bool Fact(string condition, PhraseParts p, IReadOnlyDictionary<string, string?> values)
    {
        var equals = condition.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            var value = condition[..equals] switch
            {
                "noun" => p.Noun,
                "rel" => p.Relation,
                _ => throw new TemplateException($"dialogs/details.{_code}.lg: '?{condition}' compares an unknown value (noun= or rel=)."),
            };
            return value is not null && condition[(equals + 1)..].Split('|').Any(v => v.Replace('_', ' ') == value);
        }

        return condition switch
        {
            "name" => p.Name is not null,
            "rel" => p.Relation is not null,
            "pron" => p.Relation is "his" or "her" or "their",
            "plural" => p.Relation is { } rel && _words.PluralRelations?.Contains(rel) == true,
            "genitive" => values["genitive"] is not null,
            "place" => p.Place is not null,
            "prep" => values["prep"] is not null,
            "new" => p.IsNew,
            "years" => p.Years is not null,
            "personal" => _words.PersonalEvents?.Contains(p.Noun) == true,
            "future" => p.Timing == DetailTiming.Future,
            "past" => p.Timing == DetailTiming.Past,
            "ongoing" => p.Timing == DetailTiming.Ongoing,
            "unknown" => p.Timing == DetailTiming.Unknown,
            _ => throw new TemplateException($"dialogs/details.{_code}.lg: '?{condition}' is not a detail condition (see the top of details.en.lg)."),
        };
    }

    /// <summary>German nouns are written with a capital; the vocabulary keys are lower-case.</summary>
    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpper(word[0], System.Globalization.CultureInfo.InvariantCulture) + word[1..];
}
