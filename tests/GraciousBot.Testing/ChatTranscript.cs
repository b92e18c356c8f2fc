using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraciousBot.Wire.Schema;
using Xunit;

namespace GraciousBot.Testing;

/// <summary>
/// Conversation tests a support team can read and extend: <c>.chat</c> files of what the customer says and what the
/// bot must answer, replayed against the real bot.
/// <code>
/// > A title or comment
/// @channel: msteams              (default webchat)
/// @locale: en-GB                 (default en-US)
/// @now: 2026-11-23T10:00:00Z     (the fake clock)
/// @user: Dana Reyes              (the channel's user name)
/// start: router-fixed.json       (closeConversation event with this context; a path next to the .chat file, or inline JSON)
/// invoke: router-fixed.json      (the same as an invoke with expectReplies)
/// user: yes                      (a message; "&lt;at&gt;Bot&lt;/at&gt; yes" on Teams adds the mention entity)
/// submit: {"rating": "4"}        (an Adaptive Card Action.Submit: empty text, this value)
/// event: handoff.status {"state": "accepted"}
/// activity: {"type": "endOfConversation"}   (any activity, as JSON)
/// wait: 00:03:00                 (move the clock; timers fire)
/// bot: exact text                (the next reply must be this message)
/// bot: ~ part of the text        (…contain this)
/// bot: [card] ~ text in the card (…carry an Adaptive Card whose JSON contains this)
/// actions: Yes | No              (the last bot message offers exactly these suggested actions)
/// bot: [event handoff.initiate]  (an event with this name)
/// bot: [end completedSuccessfully]
/// bot: [end completedSuccessfully] locale=es   (…and the result is in this locale)
/// bot: [invokeResponse 200]      (the answer to an invoke, under expectReplies)
/// result: {"outcome": "completed"}   (the last endOfConversation's value contains these properties)
/// </code>
/// Every reply must be asserted; a reply nobody expected fails the test.
/// </summary>
public sealed class ChatTranscript
{
    private readonly List<(int Line, string Verb, string Argument)> _lines = [];

    private ChatTranscript(string path) => Path = path;

    public string Path { get; }

    public Dictionary<string, string> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static ChatTranscript Load(string path)
    {
        var transcript = new ChatTranscript(path);
        var lineNumber = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('>'))
            {
                continue;
            }

