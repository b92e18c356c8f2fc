using System.Text.Json;
using GraciousBot.Closing.ToGo;
using GraciousBot.Runtime.Dialogs;
using GraciousBot.Runtime.State;
using GraciousBot.Runtime.Storage;
using GraciousBot.Testing;
using GraciousBot.Wire.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace GraciousBot.Closing.Tests.State;

/// <summary>
/// The to-go question stores what it offers and the locale, not a second copy of the closing's state (the closing
/// gives what was chosen with its own). A conversation stored by the version before, waiting at the question with
/// that copy in the dialog's state, is answered as it was.
/// </summary>
public sealed class ToGoStoredBeforeTests
{
    private const string ConversationKey = "conversation/webchat/dump-1";

    [Fact]
    public async Task OldDocumentWaitingAtTheToGoQuestion_Answered_GivesTheReminderAndSaysGoodbye()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "State", "documents-before-source-generation.tsv"));
        var (key, json) = Split(lines[5]);
        Assert.Equal(ConversationKey, key);
        Assert.Contains("\"dialogId\":\"togo\",", json, StringComparison.Ordinal);
        Assert.Contains("\"closing\":{\"context\":", json, StringComparison.Ordinal);

        var flow = new TestFlow(new DateTimeOffset(2026, 12, 6, 8, 10, 0, TimeSpan.Zero)) { ConversationId = "dump-1" };
        await using var _ = flow;
        var store = flow.Services.GetRequiredService<IStateStore>();
        Assert.IsType<WriteOutcome.Written>(await store.WriteAsync([new StateWrite(key, json, null)], CancellationToken.None));

        var replies = await flow.DeliverAsync(Activity.Message("Yes, please"));

        var reminder = Assert.Single(replies, r => r.Attachments is { Count: > 0 });
        Assert.Equal(Reminders.ContentType, Assert.Single(reminder.Attachments!).ContentType);
        Assert.Equal("en-US", reminder.Locale);
        var end = replies[^1];
        Assert.True(end.IsType(ActivityTypes.EndOfConversation), TestFlow.Describe(end));
        Assert.Equal(EndOfConversationCodes.CompletedSuccessfully, end.Code);
        var toGo = end.Value!.Value.GetProperty("toGo");
        Assert.False(toGo.GetProperty("recapEmailed").GetBoolean());
        Assert.Equal(1, toGo.GetProperty("reminders").GetInt32());
        Assert.True(replies.ToList().IndexOf(reminder) < replies.Count - 2, "The reminder comes before the goodbye.");
    }

    [Fact]
    public async Task NewClosingAtTheToGoQuestion_StoresNoCopyOfTheClosingState()
    {
        var context = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Transcripts", "contexts", "togo-en.json"));
        var flow = new TestFlow(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
        await using var _ = flow;
        await flow.DeliverAsync(Activity.Event("closeConversation", JsonDocument.Parse(context).RootElement.Clone()));
        foreach (var line in new[] { "yes", "no", "5", "skip" })
        {
            await flow.DeliverAsync(Activity.Message(line));
        }

        var conversationKey = TurnState.ConversationKey(flow.ChannelId, flow.ConversationId);
        var stored = (await flow.Services.GetRequiredService<IStateStore>().ReadAsync([conversationKey], CancellationToken.None))[conversationKey];
        using var document = JsonDocument.Parse(stored.Json);
        var entries = document.RootElement.GetProperty(DialogRunner.StackKey.Name).GetProperty("entries");
        var toGo = entries.EnumerateArray().Single(e => e.GetProperty("dialogId").GetString() == ToGoDialog.DialogId).GetProperty("state").GetProperty("data");
        Assert.False(toGo.TryGetProperty("closing", out var _), toGo.GetRawText());
        Assert.Equal("en-US", toGo.GetProperty("locale").GetString());
        Assert.True(toGo.GetProperty("offer").GetProperty("reminders").GetBoolean());
    }

    private static (string Key, string Json) Split(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return (line[..tab], line[(tab + 1)..]);
    }
}
