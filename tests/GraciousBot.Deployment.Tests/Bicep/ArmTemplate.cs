using System.Text.Json.Nodes;

namespace GraciousBot.Deployment.Tests.Bicep;

/// <summary>One resource of a compiled ARM template, with the template that declares it.</summary>
public sealed record ArmResource(string SymbolicName, JsonObject Resource, JsonObject Template)
{
    public string Type => (string)Resource["type"]!;

    public JsonObject Properties => Resource["properties"] as JsonObject ?? [];

    /// <summary>The template of a nested deployment (a compiled Bicep module).</summary>
    public JsonObject? NestedTemplate =>
        Type == ArmTemplate.DeploymentType && Resource["properties"] is JsonObject properties ? properties["template"] as JsonObject : null;
}

/// <summary>Walks compiled ARM JSON, nested module deployments included.</summary>
public static class ArmTemplate
{
    public static string DeploymentType => "Microsoft.Resources/deployments";

    /// <summary>The template's own resources (symbolic-name object or classic array).</summary>
    public static IEnumerable<ArmResource> Resources(JsonObject template) =>
        template["resources"] switch
        {
            JsonObject named => named.Select(pair => new ArmResource(pair.Key, (JsonObject)pair.Value!, template)),
            JsonArray list => list.Select((node, index) => new ArmResource($"#{index}", (JsonObject)node!, template)),
            _ => [],
        };

    /// <summary>Every resource of the template and of every module inside it, depth first.</summary>
    public static IEnumerable<ArmResource> AllResources(JsonObject template)
    {
        foreach (var resource in Resources(template))
        {
            yield return resource;
            if (resource.NestedTemplate is { } nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The template and every module template inside it.</summary>
    public static IEnumerable<JsonObject> AllTemplates(JsonObject template) =>
        new[] { template }.Concat(AllResources(template).Select(resource => resource.NestedTemplate).OfType<JsonObject>());

    public static IEnumerable<ArmResource> OfType(JsonObject template, string type) =>
        AllResources(template).Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public static ArmResource Single(JsonObject template, string type)
    {
        var matches = OfType(template, type).ToArray();
        Assert.True(matches.Length == 1, $"expected one {type}, found {matches.Length}");
        return matches[0];
    }

    public static JsonObject Parameters(JsonObject template) => template["parameters"] as JsonObject ?? [];

    public static bool IsSecure(JsonNode? parameter) =>
        ((string?)parameter?["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true;

    public static bool IsRequired(JsonNode? parameter) =>
        parameter is JsonObject declaration && !declaration.ContainsKey("defaultValue") && declaration["nullable"]?.GetValue<bool>() != true;

    /// <summary>
    /// Whether any string inside the node (property names included) contains the text. Searching
    /// the strings rather than ToJsonString() matters: the serializer escapes the quotes of
    /// expressions such as parameters('x').
    /// </summary>
    public static bool Mentions(JsonNode? node, string text) => node switch
    {
        JsonObject obj => obj.Any(pair => pair.Key.Contains(text, StringComparison.Ordinal) || Mentions(pair.Value, text)),
        JsonArray array => array.Any(child => Mentions(child, text)),
        JsonValue value when value.TryGetValue<string>(out var s) => s.Contains(text, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The ARM expression text that reads a parameter, as Bicep writes it.</summary>
    public static string ParameterReference(string name) => $"parameters('{name}')";

    /// <summary>A copy without the compiler's <c>metadata._generator</c> blocks (its version and template hash).</summary>
    public static JsonNode WithoutGeneratorInfo(JsonNode node)
    {
        var copy = node.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    if (obj["metadata"] is JsonObject metadata)
                    {
                        metadata.Remove("_generator");
                    }

                    foreach (var (_, child) in obj)
                    {
                        Strip(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Strip(child);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The name/value pairs of every <c>createObject(...)</c> call in an ARM expression, values as
    /// expression text. Enough to read app settings that Bicep compiled into one union() expression.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> CreateObjectPairs(string expression)
    {
        const string call = "createObject(";
        var pairs = new List<(string, string)>();
        for (var start = expression.IndexOf(call, StringComparison.Ordinal); start >= 0;
             start = expression.IndexOf(call, start + call.Length, StringComparison.Ordinal))
        {
            var arguments = SplitArguments(expression, start + call.Length);
            for (var i = 0; i + 1 < arguments.Count; i += 2)
            {
                pairs.Add((arguments[i].Trim().Trim('\''), arguments[i + 1].Trim()));
            }
        }

        return pairs;
    }

    private static List<string> SplitArguments(string text, int position)
    {
        var arguments = new List<string>();
        var depth = 0;
        var inString = false;
        var current = position;
        for (var i = position; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\'' && (i + 1 >= text.Length || text[i + 1] != '\''))
                {
                    inString = false;
                }
                else if (c == '\'')
                {
                    i++;
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                    inString = true;
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']' when depth > 0:
                    depth--;
                    break;
                case ')':
                    if (i > current)
                    {
                        arguments.Add(text[current..i]);
                    }

                    return arguments;
                case ',' when depth == 0:
                    arguments.Add(text[current..i]);
                    current = i + 1;
                    break;
            }
        }

        throw new FormatException($"Unbalanced expression: {text}");
    }
}
