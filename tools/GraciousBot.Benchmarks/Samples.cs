using System.Text.Json;
using GraciousBot.Closing.Details;

namespace GraciousBot.Benchmarks;

/// <summary>
/// The realistic closing the load tool and the JS reference skill use: a four-message transcript (three of them the
/// customer's), two notes, two next steps with due dates, two open items.
/// </summary>
internal static class Samples
{
    public const string RealisticContext = """
        {"customer":{"id":"cust-2e96de92c7","name":"Dana Whitfield","locale":"en-US","timeZone":"Europe/London","customerSince":"2019-04-12"},
         "case":{"id":"CASE-20931","title":"Home broadband keeps dropping"},
         "resolution":{"summary":"We replaced the faulty router and confirmed your line is stable"},
         "nextSteps":[{"owner":"us","action":"email you the repair reference","due":"2026-12-07"},
                      {"owner":"customer","action":"return the old router with the prepaid label","due":"2026-12-20"}],
         "openItems":[{"id":"INC-1042","title":"Billing refund","status":"open"},{"id":"INC-1077","title":"Mobile data roaming","status":"pending"}],
         "transcript":[
           {"type":"message","from":{"id":"cust-2e96de92c7","name":"Dana Whitfield","role":"user"},"text":"Hi, my internet keeps dropping every evening.","timestamp":"2026-12-06T01:38:11.224Z"},
           {"type":"message","from":{"id":"agent-7","name":"Support","role":"bot"},"text":"Sorry to hear that. Let's run a line test.","timestamp":"2026-12-06T01:38:21.224Z"},
           {"type":"message","from":{"id":"cust-2e96de92c7","name":"Dana Whitfield","role":"user"},"text":"I really need it fixed soon, we fly to Lisbon on Friday for our anniversary.","timestamp":"2026-12-06T01:38:31.224Z"},
           {"type":"message","from":{"id":"cust-2e96de92c7","name":"Dana Whitfield","role":"user"},"text":"The router lights were blinking orange.","timestamp":"2026-12-06T01:38:41.224Z"}],
         "notes":["Customer mentioned an anniversary trip to Lisbon this Friday.","Prefers e-mail over phone."],
         "brand":{"name":"Contoso Broadband","assistantName":"Grace"}}
        """;

    public static readonly DateTimeOffset Now = new(2026, 12, 6, 1, 40, 0, TimeSpan.Zero);

    /// <summary>What the goodbye reads: the customer's transcript turns, the notes, and their words in the closing.</summary>
    public static IReadOnlyList<CustomerUtterance> Utterances { get; } =
    [
        new("Hi, my internet keeps dropping every evening.", Now.AddMinutes(-2)),
        new("I really need it fixed soon, we fly to Lisbon on Friday for our anniversary.", Now.AddMinutes(-2)),
        new("The router lights were blinking orange.", Now.AddMinutes(-1)),
        new("Customer mentioned an anniversary trip to Lisbon this Friday."),
        new("Prefers e-mail over phone."),
        new("yes", Now),
        new("No, that's all", Now),
        new("5", Now),
        new("skip", Now),
    ];

    public static JsonElement Context { get; } = JsonDocument.Parse(RealisticContext).RootElement.Clone();

    /// <summary>Finds dialogs/ next to the program or up the folder tree (the repository's).</summary>
    public static string DialogsFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "dialogs", "signoff.en.lg")))
                {
                    return Path.Combine(dir.FullName, "dialogs");
                }
            }
        }

        throw new DirectoryNotFoundException("dialogs/ was not found next to the benchmarks or above the current folder.");
    }
}
