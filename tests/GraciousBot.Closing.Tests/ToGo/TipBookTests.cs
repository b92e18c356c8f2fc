using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Closing.Tests.Details;
using GraciousBot.Closing.ToGo;

namespace GraciousBot.Closing.Tests.ToGo;

public sealed class TipBookTests
{
    private static readonly TipBook Shipped = TipBook.FromDirectory(RepoPaths.Dialogs);

    private static ClosingContext Context(string json) => ClosingContextReader.Read(JsonDocument.Parse(json).RootElement);

    [Theory]
    [InlineData("es-MX", "Cómo leer tu factura")]
    [InlineData("de", "Ihre Rechnung verstehen")]
    [InlineData("en-GB", "Reading your invoice")]
    [InlineData("it-IT", "Reading your invoice")] // a language without tips falls back to English
    public void For_CategoryTip_InTheCustomersLanguage(string locale, string title)
    {
        var tip = Shipped.For(Context("""{ "case": { "id": "T-1", "category": "billing" } }"""), "Billing", locale);

        Assert.Equal(title, tip?.Title);
    }

    [Fact]
    public void For_CallersResource_WinsOverTheCategoryTip()
    {
        var context = Context("""
            { "case": { "id": "T-1", "category": "billing" },
              "resources": [ { "title": "Your refund, step by step", "url": "https://kb.example/refunds", "summary": "When it lands." } ] }
            """);

        var tip = Shipped.For(context, "billing", "en");

        Assert.Equal("Your refund, step by step", tip?.Title);
        Assert.Equal("https://kb.example/refunds", tip?.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gardening")]
    public void For_NoCategoryTip_GivesNone(string? category)
    {
        Assert.Null(Shipped.For(Context("""{ "case": { "id": "T-1" } }"""), category, "en"));
    }
}
