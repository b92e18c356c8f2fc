using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace GraciousBot.LocalChannel;

/// <summary>
/// The sample support cases of the demo launcher: closing contexts kept as data in <c>dialogs/samples/*.json</c>.
/// Their due dates are written relative to <see cref="AnchorDate"/> and moved forward by the same number of days as
/// today is past it, so "by Thursday" stays in the future however old the files get.
/// </summary>
internal sealed class DemoSamples(IOptions<WebChatOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<DemoSamples> logger)
{
    /// <summary>The day the sample files' dates are written against.</summary>
    public static readonly DateOnly AnchorDate = new(2026, 11, 23);

    /// <summary>The samples, sorted by file name, with their due dates moved to today's frame.</summary>
    public async Task<IReadOnlyList<DemoSampleInfo>> LoadAsync(CancellationToken cancellationToken)
    {
        var folder = FindFolder();
        if (folder is null)
        {
            return [];
        }

        var shift = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).DayNumber - AnchorDate.DayNumber;
        var samples = new List<DemoSampleInfo>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var json = await File.ReadAllTextAsync(file, cancellationToken);
                if (JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is not JsonObject context)
                {
                    continue;
                }

                ShiftDueDates(context, shift);
                samples.Add(new DemoSampleInfo(
                    Path.GetFileNameWithoutExtension(file),
                    Text(context, "case", "title") ?? Path.GetFileNameWithoutExtension(file),
                    Text(context, "customer", "name"),
                    Text(context, "resolution", "summary"),
                    Text(context, "customer", "locale"),
                    context));
            }
            catch (Exception failure) when (failure is JsonException or IOException or UnauthorizedAccessException)
            {
                DirectLineLog.SampleUnreadable(logger, Path.GetFileName(file), failure);
            }
        }

        return samples;
    }

    internal static void ShiftDueDates(JsonObject context, int days)
    {
        if (days == 0 || context["nextSteps"] is not JsonArray steps)
        {
            return;
        }

        foreach (var step in steps.OfType<JsonObject>())
        {
            if (step["due"] is JsonValue due && due.TryGetValue<string>(out var text)
                && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                step["due"] = date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
    }

    private static string? Text(JsonObject context, string section, string property) =>
        context[section] is JsonObject part && part[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>WebChat:SamplesPath, else dialogs/samples next to the app, else in the content root or a parent of it.</summary>
    private string? FindFolder()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SamplesPath))
        {
            var configured = Path.GetFullPath(options.Value.SamplesPath, environment.ContentRootPath);
            return Directory.Exists(configured) ? configured : null;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "dialogs", "samples");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs", "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
