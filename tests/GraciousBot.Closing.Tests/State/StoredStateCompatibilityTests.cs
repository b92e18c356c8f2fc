using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GraciousBot.Closing.Handoff;
using GraciousBot.Closing.Insights;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.State;

namespace GraciousBot.Closing.Tests.State;

/// <summary>
/// Conversation and user documents as the code before source-generated JSON stored them (a whole realistic closing,
/// captured after each turn): they read back, and written again through their types they come out as the same JSON
/// (the old writer escaped '+' in time stamps as \u002B, the new one does not: the same string), then byte for byte
/// the same turn after turn, with source-generated metadata and with reflection alike.
/// </summary>
public sealed class StoredStateCompatibilityTests
{
    /// <summary>The closing flow's entry on the dialog stack, in its stored shape.</summary>
    private sealed record StoredRun(string Step, ClosingState Data);

    private sealed record StoredRun<T>(string Step, T Data);

    /// <summary>The to-go question as it was stored before it left the closing's state to the closing (see ToGoStoredBeforeTests).</summary>
    private sealed record StoredToGoQuestion(ClosingState Closing, GraciousBot.Closing.ToGo.ToGoOffer Offer);

    private static readonly StateKey<ConversationLocale> Locale = new("closing.locale");

    public StoredStateCompatibilityTests() => RuntimeJson.AddTypeInfo(ClosingJsonContext.Default);

    public static TheoryData<int> Documents() => [.. Enumerable.Range(0, Lines().Length)];

    private static string[] Lines() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "State", "documents-before-source-generation.tsv"));

    [Fact]
    public void TheCallersTranscript_IsKeptAsItsStoredBytes_UntilATurnLooksAtIt()
    {
        var line = Lines().Select(Split).First(d => d.Json.Contains("\"transcript\":[{", StringComparison.Ordinal));
        var scope = new StateScope(line.Key, line.Json, "1");
        var entry = scope.Get(DialogRunner.StackKey)!.Entries[0];

        var transcript = entry.State!.Read<StoredRun>()!.Data.Context.Transcript;

        Assert.IsType<StoredJsonList>(transcript);
        Assert.Contains(transcript, a => a.GetProperty("text").GetString()!.Contains("Lisbon", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void OldDocument_ReadThroughItsTypesAndWrittenAgain_IsUnchanged(int index)
    {
        var (key, json) = Split(Lines()[index]);
        var scope = new StateScope(key, json, "1");

        if (scope.Get(DialogRunner.StackKey) is { } stack)
        {
            for (var i = 0; i < stack.Entries.Count; i++)
            {
                var entry = stack.Entries[i];
                var state = entry.DialogId switch
                {
                    "closing" => DialogState.Of(entry.State!.Read<StoredRun>()!),
                    "togo" => DialogState.Of(entry.State!.Read<StoredRun<StoredToGoQuestion>>()!),
                    _ when entry.DialogId.StartsWith("prompt.", StringComparison.Ordinal) => DialogState.Of(entry.State!.Read<Prompt<string>.PromptState>()!),
                    _ => throw new InvalidOperationException($"A dialog this test does not know: {entry.DialogId}"),
                };
                stack.Entries[i] = entry with { State = state };
            }

            var run = stack.Entries[0].State!.Read<StoredRun>()!;
            Assert.Equal("Dana Whitfield", run.Data.Context.Customer?.Name);
            Assert.Equal(2, run.Data.Context.NextSteps.Count);
            Assert.NotNull(run.Data.SharedDetails);
            scope.Set(DialogRunner.StackKey, stack);
        }

        Touch(scope, TranscriptLog.Key);
        Touch(scope, ClosingTally.Key);
        Touch(scope, Locale);
        Touch(scope, CustomerMemory.Key);

        var written = scope.ToJson();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);

        // Stored in the new form, the next turn that reads and sets everything again finds nothing changed.
        scope.Pending();
        scope.Saved("2");
        Touch(scope, DialogRunner.StackKey);
        Touch(scope, TranscriptLog.Key);
        Touch(scope, ClosingTally.Key);
        Assert.Null(scope.Pending());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void OldClosingState_SourceGeneratedAndReflection_WriteTheSameBytes(int index)
    {
        var (_, json) = Split(Lines()[index]);
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("runtime.dialogs", out var dialogs))
        {
            return;
        }

        var data = dialogs.GetProperty("entries")[0].GetProperty("state").GetProperty("data");
        var stored = Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(data));
        // Today's options (source-generated metadata, registered), and the previous code's (reflection, an enum converter).
        var before = new JsonSerializerOptions(RuntimeJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        before.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        foreach (var options in new[] { RuntimeJson.Options, before })
        {
            var state = JsonSerializer.Deserialize<ClosingState>(stored, options);

            Assert.Equal(stored.Replace("\\u002B", "+", StringComparison.Ordinal), JsonSerializer.Serialize(state, options));
        }
    }

    [Fact]
    public void ClosingState_IsDescribedBySourceGeneratedMetadata()
    {
        var info = RuntimeJson.Options.TypeInfoResolver!.GetTypeInfo(typeof(ClosingState), RuntimeJson.Options);

        Assert.Same(ClosingJsonContext.Default, info?.OriginatingResolver);
    }

    private static void Touch<T>(StateScope scope, StateKey<T> key)
        where T : class
    {
        if (scope.Get(key) is { } value)
        {
            scope.Set(key, value);
        }
    }

    private static (string Key, string Json) Split(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return (line[..tab], line[(tab + 1)..]);
    }
}
