using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Turns;

namespace GraciousBot.Runtime.State;

/// <summary>
/// Source-generated metadata for what the runtime stores every turn (the dialog stack, the turn's record and outbox
/// entry, a prompt's options), in <see cref="RuntimeJson"/>'s shape (its enum converter applies: the generated code
/// defers to the options' converters).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(DialogStack))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(TurnRecord))]
[JsonSerializable(typeof(PendingDelivery))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
