using GraciousBot.Runtime.Templates;

namespace GraciousBot.Runtime.Tests.Templates;

public sealed class TemplateTests
{
    private static TemplateTextRenderer Renderer(params (string Name, string Text)[] files) =>
        new(TemplateCatalog.FromFiles(files), new FirstVariantPicker());

    [Fact]
    public void Render_OptionalSegment_ShownOnlyWithValue()
    {
        var renderer = Renderer(("t.en.lg", "# thanks\n- Thank you[, {name}]!"));

        Assert.Equal("Thank you, Dana!", renderer.Render("thanks", "en", Values.Of(("name", "Dana"))));
        Assert.Equal("Thank you!", renderer.Render("thanks", "en", Values.Of(("name", null))));
        Assert.Equal("Thank you!", renderer.Render("thanks", "en", Values.Of(("name", "  "))));
    }

    [Fact]
    public void Render_RegionThenLanguageThenEnglish_FallsBack()
    {
        var renderer = Renderer(
            ("t.en.lg", "# a\n- english a\n# b\n- english b\n# c\n- english c"),
            ("t.en-GB.lg", "# a\n- british a"),
            ("t.fr.lg", "# b\n- french b"));

        Assert.Equal("british a", renderer.Render("a", "en-GB", Values.None));
        Assert.Equal("english b", renderer.Render("b", "en-GB", Values.None));
        Assert.Equal("french b", renderer.Render("b", "fr-CA", Values.None));
        Assert.Equal("english c", renderer.Render("c", "fr-FR", Values.None));
        Assert.Equal("english a", renderer.Render("a", null, Values.None));
    }

    [Fact]
    public void Render_Avoid_SkipsTheWordingUsedLastTime()
    {
        var renderer = Renderer(("t.en.lg", "# bye\n- See you soon!\n- Take care!"));

        Assert.Equal("Take care!", renderer.Render("bye", "en", Values.None, avoid: ["See you soon!"]));
        Assert.Equal("See you soon!", renderer.Render("bye", "en", Values.None, avoid: ["Take care!"]));
    }

    [Fact]
    public void Render_ToneTags_PickOnlyUntaggedOrMatchingVariants()
    {
        var renderer = Renderer(("t.en.lg", "# glad\n- @cheerful Wonderful!\n- @sad Thank you.\n- Noted[, {name}]."));

        Assert.Equal("Thank you.", renderer.Render("glad", "en", Values.Of(("name", null)), tones: ["sad", "quiet"]));
        Assert.Equal("Wonderful!", renderer.Render("glad", "en", Values.Of(("name", null)), tones: ["neutral", "cheerful"]));
        Assert.Equal("Noted, Dana.", renderer.Render("glad", "en", Values.Of(("name", "Dana")), avoid: ["Thank you."], tones: ["sad"]));
    }

