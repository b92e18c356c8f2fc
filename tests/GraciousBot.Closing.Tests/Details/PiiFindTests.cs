using GraciousBot.Closing.Details;

namespace GraciousBot.Closing.Tests.Details;

/// <summary>Finding personal data skips the patterns a text cannot match (no digit, no '@'…) and finds the same kinds.</summary>
public sealed class PiiFindTests
{
    private static readonly string[] Texts =
    [
        "",
        "Thank you, Dana. Enjoy Lisbon, and happy anniversary!",
        "My card is 4111 1111 1111 1111 and my e-mail dana@example.com",
        "Ship it to 12 rue de la Paix, or call +33 1 23 45 67 89",
        "Order #AB-12 and ORD-2291, see www.example.com or https://x.io/a",
        "I live on 221B Baker Street, no other numbers here",
        "See example.COM today. Or mail me: dana@example.com.",
        "e.g. the shop's site, WWW.SHOP.DE",
        "Ticket ١٢٣٤٥٦٧ (Arabic-Indic digits) and 40th birthday in 2019",
        "Meine Adresse ist Hauptstraße 5, 10115 Berlin; SW1A 1AA; 94105-1234",
        "Reference #ZX-900 please",
    ];

    [Fact]
    public void Find_SkippingImpossiblePatterns_FindsWhatRunningEveryPatternFinds()
    {
        var found = 0;
        foreach (var text in Texts.Concat(EvaluationReadings.AllCases().Select(c => c.Text)))
        {
            var expected = PiiPatterns.Find(text, skipImpossible: false).ToList();
            Assert.Equal(expected, PiiPatterns.Find(text).ToList());
            found += expected.Count;
        }

        Assert.True(found >= 10, $"only {found} kinds found: the texts no longer hold personal data");
    }
}
