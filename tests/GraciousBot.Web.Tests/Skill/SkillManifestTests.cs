using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Closing.Schemas;
using GraciousBot.Testing;
using GraciousBot.Web.Skill;
using NJsonSchema;

namespace GraciousBot.Web.Tests.Skill;

/// <summary>
/// The served manifest conforms to the Bot Framework skill manifest schema v2.2 (<c>skill-manifest.json</c>, copied
/// here from the Bot Framework SDK with its MIT license; the draft-07 meta-schema it references is served from a
/// local copy, never fetched) and declares what a caller needs: endpoint, app id, the closeConversation event and
/// invoke with the context and result schemas, and what the skill sends back.
/// </summary>
public sealed class SkillManifestTests
{
    private const string AppId = "6a1f3c9e-2b4d-4e8f-9a7c-1d2e3f4a5b6c";

    private static readonly Lazy<Task<JsonSchema>> ManifestSchema = new(LoadManifestSchemaAsync);

    [Fact]
    public async Task Manifest_AnonymousLocalDefaults_ConformsWithPlaceholderAppId()
    {
        await using var host = new BotHostFactory();
        var baseUrl = host.StartOnLoopback();

        var (response, manifest) = await GetManifestAsync(baseUrl);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        await AssertConformsAsync(manifest);
        var endpoint = manifest["endpoints"]![0]!;
        Assert.Equal(baseUrl + "/api/messages", (string?)endpoint["endpointUrl"]);
        Assert.Equal(SkillManifest.PlaceholderAppId, (string?)endpoint["msAppId"]);
        Assert.Contains("placeholder", (string?)endpoint["description"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Manifest_Configured_ConformsAndUsesConfiguration()
    {
        await using var host = new BotHostFactory()
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "not-used-here")
            .With("Skill:PublicUrl", "https://graciousbot.contoso.com")
            .With("Skill:Name", "Contoso closing")
            .With("Skill:PublisherName", "Contoso Support")
            .With("Skill:Description", "Ends Contoso support chats.")
            .With("Skill:PrivacyUrl", "https://contoso.com/privacy")
            .With("Skill:IconUrl", "https://contoso.com/icon.png");
        var baseUrl = host.StartOnLoopback();

        // The manifest is public: no token needed even though authentication is on.
        var (_, manifest) = await GetManifestAsync(baseUrl);

        await AssertConformsAsync(manifest);
        Assert.Equal("Contoso closing", (string?)manifest["name"]);
        Assert.Equal("Contoso Support", (string?)manifest["publisherName"]);
        Assert.Equal("Ends Contoso support chats.", (string?)manifest["description"]);
        Assert.Equal("https://contoso.com/privacy", (string?)manifest["privacyUrl"]);
        Assert.Equal("https://contoso.com/icon.png", (string?)manifest["iconUrl"]);
        var endpoint = manifest["endpoints"]![0]!;
        Assert.Equal("https://graciousbot.contoso.com/api/messages", (string?)endpoint["endpointUrl"]);
        Assert.Equal(AppId, (string?)endpoint["msAppId"]);
    }

    [Fact]
    public async Task Manifest_Activities_DeclareCloseConversationEventAndInvokeWithContextAndResult()
    {
        var manifest = SkillManifest.Build(new SkillOptions(), "http://localhost:3978", null);

        var declared = manifest["activities"]!.AsObject().Select(a => a.Value!).ToList();
        foreach (var type in new[] { "event", "invoke" })
        {
            var activity = Assert.Single(declared, a => (string?)a["type"] == type);
            Assert.Equal("closeConversation", (string?)activity["name"]);
            Assert.Equal(ClosingSchemasWithoutIds(ClosingSchemas.Context), Resolve(manifest, activity["value"]!));
            Assert.Equal(ClosingSchemasWithoutIds(ClosingSchemas.Result), Resolve(manifest, activity["resultValue"]!));
        }

        var sent = manifest["activitiesSent"]!.AsObject().Select(a => a.Value!).ToList();
        var handoff = Assert.Single(sent, a => (string?)a["name"] == "handoff.initiate");
        Assert.Equal("event", (string?)handoff["type"]);
        Assert.Equal("object", (string?)JsonNode.Parse(Resolve(manifest, handoff["value"]!))!["type"]);
        Assert.Single(sent, a => (string?)a["type"] == "endOfConversation");
    }

    private static readonly Dictionary<string, Action<JsonObject>> Breakages = new()
    {
        ["msAppId is not a GUID"] = m => m["endpoints"]![0]!["msAppId"] = "not-a-guid",
        ["endpoint without endpointUrl"] = m => m["endpoints"]![0]!.AsObject().Remove("endpointUrl"),
        ["no publisherName"] = m => m.Remove("publisherName"),
        ["activity of an unknown type"] = m => m["activities"]!["closeConversation"]!["type"] = "banana",
        ["value that is not a schema object"] = m => m["activities"]!["closeConversation"]!["value"] = "closing context",
        ["unknown top-level property"] = m => m["homepage"] = "https://contoso.com",
    };

    public static TheoryData<string> BreakageNames() => [.. Breakages.Keys];

    [Theory]
    [MemberData(nameof(BreakageNames))]
    public async Task SchemaCheck_BrokenManifest_IsCaught(string breakage)
    {
        // The validator is not vacuous: the same manifest, broken in one place, fails.
        var manifest = SkillManifest.Build(new SkillOptions(), "http://localhost:3978", null);
        Breakages[breakage](manifest);

        var errors = (await ManifestSchema.Value).Validate(manifest.ToJsonString());

        Assert.NotEmpty(errors);
    }

    private static async Task<(HttpResponseMessage Response, JsonNode Manifest)> GetManifestAsync(string baseUrl)
    {
        using var client = new HttpClient();
        var response = await client.GetAsync(baseUrl + "/manifest/graciousbot-manifest-1.0.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task AssertConformsAsync(JsonNode manifest)
    {
        var errors = (await ManifestSchema.Value).Validate(manifest.ToJsonString());
        Assert.True(errors.Count == 0, "The manifest does not conform to skill-manifest.json v2.2:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Kind}")));
    }

    private static string Resolve(JsonNode manifest, JsonNode reference)
    {
        var pointer = ((string?)reference["$ref"])!;
        Assert.StartsWith("#/definitions/", pointer, StringComparison.Ordinal);
        return manifest["definitions"]![pointer["#/definitions/".Length..]]!.ToJsonString();
    }

    private static string ClosingSchemasWithoutIds(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!.AsObject();
        node.Remove("$schema");
        node.Remove("$id");
        return node.ToJsonString();
    }

    private static async Task<JsonSchema> LoadManifestSchemaAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Skill");
        var draft07 = await JsonSchema.FromJsonAsync(WithoutBooleanSchemas(await File.ReadAllTextAsync(Path.Combine(folder, "json-schema-draft-07.json"))));
        var path = Path.Combine(folder, "skill-manifest.json");
        return await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(path), path, root => new OfflineResolver(root, draft07));
    }

