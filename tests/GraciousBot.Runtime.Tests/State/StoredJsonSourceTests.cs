using System.Text.Json;
using System.Text.Json.Serialization;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;

namespace GraciousBot.Runtime.Tests.State;

/// <summary>
/// Values kept as their stored bytes are sliced from the right bytes also when a converter reads a part of the
/// document with the serializer (as a flow's stack entry reads its state): such a nested read goes through a reader of
/// its own whose offsets start again at 0.
/// </summary>
/// <remarks>Alone: an erasure anywhere else in the run (a deleteUserData turn) empties the values kept.</remarks>
[Collection(nameof(StoredJsonValueConverterTests))]
public sealed class StoredJsonSourceTests
{
    private static readonly StateKey<Wrapper> WrapperKey = new("test.wrapper");

    public sealed record Inner
    {
        [JsonConverter(typeof(StoredJsonListConverter))]
        public IReadOnlyList<JsonElement>? Items { get; init; }
    }

    /// <summary>Reads its inner part with the serializer from the reader it was given, as a flow's entry does.</summary>
    [JsonConverter(typeof(WrapperConverter))]
    public sealed record Wrapper(string Pad, Inner? Inner);

    public sealed record Fixed(string Name, IReadOnlyList<string> Words);

    public sealed record Run
    {
        [JsonConverter(typeof(StoredJsonValueConverter<Fixed>))]
        public Fixed? Fixed { get; init; }

        public int Turn { get; init; }
    }

    [Fact]
    public void NestedSerializerRead_SlicesTheValuesOwnBytes()
    {
        // The inner list starts 9 bytes into the inner object; 9 bytes into the slot is a '[' of the padding, which
        // looks like the start of an array to anyone taking the nested reader's offsets for the slot's.
        const string stored = """{"test.wrapper":{"pad":"[[[[[[[[[[","inner":{"items":[1, 2, 3]}}}""";
        var scope = new StateScope("k", stored, "1");

        var wrapper = scope.Get(WrapperKey)!;
        scope.Set(WrapperKey, wrapper with { Pad = "x" });

        Assert.Equal("""{"test.wrapper":{"pad":"x","inner":{"items":[1, 2, 3]}}}""", scope.ToJson());
        Assert.Equal([1, 2, 3], wrapper.Inner!.Items!.Select(i => i.GetInt32()));
    }

    [Fact]
    public void ValueInAFlowsState_ReadAgainFromTheSameBytes_IsTheSameInstance_WrittenBackAsStored()
    {
        static string Document(int turn) =>
            """{"runtime.dialogs":{"entries":[{"dialogId":"run","version":"v1","state":{"step":"ask","data":{"fixed":{"name":"Flo", "words":["a"]},"turn":"""
            + turn.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}}]}}";

        var first = ReadRun(new StateScope("k", Document(1), "1"));
        var later = new StateScope("k", Document(2), "2");
        var second = ReadRun(later);

        Assert.Same(first.Fixed, second.Fixed);
        Assert.Equal(2, second.Turn);

        var stack = later.Get(DialogRunner.StackKey)!;
        stack.Entries[0] = stack.Entries[0] with { State = DialogState.Of(new Flow<Run>.Persisted("ask", second with { Turn = 3 })) };
        later.Set(DialogRunner.StackKey, stack);
        Assert.Equal(Document(3), later.ToJson());
    }

    [Fact]
    public void ReaderOverOtherBytes_IsNotSliced()
    {
        var bytes = """{"a":[1,2]}"""u8.ToArray();
        var copy = bytes.ToArray();
        using (StoredJsonSource.Reading(bytes))
        {
            var reader = OnTheArray(copy);

            Assert.False(StoredJsonSource.TrySlice(ref reader, out _));
            Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
        }
    }

    [Fact]
    public void ValueRunningPastTheSource_IsNotSliced_AndTheReaderIsLeftWhereItWas()
    {
        var bytes = """{"a":[1,2,3]}"""u8.ToArray();
        using (StoredJsonSource.Reading(bytes.AsMemory(0, 8)))
        {
            var reader = OnTheArray(bytes);

            Assert.False(StoredJsonSource.TrySlice(ref reader, out _));
            Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
            Assert.Equal(5, reader.TokenStartIndex);
        }
    }

    /// <summary>A reader over <c>{"a":[...]}</c> standing on the array's start.</summary>
    private static Utf8JsonReader OnTheArray(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        reader.Read();
        return reader;
    }

    private static Run ReadRun(StateScope scope) =>
        scope.Get(DialogRunner.StackKey)!.Entries[0].State!.Read<Flow<Run>.Persisted>()!.Data!;

    private sealed class WrapperConverter : JsonConverter<Wrapper>
    {
        public override Wrapper Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string pad = string.Empty;
            Inner? inner = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "pad")
                {
                    pad = reader.GetString()!;
                }
                else if (name == "inner")
                {
                    inner = JsonSerializer.Deserialize<Inner>(ref reader, RuntimeJson.Options);
                }
                else
                {
                    reader.Skip();
                }
            }

            return new Wrapper(pad, inner);
        }

        public override void Write(Utf8JsonWriter writer, Wrapper value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("pad", value.Pad);
            writer.WritePropertyName("inner");
            JsonSerializer.Serialize(writer, value.Inner, RuntimeJson.Options);
            writer.WriteEndObject();
        }
    }
}
