using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Closing;
using GraciousBot.Closing.Schemas;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Web.Skill;

/// <summary>
/// The skill manifest (schema v2.2) that tells a root bot, Composer or Copilot Studio how to call GraciousBot: its
/// endpoint and app id, the <c>closeConversation</c> event and invoke with the closing context as <c>value</c> and the
/// result as <c>resultValue</c>, and the activities the skill sends back (<c>handoff.initiate</c>,
/// <c>endOfConversation</c>).
/// </summary>
public static class SkillManifest
{
    public const string SchemaUrl = "https://schemas.botframework.com/schemas/skills/v2.2/skill-manifest.json";
    public const string Version = "1.0";
    public const string Path = "/manifest/graciousbot-manifest-1.0.json";

    /// <summary>The msAppId of an anonymous local bot: a valid GUID that plainly stands for "none yet".</summary>
    public const string PlaceholderAppId = "00000000-0000-0000-0000-000000000000";

    /// <summary>The manifest for a bot reachable at <paramref name="baseUrl"/> with app id <paramref name="appId"/> (null when anonymous).</summary>
    public static JsonObject Build(SkillOptions options, string baseUrl, string? appId)
    {
        var anonymous = string.IsNullOrWhiteSpace(appId);
        var manifest = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["$id"] = "graciousbot",
            ["name"] = options.Name,
            ["version"] = Version,
            ["description"] = options.Description,
            ["publisherName"] = options.PublisherName,
        };

        if (!string.IsNullOrWhiteSpace(options.PrivacyUrl))
        {
            manifest["privacyUrl"] = options.PrivacyUrl;
        }

        if (!string.IsNullOrWhiteSpace(options.IconUrl))
        {
            manifest["iconUrl"] = options.IconUrl;
        }

        manifest["tags"] = new JsonArray("customer support", "closing", "feedback", "handoff");
        manifest["endpoints"] = new JsonArray(new JsonObject
        {
            ["name"] = "default",
            ["protocol"] = "BotFrameworkV3",
            ["description"] = anonymous
                ? "Local, anonymous endpoint: msAppId is a placeholder. Configure MicrosoftAppId before a root bot calls this skill with authentication."
                : "GraciousBot's messaging endpoint.",
            ["endpointUrl"] = baseUrl.TrimEnd('/') + "/api/messages",
            ["msAppId"] = anonymous ? PlaceholderAppId : appId!.Trim(),
        });

        manifest["activities"] = new JsonObject
        {
            ["closeConversation"] = Started("event"),
            ["closeConversationInvoke"] = Started("invoke"),
            ["message"] = new JsonObject
            {
                ["type"] = ActivityTypes.Message,
                ["description"] = "With no closing running, a plain message starts one with what is known; during a closing, the customer's answers.",
            },
        };

        manifest["activitiesSent"] = new JsonObject
        {
            ["handoffInitiate"] = new JsonObject
            {
                ["type"] = ActivityTypes.Event,
                ["name"] = HandoffEventNames.Initiate,
                ["description"] = "Sent when the customer needs a person (not resolved, asked for one, low rating, frustration). The value tells the agent everything; the transcript is attached as application/json. Answer with a handoff.status event (accepted, failed or completed).",
                ["value"] = Ref("handoffContext"),
            },
            ["endOfConversation"] = new JsonObject
            {
                ["type"] = ActivityTypes.EndOfConversation,
                ["description"] = "Ends the closing: code completedSuccessfully (or userCancelled; botTimedOut when the customer went quiet and the outcome is abandoned), value = the closing result, locale = the customer's locale. On an unrecoverable error the code is an error code and there is no value.",
            },
        };

        manifest["definitions"] = new JsonObject
        {
            ["closingContext"] = Embedded(ClosingSchemas.Context),
            ["closingResult"] = Embedded(ClosingSchemas.Result),
            ["handoffContext"] = JsonNode.Parse(HandoffContextSchema),
        };

        return manifest;
    }

    private static JsonObject Started(string type) => new()
    {
        ["type"] = type,
        ["name"] = ClosingBot.CloseConversation,
        ["description"] = type == ActivityTypes.Invoke
            ? "Starts the closing (invoke form, answered 200; use deliveryMode expectReplies to receive the replies in the response). The result arrives as the value of endOfConversation."
            : "Starts the closing of a support conversation with what the calling bot knows. The result arrives as the value of endOfConversation.",
        ["value"] = Ref("closingContext"),
        ["resultValue"] = Ref("closingResult"),
    };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/definitions/{definition}" };

    /// <summary>A schema placed under the manifest's definitions: its own $schema and $id dropped (the manifest's apply).</summary>
    private static JsonObject Embedded(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!.AsObject();
        node.Remove("$schema");
        node.Remove("$id");
        return node;
    }

    /// <summary>The value of <c>handoff.initiate</c> (the shape of <c>HandoffContext</c>, camelCase, nulls omitted).</summary>
    private const string HandoffContextSchema = """
        {
          "title": "GraciousBot handoff context",
          "description": "What the person taking over receives, so the customer never has to repeat themselves.",
          "type": "object",
          "required": [ "reason", "summary", "resolutionConfirmed", "language", "sentiment" ],
          "properties": {
            "reason": { "type": "string", "enum": [ "notResolved", "requested", "lowRating", "frustration", "notUnderstood" ] },
            "summary": { "type": "string", "description": "A short agent-facing summary of the case, the resolution and the next steps (card numbers masked)." },
            "customer": {
              "type": "object",
              "properties": {
                "id": { "type": "string" },
                "name": { "type": "string" },
                "firstName": { "type": "string" },
                "locale": { "type": "string" },
                "timeZone": { "type": "string" },
                "customerSince": { "type": "string", "format": "date" }
              }
            },
            "case": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" } } },
            "resolution": { "type": "string" },
            "resolutionConfirmed": { "type": "string", "enum": [ "confirmed", "denied", "unanswered" ] },
            "nextSteps": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "owner": { "type": "string", "enum": [ "us", "customer" ] },
                  "action": { "type": "string" },
                  "due": { "type": "string", "format": "date" }
                }
              }
            },
            "openItems": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": { "id": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "string" } }
              }
            },
            "rating": { "type": "integer", "minimum": 1, "maximum": 5 },
            "comment": { "type": "string" },
            "language": { "type": "string", "description": "BCP-47 language the customer is served in." },
            "sentiment": {
              "type": "object",
              "properties": {
                "frustration": { "type": "number", "minimum": 0, "maximum": 1 },
                "abusive": { "type": "boolean" },
                "shouting": { "type": "boolean" },
                "complaints": { "type": "boolean" },
                "rating": { "type": "integer" }
              }
            }
          }
        }
        """;
}
