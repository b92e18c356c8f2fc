using System.Text.Json.Serialization;

namespace GraciousBot.Closing.Details;

/// <summary>What a personal detail is about. JSON names are snake_case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DetailKind>))]
public enum DetailKind
{
    [JsonStringEnumMemberName("travel")] Travel,
    [JsonStringEnumMemberName("birthday")] Birthday,
    [JsonStringEnumMemberName("anniversary")] Anniversary,
    [JsonStringEnumMemberName("wedding")] Wedding,
    [JsonStringEnumMemberName("new_baby")] NewBaby,
    [JsonStringEnumMemberName("moving")] Moving,
    /// <summary>New job, promotion, retirement, opening a business.</summary>
    [JsonStringEnumMemberName("new_job")] NewJob,
    /// <summary>School, exams passed, first day at university, driving test.</summary>
    [JsonStringEnumMemberName("graduation")] Graduation,
    /// <summary>Conference, concert, marathon, party, exams someone sits.</summary>
    [JsonStringEnumMemberName("event")] Event,
    [JsonStringEnumMemberName("health")] Health,
    [JsonStringEnumMemberName("bereavement")] Bereavement,
    /// <summary>Storm damage, job loss, divorce, a rough week.</summary>
    [JsonStringEnumMemberName("hardship")] Hardship,
    [JsonStringEnumMemberName("pet")] Pet,
    /// <summary>First car, first home and what goes in it.</summary>
    [JsonStringEnumMemberName("new_purchase")] NewPurchase,
    /// <summary>Christmas, Thanksgiving, Diwali, Eid, New Year…</summary>
    [JsonStringEnumMemberName("celebration")] Celebration,
    /// <summary>A long-time customer.</summary>
    [JsonStringEnumMemberName("loyalty")] Loyalty,
}

/// <summary>How a goodbye should sound about the detail.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DetailTone>))]
public enum DetailTone
{
    [JsonStringEnumMemberName("celebrate")] Celebrate,
    [JsonStringEnumMemberName("wish_well")] WishWell,
    /// <summary>Health, bereavement, hardship, or anything that went wrong. Never cheerful.</summary>
    [JsonStringEnumMemberName("empathize")] Empathize,
}

/// <summary>Whose detail it is: the goodbye wishes that person well ("I hope your son has a wonderful party").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DetailOwner>))]
public enum DetailOwner
{
    [JsonStringEnumMemberName("customer")] Customer,
    [JsonStringEnumMemberName("child")] Child,
    [JsonStringEnumMemberName("partner")] Partner,
    [JsonStringEnumMemberName("parent")] Parent,
    [JsonStringEnumMemberName("pet")] Pet,
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>When the detail happens, relative to now in the customer's time zone.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DetailTiming>))]
public enum DetailTiming
{
    [JsonStringEnumMemberName("future")] Future,
    [JsonStringEnumMemberName("past")] Past,
    [JsonStringEnumMemberName("ongoing")] Ongoing,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

/// <summary>
/// Something the customer mentioned that a goodbye may lean on. <see cref="Phrase"/> is built only from a small
/// vocabulary and validated proper nouns (<see cref="Place"/>, a first name), never copied from the customer's text.
/// </summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Tone">Celebrate, wish well, or empathize.</param>
/// <param name="Timing">Future, past, ongoing or unknown, relative to now.</param>
/// <param name="Phrase">A short safe noun phrase in the detail's language, e.g. "your trip to Lisbon".</param>
public sealed record PersonalDetail(DetailKind Kind, DetailTone Tone, DetailTiming Timing, string Phrase)
{
    /// <summary>A validated place name ("Lisbon"), when the detail has one.</summary>
    public string? Place { get; init; }

    /// <summary>Whose detail it is, as a vocabulary key ("daughter", "mum"); null for the customer's own.</summary>
    public string? Relation { get; init; }

    /// <summary>Whose it is, from <see cref="Relation"/> (or the kind, for a pet).</summary>
    public DetailOwner Owner { get; init; } = DetailOwner.Customer;

    /// <summary>The vocabulary noun the phrase is built on ("trip", "cruise", "promotion").</summary>
    public string? Noun { get; init; }

    /// <summary>The resolved date in the customer's time zone, when the customer said one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The language the detail was read in and its phrase is written in: en, es, fr or de.</summary>
    public string Language { get; init; } = "en";
}
