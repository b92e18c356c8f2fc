using GraciousBot.Runtime.State;

namespace GraciousBot.Runtime.Tests.State;

/// <summary>
/// The document a turn stored is kept, with where its slots are, for the conversation's next turn: that turn reads
/// the same values as one that encodes and indexes the text again, and only the very same text (same key) is taken.
/// </summary>
/// <remarks>Alone: an erasure anywhere else in the run (a deleteUserData turn) empties the documents kept.</remarks>
[Collection(nameof(StoredJsonValueConverterTests))]
public sealed class KeptDocumentTests
{
    private static readonly StateKey<List<string>> Ids = new("test.ids");
    private static readonly StateKey<Note> NoteKey = new("test.note");
    private static readonly StateKey<Note> Added = new("test.added");

    private const string Stored = """{"other.slot":{"kept":[1, 2,{"deep":"é"}]},"test.ids":["a","b"],"test.note":{"text":"hi","mood":"happy"}}""";

    public sealed record Note(string Text, string? Mood = null);

    [Fact]
    public void StoredDocument_NextTurn_ReadsTheKeptReading_AsItWouldReadTheText()
    {
        var key = "conversation/test/" + Guid.NewGuid().ToString("N");
        var json = StoreATurn(key);

        var kept = new StateScope(key, json, "2");
        Assert.True(kept.ReadFromKept);
        StoredJsonValues.Forget();
        var cold = new StateScope(key, json, "2");
        Assert.False(cold.ReadFromKept);

        foreach (var scope in new[] { kept, cold })
        {
            Assert.Equal(["a", "b", "c"], scope.Get(Ids));
            Assert.Equal(new Note("hi", "happy"), scope.Get(NoteKey));
            Assert.Equal(new Note("new"), scope.Get(Added));
            scope.Set(NoteKey, new Note("bye"));
        }

        Assert.Equal(cold.ToJson(), kept.ToJson());
        Assert.Equal("""{"other.slot":{"kept":[1, 2,{"deep":"é"}]},"test.ids":["a","b","c"],"test.note":{"text":"bye"},"test.added":{"text":"new"}}""", kept.ToJson());
    }

    [Fact]
    public void OtherText_UnderTheSameKey_IsReadAsItIs()
    {
        var key = "conversation/test/" + Guid.NewGuid().ToString("N");
        StoreATurn(key);

        // Another instance stored the conversation meanwhile.
        var other = new StateScope(key, """{"test.ids":["z"]}""", "3");

        Assert.False(other.ReadFromKept);
        Assert.Equal(["z"], other.Get(Ids));
        Assert.Null(other.Get(NoteKey));
    }

    [Fact]
    public void SameText_UnderAnotherKey_IsNotTheKeptReading()
    {
        var key = "conversation/test/" + Guid.NewGuid().ToString("N");
        var json = StoreATurn(key);

        Assert.False(new StateScope(key + "-other", json, "2").ReadFromKept);
    }

    [Fact]
    public void Erasure_ForgetsTheKeptDocuments()
    {
        var key = "conversation/test/" + Guid.NewGuid().ToString("N");
        var json = StoreATurn(key);

        StoredJsonValues.Forget();

        var scope = new StateScope(key, json, "2");
        Assert.False(scope.ReadFromKept);
        Assert.Equal(["a", "b", "c"], scope.Get(Ids));
    }

    [Fact]
    public void DeletedDocument_IsNotKept()
    {
        var key = "conversation/test/" + Guid.NewGuid().ToString("N");
        var scope = new StateScope(key, Stored, "1");
        scope.Clear();

        Assert.Equal((null, true), scope.Pending());
        scope.Saved(null);

        Assert.False(new StateScope(key, "{}", "2").ReadFromKept);
    }

    [Fact]
    public void TwoWaySet_KeepsTheTwoLatest_EachInItsTurn()
    {
        var cache = new string?[4];

        StoredJsonValues.Keep(cache, 2, "first");
        StoredJsonValues.Keep(cache, 2, "second");
        Assert.Equal<string?>([null, null, "second", "first"], cache.AsEnumerable());

        StoredJsonValues.Keep(cache, 3, "third");
        Assert.Equal<string?>([null, null, "first", "third"], cache.AsEnumerable());

        StoredJsonValues.Keep(cache, 3, "third");
        Assert.Equal<string?>([null, null, "first", "third"], cache.AsEnumerable());
    }

    /// <summary>A turn that changes a slot, adds one and leaves one as it was; returns what it stored.</summary>
    private static string StoreATurn(string key)
    {
        var scope = new StateScope(key, Stored, "1");
        scope.Set(Ids, [.. scope.Get(Ids)!, "c"]);
        scope.Set(Added, new Note("new"));
        var json = scope.Pending()!.Value.Json!;
        scope.Saved("2");
        return json;
    }
}
