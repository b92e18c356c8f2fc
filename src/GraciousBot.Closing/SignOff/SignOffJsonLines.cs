using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Closing.Details;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.SignOff;

/// <summary>
/// The <c>signoff</c> command's work: one JSON object per input line
/// (<c>{"id", "text", "name"?, "timestamp"?, "timeZone"?, "locale"?, "brand"?, "customerSince"?, "previousSignoff"?}</c>),
/// one JSON line out (<c>{"id", "details": [...], "signoff"}</c>), or <c>{"id" | "line", "error"}</c> for a line that
/// cannot be read. One bad line never stops the rest.
/// </summary>
public static class SignOffJsonLines
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads every line of <paramref name="input"/> and writes one result line each; returns the number of error lines.</summary>
    public static async Task<int> ProcessAsync(TextReader input, TextWriter output, string dialogsDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var catalog = TemplateCatalog.Load(dialogsDirectory);
        var safety = SignOffSafety.FromDirectory(dialogsDirectory);
        var errors = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = ProcessLine(line, lineNumber, catalog, safety, clock);
            if (result is ErrorLine)
            {
                errors++;
            }

            await output.WriteLineAsync(JsonSerializer.Serialize<object>(result, Json).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return errors;
    }

    /// <summary>One input line to one output object (a <see cref="ResultLine"/> or an <see cref="ErrorLine"/>).</summary>
    public static object ProcessLine(string line, int lineNumber, TemplateCatalog catalog, SignOffSafety safety, TimeProvider clock)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new ErrorLine(null, lineNumber, "not valid JSON");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ErrorLine(null, lineNumber, "expected a JSON object");
        }

        var id = Scalar(root, "id");
        if (id is null)
        {
            return new ErrorLine(null, lineNumber, "missing \"id\"");
        }

        if (Text(root, "text") is not { } text)
        {
            return new ErrorLine(id, null, "missing \"text\" (a string)");
        }

        DateTimeOffset? timestamp = null;
        if (Text(root, "timestamp") is { } stamp)
        {
            if (!DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return new ErrorLine(id, null, "\"timestamp\" is not an ISO 8601 date and time");
            }

            timestamp = parsed;
        }

        DateOnly? since = null;
        if (Text(root, "customerSince") is { } sinceText)
        {
            if (!DateOnly.TryParse(sinceText, CultureInfo.InvariantCulture, out var parsedSince))
            {
                return new ErrorLine(id, null, "\"customerSince\" is not a date");
            }

            since = parsedSince;
        }

        var zone = Text(root, "timeZone");
        var warning = zone is not null && !ExtractionContext.IsKnownZone(zone) ? "unknown timeZone; UTC used" : null;
        var locale = Text(root, "locale");
        var now = timestamp ?? clock.GetUtcNow();
        var context = new ExtractionContext { TimeZone = zone, Locale = locale, Clock = new FixedClock(now), CustomerSince = since };
        var details = DetailExtractor.Extract([new CustomerUtterance(text, now)], context);

        var renderer = new TemplateTextRenderer(catalog, new StablePicker(id));
        var composer = new SignOffComposer(renderer, safety);
        var previous = Text(root, "previousSignoff") is { } prev ? new PreviousSignOff(Text: prev) : null;
        var signOff = composer.Compose(new SignOffRequest(Text(root, "name"), details, locale)
        {
            Brand = Text(root, "brand"),
            Previous = previous,
            CustomerTexts = [text],
        });

        return new ResultLine(
            id,
            details.Select(d => new DetailLine(d.Kind, d.Tone, d.Timing, d.Phrase)).ToList(),
            signOff.Text,
            warning);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    private static string? Scalar(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };

    /// <summary>One detail as written out.</summary>
    public sealed record DetailLine(
        [property: JsonPropertyName("kind")] DetailKind Kind,
        [property: JsonPropertyName("tone")] DetailTone Tone,
        [property: JsonPropertyName("timing")] DetailTiming Timing,
        [property: JsonPropertyName("phrase")] string Phrase);

    /// <summary>A processed line.</summary>
    public sealed record ResultLine(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("details")] IReadOnlyList<DetailLine> Details,
        [property: JsonPropertyName("signoff")] string SignOff,
        [property: JsonPropertyName("warning")] string? Warning);

    /// <summary>A line that could not be processed: by id when it had one, else by line number.</summary>
    public sealed record ErrorLine(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("line")] int? Line,
        [property: JsonPropertyName("error")] string Error);

    /// <summary>The message time stands in for "now", so a line reads the same whenever it is processed.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    /// <summary>Picks variants by a stable hash of the line id, so the same input gives the same output.</summary>
    private sealed class StablePicker(string id) : IVariantPicker
    {
        public int Pick(string key, int count)
        {
            var hash = 17;
            foreach (var c in id + "|" + key)
            {
                hash = unchecked((hash * 31) + c);
            }

            return (int)((uint)hash % (uint)count);
        }
    }
}
