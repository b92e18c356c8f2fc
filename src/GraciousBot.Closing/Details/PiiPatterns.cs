using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// Patterns for personal data that must never be echoed: card numbers, e-mail addresses, phone numbers, street
/// addresses, postcodes, links, and account, order or ticket ids. Used to mask text before reading it and to check
/// every sign-off before it is sent.
/// </summary>
public static partial class PiiPatterns
{
    /// <summary>The token masked data is replaced with while reading.</summary>
    internal const string Mask = "\u27e6pii\u27e7";

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+|\b[\w\-]+\.(?:com|net|org|io|co|uk|de|fr|es)(?:/\S*)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    /// <summary>13 to 19 digits, possibly grouped by spaces or dashes.</summary>
    [GeneratedRegex(@"\b\d(?:[ \-]?\d){12,18}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CardNumber();

    /// <summary>Phone numbers: an optional +country code and at least 7 digits with the usual separators.</summary>
    [GeneratedRegex(@"(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,4}(?:[\s.\-]\d{2,4}){1,4}\b|\+\d{7,15}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    /// <summary>A house number, up to four words, and a street word (en, es, fr, de orders).</summary>
    [GeneratedRegex(@"\b\d{1,5}[a-zA-Z]?,?\s+(?:[\p{L}'\.\-]+\s+){0,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|close|crescent|place|pl|terrace|square|sq|highway|hwy|parkway|pkwy|circle|cir|mews|grove|gardens|row)\b\.?" +
        @"|\b(?:calle|c/|avenida|avda|plaza|paseo|rue|avenue|boulevard|bd|chemin|impasse|allée)\s+(?:[\p{L}'\-]+\s+){0,4}?\d{0,5}" +
        @"|\b\d{1,5}[,\s]+(?:rue|avenue|boulevard|bd|chemin|impasse|allée|calle|avenida)\s+(?:[\p{L}'\-]+\s*){1,4}" +
        @"|\b[\p{L}\-]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm)\s*\d{1,5}[a-z]?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetAddress();

    /// <summary>UK postcodes and US ZIP+4; plain 5-digit ZIPs are caught as ids.</summary>
    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{5}-\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    /// <summary>Ids: '#1234', a word with letters and at least two digits ('AB12345', 'ORD-2291'), or 5+ digits.</summary>
    [GeneratedRegex(@"#\s?[\w\-]{3,}|\b(?=[\w\-]*\d[\w\-]*\d)(?=[\w\-]*[A-Za-z])[A-Za-z0-9][\w\-]{3,}\b|\b\d{5,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    /// <summary>Ordinals such as "40th" and years such as "2019" are not ids.</summary>
    [GeneratedRegex(@"^\d{1,3}(?:st|nd|rd|th|er|e|º|ª|\.)?$|^(?:19|20)\d\d$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Harmless();

    private static readonly Func<Regex>[] All = [Email, Link, CardNumber, StreetAddress, Postcode, Phone, Identifier];

    /// <summary>Whether the text contains anything that looks like personal data.</summary>
    public static bool ContainsPii(string text) => Find(text).Any();

    /// <summary>The kinds of personal data found, for test messages (never the values themselves).</summary>
    public static IEnumerable<string> Find(string text) => Find(text, skipImpossible: true);

    /// <summary>
    /// The kinds of personal data found. With <paramref name="skipImpossible"/>, a pattern that needs a character the text
    /// does not hold (see <see cref="Needs"/>) is not run: it could not match (false: every pattern runs, for the test
    /// that the skipping finds the same).
    /// </summary>
    internal static IEnumerable<string> Find(string text, bool skipImpossible)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var holds = skipImpossible ? CharactersIn(text) : AnyNeed;
        if (MayMatch(Needs.At, holds) && Email().IsMatch(text)) yield return "email";
        if (MayMatch(Needs.DotOrColon, holds) && Link().IsMatch(text)) yield return "link";
        if (MayMatch(Needs.Digit, holds) && CardNumber().IsMatch(text)) yield return "card";
        if (StreetAddress().IsMatch(text)) yield return "address";
        if (MayMatch(Needs.Digit, holds) && Postcode().IsMatch(text)) yield return "postcode";
        if (MayMatch(Needs.Digit, holds) && Phone().Matches(text).Any(m => Digits(m.Value) >= 7)) yield return "phone";
        if (MayMatch(Needs.Digit | Needs.Hash, holds) && Identifier().Matches(text).Any(m => !Harmless().IsMatch(m.Value.Trim()))) yield return "id";
    }

    private static bool MayMatch(Needs needs, Needs holds) => (needs & holds) != 0;

    /// <summary>Replaces personal data with a mask token so it can never become part of a detail.</summary>
    internal static string MaskAll(string text) => MaskAll(text, skipImpossible: false);

    /// <summary>
    /// Replaces personal data with a mask token so it can never become part of a detail. With <paramref name="skipImpossible"/>,
    /// a pattern that needs a character the text does not hold (see <see cref="Needs"/>) is not run: the same text comes
    /// back, since the mask token holds none of those characters and masking cannot bring one in.
    /// </summary>
    internal static string MaskAll(string text, bool skipImpossible)
    {
        var holds = skipImpossible ? CharactersIn(text) : AnyNeed;
        var masked = text;
        for (var p = 0; p < All.Length; p++)
        {
            if (AllNeed[p] != Needs.Nothing && (AllNeed[p] & holds) == 0)
            {
                continue;
            }

            masked = All[p]().Replace(masked, Maskers[p]);
        }

        return masked;
    }

    /// <summary>The mask token with a space on each side, as it replaces personal data.</summary>
    private const string SpacedMask = " " + Mask + " ";

    /// <summary>What replaces a match of each pattern of <see cref="All"/>: the mask, unless a phone number is too short or an id is harmless.</summary>
    private static readonly MatchEvaluator[] Maskers =
    [
        .. All.Select<Func<Regex>, MatchEvaluator>(pattern =>
            pattern == Phone ? m => Digits(m.Value) < 7 ? m.Value : SpacedMask
            : pattern == Identifier ? m => Harmless().IsMatch(m.Value.Trim()) ? m.Value : SpacedMask
            : _ => SpacedMask),
    ];

    /// <summary>Every character a pattern may need: a text said to hold them all runs every pattern.</summary>
    private const Needs AnyNeed = Needs.Digit | Needs.At | Needs.Hash | Needs.DotOrColon;

    /// <summary>Characters at least one of which every match of a pattern holds (a digit being any decimal digit, as \d reads).</summary>
    [Flags]
    private enum Needs
    {
        /// <summary>Nothing known: the pattern always runs.</summary>
        Nothing = 0,
        Digit = 1,
        At = 2,
        Hash = 4,
        /// <summary>A ':', or a '.' with something other than a space after it.</summary>
        DotOrColon = 8,
    }

    /// <summary>
    /// What each pattern of <see cref="All"/> needs, read from its syntax: an e-mail its '@'; a link "://", or a dot
    /// with something other than a space after it ("www.x", ".com"; masking an e-mail first cannot make one, as no match
    /// starts with a space and the mask starts with one); card numbers, postcodes and phone numbers digits; ids a '#'
    /// or digits. Street addresses can be words only ("rue de la Paix") and always run.
    /// </summary>
    private static readonly Needs[] AllNeed = [Needs.At, Needs.DotOrColon, Needs.Digit, Needs.Nothing, Needs.Digit, Needs.Digit, Needs.Digit | Needs.Hash];

    private static Needs CharactersIn(string text)
    {
        var holds = Needs.Nothing;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && i + 1 < text.Length && text[i + 1] != ' ')
            {
                // A link's "www." and ".com" have something right after the dot; a sentence's full stop has a space or nothing.
                holds |= Needs.DotOrColon;
                continue;
            }

            holds |= c switch
            {
                '@' => Needs.At,
                '#' => Needs.Hash,
                ':' => Needs.DotOrColon,
                _ when char.IsDigit(c) => Needs.Digit,
                _ => Needs.Nothing,
            };
        }

        return holds;
    }

    private static int Digits(string value) => value.Count(char.IsAsciiDigit);
}
