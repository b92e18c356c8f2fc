using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraciousBot.Closing;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Benchmarks;

/// <summary>The recap's pieces: due dates in the customer's time zone, the text templates, the Adaptive Card template.</summary>
[MemoryDiagnoser]
public class RecapBenchmarks
{
    private TemplateTextRenderer _renderer = null!;
    private CardTemplate _card = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = Samples.DialogsFolder();
        _renderer = new TemplateTextRenderer(TemplateCatalog.Load(dialogs), new FirstVariantPicker());
        _card = CardTemplate.LoadAll(Path.Combine(dialogs, "cards"))["summary"];
    }

    /// <summary>Both next steps' due dates, in Europe/London, against the turn's clock.</summary>
    [Benchmark]
    public int DueDatesInTimeZone() =>
        DueDates.Of(new DateOnly(2026, 12, 7), "en-US", "Europe/London", Samples.Now).Day.Length
        + DueDates.Of(new DateOnly(2026, 12, 20), "en-US", "Europe/London", Samples.Now).Date.Length;

    /// <summary>One template with two placeholders and an optional part, for an Adaptive Card.</summary>
    [Benchmark]
    public string RenderTemplate() =>
        _renderer.Render(ClosingTexts.SummaryIntro, "en-US", Values.Of(("name", "Dana"), ("caseTitle", "Home broadband keeps dropping")), TextFormat.AdaptiveCard);

    /// <summary>A step line: the template and its due date.</summary>
    [Benchmark]
    public string RenderStep() =>
        _renderer.Render(ClosingTexts.StepUsDue, "en-US", Values.Of(("action", "email you the repair reference"), ("due", "by Monday")), TextFormat.AdaptiveCard);

    /// <summary>The summary card with two steps.</summary>
    [Benchmark]
    public JsonElement RenderCard() => _card.Render(
        Values.Of(("intro", "Here's a quick recap of \"Home broadband keeps dropping\":"), ("resolution", "We replaced the faulty router."), ("nextHeading", "What happens next")),
        new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>
        {
            ["steps"] = [Values.Of(("text", "We'll email you the repair reference by Monday.")), Values.Of(("text", "Please return the old router with the prepaid label by December 20."))],
        });
}
