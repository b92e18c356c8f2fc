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

/// <summary>One way of saying a message.</summary>
internal sealed record TemplateVariant(IReadOnlyList<TemplatePart> Parts, string Source)
{
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
