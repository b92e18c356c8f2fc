using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GraciousBot.Wire.Schema;

namespace GraciousBot.LocalChannel;

/// <summary>A Direct Line conversation as the client gets it (start, reconnect, token generate and refresh).</summary>
internal sealed record DirectLineConversationInfo(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);

/// <summary>The optional body of POST /conversations and POST /tokens/generate.</summary>
internal sealed record DirectLineStartRequest(ChannelAccount? User, string? Locale);

/// <summary>The page's configuration, served as a script so it applies before the first paint.</summary>
internal sealed record WebChatClientConfig(
    string Title,
    string Tagline,
    string AccentColor,
    string BotName,
    string BotAvatarInitials,
    string DirectLineDomain);

/// <summary>One sample support case for the demo launcher.</summary>
internal sealed record DemoSampleInfo(string Id, string Title, string? CustomerName, string? Summary, string? Locale, JsonNode Context);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    MaxDepth = 32)]
[JsonSerializable(typeof(DirectLineConversationInfo))]
[JsonSerializable(typeof(DirectLineStartRequest))]
[JsonSerializable(typeof(WebChatClientConfig))]
[JsonSerializable(typeof(IReadOnlyList<DemoSampleInfo>))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
