namespace GraciousBot.Closing.Model;

/// <summary>
/// What the calling bot knows when it hands over the end of the conversation. Every part is optional; a part that
/// is missing or malformed is skipped, never invented.
/// </summary>
public sealed record ClosingContext
{
    public Customer? Customer { get; init; }

    public SupportCase? Case { get; init; }

    public Resolution? Resolution { get; init; }

    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];

    /// <summary>Next steps the caller sent that could not be used (no action, an owner we do not know): skipped, never guessed.</summary>
    public int SkippedSteps { get; init; }

    public IReadOnlyList<OpenItem> OpenItems { get; init; } = [];

    /// <summary>
    /// The conversation so far, as the caller saw it (activities, kept as JSON). Stored with the closing's state and
    /// read back as its bytes, parsed only on the turns that look at it (the start, the goodbye, a handover).
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(GraciousBot.Runtime.State.StoredJsonListConverter))]
    public IReadOnlyList<System.Text.Json.JsonElement> Transcript { get; init; } = [];

    /// <summary>Free-text notes an agent wrote about the customer.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public Brand? Brand { get; init; }

    /// <summary>Articles from the caller's knowledge base that fit this case; the to-go box may offer one as a tip.</summary>
    public IReadOnlyList<Resource> Resources { get; init; } = [];

    public static ClosingContext Empty { get; } = new();
}

public sealed record Customer(string? Id, string? Name, string? Locale, string? TimeZone, DateOnly? CustomerSince)
{
    /// <summary>The name to thank the customer by, as a person would say it (see <see cref="Names.Spoken"/>).</summary>
    public string? FirstName => Names.Spoken(Name);

    /// <summary>Where the recap and undeliverable follow-ups may be e-mailed; never logged.</summary>
    public string? Email { get; init; }
}

/// <param name="Category">technical, billing, delivery, account, or the caller's own words (then only neutral wording is used).</param>
public sealed record SupportCase(string? Id, string? Title, string? Category = null);

public sealed record Resolution(string? Summary);

public enum StepOwner
{
    Us,
    Customer,
}

/// <summary>Something that happens after the conversation: who does it, what, and by when.</summary>
public sealed record NextStep(StepOwner Owner, string Action, DateOnly? Due)
{
    /// <summary>The time of day on <see cref="Due"/>, in the customer's time zone, when the step says one; else all day.</summary>
    public TimeOnly? DueTime { get; init; }
}

/// <summary>Another of the customer's open tickets.</summary>
public sealed record OpenItem(string Id, string Title, string? Status);

/// <summary>A knowledge-base article: its title, an http(s) link, and a line on what it helps with.</summary>
public sealed record Resource(string Title, Uri? Url, string? Summary);

public sealed record Brand(string? Name, string? AssistantName);
