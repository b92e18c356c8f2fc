using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraciousBot.Runtime.Templates;

/// <summary>
/// An Adaptive Card layout kept as data in <c>dialogs/cards/</c>. Strings may hold <c>{placeholders}</c>; an element
/// with <c>"$when": "name"</c> is dropped when that value is empty; an element with <c>"$each": "list"</c> is repeated
/// once per item of that list (the item's values fill its placeholders). Values are inserted as given: render and
/// escape them first.
/// </summary>
/// <remarks>
/// The layout is parsed once and each card is written straight from it as UTF-8, then read as the card's JSON (no copy
/// of the layout as a tree of nodes per card, which took most of a first turn's card). An array holds every expansion
/// of its items; a property holds the first expansion of its value, or null when there is none (an object dropped by
/// its <c>$when</c>, an empty <c>$each</c>).
/// </remarks>
public sealed class CardTemplate
{
    private static readonly JsonDocumentOptions LayoutOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> NoLists =
        new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>();

    private readonly JsonElement _layout;

    private CardTemplate(string name, JsonElement layout)
    {
        Name = name;
        _layout = layout;
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, LayoutOptions);
            return new CardTemplate(name, document.RootElement.Clone());
        }
        catch (JsonException error)
        {
            throw new TemplateException($"{name}:{(error.LineNumber ?? 0) + 1}: the card is not valid JSON ({error.Message}).");
        }
    }

    /// <summary>Reads every <c>*.json</c> card in a folder, by file name without extension.</summary>
    public static IReadOnlyDictionary<string, CardTemplate> LoadAll(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.json").ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => Parse(Path.GetFileName(p), File.ReadAllText(p)), StringComparer.Ordinal)
            : new Dictionary<string, CardTemplate>();

    public JsonElement Render(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>? lists = null)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (!WriteFirst(writer, _layout, values, lists ?? NoLists))
            {
                writer.WriteNullValue();
            }
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    /// <summary>Writes the first expansion of <paramref name="node"/>; false when it has none (and nothing was written).</summary>
    private bool WriteFirst(Utf8JsonWriter writer, JsonElement node, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> lists)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            WriteValue(writer, node, values, lists);
            return true;
        }

        foreach (var itemValues in Expansions(node, values, lists))
        {
            WriteObject(writer, node, itemValues, lists);
            return true;
        }

        return false;
    }

    /// <summary>The values each copy of an object is filled with: none when its <c>$when</c> is empty, one per item of its <c>$each</c>, else one.</summary>
    private IEnumerable<IReadOnlyDictionary<string, string?>> Expansions(JsonElement obj, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> lists)
    {
        if (Directive(obj, "$when") is { } condition && string.IsNullOrWhiteSpace(values.GetValueOrDefault(condition)) && !(lists.TryGetValue(condition, out var present) && present.Count > 0))
        {
            yield break;
        }

        if (Directive(obj, "$each") is { } listName)
        {
            foreach (var item in lists.GetValueOrDefault(listName) ?? [])
            {
                var merged = new Dictionary<string, string?>(values, StringComparer.Ordinal);
                foreach (var (k, v) in item)
                {
                    merged[k] = v;
                }

                yield return merged;
            }

            yield break;
        }

        yield return values;
    }

    private string? Directive(JsonElement obj, string name) =>
        !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new TemplateException($"{Name}: \"{name}\" names a value or a list, so it must be a string.");

    private void WriteObject(Utf8JsonWriter writer, JsonElement obj, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> lists)
    {
        writer.WriteStartObject();
        foreach (var property in obj.EnumerateObject())
        {
            if (property.NameEquals("$when") || property.NameEquals("$each"))
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            if (!WriteFirst(writer, property.Value, values, lists))
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter writer, JsonElement node, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> lists)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var child in node.EnumerateArray())
                {
                    if (child.ValueKind != JsonValueKind.Object)
                    {
                        WriteValue(writer, child, values, lists);
                        continue;
                    }

                    foreach (var itemValues in Expansions(child, values, lists))
                    {
                        WriteObject(writer, child, itemValues, lists);
                    }
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(Fill(node.GetString()!, values));
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private string Fill(string text, IReadOnlyDictionary<string, string?> values)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, open - i);
            var name = text[(open + 1)..close];
            if (!values.TryGetValue(name, out var value))
            {
                throw new TemplateException($"{Name}: no value was given for '{{{name}}}'.");
            }

            result.Append(value);
            i = close + 1;
        }

        return result.ToString();
    }
}