    [Fact]
    public void Validate_ToneSetWithNoVariant_IsNamed()
    {
        var catalog = TemplateCatalog.FromFiles([("t.en.lg", "# glad\n- @cheerful Wonderful!\n- @sadd Thanks.")]);

        var problems = catalog.Validate([new TemplateContract("glad")], ["en"], new Dictionary<string, IReadOnlyCollection<string>> { ["sad"] = ["sad"], ["neutral"] = ["cheerful"] });

        Assert.Contains(problems, p => p.Contains("'@sadd' is not a known tone", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no variant for a sad closing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# a\n- @Sad Hi", "'@Sad' is not a tone tag")]
    [InlineData("# a\n- @sad", "no wording after them")]
    public void Parse_BadToneTag_NamesFileAndLine(string text, string expected)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.FromFiles([("t.en.lg", text)]));
        Assert.Contains("t.en.lg:2", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AvoidEverything_StillAnswers()
    {
        var renderer = Renderer(("t.en.lg", "# bye\n- See you soon!"));

        Assert.Equal("See you soon!", renderer.Render("bye", "en", Values.None, avoid: ["See you soon!"]));
    }

    [Theory]
    [InlineData(TextFormat.Markdown, "*Dana* <script>", "Hi \\*Dana\\* &lt;script&gt;")]
    [InlineData(TextFormat.AdaptiveCard, "*Dana* <script>", "Hi \\*Dana\\* <script>")]
    [InlineData(TextFormat.Plain, "*Dana* <script>", "Hi *Dana* <script>")]
    [InlineData(TextFormat.Markdown, "[click](http://evil)", "Hi \\[click\\]\\(http://evil\\)")]
    public void Render_CallerValues_AreEscapedForTheFormat(TextFormat format, string name, string expected)
    {
        var renderer = Renderer(("t.en.lg", "# hi\n- Hi {name}"));

        Assert.Equal(expected, renderer.Render("hi", "en", Values.Of(("name", name)), format));
    }

    [Fact]
    public void Render_TemplateMarkup_IsNotEscaped()
    {
        var renderer = Renderer(("t.en.lg", "# due\n- **By {date}**, we'll ship it.\\nThanks!"));

        Assert.Equal("**By Friday**, we'll ship it.\nThanks!", renderer.Render("due", "en", Values.Of(("date", "Friday")), TextFormat.Markdown));
    }

    [Fact]
    public void Render_MissingValue_IsAProgrammingErrorNamingTheSource()
    {
        var renderer = Renderer(("closing.en.lg", "# hi\n- Hi {name}"));

        var error = Assert.Throws<TemplateException>(() => renderer.Render("hi", "en", Values.None));
        Assert.Contains("closing.en.lg:2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- orphan", "closing.en.lg:1: a variant must follow")]
    [InlineData("# a\n", "closing.en.lg:1: template 'a' has no variants")]
    [InlineData("# a\n- x\n# a\n- y", "closing.en.lg:3: template 'a' is defined twice")]
    [InlineData("# a\n- Hi {name", "closing.en.lg:2: '{' without a closing '}'")]
    [InlineData("# a\n- Hi [there", "closing.en.lg:2: '[' without a closing ']'")]
    [InlineData("# a\n- Hi [there]", "closing.en.lg:2: an optional segment")]
    [InlineData("# a\n- Hi {na me}", "closing.en.lg:2: '{na me}' is not a placeholder name")]
    [InlineData("# a\nHello", "closing.en.lg:2: expected '# name'")]
    public void Load_BrokenFile_ErrorNamesFileAndLine(string content, string expected)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.FromFiles([("closing.en.lg", content)]));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileNameWithoutLocale_IsRejected()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.FromFiles([("closing.lg", "# a\n- x")]));

        Assert.Contains("<area>.<locale>.lg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingKeyOrUnknownPlaceholder_IsReported()
    {
        var catalog = TemplateCatalog.FromFiles([
            ("c.en.lg", "# hi\n- Hi {name}\n# bye\n- Bye"),
            ("c.es.lg", "# hi\n- Hola {nombre}"),
        ]);

        var problems = catalog.Validate([new TemplateContract("hi", "name"), new TemplateContract("bye")], ["en", "es", "de"]);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("c.es.lg:2: '{nombre}' is not a value 'hi' receives", StringComparison.Ordinal));
        Assert.Contains("Locale 'es' is missing template 'bye'.", problems);
        Assert.Contains("No template files for locale 'de'.", problems);
    }

    [Fact]
    public void RenderFirst_Conditions_FirstLineWhoseConditionsHoldInFileOrder()
    {
        var catalog = TemplateCatalog.FromFiles([("details.en.lg", "# details.new_baby\n- ?future ?!rel the new baby\n- ?noun=twins|triplets the {noun}\n- your new {noun}\n")]);
        string? Render(params string[] facts) => catalog.RenderFirst("details.new_baby", "en", c => c.StartsWith('!') ? !facts.Contains(c[1..]) : facts.Contains(c), Values.Of(("noun", "twins")));

        Assert.Equal("the new baby", Render("future", "noun=twins|triplets"));
        Assert.Equal("the twins", Render("future", "rel", "noun=twins|triplets"));
        Assert.Equal("your new twins", Render());
        Assert.Null(catalog.RenderFirst("details.pet", "en", _ => true, Values.None));
    }

    [Fact]
    public void RenderFirst_NoLineFits_Null()
    {
        var catalog = TemplateCatalog.FromFiles([("details.es.lg", "# details.owner\n- ?name de {name}\n")]);

        Assert.Null(catalog.RenderFirst("details.owner", "es", _ => false, Values.Of(("name", "Ana"))));
        Assert.Equal("de Ana", catalog.RenderFirst("details.owner", "es", _ => true, Values.Of(("name", "Ana"))));
    }

    [Theory]
    [InlineData("# t\n- ? the baby", "'?' must be followed by a condition")]
    [InlineData("# t\n- ?future", "conditions but no wording")]
    public void Parse_BadCondition_NamesTheProblem(string text, string message)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.FromFiles([("t.en.lg", text)]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
