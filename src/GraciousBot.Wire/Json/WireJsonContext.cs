using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Wire;

/// <summary>Source-generated JSON for the wire types: camelCase, nulls omitted, unknown properties preserved.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(IReadOnlyList<ChannelAccount>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class WireJsonContext : JsonSerializerContext;
