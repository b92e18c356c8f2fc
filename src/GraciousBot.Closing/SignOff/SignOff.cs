using System.Security.Cryptography;
using System.Text;
using GraciousBot.Closing.Details;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.SignOff;

/// <summary>A finished goodbye.</summary>
/// <param name="Text">The whole closing message, ready to send.</param>
/// <param name="Personalized">Whether it mentions a personal detail.</param>
/// <param name="DetailKinds">The details it mentions, in order (at most two).</param>
/// <param name="Fingerprint">Store this; pass it back next time so the customer never gets the same wording twice.</param>
public sealed record SignOff(string Text, bool Personalized, IReadOnlyList<DetailKind> DetailKinds, string Fingerprint)
{
    /// <summary>A short, stable fingerprint of a sign-off's wording (case and spacing ignored).</summary>
    public static string FingerprintOf(string text)
    {
        var normalized = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }
}

/// <summary>What this customer was told last time: the text, or only its fingerprint.</summary>
public sealed record PreviousSignOff(string? Text = null, string? Fingerprint = null)
{
    public bool Matches(string text) =>
        (Text is not null && SignOff.FingerprintOf(Text) == SignOff.FingerprintOf(text)) || (Fingerprint is not null && Fingerprint == SignOff.FingerprintOf(text));
}

/// <summary>Everything the composer needs.</summary>
/// <param name="Name">The customer's name as the caller knows it (<see cref="Names.Spoken"/> is applied); may be absent.</param>
/// <param name="Details">Details in priority order, as <see cref="DetailExtractor"/> returns them.</param>
/// <param name="Locale">The conversation locale; when absent, the language the details were read in.</param>
public sealed record SignOffRequest(string? Name, IReadOnlyList<PersonalDetail> Details, string? Locale)
{
    public string? Brand { get; init; }

    public PreviousSignOff? Previous { get; init; }

    public TextFormat Format { get; init; } = TextFormat.Plain;

    /// <summary>The closing's mood: its tone tags choose the variants, and a quiet mood gets a quiet goodbye.</summary>
    public Wording.Mood Mood { get; init; } = Wording.Mood.Neutral;

    /// <summary>The customer's own words, for the last safety check (never logged, never echoed).</summary>
    public IReadOnlyList<string> CustomerTexts { get; init; } = [];
}
