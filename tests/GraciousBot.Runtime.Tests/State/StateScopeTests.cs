using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;

namespace GraciousBot.Runtime.Tests.State;

/// <summary>The state document: read once, slots read lazily, written only when it changed, deleted when empty.</summary>
public sealed class StateScopeTests
{
    private static readonly StateKey<List<string>> Ids = new("test.ids");
    private static readonly StateKey<Note> NoteKey = new("test.note");

    private const string Stored = """{"other.slot":{"kept":[1,2,{"deep":"é"}]},"test.ids":["a","b"],"test.note":{"text":"hi","mood":"happy"}}""";

    public enum Mood
    {
        Neutral,
        Happy,
    }

    public sealed record Note(string Text, Mood Mood, string? Missing = null);

    [Fact]
    public void NothingTouched_NothingToStore()
    {
        var scope = new StateScope("k", Stored, "1");

        Assert.Equal(["a", "b"], scope.Get(Ids));
        Assert.Equal(new Note("hi", Mood.Happy), scope.Get(NoteKey));
        Assert.Null(scope.Pending());
        Assert.False(scope.HasChanged);
        Assert.False(scope.IsEmpty);
    }

    [Fact]
    public void SetToTheSameValues_ComparesEqual_NothingToStore()
    {
        var scope = new StateScope("k", Stored, "1");

        scope.Set(NoteKey, scope.Get(NoteKey)! with { });
        scope.Set(Ids, ["a", "b"]);

        Assert.Null(scope.Pending());
    }

    [Fact]
    public void OneSlotChanged_TheOthersAreKeptAsTheyWere()
    {
        var scope = new StateScope("k", Stored, "1");

        scope.Set(Ids, [.. scope.Get(Ids)!, "c"]);

        var pending = scope.Pending();
        Assert.NotNull(pending);
        Assert.False(pending.Value.Delete);
        Assert.Equal(Stored.Replace("[\"a\",\"b\"]", "[\"a\",\"b\",\"c\"]"), pending.Value.Json);
    }