            // "verb: argument"; settings keys may hold ':' themselves (@Handoff:StatusTimeout: 00:02:00).
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 && line.EndsWith(':'))
            {
                colon = line.Length - 1;
            }

            if (colon < 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'verb: argument'.");
            }

            var verb = line[..colon].Trim();
            var argument = line[(colon + 1)..].Trim();
            if (verb.StartsWith('@'))
            {
                transcript.Settings[verb[1..]] = argument;
            }
            else
            {
                transcript._lines.Add((lineNumber, verb.ToLowerInvariant(), argument));
            }
        }

        return transcript;
    }

    public async Task RunAsync(Action<BotHostFactory>? configure = null)
    {
        var now = Settings.TryGetValue("now", out var at) ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        await using var flow = new TestFlow(now, factory =>
        {
            foreach (var (key, value) in Settings.Where(s => s.Key.Contains(':', StringComparison.Ordinal)))
            {
                factory.With(key, value);
            }

            configure?.Invoke(factory);
        });
        flow.ChannelId = Settings.GetValueOrDefault("channel", ChannelIds.WebChat);
        flow.Locale = Settings.GetValueOrDefault("locale", "en-US");
        flow.ConversationId = $"chat-{System.IO.Path.GetFileNameWithoutExtension(Path)}";
        flow.User = ChannelAccount.Of(Settings.GetValueOrDefault("userId", "user-1"), Settings.GetValueOrDefault("user", "User"), RoleTypes.User);
        if (Settings.TryGetValue("timezone", out var zone))
        {
            flow.Zone = zone;
        }

        var pending = new Queue<Activity>();
        Activity? lastMessage = null;
        Activity? lastEnd = null;

        foreach (var (line, verb, argument) in _lines)
        {
            var where = $"{System.IO.Path.GetFileName(Path)}:{line}";
            switch (verb)
            {
                case "start" or "invoke" or "user" or "submit" or "event" or "activity" or "wait":
                    Assert.True(pending.Count == 0, $"{where}: the bot said more than the transcript expects: {string.Join(" | ", pending.Select(TestFlow.Describe))}");
                    var replies = verb == "wait" ? await flow.WaitAsync(TimeSpan.Parse(argument, CultureInfo.InvariantCulture)) : await flow.DeliverAsync(Incoming(flow, verb, argument));
                    foreach (var reply in replies)
                    {
                        pending.Enqueue(reply);
                    }

                    break;
                case "bot":
                    Assert.True(pending.Count > 0, $"{where}: expected the bot to say {argument}, but it said nothing more.");
                    var next = pending.Dequeue();
                    Match(next, argument, where);
                    if (next.IsType(ActivityTypes.Message))
                    {
                        lastMessage = next;
                    }

                    if (next.IsType(ActivityTypes.EndOfConversation))
                    {
                        lastEnd = next;
                    }

                    break;
                case "actions":
                    Assert.NotNull(lastMessage);
                    var expected = argument.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    var actual = lastMessage.SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty).ToArray() ?? [];
                    Assert.True(expected.SequenceEqual(actual), $"{where}: expected actions [{string.Join(" | ", expected)}] but got [{string.Join(" | ", actual)}]");
                    break;
                case "result":
                    Assert.True(lastEnd?.Value is not null, $"{where}: no endOfConversation with a value yet.");
                    AssertContains(JsonNode.Parse(argument)!, JsonNode.Parse(lastEnd.Value!.Value.GetRawText())!, where, "$");
                    break;
                default:
                    throw new FormatException($"{where}: unknown verb '{verb}'.");
            }
        }

        Assert.True(pending.Count == 0, $"{System.IO.Path.GetFileName(Path)}: the bot said more than the transcript expects: {string.Join(" | ", pending.Select(TestFlow.Describe))}");
    }

    private Activity Incoming(TestFlow flow, string verb, string argument)
    {
        switch (verb)
        {
            case "start" or "invoke":
                var context = argument.StartsWith('{') ? argument : File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, argument));
                var value = JsonDocument.Parse(context).RootElement.Clone();
                return verb == "start"
                    ? Activity.Event("closeConversation", value)
                    : new Activity { Type = ActivityTypes.Invoke, Name = "closeConversation", Value = value, DeliveryMode = DeliveryModes.ExpectReplies };
            case "submit":
                return Activity.Message() with { Value = JsonDocument.Parse(argument).RootElement.Clone() };
            case "activity":
                return JsonSerializer.Deserialize(argument, GraciousBot.Wire.WireJsonContext.Default.Activity)!;
            case "event":
                var space = argument.IndexOf(' ', StringComparison.Ordinal);
                return space < 0
                    ? Activity.Event(argument)
                    : Activity.Event(argument[..space], JsonDocument.Parse(argument[(space + 1)..]).RootElement.Clone());
            default:
                var message = Activity.Message(argument);
                if (flow.ChannelId == ChannelIds.MsTeams && argument.Contains("<at>", StringComparison.Ordinal))
                {
                    var mention = argument[argument.IndexOf("<at>", StringComparison.Ordinal)..(argument.IndexOf("</at>", StringComparison.Ordinal) + 5)];
                    message = message with
                    {
                        Entities = [new Entity { Type = "mention", Extra = new() { ["mentioned"] = JsonSerializer.SerializeToElement(new { id = flow.Bot.Id, name = flow.Bot.Name }), ["text"] = JsonSerializer.SerializeToElement(mention) } }],
                    };
                }

                return message;
        }
    }

    private static void Match(Activity reply, string expected, string where)
    {
        expected = expected.Replace("\\n", "\n", StringComparison.Ordinal);
        if (expected.StartsWith('['))
        {
            var close = expected.IndexOf(']', StringComparison.Ordinal);
            var tag = expected[1..close].Split(' ', 2);
            var rest = expected[(close + 1)..].Trim();
            switch (tag[0])
            {
                case "card":
                    var card = reply.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard);
                    Assert.True(card is not null, $"{where}: expected a card but got {TestFlow.Describe(reply)}");
                    if (rest.StartsWith('~'))
                    {
                        var needle = rest[1..].Trim();
                        var cardText = string.Join("\n", Strings(card.Content!.Value));
                        Assert.True(cardText.Contains(needle, StringComparison.Ordinal), $"{where}: the card does not contain \"{needle}\":\n{cardText}");
                    }

                    return;
                case "event":
                    Assert.True(reply.IsType(ActivityTypes.Event) && reply.Name == tag[1], $"{where}: expected event {tag[1]} but got {TestFlow.Describe(reply)}");
                    return;
                case "invokeResponse":
                    Assert.True(reply.IsType(ActivityTypes.InvokeResponse), $"{where}: expected an invokeResponse but got {TestFlow.Describe(reply)}");
                    Assert.Equal(tag[1], reply.Value?.GetProperty("status").GetRawText());
                    return;
                case "end":
                    Assert.True(reply.IsType(ActivityTypes.EndOfConversation), $"{where}: expected endOfConversation but got {TestFlow.Describe(reply)}");
                    Assert.Equal(tag[1], reply.Code);
                    if (rest.StartsWith("locale=", StringComparison.Ordinal))
                    {
                        Assert.Equal(rest["locale=".Length..], reply.Locale);
                    }

                    return;
                default:
                    throw new FormatException($"{where}: unknown tag [{tag[0]}].");
            }
        }

        Assert.True(reply.IsType(ActivityTypes.Message), $"{where}: expected a message \"{expected}\" but got {TestFlow.Describe(reply)}");
        var text = reply.Text ?? string.Empty;
        if (expected.StartsWith('~'))
        {
            Assert.True(text.Contains(expected[1..].Trim(), StringComparison.Ordinal), $"{where}: expected a message containing \"{expected[1..].Trim()}\" but got \"{text}\"");
        }
        else
        {
            Assert.True(text == expected, $"{where}: expected \"{expected}\"{Environment.NewLine}     but got \"{text}\"");
        }
    }

    /// <summary>Every string value in a card, in document order: what a reader sees (and a bit more).</summary>
    public static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    /// <summary>Every property in <paramref name="expected"/> must be in <paramref name="actual"/> with the same value.</summary>
    private static void AssertContains(JsonNode expected, JsonNode? actual, string where, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                Assert.True(actual is JsonObject, $"{where}: {path} should be an object but is {actual?.ToJsonString() ?? "missing"}");
                foreach (var (name, value) in obj)
                {
                    Assert.True(((JsonObject)actual!).ContainsKey(name), $"{where}: {path}.{name} is missing in {actual.ToJsonString()}");
                    if (value is null)
                    {
                        Assert.True(actual[name] is null, $"{where}: {path}.{name} should be null but is {actual[name]?.ToJsonString()}");
                    }
                    else
                    {
                        AssertContains(value, actual[name], where, $"{path}.{name}");
                    }
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{where}: {path} should be {expected.ToJsonString()} but is {actual?.ToJsonString() ?? "null"}");
                break;
        }
    }
}
