namespace GraciousBot.Testing;

/// <summary>Closing contexts several test projects use.</summary>
public static class SampleContexts
{
    /// <summary>The closing context from the issue, with a card number in the caller's transcript.</summary>
    public const string Router = """
        {
          "customer": { "id": "c-123", "name": "Dana Reyes", "locale": "en-GB", "timeZone": "Europe/London", "customerSince": "2014-03-01" },
          "case": { "id": "T-1042", "title": "Router keeps dropping Wi-Fi" },
          "resolution": { "summary": "We updated the router firmware and moved it to a clearer Wi-Fi channel." },
          "nextSteps": [
            { "owner": "us", "action": "ship a replacement power adapter", "due": "2026-11-27" },
            { "owner": "customer", "action": "restart the router once the adapter arrives" }
          ],
          "openItems": [ { "id": "T-1077", "title": "Refund for the October invoice", "status": "waiting on you" } ],
          "transcript": [
            { "type": "message", "from": { "id": "c-123", "role": "user" }, "text": "My wifi keeps dropping, card on file is 4111 1111 1111 1111 if you need it" },
            { "type": "message", "from": { "id": "root", "role": "bot" }, "text": "Let me check your router." }
          ],
          "brand": { "name": "Contoso", "assistantName": "Gracie" }
        }
        """;
}
