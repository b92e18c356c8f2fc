using GraciousBot.Closing.Details;
using GraciousBot.Closing.Model;
using GraciousBot.Runtime.Recognizers;

namespace GraciousBot.Closing.Wording;

/// <summary>The one mood a whole closing is spoken in. Every line (acknowledgement, re-ask, survey, goodbye) respects it.</summary>
public enum Mood
{
    Neutral,

    /// <summary>The customer shared happy news (a birthday, a new baby, a wedding).</summary>
    Happy,

    /// <summary>The customer shared sad news: someone (or a pet) died.</summary>
    Sad,

    /// <summary>Illness, hardship, a hard time.</summary>
    Hardship,

    /// <summary>The customer complained or was angry.</summary>
    Frustrated,

    /// <summary>The customer said it is not resolved.</summary>
    Unresolved,

    /// <summary>The customer rated us low.</summary>
    LowRating,
}

/// <summary>
/// Works out the mood once, from what the customer shared (their transcript turns, the agent's notes, their words in
/// the closing) and how the closing went, and names the tone tags (<c>@sad</c>, <c>@quiet</c>…) its lines may use.
/// Sadder moods win: sad, hardship, frustrated, low rating, not resolved, happy, neutral.
/// </summary>
public static class ClosingMood
{
    /// <summary>The tags each mood may use, the support team's vocabulary in <c>dialogs/*.lg</c> (see the README's wording guide).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> ToneSets { get; } = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal)
    {
        ["neutral"] = ["neutral", "cheerful"],
        ["happy"] = ["happy", "cheerful"],
        ["sad"] = ["sad", "quiet"],
        ["hardship"] = ["hardship", "quiet"],
        ["frustrated"] = ["frustrated", "unhappy"],
        ["unresolved"] = ["unresolved", "unhappy"],
        ["low-rating"] = ["low-rating", "unhappy"],
    };

    public static IReadOnlyCollection<string> Tags(Mood mood) => ToneSets[Name(mood)];

    public static string Name(Mood mood) => (uint)mood < (uint)MoodNames.Length ? MoodNames[(int)mood] : NameOf(mood);

    /// <summary>Each mood's name, made once: the tags are asked for with every line rendered.</summary>
    private static readonly string[] MoodNames = [.. Enumerable.Range(0, Enum.GetValues<Mood>().Max(m => (int)m) + 1).Select(m => NameOf((Mood)m))];

    private static string NameOf(Mood mood) => mood switch
    {
        Mood.LowRating => "low-rating",
        _ => mood.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether the mood rules out cheer: no exclamation, no "wonderful", a quiet goodbye.</summary>
    public static bool IsQuiet(Mood mood) => mood is Mood.Sad or Mood.Hardship or Mood.Frustrated or Mood.Unresolved or Mood.LowRating;

    /// <summary>The mood of what the customer shared: details first, then any clear frustration in their words.</summary>
    public static Mood Shared(IReadOnlyList<PersonalDetail> details, IEnumerable<string> customerTexts, string locale)
    {
        var fromDetails = FromDetails(details);
        if (fromDetails is Mood.Sad or Mood.Hardship)
        {
            return fromDetails;
        }

        return customerTexts.Any(t => FrustrationRecognizer.Analyze(t, locale).ShouldOfferHuman) ? Mood.Frustrated : fromDetails;
    }

    /// <summary>Bereavement is sad; other sad news (illness, hardship, a pet unwell) is hardship; happy news is happy.</summary>
    public static Mood FromDetails(IReadOnlyList<PersonalDetail> details) =>
        details.Any(d => d.Kind == DetailKind.Bereavement) ? Mood.Sad
        : details.Any(d => d.Tone == DetailTone.Empathize) ? Mood.Hardship
        : details.Any(d => d.Tone == DetailTone.Celebrate && d.Kind != DetailKind.Loyalty) ? Mood.Happy
        : Mood.Neutral;

    /// <summary>The mood now: what was shared, then how the closing went (frustration in the closing, a "no", a low rating).</summary>
    public static Mood Of(ClosingState state, int lowRatingThreshold, bool frustratedNow = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.SharedMood is Mood.Sad or Mood.Hardship)
        {
            return state.SharedMood;
        }

        if (frustratedNow || state.SharedMood == Mood.Frustrated)
        {
            return Mood.Frustrated;
        }

        if (state.Rating <= lowRatingThreshold)
        {
            return Mood.LowRating;
        }

        return state.Resolution == Resolutions.Denied ? Mood.Unresolved : state.SharedMood;
    }
}
