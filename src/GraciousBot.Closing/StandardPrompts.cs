using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Closing;

/// <summary>The prompts the closing dialogs use, bound to the runtime's recognizers.</summary>
public static class StandardPrompts
{
    public const string YesNo = "prompt.yesNo";
    public const string Choice = "prompt.choice";
    public const string Rating = "prompt.rating";
    public const string Text = "prompt.text";

    public static Prompt<Runtime.Recognizers.YesNo> CreateYesNo() => new(YesNo, (input, _) =>
        YesNoRecognizer.Recognize(input.Text, input.Locale) is { } answer
            ? new Recognition<Runtime.Recognizers.YesNo>.Recognized(answer)
            : new Recognition<Runtime.Recognizers.YesNo>.NotUnderstood());

    public static Prompt<PromptChoice> CreateChoice() => new(Choice, (input, options) =>
    {
        var offered = options.Choices ?? [];
        var choices = offered.Select(c => new Choice(c.Value, c.Title, c.Synonyms)).ToList();
        if (ChoiceRecognizer.Recognize(input.Text, choices, input.Locale) is { } chosen)
        {
            return new Recognition<PromptChoice>.Recognized(offered.First(c => c.Value == chosen.Value));
        }

        // "Nope, that's everything" to "which one?" means the "no" choice; a plain "yes" picks the only item offered.
        var byYesNo = YesNoRecognizer.Recognize(input.Text, input.Locale) switch
        {
            Runtime.Recognizers.YesNo.No => options.NoChoice,
            Runtime.Recognizers.YesNo.Yes => options.YesChoice,
            _ => null,
        };
        return offered.FirstOrDefault(c => c.Value == byYesNo) is { } answer
            ? new Recognition<PromptChoice>.Recognized(answer)
            : new Recognition<PromptChoice>.NotUnderstood();
    });

    public static Prompt<int> CreateRating() => new(Rating, (input, options) => RatingRecognizer.Recognize(input.Text, input.Locale, options.MaxRating) switch
    {
        RatingRecognition.Recognized r => new Recognition<int>.Recognized(r.Value),
        RatingRecognition.OutOfRange => new Recognition<int>.NotUnderstood(RatingPrompt.OutOfRange),
        _ => new Recognition<int>.NotUnderstood(),
    });

    /// <summary>Free text; "skip" or "no comment" skips. Anything with words is an answer.</summary>
    public static Prompt<string> CreateText() => new(Text, (input, _) =>
        SkipRecognizer.IsSkip(input.Text, input.Locale) ? new Recognition<string>.Skip()
        : string.IsNullOrWhiteSpace(input.Text) ? new Recognition<string>.NotUnderstood()
        : new Recognition<string>.Recognized(input.Text.Length > 1_000 ? input.Text[..1_000] : input.Text));
}

/// <summary>Reasons a rating answer is retried with a specific message.</summary>
public static class RatingPrompt
{
    public const string OutOfRange = "outOfRange";
}
