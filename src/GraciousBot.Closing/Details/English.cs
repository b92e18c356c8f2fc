using System.Text.RegularExpressions;
using GraciousBot.Locales;

namespace GraciousBot.Closing.Details;

/// <summary>
/// English: the language the skill must be excellent in. Rules are written from how people say things in support
/// chats (possessives, plans, tense, dates), with negation, hypothetical and look-alike scopes around them.
/// </summary>
internal static class English
{
    /// <summary>The words of English/Details.cs and English/Dates.cs in GraciousBot.Locales.</summary>
    private static DetailWords W => LocaleDetails.Words("en");

    // Relation words as typed → vocabulary key (the key is also how the phrase says it).
    private static IReadOnlyDictionary<string, string> RelationWords => W.Relations;

    /// <summary>Whose event a relation makes it (vocabulary key → owner); others are "other".</summary>
    private static readonly Dictionary<string, DetailOwner> RelationOwnerWords = LocaleDetails.Owners(W);

    private static string RelAlternation => string.Join('|', RelationWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static string Ordinals => W.Ordinals!;

    private static readonly string[] OrdinalWords = [.. W.OrdinalWords!];

    internal static int? OrdinalValue(string? written)
    {
        if (string.IsNullOrEmpty(written))
        {
            return null;
        }

        var digits = new string(written.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0)
        {
            return int.TryParse(digits, out var n) && n is >= 1 and <= 120 ? n : null;
        }

        var index = Array.IndexOf(OrdinalWords, written);
        if (index > 0)
        {
            return index;
        }

        return W.LargeOrdinals!.TryGetValue(written, out var large) ? large : null;
    }

    private static Regex Rx(string pattern)
    {
        var placeholders = W.Placeholders!;
        var possRel = placeholders["POSSREL"].Replace("{REL}", RelAlternation, StringComparison.Ordinal);
        var expanded = pattern
            .Replace("{POSSREL}", possRel, StringComparison.Ordinal)
            .Replace("{OWNER}", placeholders["OWNER"].Replace("{POSSREL}", possRel, StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{ORD}", Ordinals, StringComparison.Ordinal)
            .Replace("{REL}", RelAlternation, StringComparison.Ordinal)
            .Replace("{HOL}", Holidays, StringComparison.Ordinal)
            .Replace("{PLACE}", @"(?<place>\S+)", StringComparison.Ordinal)
            .Replace("{BE}", placeholders["BE"], StringComparison.Ordinal);
        return new Regex(RulePatterns.WholeWordLookaheads(expanded), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    private static string Holidays => W.Holidays;





    /// <summary>Rules in priority order: earlier rules claim their trigger words first.</summary>
    private static List<DetailRule> Rules() => LocaleDetails.Rules(W, Rx);

    private static readonly HashSet<string> Negators = LocaleDetails.Set(W.Negators);

    private static readonly HashSet<string> Releasers = LocaleDetails.Set(W.NegationReleasers);

    private static readonly HashSet<string> Boundaries = LocaleDetails.Set(W.ClauseBoundaries);

    public static LanguagePack Create() => new()
    {
        Code = "en",
        Rules = Rules(),
        Typos = Typos,
        FuzzyTargets = W.FuzzyTargets,
        FuzzyExceptions = LocaleDetails.Set(W.FuzzyExceptions),
        Negators = Negators,
        NegationReleasers = Releasers,
        ClauseBoundaries = Boundaries,
        Conditional = Rx(W.Conditional),
        Irrealis = Rx(W.Irrealis),
        Habitual = Rx(W.Habitual),
        GenericQuestion = Rx(W.GenericQuestion),
        LookalikeModifiers = LookalikeWords,
        ProductModifiers = ProductWords,
        Suppressors = Suppressors(),
        ProductCues = LocaleDetails.Set(W.ProductCues, StringComparer.OrdinalIgnoreCase),
        GoneWrong = Rx(W.GoneWrong),
        Tense = Tense,
        Dates = Dates,
        Relations = RelationWords,
        RelationOwners = RelationOwnerWords,
        Phrases = Phrases(),
        Markers = LocaleDetails.Set(W.Markers),
    };

    private static readonly HashSet<string> LookalikeWords = LocaleDetails.Set(W.LookalikeModifiers);

    private static readonly HashSet<string> ProductWords = LocaleDetails.Set(W.ProductModifiers);

    private static List<(DetailKind?, Regex)> Suppressors() => LocaleDetails.Suppressors(W, Rx);

    private static readonly Dictionary<string, string> Typos = LocaleDetails.Map(W.Typos);

    private static IEnumerable<TenseCue> Tense(Sentence sentence) => TenseCue.Read(sentence, TenseRx, (m, from, to) =>
        m.Groups["ed"].Success && !NotPast.Contains(m.Groups["edv"].Value) ? new TenseCue(from, to, DetailTiming.Past, true)
        : m.Groups["prog"].Success && !IngNouns.Contains(m.Groups["v"].Value) ? new TenseCue(from, to, DetailTiming.Ongoing, true, Progressive: true)
        : null);

    private static readonly HashSet<string> NotPast = LocaleDetails.Set(W.NotPast);

    private static readonly HashSet<string> IngNouns = LocaleDetails.Set(W.IngNouns);

    private static readonly Regex TenseRx = Rx(W.Tense);


    private static readonly string[] Weekdays = [.. LocaleDetails.Dates("en").Weekdays];

    private static readonly string[] Months = [.. LocaleDetails.Dates("en").Months];

    private static int MonthNumber(string m)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i].StartsWith(m, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static readonly Regex DateRx = Rx(LocaleDetails.Dates("en").Pattern!);


    private static IReadOnlyList<DateCue> Dates(Sentence sentence, DateOnly today)
    {
        var cues = new List<DateCue>();
        foreach (Match m in Alternatives.Matches(DateRx, sentence.Text))
        {
            var from = sentence.TokenAt(m.Index);
            var to = sentence.TokenAt(m.Index + m.Length - 1) + 1;
            var g = m.Groups;
            DateCue? cue = null;
            if (g["dat"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(2), today.AddDays(2), DetailTiming.Future);
            }
            else if (g["dbt"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-2), today.AddDays(-2), DetailTiming.Past);
            }
            else if (g["tom"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(1), today.AddDays(1), DetailTiming.Future);
            }
            else if (g["tonight"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Future);
            }
            else if (g["thismorning"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Past);
            }
            else if (g["today"].Success)
            {
                cue = DateCue.Fixed(from, to, today);
            }
            else if (g["yest"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-1), today.AddDays(-1), DetailTiming.Past);
            }
            else if (g["dow"].Success)
            {
                var day = (DayOfWeek)Array.IndexOf(Weekdays, g["dow"].Value);
                var mod = g["dmod"].Success ? g["dmod"].Value : string.Empty;
                var ahead = DateMath.NextWeekday(today, day, includeToday: mod is "this" or "this coming" or "coming");
                var behind = DateMath.PreviousWeekday(today, day);
                cue = mod switch
                {
                    "last" or "this past" or "past" or "the previous" => new DateCue(from, to, behind, behind, DetailTiming.Past),
                    "since" => new DateCue(from, to, behind, behind, null),
                    "next" or "this coming" or "coming" or "the following" or "until" or "till" or "by" => new DateCue(from, to, ahead, ahead, DetailTiming.Future),
                    _ => new DateCue(from, to, ahead, behind, null),
                };
            }
            else if (g["weekend"].Success)
            {
                var mod = g["wmod"].Success ? g["wmod"].Value : string.Empty;
                var ahead = DateMath.ThisWeekend(today);
                var behind = DateMath.PreviousWeekday(today, DayOfWeek.Saturday);
                cue = mod switch
                {
                    "next" or "this coming" or "coming" => new DateCue(from, to, today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? ahead.AddDays(7) : ahead, null, DetailTiming.Future),
                    "last" or "this past" or "past" or "over the" => new DateCue(from, to, behind, behind, mod == "over the" ? null : DetailTiming.Past),
                    _ => new DateCue(from, to, ahead, behind, null),
                };
            }
            else if (g["unit"].Success)
            {
                var mod = g["umod"].Value;
                var unit = g["unit"].Value;
                var amount = unit switch { "fortnight" or "couple of weeks" => 14, "couple of days" or "few days" => 3, "few weeks" => 21, "few months" => 90, _ => 0 };
                var seasonal = unit is "summer" or "winter" or "spring" or "autumn" or "fall" or "semester" or "term";
                DateOnly Step(int sign) => amount > 0 ? today.AddDays(sign * amount) : seasonal ? today.AddMonths(sign * 4) : DateMath.Shift(today, sign, unit);
                cue = mod switch
                {
                    "next" or "coming" or "the following" or "the coming" => new DateCue(from, to, Step(1), Step(1), DetailTiming.Future),
                    "last" or "past" or "the previous" or "the past" => new DateCue(from, to, Step(-1), Step(-1), DetailTiming.Past),
                    _ => seasonal ? new DateCue(from, to, null, null, null) : DateCue.Fixed(from, to, today),
                };
            }
            else if (g["inunit"].Success)
            {
                var n = DateMath.SmallNumber(g["inn"].Value) ?? 1;
                var date = DateMath.Shift(today, n, g["inunit"].Value);
                cue = new DateCue(from, to, date, date, DetailTiming.Future);
            }
            else if (g["agounit"].Success)
            {
                var n = DateMath.SmallNumber(g["agon"].Value) ?? 1;
                var date = DateMath.Shift(today, -n, g["agounit"].Value);
                cue = new DateCue(from, to, date, date, DetailTiming.Past);
            }
            else if (g["earlier"].Success)
            {
                cue = new DateCue(from, to, null, null, DetailTiming.Past);
            }
            else if (g["later"].Success)
            {
                cue = new DateCue(from, to, null, null, DetailTiming.Future);
            }
            else if (g["dom"].Success)
            {
                var day = int.Parse(g["dom"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var (ahead, behind) = g["domm"].Success ? DateMath.MonthDay(today, MonthNumber(g["domm"].Value), day) : DateMath.DayOfMonth(today, day);
                cue = ahead is null && behind is null ? null : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["md_m"].Success || g["dm_m"].Success)
            {
                var month = MonthNumber(g["md_m"].Success ? g["md_m"].Value : g["dm_m"].Value);
                var day = int.Parse(g["md_d"].Success ? g["md_d"].Value : g["dm_d"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var (ahead, behind) = DateMath.MonthDay(today, month, day);
                cue = ahead is null && behind is null ? null : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["mon"].Success)
            {
                var (ahead, behind) = DateMath.Month(today, MonthNumber(g["mon"].Value));
                cue = g["mmod"].Value switch
                {
                    "next" or "until" or "by" => new DateCue(from, to, ahead, ahead, DetailTiming.Future),
                    "last" => new DateCue(from, to, behind, behind, DetailTiming.Past),
                    "since" => new DateCue(from, to, behind, behind, null),
                    _ => new DateCue(from, to, ahead, behind, null),
                };
            }
            else if (g["hol"].Success)
            {
                var key = g["hol"].Value switch
                {
                    "xmas" => "christmas",
                    "new years eve" => "new year's eve",
                    "new year's day" or "new years" => "new year",
                    "valentines day" => "valentine's day",
                    "4th of july" => "fourth of july",
                    var other => other,
                };
                var (ahead, behind) = DateMath.HolidayAround(key, today);
                var mod = g["hmod"].Success ? g["hmod"].Value : string.Empty;
                cue = mod switch
                {
                    "next" or "until" or "till" or "before" or "by" or "in time for" or "ahead of" => new DateCue(from, to, ahead, ahead, DetailTiming.Future),
                    "last" or "since" => new DateCue(from, to, behind, behind, DetailTiming.Past),
                    _ => HolidayCue(from, to, ahead, behind, today),
                };
            }

            if (cue is not null)
            {
                cues.Add(cue);
            }
        }

        return cues;
    }

    /// <summary>A holiday named without "next" or "last": the coming one, unless it was only days ago.</summary>
    internal static DateCue HolidayCue(int from, int to, DateOnly? ahead, DateOnly? behind, DateOnly today) => new(from, to, ahead, behind, null);

    private static PhraseBook Phrases()
    {
        var nouns = LocaleDetails.Nouns(W);
        var defaults = LocaleDetails.Defaults(W);
        var words = PhraseBook.WordsOf(W.PhraseWords.Concat(nouns.Values.SelectMany(t => t.Values)).Concat(RelationWords.Values).Concat(CelebrationNames.Values));

        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = PhrasePatterns.Builder("en", OrdinalText), Words = words };
    }

    /// <summary>Holiday as written → how a phrase names it.</summary>
    internal static readonly Dictionary<string, string> CelebrationNames = LocaleDetails.Map(W.HolidayNames);

    /// <summary>"40th " in front of a noun: the English suffixes are grammar, the rest of the phrase is in dialogs/details.en.lg.</summary>
    private static string OrdinalText(int? n)
    {
        if (n is not { } v)
        {
            return string.Empty;
        }

        var suffix = (v % 100) is 11 or 12 or 13 ? "th" : (v % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{v}{suffix} ";
    }
}
