using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Insights;
using GraciousBot.Closing.Model;

namespace GraciousBot.Closing;

/// <summary>
/// Source-generated metadata for what the closing stores every turn (its flows' states, the transcript log, the
/// tally, the customer's memory), in the runtime's JSON shape: camelCase, nulls omitted, enums as camelCase strings.
/// The settings match <see cref="Runtime.State.RuntimeJson.Options"/>, so writes take the generated fast path.
/// Registered with <see cref="Runtime.State.RuntimeJson.AddTypeInfo"/> at start-up.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = [typeof(Runtime.State.CamelCaseEnumConverter)])]
[JsonSerializable(typeof(ClosingState))]
[JsonSerializable(typeof(HandoffState))]
[JsonSerializable(typeof(PersonOffer))]
[JsonSerializable(typeof(ToGo.ToGoQuestion))]
[JsonSerializable(typeof(ClosingResult))]
[JsonSerializable(typeof(TranscriptLog))]
[JsonSerializable(typeof(List<Wire.Schema.Activity>))] // the transcript log's entries, read when a turn looks at them
[JsonSerializable(typeof(List<LoggedWords>))] // the same entries as the customer's words are read from them
[JsonSerializable(typeof(ClosingTally))]
[JsonSerializable(typeof(ConversationLocale))]
[JsonSerializable(typeof(CustomerMemory))]
[JsonSerializable(typeof(EndedClosing))]
[JsonSerializable(typeof(WaitingForPerson))]
[JsonSerializable(typeof(PersonOffers))]
public sealed partial class ClosingJsonContext : JsonSerializerContext;
