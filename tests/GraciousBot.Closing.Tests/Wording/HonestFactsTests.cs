using System.Text.Json;
using GraciousBot.Closing.Model;

namespace GraciousBot.Closing.Tests.Wording;

/// <summary>The caller's facts are used as they are true: unknown owners and malformed steps are skipped and counted.</summary>
public sealed class HonestFactsTests
{
    [Fact]
    public void Read_UnknownOwnerAndMissingAction_AreSkippedAndCounted_NeverToldAsUs()
    {
        var context = ClosingContextReader.Read(JsonDocument.Parse("""
            {"nextSteps": [
              {"owner": "us", "action": "ship the adapter"},
              {"action": "call you back"},
              {"owner": "customer", "action": "restart the router"},
              {"owner": "warehouse-bot", "action": "rescan the parcel"},
              {"owner": "us"},
              "not a step"
            ]}
            """).RootElement);

        Assert.Equal(["ship the adapter", "call you back", "restart the router"], context.NextSteps.Select(s => s.Action));
        Assert.Equal([StepOwner.Us, StepOwner.Us, StepOwner.Customer], context.NextSteps.Select(s => s.Owner));
        Assert.Equal(3, context.SkippedSteps);
    }

    [Fact]
    public void Read_CaseCategory_IsKept()
    {
        var context = ClosingContextReader.Read(JsonDocument.Parse("""{"case": {"category": "billing"}}""").RootElement);

        Assert.Equal("billing", context.Case?.Category);
    }

    [Fact]
    public void Read_OverLongText_IsCutAtAWordWithAnEllipsis()
    {
        var long_ = string.Join(' ', Enumerable.Repeat("refunded", 400));

        var context = ClosingContextReader.Read(JsonDocument.Parse(JsonSerializer.Serialize(new { resolution = new { summary = long_ } })).RootElement);

        Assert.EndsWith("refunded…", context.Resolution!.Summary, StringComparison.Ordinal);
        Assert.True(context.Resolution.Summary!.Length <= ClosingContextReader.MaxTextLength);
    }

    [Theory]
    [InlineData("technical", "technical")]
    [InlineData(" Billing ", "billing")]
    [InlineData("a refund for a late order", null)]
    [InlineData(null, null)]
    public void CaseCategory_KnownOnesOnly_FreeTextIsNeutral(string? given, string? expected) =>
        Assert.Equal(expected, Closing.Wording.CaseCategories.Normalize(given));
}