    [Fact]
    public void ReadAsUtf8_SlotsAreReadInPlace_AndTheChangeIsItsUtf8()
    {
        var stored = System.Text.Encoding.UTF8.GetBytes(Stored);
        var scope = StateScope.FromUtf8("k", stored, "1");

        Assert.Equal(new Note("hi", Mood.Happy), scope.Get(NoteKey));
        Assert.Null(scope.Pending());
        scope.Set(Ids, ["c"]);

        var pending = scope.Pending()!.Value;
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Stored.Replace("[\"a\",\"b\"]", "[\"c\"]")), pending.Utf8); // the untouched "é" copied as it was
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Stored), stored); // the bytes read are never changed
        Assert.True(StateScope.FromUtf8("k", null, null).IsEmpty);
    }

    [Fact]
    public void StoredItem_TextAndUtf8Forms_AreEqual()
    {
        var text = new StoredItem("k", Stored, "\"1\"");
        var bytes = new StoredItem("k", System.Text.Encoding.UTF8.GetBytes(Stored), "\"1\"");

        Assert.Equal(text, bytes);
        Assert.Equal(Stored, bytes.Json);
        Assert.Equal(text.Utf8Json.ToArray(), bytes.Utf8Json.ToArray());
        Assert.NotEqual(text, new StoredItem("k", System.Text.Encoding.UTF8.GetBytes(Stored + " "), "\"1\""));
    }

    [Fact]
    public void Documents_EscapeOnlyWhatJsonNeeds_AndReadTheSameAsTheDefaultEscaping()
    {
        // Apostrophes, accents, <>&+ and other scripts are written as they are; quotes, backslashes and control
        // characters are escaped, as JSON needs.
        var note = new Note("We'll call you in Zürich — \"soon\" <b>&+ 東京\\\n", Mood.Happy);
        var scope = new StateScope("k", null, null);
        scope.Set(NoteKey, note);

        var written = scope.Pending()!.Value.Json;
        Assert.Equal("""{"test.note":{"text":"We'll call you in Zürich — \"soon\" <b>&+ 東京\\\n","mood":"happy"}}""", written);
        Assert.Equal(note, new StateScope("k", written, "1").Get(NoteKey));

        // A document written with the serializer's default escaping (by an earlier build) reads the same.
        var escaped = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, Note> { ["test.note"] = note }, RuntimeJson.Options);
        Assert.Contains("We\\u0027ll", escaped, StringComparison.Ordinal);
        Assert.Equal(note, new StateScope("k", escaped, "1").Get(NoteKey));

        // A value stored as a document of its own (a turn's record) is written the same way.
        Assert.Equal(
            """{"text":"We'll call you in Zürich — \"soon\" <b>&+ 東京\\\n","mood":"happy"}""",
            System.Text.Encoding.UTF8.GetString(RuntimeJson.ToDocument(note)));
        Assert.Equal(note, System.Text.Json.JsonSerializer.Deserialize<Note>(RuntimeJson.ToDocument(note), RuntimeJson.Options));
    }

    [Fact]
    public void NewSlot_IsAdded_WithTheRuntimeShape()
    {
        var scope = new StateScope("k", null, null);

        scope.Set(NoteKey, new Note("thanks", Mood.Neutral));

        Assert.Equal("""{"test.note":{"text":"thanks","mood":"neutral"}}""", scope.Pending()?.Json);
    }

    [Fact]
    public void Saved_KeepsWhatWasWritten_ThenNothingMoreToStore()
    {
        var scope = new StateScope("k", null, null);
        scope.Set(Ids, ["x"]);
        var written = scope.Pending()?.Json;

        scope.Saved("2");

        Assert.Equal("2", scope.ETag);
        Assert.Null(scope.Pending());
        Assert.Equal(written, scope.ToJson());
        scope.Set(Ids, ["x"]);
        Assert.Null(scope.Pending());
        scope.Set(Ids, ["y"]);
        Assert.Equal("""{"test.ids":["y"]}""", scope.Pending()?.Json);
    }

    [Fact]
    public void EveryoneRemoved_Deletes()
    {
        var scope = new StateScope("k", """{"test.ids":["a"]}""", "1");

        scope.Remove(Ids);

        Assert.True(scope.Pending() is { Json: null, Delete: true });
        Assert.True(scope.IsEmpty);
        Assert.Null(scope.Get(Ids));
    }

    [Fact]
    public void Cleared_ForgetsEverySlot_AndKeepsOnlyWhatIsSetAfter()
    {
        var scope = new StateScope("k", Stored, "1");
        _ = scope.Get(Ids);

        scope.Clear();
        Assert.Null(scope.Get(Ids));
        Assert.Null(scope.Get(NoteKey));
        Assert.True(scope.Pending() is { Json: null, Delete: true });

        scope.Set(Ids, ["fresh"]);
        Assert.Equal("""{"test.ids":["fresh"]}""", scope.Pending()?.Json);
    }

    [Fact]
    public void ASlotThatNoLongerReads_ReadsAsEmpty_AndIsKeptUntilReplaced()
    {
        var scope = new StateScope("k", """{"test.note":{"text":"hi","mood":"furious"},"test.ids":"not a list"}""", "1");

        Assert.Null(scope.Get(NoteKey));
        Assert.Null(scope.Get(Ids));
        Assert.Null(scope.Pending());

        scope.Set(Ids, ["a"]);
        Assert.Equal("""{"test.note":{"text":"hi","mood":"furious"},"test.ids":["a"]}""", scope.Pending()?.Json);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"test.ids\":[\"a\"]} trailing")]
    public void AnUnreadableDocument_ReadsAsEmpty(string json)
    {
        var scope = new StateScope("k", json, "1");

        Assert.Null(scope.Get(Ids));
        Assert.True(scope.IsEmpty);

        scope.Set(Ids, ["a"]);
        Assert.Equal("""{"test.ids":["a"]}""", scope.Pending()?.Json);
    }

    [Fact]
    public void WhitespaceInTheStoredDocument_IsCopiedAsItWas()
    {
        var scope = new StateScope("k", """{ "test.ids" : [ "a" ] , "test.note" : {"text":"hi","mood":"happy"} }""", "1");

        scope.Set(NoteKey, new Note("bye", Mood.Neutral));

        Assert.Equal("""{"test.ids":[ "a" ],"test.note":{"text":"bye","mood":"neutral"}}""", scope.Pending()?.Json);
    }

    [Fact]
    public void DialogStates_ReadFromTheDocument_AreItsOwnBytes_ReadTyped_AndWrittenBackAsTheyWere()
    {
        var stackKey = new StateKey<DialogStack>("test.stack");
        const string Stack = """{"entries":[{"dialogId":"outer","version":"1","state":{"text":"hi","mood":"happy","inner":{"dialogId":"x"}}},{"dialogId":"inner","version":"2","state":[1, 2,3]},{"dialogId":"bare","version":"1"}]}""";
        var stored = "{\"a\":1,\"test.stack\":" + Stack + "}";
        var scope = new StateScope("k", stored, "1");

        var stack = scope.Get(stackKey)!;
        Assert.Equal(new Note("hi", Mood.Happy), stack.Entries[0].State!.Read<Note>());
        Assert.Equal([1, 2, 3], stack.Entries[1].State!.Read<int[]>()!);
        Assert.Null(stack.Entries[2].State);

        // Read again and set back untouched: the same bytes, whitespace included, so nothing to store.
        scope.Set(stackKey, stack with { });
        Assert.Null(scope.Pending());

        // A dialog's new state replaces only its own entry; the others are copied as they were stored.
        stack.Entries[0] = stack.Entries[0] with { State = DialogState.Of(new Note("bye", Mood.Neutral)) };
        scope.Set(stackKey, stack);
        var written = scope.Pending()!.Value.Json!;
        Assert.Contains("""{"dialogId":"inner","version":"2","state":[1, 2,3]}""", written, StringComparison.Ordinal);
        Assert.Contains("""{"text":"bye","mood":"neutral"}""", written, StringComparison.Ordinal);

        // Read back from the written document, the states are the same again.
        var again = new StateScope("k", written, "2").Get(stackKey)!;
        Assert.Equal(new Note("bye", Mood.Neutral), again.Entries[0].State!.Read<Note>());
        Assert.Equal([1, 2, 3], again.Entries[1].State!.Read<int[]>()!);
    }

    [Fact]
    public void DialogStates_ReadOutsideAStateScope_AreCopies_ThatReadTheSame()
    {
        var stack = System.Text.Json.JsonSerializer.Deserialize<DialogStack>(
            """{"entries":[{"dialogId":"d","version":"1","state":{"text":"hi","mood":"happy"}}]}""", RuntimeJson.Options)!;

        Assert.Equal(new Note("hi", Mood.Happy), stack.Entries[0].State!.Read<Note>());
        Assert.Equal(
            """{"entries":[{"dialogId":"d","version":"1","state":{"text":"hi","mood":"happy"}}]}""",
            System.Text.Json.JsonSerializer.Serialize(stack, RuntimeJson.Options));
    }

    public sealed record WithLog(
        string Name,
        [property: System.Text.Json.Serialization.JsonConverter(typeof(StoredJsonListConverter))] IReadOnlyList<System.Text.Json.JsonElement> Log);

    [Fact]
    public void StoredJsonLists_ReadFromTheDocument_StayItsBytes_UntilLookedAt()
    {
        var key = new StateKey<WithLog>("test.log");
        var stored = """{"test.log":{"name":"a","log":[ {"text":"hi"}, 2 ,"x"]}}""";
        var scope = new StateScope("k", stored, "1");

        var read = scope.Get(key)!;
        Assert.IsType<StoredJsonList>(read.Log);

        // Set back with another name, the list untouched: written as it was stored, spaces and all.
        scope.Set(key, read with { Name = "b" });
        Assert.Equal("""{"test.log":{"name":"b","log":[ {"text":"hi"}, 2 ,"x"]}}""", scope.Pending()!.Value.Json);

        // Looked at, it reads as the values; written again, the same values.
        Assert.Equal(3, read.Log.Count);
        Assert.Equal("hi", read.Log[0].GetProperty("text").GetString());
        Assert.Equal(["{\"text\":\"hi\"}", "2", "\"x\""], read.Log.Select(e => e.GetRawText()).ToArray());
        var again = new StateScope("k", stored, "1");
        again.Set(key, read with { Name = "c" });
        Assert.Equal("""{"test.log":{"name":"c","log":[{"text":"hi"},2,"x"]}}""", again.Pending()!.Value.Json);
    }

    [Fact]
    public void StoredJsonLists_InADialogsState_AreSlicesOfTheDocumentToo()
    {
        var stackKey = new StateKey<DialogStack>("test.stack");
        var stored = """{"test.stack":{"entries":[{"dialogId":"d","version":"1","state":{"name":"a","log":[{"n":1},{"n":2}]}}]}}""";
        var scope = new StateScope("k", stored, "1");

        var state = scope.Get(stackKey)!.Entries[0].State!.Read<WithLog>()!;

        Assert.IsType<StoredJsonList>(state.Log);
        Assert.Equal([1, 2], state.Log.Select(e => e.GetProperty("n").GetInt32()).ToArray());
    }

    [Fact]
    public void StoredJsonLists_ReadOutsideAStateScope_OrWrittenFromElements_ReadTheSame()
    {
        var json = """{"name":"a","log":[{"n":1},"two"]}""";
        var read = System.Text.Json.JsonSerializer.Deserialize<WithLog>(json, RuntimeJson.Options)!;
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(read, RuntimeJson.Options));

        var fresh = new WithLog("a", [.. System.Text.Json.JsonDocument.Parse("""[{"n":1},"two"]""").RootElement.EnumerateArray()]);
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(fresh, RuntimeJson.Options));
    }
}
