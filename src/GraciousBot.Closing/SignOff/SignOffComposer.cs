using System.Text;
using GraciousBot.Closing.Details;
using GraciousBot.Closing.Wording;
using GraciousBot.Locales;
using GraciousBot.Runtime.Templates;

namespace GraciousBot.Closing.SignOff;

/// <summary>
/// Writes the whole goodbye from the <c>signoff.*</c> templates: sincere thanks by name, at most two personal lines
/// (sad news first and alone with happy news left out), and an invitation to come back. Never the exact wording the
/// customer received last time; every result passes <see cref="SignOffSafety"/> or falls back to a plain goodbye.
/// </summary>
public sealed class SignOffComposer(ITextRenderer renderer, SignOffSafety safety)
{
    /// <summary>The most details a goodbye mentions.</summary>
    public const int MaxDetails = 2;

    // Declared before Contracts: static fields are initialised in the order they are written.
    private static readonly string[] Placeholders = ["name", "brand", "phrase", "place"];

    /// <summary>Every message key and the values it receives, for the startup/template check.</summary>
    public static IReadOnlyList<TemplateContract> Contracts { get; } = BuildContracts();

    public SignOff Compose(SignOffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var locale = request.Locale ?? request.Details.FirstOrDefault()?.Language ?? TemplateCatalog.DefaultLocale;
        var language = Languages.LanguageOf(locale) ?? "en";
        var chosen = Choose(request.Details, language);
        if (request.Mood is Mood.Sad or Mood.Hardship)
        {
            // Never cheerful beside sad news, wherever it was heard.
            chosen.RemoveAll(d => d.Tone != DetailTone.Empathize);
        }

        var name = Names.Spoken(request.Name);
        var brand = SafeBrand(request.Brand);

        var signOff = Render(request, locale, chosen, name, brand);
        var context = new SafetyContext(chosen, name, brand, request.CustomerTexts);
        if (chosen.Count > 0 && !safety.Check(signOff.Text, context).Passed)
        {
            // Last guard: a personal line that fails the checks is dropped, never sent.
            signOff = Render(request, locale, [], name, brand);
        }

        return signOff;
    }

    /// <summary>The details a goodbye leans on: the first, and a second only if its tone fits beside it.</summary>
    internal static List<PersonalDetail> Choose(IReadOnlyList<PersonalDetail> details, string language)
    {
        var usable = details.Where(d => d.Language == language && !string.IsNullOrWhiteSpace(d.Phrase)).ToList();
        if (usable.Count == 0)
        {
            return [];
        }

        var first = usable[0];
        var chosen = new List<PersonalDetail> { first };
        var sad = first.Tone == DetailTone.Empathize;
        foreach (var next in usable.Skip(1))
        {
            if (chosen.Count == MaxDetails)
            {
                break;
            }

            // Never cheerful beside sad news; loyalty only adds to a goodbye that has nothing else.
            var fits = sad ? next.Tone == DetailTone.Empathize : next.Tone != DetailTone.Empathize;
            if (fits && next.Kind != first.Kind && next.Kind != DetailKind.Loyalty)
            {
                chosen.Add(next);
            }
        }

        return chosen;
    }

