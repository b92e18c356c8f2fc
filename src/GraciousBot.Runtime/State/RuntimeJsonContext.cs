using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Turns;

namespace GraciousBot.Runtime.State;

/// <summary>
/// Source-generated metadata for what the runtime stores every turn (the dialog stack, the turn's record and outbox
/// entry, a prompt's options), in <see cref="RuntimeJson"/>'s shape. Its settings match <see cref="RuntimeJson.Options"/>
/// (which is what lets writes take the generated fast path); enums as camelCase strings come from the listed converter.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = [typeof(CamelCaseEnumConverter)])]
[JsonSerializable(typeof(DialogStack))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(TurnRecord))]
[JsonSerializable(typeof(PendingDelivery))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<GraciousBot.Wire.Schema.Activity>))] // a turn record's replies, read (see RepliesConverter)
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
