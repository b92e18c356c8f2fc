using GraciousBot.Runtime.Templates;
using GraciousBot.Testing;

namespace GraciousBot.Runtime.Tests.Templates;

/// <summary>A card layout filled in: placeholders, <c>$when</c>, <c>$each</c>, everything else copied as it is.</summary>
public sealed class CardTemplateTests
{
    private const string Layout = """
        {
          // comments and trailing commas are allowed in a layout
          "type": "AdaptiveCard", "n": 1.50, "ok": true, "none": null, "esc": "a \"q\" <b> & ü {who}",
          "body": [
            { "$when": "present", "text": "{present}" },
            { "$when": "missing", "text": "never" },
            { "$when": "blank", "text": "never" },
            { "$when": "items", "text": "list present" },
            { "$when": "empty", "text": "never" },
            { "$each": "items", "text": "{label} for {who}", "nested": [ { "$when": "label", "x": "{label}" }, [1, "{who}"], 2 ] },
            { "$each": "empty", "text": "never" },
            "plain {who}", 3, [ { "$each": "items", "v": "{label}" } ],
            { "$each": "none", "text": "no such list" }
          ],
          "dropped": { "$when": "missing", "a": 1 },
          "firstOnly": { "$each": "items", "v": "{label}" },
          "emptyEach": { "$each": "empty", "v": 1 },
          "kept": { "$when": "present", "a": [ ] },
        }
        """;

    private static readonly Dictionary<string, string?> Values = new() { ["who"] = "Dana", ["present"] = "yes", ["blank"] = "  ", ["missing"] = null };

    private static readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> Lists = new()
    {
        ["items"] = [new Dictionary<string, string?> { ["label"] = "one" }, new Dictionary<string, string?> { ["label"] = "two", ["who"] = "Sam" }],
        ["empty"] = [],
    };

    [Fact]
    public void Render_FillsPlaceholders_DropsEmptyWhens_RepeatsEach_AndCopiesTheRest()
    {
        // An array holds every copy; a property holds the first copy, or null when there is none. The text is escaped
        // as the serializer escapes it. (The same bytes the layout's earlier renderer, a copy as a tree of nodes, gave.)
        Assert.Equal(
            """{"type":"AdaptiveCard","n":1.50,"ok":true,"none":null,"esc":"a \u0022q\u0022 \u003Cb\u003E \u0026 \u00FC Dana","body":[{"text":"yes"},{"text":"list present"},{"text":"one for Dana","nested":[{"x":"one"},[1,"Dana"],2]},{"text":"two for Sam","nested":[{"x":"two"},[1,"Sam"],2]},"plain Dana",3,[{"v":"one"},{"v":"two"}]],"dropped":null,"firstOnly":{"v":"one"},"emptyEach":null,"kept":{"a":[]}}""",
            CardTemplate.Parse("synthetic.json", Layout).Render(Values, Lists).GetRawText());
    }

    [Fact]
    public void Render_EachCardIsItsOwn()
    {
        var card = CardTemplate.Parse("c.json", """{ "body": [ { "$each": "items", "text": "{label}" } ] }""");

        var first = card.Render(Values, Lists);
        var second = card.Render(Values, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> { ["items"] = [] });

        Assert.Equal("""{"body":[{"text":"one"},{"text":"two"}]}""", first.GetRawText());
        Assert.Equal("""{"body":[]}""", second.GetRawText());
    }

    [Fact]
    public void Render_PlaceholderWithoutAValue_NamesItAndTheCard()
    {
        var card = CardTemplate.Parse("summary.json", """{ "text": "{nope}" }""");

        var error = Assert.Throws<TemplateException>(() => card.Render(Values));
        Assert.Equal("summary.json: no value was given for '{nope}'.", error.Message);
    }

    [Fact]
    public void Render_DirectiveThatIsNotAName_IsATemplateError()
    {
        var card = CardTemplate.Parse("tip.json", """{ "body": [ { "$when": 3, "text": "x" } ] }""");

        var error = Assert.Throws<TemplateException>(() => card.Render(Values));
        Assert.Contains("\"$when\"", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("tip.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJson_NamesTheCardAndLine()
    {
        var error = Assert.Throws<TemplateException>(() => CardTemplate.Parse("broken.json", "{\n  \"a\": [1,\n}"));

        Assert.StartsWith("broken.json:3: the card is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_TheShippedCards_RenderWithTheirValues()
    {
        var cards = CardTemplate.LoadAll(Path.Combine(RepositoryFolder.Root, "dialogs", "cards"));

        var summary = cards["summary"].Render(
            new Dictionary<string, string?> { ["intro"] = "Here's \"it\"", ["resolution"] = null, ["nextHeading"] = "Next" },
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> { ["steps"] = [new Dictionary<string, string?> { ["text"] = "We'll call" }] });

        var body = summary.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(["Here's \"it\"", "Next"], body.Where(b => b.GetProperty("type").GetString() == "TextBlock").Select(b => b.GetProperty("text").GetString()));
        var step = Assert.Single(body, b => b.GetProperty("type").GetString() == "ColumnSet");
        Assert.Equal("We'll call", step.GetProperty("columns")[1].GetProperty("items")[0].GetProperty("text").GetString());
        Assert.DoesNotContain("$when", summary.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("$each", summary.GetRawText(), StringComparison.Ordinal);
    }
}