    private SignOff Render(SignOffRequest request, string locale, List<PersonalDetail> chosen, string? name, string? brand)
    {
        var sad = chosen.Any(d => d.Tone == DetailTone.Empathize) || ClosingMood.IsQuiet(request.Mood);
        var tones = ClosingMood.Tags(request.Mood);
        var keys = new List<(string Key, PersonalDetail? Detail)> { (sad ? "signoff.thanks.quiet" : "signoff.thanks", null) };
        keys.AddRange(chosen.Select(d => (PersonalKey(d, locale), (PersonalDetail?)d)));
        keys.Add((sad ? "signoff.comeback.quiet" : "signoff.comeback", null));
        if (chosen.Count == 0)
        {
            keys.Add(("signoff.closing", null));
        }

        var avoid = keys.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var parts = new List<string>(keys.Count);
            var (unsaidName, unsaidBrand) = (name, brand);
            for (var i = 0; i < keys.Count; i++)
            {
                var (key, detail) = keys[i];
                var values = Values(unsaidName, unsaidBrand, detail);
                var text = renderer.Render(key, locale, values, request.Format, avoid[i], tones);

                // A line the customer read last time is skipped while another variant exists.
                for (var guard = 0; guard < 6 && request.Previous?.Text is { } previous && previous.Contains(text, StringComparison.OrdinalIgnoreCase) && avoid[i].Add(text); guard++)
                {
                    text = renderer.Render(key, locale, values, request.Format, avoid[i], tones);
                }

                // The name and the brand are said once in a goodbye, never twice.
                unsaidName = unsaidName is not null && text.Contains(TemplateTextRenderer.Escape(unsaidName, request.Format), StringComparison.Ordinal) ? null : unsaidName;
                unsaidBrand = unsaidBrand is not null && text.Contains(TemplateTextRenderer.Escape(unsaidBrand, request.Format), StringComparison.Ordinal) ? null : unsaidBrand;
                parts.Add(text);
            }

            var full = AtMostOneExclamation(string.Join(' ', parts.Where(p => p.Length > 0)));
            if (request.Previous is null || !request.Previous.Matches(full) || attempt == 3)
            {
                return new SignOff(full, chosen.Count > 0, chosen.Select(d => d.Kind).ToList(), SignOff.FingerprintOf(full));
            }

            // Same wording as last time (known only by fingerprint): move every part to another variant.
            for (var i = 0; i < parts.Count; i++)
            {
                avoid[i].Add(parts[i]);
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// One exclamation in a goodbye at most: the last one stays, earlier ones become full stops (a Spanish "¡" is
    /// dropped with its "!"). Two in a row read as gushing.
    /// </summary>
    internal static string AtMostOneExclamation(string text)
    {
        var last = text.LastIndexOf('!');
        if (last < 0 || text.IndexOf('!', StringComparison.Ordinal) == last)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var sentenceStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '!' && i != last)
            {
                var opening = text.IndexOf('¡', sentenceStart);
                if (opening >= 0 && opening < i)
                {
                    var at = result.Length - (i - opening);
                    result.Remove(at, 1);
                    if (at < result.Length && char.IsLower(result[at]))
                    {
                        result[at] = char.ToUpperInvariant(result[at]);
                    }
                }

                result.Append('.');
                sentenceStart = i + 1;
                continue;
            }

            if (text[i] is '.' or '?')
            {
                sentenceStart = i + 1;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    /// <summary>
    /// The most specific template that exists: kind.tone.timing.owner (self, child, partner, parent, pet, other),
    /// kind.tone.owner, kind.tone.timing, kind.tone, generic.tone(.past).
    /// </summary>
    private string PersonalKey(PersonalDetail d, string locale)
    {
        var kind = KindKey(d.Kind);
        var tone = ToneKey(d.Tone);
        var timing = d.Timing.ToString().ToLowerInvariant();
        var self = d.Relation is null && d.Phrase.StartsWith(SelfPrefix(d.Language), StringComparison.Ordinal);
        var candidates = new List<string>();
        if (self)
        {
            candidates.Add($"signoff.{kind}.{tone}.{timing}.self");
        }
        else if (d.Owner != DetailOwner.Customer)
        {
            var owner = d.Owner.ToString().ToLowerInvariant();
            candidates.Add($"signoff.{kind}.{tone}.{timing}.{owner}");
            candidates.Add($"signoff.{kind}.{tone}.{owner}");
        }

        candidates.Add($"signoff.{kind}.{tone}.{timing}");
        candidates.Add($"signoff.{kind}.{tone}");
        if (d.Timing == DetailTiming.Past)
        {
            candidates.Add($"signoff.generic.{tone}.past");
        }

        candidates.Add($"signoff.generic.{tone}");
        return candidates.First(k => renderer.Has(k, locale));
    }

    /// <summary>"your ", "su ", "votre ", "Ihr ": the language's own possessive (see its Details.cs in GraciousBot.Locales).</summary>
    private static string SelfPrefix(string language) => (LocaleRegistry.For(language).Details?.SelfPossessive ?? "your") + " ";

    internal static string KindKey(DetailKind kind) => kind switch
    {
        DetailKind.NewBaby => "new_baby",
        DetailKind.NewJob => "new_job",
        DetailKind.NewPurchase => "new_purchase",
        _ => kind.ToString().ToLowerInvariant(),
    };

    internal static string ToneKey(DetailTone tone) => tone switch
    {
        DetailTone.WishWell => "wish_well",
        _ => tone.ToString().ToLowerInvariant(),
    };

    private static Dictionary<string, string?> Values(string? name, string? brand, PersonalDetail? detail) => new(StringComparer.Ordinal)
    {
        ["name"] = name,
        ["brand"] = brand,
        ["phrase"] = detail?.Phrase,
        ["place"] = detail?.Place,
    };

    /// <summary>A brand is configuration, not customer text, but is still kept to plain words.</summary>
    private static string? SafeBrand(string? brand)
    {
        if (string.IsNullOrWhiteSpace(brand))
        {
            return null;
        }

        var trimmed = brand.Trim();
        return trimmed.Length <= 40 && trimmed.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '&' or '\'' or '.') && !PiiPatterns.ContainsPii(trimmed) ? trimmed : null;
    }

    private static List<TemplateContract> BuildContracts()
    {
        var keys = new List<string> { "signoff.thanks", "signoff.thanks.quiet", "signoff.comeback", "signoff.comeback.quiet", "signoff.closing" };
        return keys.Select(k => new TemplateContract(k, Placeholders)).ToList();
    }

    /// <summary>A contract for any sign-off key: every sign-off template may use the same four values.</summary>
    public static TemplateContract ContractFor(string key) => new(key, Placeholders);
}