    /// <summary>
    /// NJsonSchema cannot read boolean schemas (<c>true</c> where a schema is expected), which the draft-07 meta-schema
    /// uses for <c>default</c>, <c>const</c> and array <c>items</c>. <c>true</c> means exactly <c>{}</c> (anything), so
    /// those are rewritten; nothing else changes.
    /// </summary>
    private static string WithoutBooleanSchemas(string metaSchema)
    {
        var root = JsonNode.Parse(metaSchema)!.AsObject();
        foreach (var (_, property) in root["properties"]!.AsObject())
        {
            if (property is JsonObject schema && schema["items"] is JsonValue items && items.GetValueKind() == JsonValueKind.True)
            {
                schema["items"] = new JsonObject();
            }
        }

        foreach (var name in root["properties"]!.AsObject().Where(p => p.Value?.GetValueKind() == JsonValueKind.True).Select(p => p.Key).ToList())
        {
            root["properties"]![name] = new JsonObject();
        }

        return root.ToJsonString();
    }

    /// <summary>Resolves the draft-07 meta-schema from the local copy; refuses any other URL (tests stay offline).</summary>
    private sealed class OfflineResolver(JsonSchema root, JsonSchema draft07) : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override Task<NJsonSchema.References.IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
            url.StartsWith("http://json-schema.org/draft-07/schema", StringComparison.Ordinal)
                ? Task.FromResult<NJsonSchema.References.IJsonReference>(draft07)
                : throw new InvalidOperationException($"The manifest schema references {url}, which is not available offline.");
    }
}
