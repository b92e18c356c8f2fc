using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraciousBot.Runtime.State;

/// <summary>
/// Enums as camelCase strings (numbers still read), the runtime's stored shape, for every enum type. A factory of its
/// own, named, so that source-generated contexts can list it in their options.
/// </summary>
public sealed class CamelCaseEnumConverter : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _strings = new(JsonNamingPolicy.CamelCase);

    public override bool CanConvert(Type typeToConvert) => _strings.CanConvert(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => _strings.CreateConverter(typeToConvert, options);
}
