using System.Globalization;
using System.Text.Json;

namespace GraciousBot.Closing.Model;

/// <summary>
/// Reads a closing context from whatever JSON the caller sent, leniently: wrong types, unknown fields and malformed
/// parts are skipped (and counted), so one bad field never costs the customer a good goodbye.
/// </summary>
public static class ClosingContextReader
{
    /// <summary>Upper bounds, so a hostile or broken caller cannot make the skill do unbounded work.</summary>
    public const int MaxListItems = 50;

    public const int MaxTranscriptActivities = 500;

    public const int MaxTextLength = 2_000;

    public static ClosingContext Read(JsonElement? json) => Read(json, out _);

    public static ClosingContext Read(JsonElement? json, out int skippedParts)
    {
        var skipped = 0;
        var skippedSteps = 0;
        if (json is not { ValueKind: JsonValueKind.Object } root)
        {
            skippedParts = json is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? 0 : 1;
            return ClosingContext.Empty;
        }

        var context = new ClosingContext
        {
            Customer = Object(root, "customer", ref skipped, c => new Customer(
                Id(c, "id"), Text(c, "name"), Text(c, "locale"), TimeZone(Text(c, "timeZone")), Date(Text(c, "customerSince"))) { Email = Email(Text(c, "email")) }),
            Case = Object(root, "case", ref skipped, c => Id(c, "id") is null && Text(c, "title") is null && Text(c, "category") is null ? null : new SupportCase(Id(c, "id"), Text(c, "title"), Text(c, "category"))),
            Resolution = Object(root, "resolution", ref skipped, r => Text(r, "summary") is { } summary ? new Resolution(summary) : null),
            NextSteps = List(root, "nextSteps", ref skippedSteps, ReadNextStep),
            SkippedSteps = skippedSteps,
            OpenItems = List(root, "openItems", ref skipped, i => Id(i, "id") is { } id && Text(i, "title") is { } title ? new OpenItem(id, title, Text(i, "status")) : null),
            Transcript = Array(root, "transcript", ref skipped).Where(a => a.ValueKind == JsonValueKind.Object).Take(MaxTranscriptActivities).Select(a => a.Clone()).ToList(),
            Notes = Array(root, "notes", ref skipped).Where(n => n.ValueKind == JsonValueKind.String).Select(n => Clip(n.GetString())).OfType<string>().Take(MaxListItems).ToList(),
            Resources = List(root, "resources", ref skipped, r => Text(r, "title") is { } title ? new Resource(title, Link(Text(r, "url")), Text(r, "summary")) : null),
            Brand = Object(root, "brand", ref skipped, b => Text(b, "name") is null && Text(b, "assistantName") is null ? null : new Brand(Text(b, "name"), Text(b, "assistantName"))),
        };

        skippedParts = skipped + skippedSteps;
        return context;
    }

    private static NextStep? ReadNextStep(JsonElement step)
    {
        if (Text(step, "action") is not { } action)
        {
            return null;
        }

        // No owner means us (the schema's default); an owner we do not know is skipped, never guessed as "we".
        StepOwner? owner = step.TryGetProperty("owner", out var given) && given.ValueKind != JsonValueKind.Null
            ? Text(step, "owner")?.ToLowerInvariant() switch
            {
                "customer" or "you" or "client" or "user" => StepOwner.Customer,
                "us" or "we" or "agent" or "support" or "company" => StepOwner.Us,
                _ => null,
            }
            : StepOwner.Us;
        return owner is { } known ? new NextStep(known, action, Date(Text(step, "due"))) { DueTime = Time(Text(step, "due")) } : null;
    }

    private static T? Object<T>(JsonElement root, string name, ref int skipped, Func<JsonElement, T?> read)
        where T : class
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            skipped++;
            return null;
        }

        return read(value);
    }

    private static List<T> List<T>(JsonElement root, string name, ref int skipped, Func<JsonElement, T?> read)
        where T : class
    {
        var items = new List<T>();
        foreach (var element in Array(root, name, ref skipped))
        {
            if (items.Count >= MaxListItems)
            {
                break;
            }

            if (element.ValueKind == JsonValueKind.Object && read(element) is { } item)
            {
                items.Add(item);
            }
            else
            {
                skipped++;
            }
        }

        return items;
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name, ref int skipped)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            skipped++;
            return [];
        }

        return value.EnumerateArray().ToList();
    }

    /// <summary>A text field; anything that is not a string (a number as a name, say) is skipped.</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Clip(value.GetString()) : null;

    /// <summary>An identifier: a string, or a whole number some systems send unquoted.</summary>
    private static string? Id(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : Text(element, name);

    /// <summary>Trimmed; over-long text is cut at a sentence or word boundary with an ellipsis, never mid-word.</summary>
    private static string? Clip(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Wording.TextCut.Shorten(trimmed, MaxTextLength);
    }

    /// <summary>A date from "2026-11-27" or a full ISO date-time (its calendar date as written).</summary>
    private static DateOnly? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    /// <summary>The time of day of an ISO date-time, as written (read in the customer's time zone); null for a plain date.</summary>
    private static TimeOnly? Time(string? text) =>
        text is { Length: > 10 } && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? TimeOnly.FromTimeSpan(moment.TimeOfDay)
            : null;

    /// <summary>A single, plain e-mail address ("Dana &lt;dana@example.com&gt;" or a list is not one).</summary>
    private static string? Email(string? text) =>
        text is { Length: <= 254 } && System.Net.Mail.MailAddress.TryCreate(text, out var address) && address.Address == text && string.IsNullOrEmpty(address.DisplayName)
            ? address.Address
            : null;

    /// <summary>Only absolute http(s) links are kept (no javascript:, data: or relative links in a card or e-mail).</summary>
    private static Uri? Link(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    /// <summary>Only time zones this machine knows; anything else is dropped rather than guessed.</summary>
    private static string? TimeZone(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;
}
