using System.Text.Json;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;

namespace GraciousBot.Closing.Tests.State;

/// <summary>
/// The closing's context and the details read at its start do not change during a closing: a turn that sets the
/// flow's state writes them back as the bytes they were stored as (old escapes and all), and only a new value is
/// serialised again.
/// </summary>
public sealed class ContextKeptAsStoredTests
{
    private sealed record StoredRun(string Step, ClosingState Data);

    public ContextKeptAsStoredTests() => RuntimeJson.AddTypeInfo(ClosingJsonContext.Default);

    [Fact]
    public void FlowStateSetAgain_WritesTheContextAndSharedDetailsAsStored()
    {
        var (key, stored) = Document();
        // Stored in a form serialising would not produce ("\u0061" for "a"): written back, it is still there.
        var at = stored.IndexOf("Dana Whitfield", stored.IndexOf("\"context\":", StringComparison.Ordinal), StringComparison.Ordinal);
        var json = stored[..at] + "D\\u0061na" + stored[(at + 4)..];
        var written = SetAgain(key, json, data => data with { Resolution = Resolutions.Confirmed, Rating = 4 });

        Assert.Contains("D\\u0061na Whitfield", Part(written, "context"), StringComparison.Ordinal);
        Assert.Equal(Part(json, "context"), Part(written, "context"));
        Assert.Equal(Part(json, "sharedDetails"), Part(written, "sharedDetails"));
        Assert.Contains("\"rating\":4", written, StringComparison.Ordinal);
    }

    [Fact]
    public void NewContext_IsSerialisedAgain()
    {
        var (key, json) = Document();
        var written = SetAgain(key, json, data => data with { Context = data.Context with { Brand = new Brand("Fabrikam", null) } });

        using var parsed = JsonDocument.Parse(Part(written, "context"));
        Assert.Equal("Fabrikam", parsed.RootElement.GetProperty("brand").GetProperty("name").GetString());
        Assert.Equal("Dana Whitfield", parsed.RootElement.GetProperty("customer").GetProperty("name").GetString());
    }

    private static string SetAgain(string key, string json, Func<ClosingState, ClosingState> change)
    {
        var scope = new StateScope(key, json, "1");
        var stack = scope.Get(DialogRunner.StackKey)!;
        var run = stack.Entries[0].State!.Read<StoredRun>()!;
        stack.Entries[0] = stack.Entries[0] with { State = DialogState.Of(run with { Data = change(run.Data) }) };
        scope.Set(DialogRunner.StackKey, stack);
        return scope.ToJson();
    }

    /// <summary>A part of the closing flow's stored state, as its raw JSON text.</summary>
    private static string Part(string document, string name)
    {
        using var parsed = JsonDocument.Parse(document);
        return parsed.RootElement.GetProperty("runtime.dialogs").GetProperty("entries")[0].GetProperty("state").GetProperty("data").GetProperty(name).GetRawText();
    }

    private static (string Key, string Json) Document()
    {
        var line = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "State", "documents-before-source-generation.tsv"))
            .First(l => l.Contains("\"sharedDetails\":[{", StringComparison.Ordinal));
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return (line[..tab], line[(tab + 1)..]);
    }
}
