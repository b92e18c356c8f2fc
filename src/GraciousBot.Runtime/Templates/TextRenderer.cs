using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace GraciousBot.Runtime.Templates;

/// <summary>The target a value is escaped for.</summary>
public enum TextFormat
{
    /// <summary>Plain text: values inserted as they are.</summary>
    Plain,

    /// <summary>Markdown (Web Chat, Teams messages): values cannot add formatting, links or HTML.</summary>
    Markdown,

    /// <summary>Adaptive Card TextBlocks: markdown characters escaped; HTML is never rendered there, so it stays as typed.</summary>
    AdaptiveCard,
}

/// <summary>Chooses which variant of a message to use. Injected, so tests are deterministic.</summary>
public interface IVariantPicker
{
    /// <summary>An index in [0, count).</summary>
    int Pick(string key, int count);
}

/// <summary>Production: a different variant each time, at random.</summary>
public sealed class RandomVariantPicker : IVariantPicker
{
    public int Pick(string key, int count) => Random.Shared.Next(count);
}

/// <summary>Tests: always the first variant still allowed.</summary>
public sealed class FirstVariantPicker : IVariantPicker
{
    public int Pick(string key, int count) => 0;
}

/// <summary>Renders customer-facing text from the templates in <c>dialogs/</c>.</summary>
public interface ITextRenderer
{
    /// <summary>
    /// Renders message <paramref name="key"/> in <paramref name="locale"/> (with fallback) with named
    /// <paramref name="values"/>, escaped for <paramref name="format"/>. Variants whose rendering is in
    /// <paramref name="avoid"/> are skipped while another one exists. With <paramref name="tones"/>, only variants
    /// tagged with one of them, or not tagged at all, are used.
    /// </summary>
    string Render(string key, string? locale, IReadOnlyDictionary<string, string?> values, TextFormat format = TextFormat.Plain, IReadOnlyCollection<string>? avoid = null, IReadOnlyCollection<string>? tones = null);

    /// <summary>Whether the message exists for the locale (after fallback).</summary>
    bool Has(string key, string? locale);
}

/// <summary>The template-backed renderer.</summary>
public sealed class TemplateTextRenderer(TemplateCatalog catalog, IVariantPicker picker) : ITextRenderer
{
    private static readonly IReadOnlyDictionary<string, string?> NoValues = new Dictionary<string, string?>();

    /// <summary>Every character <see cref="Escape"/> may change, in any format: a value without one is used as it is.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create("<>&\\*_`[]()#~|!\r\n");

    public TemplateCatalog Catalog => catalog;

    public bool Has(string key, string? locale) => catalog.Has(key, locale);

    public string Render(string key, string? locale, IReadOnlyDictionary<string, string?> values, TextFormat format = TextFormat.Plain, IReadOnlyCollection<string>? avoid = null, IReadOnlyCollection<string>? tones = null)
    {
        var template = catalog.Find(key, locale) ?? throw new TemplateException($"No template '{key}' for locale '{locale}' or its fallbacks.");
        values ??= NoValues;
        var fitting = tones is null || AllFit(template.Variants, tones) ? template.Variants : template.Variants.Where(v => v.Fits(tones)).ToList();
        if (fitting.Count == 0)
        {
            // The startup check (TemplateCatalog.Validate with tones) rules this out; never render nothing.
            fitting = template.Variants;
        }

        if (avoid is not { Count: > 0 })
        {
            // Nothing to avoid: pick first, then compose only the variant picked (the same choice as composing all).
            var pick = fitting.Count == 1 ? 0 : Math.Clamp(picker.Pick(key, fitting.Count), 0, fitting.Count - 1);
            return Compose(fitting[pick].Parts, values, format, fitting[pick].Source);
        }

        var rendered = fitting.Select(v => Compose(v.Parts, values, format, v.Source)).ToList();

        var allowed = rendered.Where(r => !avoid.Contains(r)).ToList();
        if (allowed.Count == 0)
        {
            allowed = rendered;
        }

        var choice = allowed.Count == 1 ? 0 : Math.Clamp(picker.Pick(key, allowed.Count), 0, allowed.Count - 1);
        return allowed[choice];
    }

    /// <summary>Whether every variant fits the tones (the usual case: most messages have no tagged variant).</summary>
    private static bool AllFit(IReadOnlyList<TemplateVariant> variants, IReadOnlyCollection<string> tones)
    {
        foreach (var variant in variants)
        {
            if (!variant.Fits(tones))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Compose(IReadOnlyList<TemplatePart> parts, IReadOnlyDictionary<string, string?> values, TextFormat format, string source)
    {
        // A stack buffer (rented from the pool when a sentence outgrows it) instead of a StringBuilder per sentence.
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        ComposeInto(ref text, parts, values, format, source);
        return text.ToStringAndClear();
    }

    private static void ComposeInto(ref DefaultInterpolatedStringHandler text, IReadOnlyList<TemplatePart> parts, IReadOnlyDictionary<string, string?> values, TextFormat format, string source)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case TemplatePart.Literal literal:
                    text.AppendLiteral(literal.Text);
                    break;
                case TemplatePart.Placeholder placeholder:
                    text.AppendLiteral(Escape(Value(values, placeholder.Name, source), format));
                    break;
                case TemplatePart.Optional optional when AllPresent(optional.Parts, values, source):
                    ComposeInto(ref text, optional.Parts, values, format, source);
                    break;
            }
        }
    }

    private static bool AllPresent(IReadOnlyList<TemplatePart> parts, IReadOnlyDictionary<string, string?> values, string source)
    {
        foreach (var part in parts)
        {
            // A nested optional segment never hides its parent.
            if (part is TemplatePart.Placeholder placeholder && string.IsNullOrWhiteSpace(Value(values, placeholder.Name, source)))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Value(IReadOnlyDictionary<string, string?> values, string name, string source) =>
        values.TryGetValue(name, out var value)
            ? value
            : throw new TemplateException($"{source}: no value was given for '{{{name}}}'.");

    /// <summary>Escapes a value so it renders literally in the target format.</summary>
    public static string Escape(string? value, TextFormat format)
    {
        if (string.IsNullOrEmpty(value) || format == TextFormat.Plain || !value.AsSpan().ContainsAny(Escaped))
        {
            return value ?? string.Empty;
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '<' when format == TextFormat.Markdown:
                    escaped.Append("&lt;");
                    break;
                case '>' when format == TextFormat.Markdown:
                    escaped.Append("&gt;");
                    break;
                case '&' when format == TextFormat.Markdown:
                    escaped.Append("&amp;");
                    break;
                case '\\' or '*' or '_' or '`' or '[' or ']' or '(' or ')' or '#' or '~' or '|' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}

/// <summary>Convenience for building value dictionaries: <c>Values.Of(("name", "Dana"))</c>.</summary>
public static class Values
{
    public static IReadOnlyDictionary<string, string?> None { get; } = new Dictionary<string, string?>();

    public static IReadOnlyDictionary<string, string?> Of(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
