using System.Text.RegularExpressions;
using GraciousBot.Closing.Details;

namespace GraciousBot.Closing.SignOff;

/// <summary>The outcome of a safety check; problems name the rule broken, never the customer's data.</summary>
public sealed record SafetyResult(bool Passed, IReadOnlyList<string> Problems)
{
    public static SafetyResult Ok { get; } = new(true, []);
}

/// <summary>What a sign-off may contain besides the template wording.</summary>
/// <param name="Details">The details the sign-off mentions.</param>
/// <param name="Name">The customer's first name, as given by the caller.</param>
/// <param name="Brand">The brand name, as configured.</param>
/// <param name="CustomerTexts">The customer's own words.</param>
public sealed record SafetyContext(IReadOnlyList<PersonalDetail> Details, string? Name = null, string? Brand = null, IReadOnlyList<string>? CustomerTexts = null);

/// <summary>
/// The last guard before a goodbye is sent (and the check every test runs): no personal data patterns, no word
/// outside the template and phrase vocabularies except validated proper nouns, nothing cheerful about sad news,
/// no leftover template syntax.
/// </summary>
public sealed partial class SignOffSafety
{
    /// <summary>Longest sign-off allowed, in characters.</summary>
    public const int MaxLength = 600;

    private readonly HashSet<string> _vocabulary;

    private SignOffSafety(HashSet<string> vocabulary) => _vocabulary = vocabulary;

    /// <summary>Builds the checker from the sign-off templates in a <c>dialogs/</c> folder.</summary>
    public static SignOffSafety FromDirectory(string dialogsDirectory)
    {
        var files = Directory.GetFiles(dialogsDirectory, "signoff.*.lg").Select(path => File.ReadAllText(path));
        return FromTemplates(files);
    }

    /// <summary>Builds the checker from template file contents.</summary>
    public static SignOffSafety FromTemplates(IEnumerable<string> templateTexts)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in templateTexts)
        {
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.Trim();
                if (!trimmed.StartsWith('-'))
                {
                    continue;
                }

                var wording = Placeholder().Replace(trimmed[1..], " ");
                words.UnionWith(SafetyTokens.Words(wording));
            }
        }

        foreach (var language in Languages.All)
        {
            words.UnionWith(language.Phrases.Words);
        }

        return new SignOffSafety(words);
    }

    public SafetyResult Check(string signOff, SafetyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(signOff))
        {
            return new SafetyResult(false, ["empty"]);
        }

        if (signOff.Length > MaxLength)
        {
            problems.Add("too long");
        }

        foreach (var kind in PiiPatterns.Find(signOff).Distinct())
        {
            problems.Add($"personal data pattern: {kind}");
        }

        if (signOff.IndexOfAny(['{', '}', '<', '>']) >= 0)
        {
            problems.Add("template or markup characters");
        }

        var proper = AllowedProperNouns(context);
        // The customer's words are only needed for a word outside the vocabulary (rare: a goodbye is checked several
        // times a closing, and the customer's texts are the whole transcript), so they are read then, once.
        HashSet<string>? customerWords = null;
        var unknown = 0;
        var echoed = 0;
        foreach (var word in SafetyTokens.Words(signOff))
        {
            if (_vocabulary.Contains(word) || proper.Contains(word) || IsAllowedNumber(word, context))
            {
                continue;
            }

            customerWords ??= new HashSet<string>((context.CustomerTexts ?? []).SelectMany(SafetyTokens.Words), StringComparer.OrdinalIgnoreCase);
            if (customerWords.Contains(word))
            {
                echoed++;
            }
            else
            {
                unknown++;
            }
        }

        if (echoed > 0)
        {
            problems.Add($"{echoed} customer word(s) outside the vocabulary");
        }

        if (unknown > 0)
        {
            problems.Add($"{unknown} word(s) outside the vocabulary");
        }

        if (context.Details.Any(d => d.Tone == DetailTone.Empathize))
        {
            if (signOff.Contains('!', StringComparison.Ordinal) || signOff.Contains('¡', StringComparison.Ordinal))
            {
                problems.Add("exclamation mark with sad news");
            }

            if (Cheerful().IsMatch(signOff))
            {
                problems.Add("cheerful words with sad news");
            }
        }

        if (context.Details.Count > 2)
        {
            problems.Add("more than two details");
        }

        return problems.Count == 0 ? SafetyResult.Ok : new SafetyResult(false, problems);
    }

    private static HashSet<string> AllowedProperNouns(SafetyContext context)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (Names.Spoken(context.Name) is { } name)
        {
            words.UnionWith(SafetyTokens.Words(name));
        }

        if (!string.IsNullOrWhiteSpace(context.Brand))
        {
            words.UnionWith(SafetyTokens.Words(context.Brand));
        }

        foreach (var detail in context.Details)
        {
            if (detail.Place is { } place)
            {
                words.UnionWith(SafetyTokens.Words(place));
            }

            // Phrases carry gazetteer first names ("Emma's birthday"); only those and vocabulary words are allowed.
            foreach (var word in SafetyTokens.Words(detail.Phrase))
            {
                if (Gazetteer.TryFirstName(word, out _) || Gazetteer.TryPlace(word, typedWithCapital: true, out _))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    /// <summary>Numbers only as they appear in a detail phrase ("40th birthday", "12 years").</summary>
    private static bool IsAllowedNumber(string word, SafetyContext context) =>
        SmallNumber().IsMatch(word) && context.Details.Any(d => SafetyTokens.Words(d.Phrase).Contains(word, StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex(@"\{[^}]*\}|[\[\]]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\d{1,3}(?:st|nd|rd|th)?$")]
    private static partial Regex SmallNumber();

    [GeneratedRegex(@"\b(?:enjoy|congratulations|congrats|wonderful|happy|exciting|excited|fantastic|celebrat\w*|hooray|amazing|yay|have fun|brilliant|disfrute|felicidades|enhorabuena|feliz|estupendo|profitez|félicitations|joyeux|joyeuses|bravo|genießen|glückwunsch|viel spaß|herzlichen|schöne feiertage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cheerful();
}
