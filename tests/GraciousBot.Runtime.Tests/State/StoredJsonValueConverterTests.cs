using System.Text.Json.Serialization;
using GraciousBot.Runtime.State;

namespace GraciousBot.Runtime.Tests.State;

[CollectionDefinition(nameof(StoredJsonValueConverterTests), DisableParallelization = true)]
public sealed class StoredJsonValueConverterCollection;

/// <summary>
/// A value that does not change once set (a closing's context) is written back as the bytes it was read from, and the
/// same bytes read again (the next turn of the conversation) give the instance already read rather than a new parse.
/// </summary>
/// <remarks>Alone: an erasure anywhere else in the run (a deleteUserData turn) empties the values kept.</remarks>
[Collection(nameof(StoredJsonValueConverterTests))]
public sealed class StoredJsonValueConverterTests
{
    private static readonly StateKey<Holder> Key = new("test.holder");

    public sealed record Fixed(string Name, IReadOnlyList<string> Words);

    public sealed record Holder
    {
        [JsonConverter(typeof(StoredJsonValueConverter<Fixed>))]
        public Fixed? Fixed { get; init; }

        public int Turn { get; init; }
    }

    private static string Document(string name, int turn) =>
        $$$"""{"test.holder":{"fixed":{"name":"{{{name}}}","words":["a", "b"]},"turn":{{{turn}}}}}""";

    [Fact]
    public void SameBytesReadAgain_GiveTheSameInstance_WrittenBackAsStored()
    {
        var first = new StateScope("k1", Document("Dana", 1), "1").Get(Key)!;
        var later = new StateScope("k1", Document("Dana", 2), "2");
        var second = later.Get(Key)!;

        Assert.Same(first.Fixed, second.Fixed);
        Assert.Equal(2, second.Turn);
        later.Set(Key, second with { Turn = 3 });
        Assert.Equal("""{"test.holder":{"fixed":{"name":"Dana","words":["a", "b"]},"turn":3}}""", later.ToJson());
    }

    [Fact]
    public void OtherBytes_GiveTheirOwnValue()
    {
        var names = Enumerable.Range(0, StoredJsonValueConverter<Fixed>.CacheSlots * 2).Select(i => $"name-{i}").ToList();
        foreach (var name in names.Concat(names))
        {
            var scope = new StateScope("k", Document(name, 1), "1");
            var holder = scope.Get(Key)!;

            Assert.Equal(name, holder.Fixed!.Name);
            Assert.Equal(["a", "b"], holder.Fixed.Words);
            scope.Set(Key, holder with { Turn = 2 });
            Assert.Equal(Document(name, 2), scope.ToJson());
        }
    }

    [Fact]
    public async Task Erasure_ForgetsTheValuesKept()
    {
        var first = new StateScope("k1", Document("Erin", 1), "1").Get(Key)!;

        // Copies of stored documents, not documents: the operator's count of what was deleted does not include them.
        Assert.Equal(0, await new StoredJsonValuesErasure().EraseAsync(new GraciousBot.Runtime.Storage.ErasureSubject("test", "u"), CancellationToken.None));

        var again = new StateScope("k1", Document("Erin", 2), "2").Get(Key)!;
        Assert.NotSame(first.Fixed, again.Fixed);
        Assert.Equal("Erin", again.Fixed!.Name);
        Assert.Equal(["a", "b"], again.Fixed.Words);
    }

    [Fact]
    public void ValueSetAnew_IsSerialised()
    {
        var scope = new StateScope("k", Document("Dana", 1), "1");
        var holder = scope.Get(Key)!;

        scope.Set(Key, holder with { Fixed = holder.Fixed! with { Name = "Eve" } });

        Assert.Equal("""{"test.holder":{"fixed":{"name":"Eve","words":["a","b"]},"turn":1}}""", scope.ToJson());
    }
}
