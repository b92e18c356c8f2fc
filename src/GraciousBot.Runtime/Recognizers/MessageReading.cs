namespace GraciousBot.Runtime.Recognizers;

/// <summary>The question a customer's message answers (the closing's prompts).</summary>
public enum Expecting
{
    /// <summary>"Did that resolve your issue?"</summary>
    YesNo,

    /// <summary>"You also have 'X' open — would you like help with that now?"</summary>
    OpenItems,

    /// <summary>"How would you rate our service today, from 1 to 5?"</summary>
    Rating,

    /// <summary>"Is there anything you'd like to add? (optional)"</summary>
    Comment,

    /// <summary>"Is there anything else I can help you with today?"</summary>
    AnythingElse,

    /// <summary>"Would you like me to connect you with a member of our team?"</summary>
    PersonOffer,
}

/// <summary>What a message wants besides (or instead of) answering the question. Several may hold at once.</summary>
public enum Intent
{
    /// <summary>Wants a human, at any prompt, however it is put.</summary>
    Person,

    /// <summary>Is leaving the chat now ("gotta dash, thanks").</summary>
    Leave,

    /// <summary>Skips or refuses the rating or the comment.</summary>
    Decline,

    /// <summary>Stop this process ("cancel", "stop asking me questions").</summary>
    Cancel,

    /// <summary>Asks how to answer or what is meant.</summary>
    Help,

    /// <summary>Wants to start again.</summary>
    StartOver,

    /// <summary>A question or request the closing cannot answer here.</summary>
    OffTopic,

    /// <summary>Strong anger or a complaint about the company or the service.</summary>
    Complaint,
}

/// <summary>What an off-topic message was about, so the reply can say so.</summary>
public enum OffTopicKind
{
    Other,
    Refund,
    Hours,
    Delivery,
    Bot,
}

/// <summary>The answer a message gives to the question it was asked.</summary>
public abstract record ReadAnswer
{
    private ReadAnswer()
    {
    }

    /// <summary>"yes" or "no" (yes/no questions, anything else, the offer of a person).</summary>
    public sealed record Said(YesNo Value) : ReadAnswer;

    /// <summary>One of the open items, by id.</summary>
    public sealed record Picked(string ChoiceId) : ReadAnswer;

    /// <summary>None of the open items ("none of those", "neither", "not now").</summary>
    public sealed record NoneOfThose : ReadAnswer;

    /// <summary>A rating on the 1-5 scale.</summary>
    public sealed record Rated(int Value) : ReadAnswer;

    /// <summary>A comment, trimmed.</summary>
    public sealed record Commented(string Text) : ReadAnswer;
}

/// <summary>
/// One reading of a customer's message, whatever was asked: the answer (null when the message does not answer), the
/// intents that take precedence, the language it is written in, and whether the reading is unsure (then the bot
/// asks one short clarifying question instead of guessing).
/// </summary>
public sealed record MessageReading(ReadAnswer? Answer, IReadOnlySet<Intent> Intents, string Language, bool Unsure)
{
    /// <summary>The language the customer explicitly asked to continue in ("¿puedo seguir en español?"), if any.</summary>
    public string? SwitchTo { get; init; }

    /// <summary>What an off-topic message was about.</summary>
    public OffTopicKind? Topic { get; init; }

    public bool Has(Intent intent) => Intents.Contains(intent);
}
