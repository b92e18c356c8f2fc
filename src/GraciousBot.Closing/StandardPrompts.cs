using GraciousBot.Runtime.Prompts;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Closing;

/// <summary>
/// The prompts the closing dialogs use, bound to the one reading of a message (<see cref="MessageReader"/>): the
/// prompt's <see cref="PromptOptions.Expecting"/> says which question it is. A message that does not answer gives a
/// reason the flow can answer to: "unsure" (ask one short clarifying question) or "offTopic.&lt;kind&gt;" (say what we
/// cannot answer here, offer a person, ask again).
/// </summary>
public static class StandardPrompts
{
    public const string YesNo = "prompt.yesNo";
    public const string Choice = "prompt.choice";
    public const string Rating = "prompt.rating";
    public const string Text = "prompt.text";

    public static Prompt<Runtime.Recognizers.YesNo> CreateYesNo() => new(YesNo, (input, options) =>
        Read(input, options, Expecting.YesNo) is { Answer: ReadAnswer.Said said }
            ? new Recognition<Runtime.Recognizers.YesNo>.Recognized(said.Value)
            : new Recognition<Runtime.Recognizers.YesNo>.NotUnderstood(Reason(input, options, Expecting.YesNo)));

    public static Prompt<PromptChoice> CreateChoice() => new(Choice, (input, options) =>
    {
        var offered = options.Choices ?? [];
        var choices = offered.Where(c => c.Value != options.NoChoice).Select(c => new Choice(c.Value, c.Title, c.Synonyms)).ToList();
        var reading = MessageReader.Read(input.Text, input.Locale, options.Expecting ?? Expecting.OpenItems, choices);
        var value = reading.Answer switch
        {
            ReadAnswer.Picked picked => picked.ChoiceId,
            ReadAnswer.NoneOfThose => options.NoChoice,
            ReadAnswer.Said { Value: Runtime.Recognizers.YesNo.No } => options.NoChoice,
            ReadAnswer.Said { Value: Runtime.Recognizers.YesNo.Yes } => options.YesChoice,
            _ => null,
        };

        // A card button sends the choice's own value ("none", an id).
        value ??= offered.FirstOrDefault(c => string.Equals(c.Value, input.Text.Trim(), StringComparison.OrdinalIgnoreCase))?.Value;
        return offered.FirstOrDefault(c => c.Value == value) is { } answer
            ? new Recognition<PromptChoice>.Recognized(answer)
            : new Recognition<PromptChoice>.NotUnderstood(ReasonOf(reading));
    });

    public static Prompt<int> CreateRating() => new(Rating, (input, options) =>
    {
        var reading = Read(input, options, Expecting.Rating);
        if (reading.Has(Intent.Decline))
        {
            return new Recognition<int>.Skip();
        }

        if (reading.Answer is ReadAnswer.Rated { Value: var rated } && rated <= options.MaxRating)
        {
            return new Recognition<int>.Recognized(rated);
        }

        // A number off the scale ("7", "0 stars") gets its own retry; anything else is read as it was meant.
        return RatingRecognizer.FromNumbersOrStars(input.Text, input.Locale, options.MaxRating) is RatingRecognition.OutOfRange && reading.Answer is null
            ? new Recognition<int>.NotUnderstood(RatingPrompt.OutOfRange)
            : new Recognition<int>.NotUnderstood(ReasonOf(reading));
    });

    /// <summary>Free text; a skip ("no comment", "nothing") skips, a real comment is the answer.</summary>
    public static Prompt<string> CreateText() => new(Text, (input, options) =>
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return new Recognition<string>.NotUnderstood();
        }

        var reading = Read(input, options, Expecting.Comment);
        return reading switch
        {
            { Answer: ReadAnswer.Commented comment } => new Recognition<string>.Recognized(comment.Text),
            _ when reading.Has(Intent.Decline) || SkipRecognizer.IsSkip(input.Text, input.Locale) => new Recognition<string>.Skip(),
            _ => new Recognition<string>.NotUnderstood(ReasonOf(reading)),
        };
    });

    private static MessageReading Read(PromptInput input, PromptOptions options, Expecting fallback) =>
        MessageReader.Read(input.Text, input.Locale, options.Expecting ?? fallback);

    private static string Reason(PromptInput input, PromptOptions options, Expecting fallback) => ReasonOf(Read(input, options, fallback));

    private static string ReasonOf(MessageReading reading) =>
        reading.Topic is { } topic && reading.Has(Intent.OffTopic) ? UnderstandingTexts.OffTopicReason(topic)
        : reading.Unsure ? UnderstandingTexts.UnsureReason
        : "";
}

/// <summary>Reasons a rating answer is retried with a specific message.</summary>
public static class RatingPrompt
{
    public const string OutOfRange = "outOfRange";
}
