using System.Text.Json;
using GraciousBot.Closing.Schemas;
using NJsonSchema;

namespace GraciousBot.Web.Tests.Skill;

/// <summary>
/// The documented result schema (<c>src/GraciousBot.Closing/Schemas/closing-result.schema.json</c>, as embedded in the
/// skill) loaded once into a real JSON Schema validator, for tests that check an <c>endOfConversation</c> value.
/// </summary>
public static class ClosingResultSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromJsonAsync(ClosingSchemas.Result.GetRawText()));

    /// <summary>Every violation, one line each ("path: kind"); empty when the value conforms.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(JsonElement value)
    {
        var schema = await Schema.Value;
        return [.. schema.Validate(value.GetRawText()).Select(error => $"{error.Path}: {error.Kind}")];
    }

    /// <summary>Fails with every violation and the value itself when <paramref name="value"/> does not conform.</summary>
    public static async Task AssertValidAsync(JsonElement? value, string? where = null)
    {
        Assert.True(value is { ValueKind: JsonValueKind.Object }, $"{where}The endOfConversation value should be a JSON object but is {value?.GetRawText() ?? "missing"}.");
        var errors = await ValidateAsync(value!.Value);
        Assert.True(errors.Count == 0, $"{where}The endOfConversation value does not conform to closing-result.schema.json:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}{Environment.NewLine}value: {value.Value.GetRawText()}");
    }
}
