namespace GraciousBot.Runtime.Templates;

/// <summary>A piece of a variant: literal text, a named placeholder, or an optional segment.</summary>
internal abstract record TemplatePart
{
    private TemplatePart() { }

    public sealed record Literal(string Text) : TemplatePart;

    public sealed record Placeholder(string Name) : TemplatePart;

    /// <summary>Rendered only when every placeholder inside it has a non-empty value.</summary>
    public sealed record Optional(IReadOnlyList<TemplatePart> Parts) : TemplatePart;
}

/// <summary>One way of saying a message, and the tones it is for (none: every tone).</summary>
internal sealed record TemplateVariant(IReadOnlyList<TemplatePart> Parts, string Source)
{
    /// <summary>The tone tags written before the wording (<c>- @sad @hardship …</c>); empty means "fits every tone".</summary>
    public IReadOnlySet<string> Tones { get; init; } = new HashSet<string>();

    /// <summary>Whether this variant may be used for a message in one of <paramref name="tones"/> (null: no tone asked).</summary>
    public bool Fits(IReadOnlyCollection<string>? tones)
    {
        if (Tones.Count == 0 || tones is null)
        {
            return true;
        }

        if (tones is IReadOnlyList<string> list)
        {
            // By index: the tone sets are lists, and enumerating one through the interface would allocate.
            for (var i = 0; i < list.Count; i++)
            {
                if (Tones.Contains(list[i]))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var tone in tones)
        {
            if (Tones.Contains(tone))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Conditions written before the wording (<c>- ?future ?!rel the new baby</c>): the variant is meant for callers that
    /// choose the first variant whose conditions all hold (<see cref="TemplateCatalog.RenderFirst"/>). Empty: always.
    /// </summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    public IEnumerable<string> Placeholders => Names(Parts);

    private static IEnumerable<string> Names(IEnumerable<TemplatePart> parts) => parts.SelectMany(p => p switch
    {
        TemplatePart.Placeholder placeholder => [placeholder.Name],
        TemplatePart.Optional optional => Names(optional.Parts),
        _ => Enumerable.Empty<string>(),
    });
}

/// <summary>A message with its variants, as read from one file for one locale.</summary>
internal sealed record Template(string Key, string Locale, IReadOnlyList<TemplateVariant> Variants, string Source);

/// <summary>A template file could not be read; the message names the file and line.</summary>
public sealed class TemplateException(string message) : Exception(message);
