using System.Text.Json;
using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.State;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Tests.Dialogs;

/// <summary>
/// A prompt stores its re-asks and its "unsure" retry as words and builds the messages when one is needed: on every
/// kind of channel, for every attempt and reason, it sends what the whole messages stored up front (as a prompt
/// stored by the previous version still has them) would have sent.
/// </summary>
public sealed class PromptRetryWordsTests
{
    private const string Unsure = "unsure";

    private static readonly string[] Channels = [ChannelIds.WebChat, ChannelIds.MsTeams, "sms", ChannelIds.DirectLine, ChannelIds.Test];

    private static readonly string[] Reasons = ["", Unsure, "offTopic.refund", "outOfRange", "other"];

    public static TheoryData<string, int, int, bool> Cases()
    {
        var cases = new TheoryData<string, int, int, bool>();
        foreach (var channel in Channels)
        {
            foreach (var (shown, unshown) in new[] { (0, 0), (2, 0), (3, 0), (3, 2), (5, 0) })
            {
                foreach (var markdown in new[] { true, false })
                {
                    cases.Add(channel, shown, unshown, markdown);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RetryAfter_FromWords_IsWhatTheStoredMessagesWouldSay(string channel, int shown, int unshown, bool markdown)
    {
        var choices = Enumerable.Range(1, shown + unshown).Select(i => new PromptChoice($"c{i}", $"Choice {i}", [$"id-{i}"])).ToList();
        var visible = choices[..shown];
        Activity Message(string text) => Activity.Message(text) with { TextFormat = markdown ? TextFormats.Markdown : TextFormats.Plain, Locale = "en-US" };
        string[] words = ["Sorry, which one?", "Just so I get it right: which one?", "One more time: which one?"];
        const string unsureWords = "Sorry, which of these did you mean?";
        var prompt = ChoiceRenderer.WithChoices(Message("Which one shall we look at?"), visible, channel);
        var offTopic = new Dictionary<string, string> { ["offTopic.refund"] = "I can't see refunds here." };
        var outOfRange = new Dictionary<string, Activity> { ["outOfRange"] = Message("From 1 to 5, please.") };

        // As the previous version stored them: every re-ask and the unsure retry as whole messages.
        var reasks = words.Select(w => ChoiceRenderer.WithChoices(Message(w), visible, channel)).ToList();
        var unsure = Message(unsureWords);
        var stored = new PromptOptions
        {
            Prompt = prompt,
            Retries = reasks,
            Choices = choices,
            RetryFor = new(outOfRange)
            {
                [Unsure] = prompt.SuggestedActions is null && prompt.Attachments is not { Count: > 0 } ? unsure : reasks[0] with { Text = unsure.Text, Speak = unsure.Speak },
            },
            RetryPrefixFor = offTopic,
        };
        var worded = new PromptOptions
        {
            Prompt = prompt,
            RetryWords = [.. words],
            Choices = choices,
            ShownChoices = unshown > 0 ? shown : null,
            RetryFor = outOfRange,
            RetryWordsFor = new() { [Unsure] = unsureWords },
            RetryPrefixFor = offTopic,
        };

        foreach (var reason in Reasons)
        {
            for (var attempts = 1; attempts <= 4; attempts++)
            {
                Assert.Equal(Json(stored.RetryAfter(attempts, reason, channel)), Json(worded.RetryAfter(attempts, reason, channel)));
            }
        }

        // The words are what is stored: far smaller than the messages.
        Assert.True(Json(worded).Length < Json(stored).Length);
    }

    [Fact]
    public void RetryAfter_WithoutReasks_AsksTheQuestionAgain()
    {
        var options = new PromptOptions { Prompt = Activity.Message("Anything to add?"), RetryWordsFor = new() { [Unsure] = "Sorry?" } };

        Assert.Equal("Anything to add?", options.RetryAfter(1, null, ChannelIds.WebChat).Text);
        Assert.Equal("Sorry?", options.RetryAfter(1, Unsure, ChannelIds.WebChat).Text);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, RuntimeJson.Options);
}
