using System.Text.Json;

namespace GraciousBot.Closing.Schemas;

/// <summary>The JSON Schemas of what a caller sends (the closing context) and what it gets back (the result).</summary>
public static class ClosingSchemas
{
    public static JsonElement Context { get; } = Load("closing-context.schema.json");

    public static JsonElement Result { get; } = Load("closing-result.schema.json");

    private static JsonElement Load(string name)
    {
        using var stream = typeof(ClosingSchemas).Assembly.GetManifestResourceStream($"GraciousBot.Closing.Schemas.{name}")
            ?? throw new InvalidOperationException($"The schema {name} is not embedded.");
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
