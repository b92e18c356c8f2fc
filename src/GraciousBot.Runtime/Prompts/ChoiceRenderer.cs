using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraciousBot.Runtime.Channels;
using GraciousBot.Wire.Schema;

namespace GraciousBot.Runtime.Prompts;

/// <summary>
/// Shows a prompt's choices the best way the channel allows: suggested actions where they fit, card buttons where the
/// channel shows cards but not that many suggested actions (Teams shows three), a numbered list everywhere else.
/// </summary>
public static class ChoiceRenderer
{
    public static Activity WithChoices(Activity prompt, IReadOnlyList<PromptChoice> choices, string? channelId)
    {
        if (choices.Count == 0)
        {
            return prompt;
        }

        var channel = ChannelCapabilities.For(channelId);
        var hasAttachments = prompt.Attachments is { Count: > 0 };
        if (channel.SuggestedActions && choices.Count <= channel.MaxSuggestedActions && (!hasAttachments || channel.SuggestedActionsWithAttachments))
        {
            return prompt with
            {
                SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(c => CardAction.ImBack(c.Title, c.Title))] },
            };
        }

        if (channel.AdaptiveCards && !hasAttachments)
        {
            return prompt with { Attachments = [ButtonCard(choices)] };
        }

        var list = new StringBuilder(prompt.Text);
        list.Append("\n\n");
        for (var i = 0; i < choices.Count; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"{i + 1}. {choices[i].Title}\n");
        }

        return prompt with { Text = list.ToString().TrimEnd() };
    }

    /// <summary>An Adaptive Card of buttons; each submits its choice's title as the prompt's answer.</summary>
    private static Attachment ButtonCard(IReadOnlyList<PromptChoice> choices)
    {
        var actions = new JsonArray();
        foreach (var choice in choices)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = choice.Title,
                ["data"] = new JsonObject { [Prompt<object>.AnswerField] = choice.Title },
            });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(),
            ["actions"] = actions,
        };
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = System.Text.Json.JsonSerializer.SerializeToElement(card) };
    }
}
