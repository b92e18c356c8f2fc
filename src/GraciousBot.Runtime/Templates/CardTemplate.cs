using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraciousBot.Runtime.Templates;

/// <summary>
/// An Adaptive Card layout kept as data in <c>dialogs/cards/</c>. Strings may hold <c>{placeholders}</c>; an element
/// with <c>"$when": "name"</c> is dropped when that value is empty; an element with <c>"$each": "list"</c> is repeated
/// once per item of that list (the item's values fill its placeholders). Values are inserted as given: render and
/// escape them first.
/// </summary>
public sealed class CardTemplate
{
    private readonly JsonNode _layout;

    private CardTemplate(string name, JsonNode layout)
    {
        Name = name;
        _layout = layout;
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        try
        {
            return new CardTemplate(name, JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                ?? throw new TemplateException($"{name}: the card is empty."));
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
        var rendered = Expand(_layout, values, lists ?? new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>()).Single();
        return JsonSerializer.SerializeToElement(rendered);
    }

    private IEnumerable<JsonNode?> Expand(JsonNode? node, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> lists)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$when"]?.GetValue<string>() is { } condition && string.IsNullOrWhiteSpace(values.GetValueOrDefault(condition)) && !(lists.TryGetValue(condition, out var present) && present.Count > 0))
                {
                    yield break;
                }

                if (obj["$each"]?.GetValue<string>() is { } listName)
                {
                    foreach (var item in lists.GetValueOrDefault(listName) ?? [])
                    {
                        var merged = new Dictionary<string, string?>(values, StringComparer.Ordinal);
                        foreach (var (k, v) in item)
                        {
                            merged[k] = v;
                        }

                        yield return CopyObject(obj, merged, lists);
                    }

                    yield break;
                }

                yield return CopyObject(obj, values, lists);
                break;
            case JsonArray array:
                var copy = new JsonArray();
                foreach (var child in array)
                {
                    foreach (var expanded in Expand(child, values, lists))
                    {
                        copy.Add(expanded);
                    }
                }

                yield return copy;
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                yield return JsonValue.Create(Fill(value.GetValue<string>(), values));
                break;
            default:
                yield return node?.DeepClone();
                break;
        }
    }

    private JsonObject CopyObject(JsonObject source, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> lists)
    {
        var copy = new JsonObject();
        foreach (var (key, child) in source)
        {
            if (key is "$when" or "$each")
            {
                continue;
            }

            copy[key] = Expand(child, values, lists).FirstOrDefault();
        }

        return copy;
    }

    private string Fill(string text, IReadOnlyDictionary<string, string?> values)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new System.Text.StringBuilder();
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
