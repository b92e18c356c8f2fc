using System.Text;

namespace GraciousBot.Runtime.Templates;

/// <summary>
/// Reads template files:
/// <code>
/// > a comment
/// # message.key
/// - Thank you[, {name}]!
/// - Many thanks[, {name}].
/// </code>
/// <c>{name}</c> is a placeholder; <c>[ … ]</c> an optional segment shown only when its placeholders have values;
/// <c>\n</c> a line break; <c>\[</c>, <c>\]</c>, <c>\{</c>, <c>\}</c>, <c>\@</c>, <c>\\</c> the characters themselves.
/// A variant may start with tone tags, <c>- @sad @hardship I'm sorry…</c>: it is then used only for those tones, while
/// a variant without tags fits every tone.
/// A variant may also start with conditions, <c>- ?future ?!rel ?noun=twins|triplets the {noun}</c> (words without spaces
/// after '?', '!' negates): callers that pick by conditions (<see cref="TemplateCatalog.RenderFirst"/>, used by
/// dialogs/details.*.lg) take the first variant, in file order, whose conditions all hold. The engine only stores them.
/// </summary>
internal static class TemplateParser
{
    public static IReadOnlyList<Template> Parse(string text, string locale, string fileName)
    {
        var templates = new List<Template>();
        string? key = null;
        var keyLine = 0;
        var variants = new List<TemplateVariant>();

        void Flush()
        {
            if (key is null)
            {
                return;
            }

            if (variants.Count == 0)
            {
                throw new TemplateException($"{fileName}:{keyLine}: template '{key}' has no variants (add lines starting with '- ').");
            }

            templates.Add(new Template(key, locale, [.. variants], $"{fileName}:{keyLine}"));
            variants = [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('>'))
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                Flush();
                key = line[1..].Trim();
                keyLine = lineNumber;
                if (key.Length == 0 || key.Any(char.IsWhiteSpace))
                {
                    throw new TemplateException($"{fileName}:{lineNumber}: a template name must be one word, like '# closing.thanks'.");
                }

                if (templates.Any(t => t.Key == key))
                {
                    throw new TemplateException($"{fileName}:{lineNumber}: template '{key}' is defined twice.");
                }

                continue;
            }

            if (line.StartsWith('-'))
            {
                if (key is null)
                {
                    throw new TemplateException($"{fileName}:{lineNumber}: a variant must follow a '# name' line.");
                }

                var body = line[1..].Trim();
                if (body.Length == 0)
                {
                    throw new TemplateException($"{fileName}:{lineNumber}: empty variant in '{key}'.");
                }

                var tones = ReadTones(ref body, $"{fileName}:{lineNumber}");
                var conditions = ReadConditions(ref body, $"{fileName}:{lineNumber}");
                variants.Add(new TemplateVariant(ParseVariant(body, $"{fileName}:{lineNumber}"), $"{fileName}:{lineNumber}") { Tones = tones, Conditions = conditions });
                continue;
            }

            throw new TemplateException($"{fileName}:{lineNumber}: expected '# name', '- variant' or '> comment', found '{Shorten(line)}'.");
        }

        Flush();
        return templates;
    }

    /// <summary>Leading "@tone" words: lower-case letters, digits and '-'; the wording follows them.</summary>
    private static HashSet<string> ReadTones(ref string body, string source)
    {
        var tones = new HashSet<string>(StringComparer.Ordinal);
        while (body.StartsWith('@'))
        {
            var end = body.IndexOf(' ', StringComparison.Ordinal);
            var tag = end < 0 ? body[1..] : body[1..end];
            if (tag.Length == 0 || !tag.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw new TemplateException($"{source}: '@{tag}' is not a tone tag (lower-case letters, digits or '-', like '@sad').");
            }

            if (end < 0 || body[end..].Trim().Length == 0)
            {
                throw new TemplateException($"{source}: a variant has tone tags but no wording after them.");
            }

            tones.Add(tag);
            body = body[end..].TrimStart();
        }

        return tones;
    }

    /// <summary>Leading "?condition" words (no spaces; '\?' escapes a literal '?'); the wording follows them.</summary>
    private static List<string> ReadConditions(ref string body, string source)
    {
        var conditions = new List<string>();
        while (body.StartsWith('?'))
        {
            var end = body.IndexOf(' ', StringComparison.Ordinal);
            var condition = end < 0 ? body[1..] : body[1..end];
            if (condition.Length == 0 || condition == "!")
            {
                throw new TemplateException($"{source}: '?' must be followed by a condition, like '?future' or '?noun=trip'.");
            }

            if (end < 0 || body[end..].Trim().Length == 0)
            {
                throw new TemplateException($"{source}: a variant has conditions but no wording after them.");
            }

            conditions.Add(condition);
            body = body[end..].TrimStart();
        }

        return conditions;
    }

    private static List<TemplatePart> ParseVariant(string body, string source)
    {
        var position = 0;
        var parts = ParseParts(body, ref position, source, nested: false);
        return parts;
    }

    private static List<TemplatePart> ParseParts(string body, ref int position, string source, bool nested)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();

        void FlushLiteral()
        {
            if (literal.Length > 0)
            {
                parts.Add(new TemplatePart.Literal(literal.ToString()));
                literal.Clear();
            }
        }

        while (position < body.Length)
        {
            var c = body[position];
            switch (c)
            {
                case '\\' when position + 1 < body.Length:
                    var next = body[position + 1];
                    literal.Append(next == 'n' ? '\n' : next);
                    position += 2;
                    break;
                case '{':
                    var close = body.IndexOf('}', position);
                    if (close < 0)
                    {
                        throw new TemplateException($"{source}: '{{' without a closing '}}'.");
                    }

                    var name = body[(position + 1)..close].Trim();
                    if (name.Length == 0 || !name.All(ch => char.IsLetterOrDigit(ch) || ch == '_' || ch == '.'))
                    {
                        throw new TemplateException($"{source}: '{{{name}}}' is not a placeholder name (letters, digits, '_' or '.').");
                    }

                    FlushLiteral();
                    parts.Add(new TemplatePart.Placeholder(name));
                    position = close + 1;
                    break;
                case '}':
                    throw new TemplateException($"{source}: '}}' without an opening '{{'.");
                case '[':
                    FlushLiteral();
                    position++;
                    var inner = ParseParts(body, ref position, source, nested: true);
                    if (!inner.OfType<TemplatePart.Placeholder>().Any() && !inner.OfType<TemplatePart.Optional>().Any())
                    {
                        throw new TemplateException($"{source}: an optional segment '[…]' needs a placeholder inside.");
                    }

                    parts.Add(new TemplatePart.Optional(inner));
                    break;
                case ']':
                    if (!nested)
                    {
                        throw new TemplateException($"{source}: ']' without an opening '['.");
                    }

                    FlushLiteral();
                    position++;
                    return parts;
                default:
                    literal.Append(c);
                    position++;
                    break;
            }
        }

        if (nested)
        {
            throw new TemplateException($"{source}: '[' without a closing ']'.");
        }

        FlushLiteral();
        return parts;
    }

    private static string Shorten(string line) => line.Length > 40 ? line[..40] + "…" : line;
}
