namespace GraciousBot.Locales;

/// <summary>
/// What one language needs for the reading of a customer's message (see <c>MessageReader</c>): comma-separated
/// phrase lists, written naturally (accents, apostrophes); matching ignores case, accents and punctuation and
/// tolerates small typos in longer words. "^"/"$" anchor a phrase to the start/end of a clause.
/// </summary>
public sealed record UnderstandingWords
{
    /// <summary>Frequent words that tell which language a message is written in (function words, greetings).</summary>
    public required string CommonWords { get; init; }

    /// <summary>This language's name as customers write it in any language ("español", "Spanish", "espagnol").</summary>
    public required string Names { get; init; }

    /// <summary>Words that turn a language name into a request to switch ("in", "continue", "speak", "please").</summary>
    public required string SwitchCues { get; init; }

    /// <summary>Someone human: "agent", "person", "colleague", "real person". Any request word around them asks for one.</summary>
    public required string PersonNouns { get; init; }

    /// <summary>A team rather than a person ("your team", "customer service"): only with a talking verb.</summary>
    public required string TeamNouns { get; init; }

    /// <summary>"someone", "alguien", "quelqu'un", "jemand": a person only with a talking verb or "call me" after.</summary>
    public required string Someone { get; init; }

    /// <summary>Words before a person that make it a request: "talk to", "can I", "I'd prefer", "could".</summary>
    public required string PersonRequests { get; init; }

    /// <summary>Words after a person that make it a request: "(someone) call me", "(jemand) zurückrufen".</summary>
    public required string PersonRequestsAfter { get; init; }

    /// <summary>Talking verbs: with these even a team is a request ("connect me with customer service").</summary>
    public required string TalkVerbs { get; init; }

    /// <summary>Requests that need no noun: "is anyone real there", "escalate this", "call me back".</summary>
    public required string PersonPhrases { get; init; }

    /// <summary>"no need for an agent", "I don't want a person": the opposite of a request.</summary>
    public required string NoPersonNeeded { get; init; }

    /// <summary>Questions about the bot itself: "are you a bot", "am I talking to a machine".</summary>
    public required string BotQuestions { get; init; }

    /// <summary>Leaving now: "gotta go", "bye", "me tengo que ir", "tschüss".</summary>
    public required string Leave { get; init; }

    /// <summary>Refusing a rating or a comment: "I'd rather not", "pass", "prefer not to rate".</summary>
    public required string Decline { get; init; }

    /// <summary>None of the offered items: "none of those", "neither", "ninguno", "aucun", "keins davon".</summary>
    public required string NoneOfThose { get; init; }

    /// <summary>Stop this process (beyond the runtime's strict commands): "stop asking me questions".</summary>
    public required string Cancel { get; init; }

    /// <summary>How to answer / what is meant (beyond the runtime's strict commands): "what do you mean".</summary>
    public required string Help { get; init; }

    /// <summary>Sarcasm: "yeah right", "as if", "like last time", eye-roll emoji. A "yes" with these is not a yes.</summary>
    public required string Sarcasm { get; init; }

    /// <summary>Doubt about how long it lasts: "for now", "until", "we'll see", "fingers crossed".</summary>
    public required string Doubt { get; init; }

    /// <summary>A change of mind: "wait", "no wait", "actually", "scratch that". The stance after the last one wins.</summary>
    public required string Corrections { get; init; }

    /// <summary>Start again: "start over", "desde el principio", "recommencer", "von vorne".</summary>
    public required string StartOver { get; init; }

    /// <summary>Strong complaints about the company or the service ("shocking service", "una vergüenza").</summary>
    public required string Complaint { get; init; }

    /// <summary>A problem that persists or is back, in a later clause with no stance of its own: "still", "encore",
    /// "immer noch", "otra vez" ("Brilliant. Now it won't even turn on.", "la box clignote encore").</summary>
    public required string Persisting { get; init; }

    /// <summary>Softeners that make a complaint mild: "a bit", "slightly", "un peu", "etwas".</summary>
    public required string Mild { get; init; }

    /// <summary>Starts of a new request: "can you", "I need", "also", "too", "another".</summary>
    public required string NewRequest { get; init; }

    /// <summary>Off-topic questions about money back: "refund", "reembolso", "remboursement", "Erstattung".</summary>
    public required string RefundTopic { get; init; }

    /// <summary>Off-topic questions about opening hours: "open", "hours", "horario", "horaires", "Öffnungszeiten".</summary>
    public required string HoursTopic { get; init; }

    /// <summary>Off-topic questions about deliveries and orders: "where is my parcel", "tracking".</summary>
    public required string DeliveryTopic { get; init; }

    /// <summary>Other things a closing cannot answer: weather, prices, other products.</summary>
    public required string OtherTopic { get; init; }

    /// <summary>Question words that start a question without a "?": "when", "where", "cuándo", "wann".</summary>
    public required string QuestionWords { get; init; }

    /// <summary>Words that start a reason rather than an answer ("because", "porque", "parce que", "weil"): "yes, because
    /// this chat was useless" is a yes, whatever the reason says.</summary>
    public string Reasons { get; init; } = string.Empty;

    /// <summary>Words that start a condition ("if", "falls", "si jamais", "en caso de que"): "I believe so? I'll shout if
    /// it cuts out again" says no stance after them.</summary>
    public string Conditions { get; init; } = string.Empty;
}
