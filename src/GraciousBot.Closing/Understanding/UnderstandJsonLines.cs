using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Closing.Understanding;

/// <summary>
/// The <c>understand</c> command's work: one JSON object per input line
/// (<c>{"id", "locale", "expecting", "choices"?, "text"}</c>), one JSON line out per input
/// (<c>{"id", "answer", "intents", "language"}</c>), or <c>{"id", "error"}</c> for a line it cannot read. Blank lines
/// are skipped; a bad line never stops the rest.
/// </summary>
public static class UnderstandJsonLines
{
    private static readonly Dictionary<string, Expecting> ExpectingNames = Enum.GetValues<Expecting>()
        .ToDictionary(JsonName, value => value, StringComparer.Ordinal);

    // Customers' words stay readable in the output ("español", not "espa\u00F1ol").
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task ProcessAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(ProcessLine(line).ToJsonString(Json));
        }

        await output.FlushAsync(cancellationToken);
    }

    /// <summary>The output object for one input line.</summary>
    public static JsonObject ProcessLine(string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return Error(null, $"not JSON: {exception.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Error(null, "each line must be a JSON object");
        }

        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText()
            : null;
        if (id is null)
        {
            return Error(null, "\"id\" is required (a string)");
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return Error(id, "\"text\" is required (a string)");
        }

        if (!root.TryGetProperty("expecting", out var expectingElement) || expectingElement.ValueKind != JsonValueKind.String
            || !ExpectingNames.TryGetValue(expectingElement.GetString()!, out var expecting))
        {
            return Error(id, $"\"expecting\" must be one of {string.Join(", ", ExpectingNames.Keys)}");
        }

        string? locale = null;
        if (root.TryGetProperty("locale", out var localeElement))
        {
            if (localeElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return Error(id, "\"locale\" must be a string such as \"en-GB\"");
            }

            locale = localeElement.ValueKind == JsonValueKind.String ? localeElement.GetString() : null;
        }

        var choices = new List<Choice>();
        if (root.TryGetProperty("choices", out var choicesElement) && choicesElement.ValueKind != JsonValueKind.Null)
        {
            if (choicesElement.ValueKind != JsonValueKind.Array)
            {
                return Error(id, "\"choices\" must be an array of {\"id\", \"title\"}");
            }

            foreach (var choice in choicesElement.EnumerateArray())
            {
                if (choice.ValueKind != JsonValueKind.Object
                    || !choice.TryGetProperty("id", out var choiceId) || choiceId.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(choiceId.GetString()))
                {
                    return Error(id, "each choice needs a string \"id\"");
                }

                var title = choice.TryGetProperty("title", out var titleElement) && titleElement.ValueKind == JsonValueKind.String ? titleElement.GetString()! : choiceId.GetString()!;
                choices.Add(new Choice(choiceId.GetString()!, title));
            }
        }

        var reading = MessageReader.Read(textElement.GetString(), locale, expecting, choices);
        return new JsonObject
        {
            ["id"] = id,
            ["answer"] = AnswerJson(reading.Answer),
            ["intents"] = new JsonArray([.. reading.Intents.Order().Select(intent => (JsonNode)JsonValue.Create(JsonName(intent)))]),
            ["language"] = reading.Language,
        };
    }

    private static JsonNode? AnswerJson(ReadAnswer? answer) => answer switch
    {
        ReadAnswer.Said { Value: YesNo.Yes } => "yes",
        ReadAnswer.Said { Value: YesNo.No } => "no",
        ReadAnswer.Picked picked => picked.ChoiceId,
        ReadAnswer.NoneOfThose => "none",
        ReadAnswer.Rated rated => rated.Value,
        ReadAnswer.Commented commented => commented.Text,
        _ => null,
    };

    private static JsonObject Error(string? id, string reason) => new() { ["id"] = id, ["error"] = reason };

    /// <summary>"YesNo" → "yesNo", "StartOver" → "startOver".</summary>
    public static string JsonName<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
