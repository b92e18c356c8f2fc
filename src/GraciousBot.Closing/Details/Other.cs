using System.Text.RegularExpressions;
using GraciousBot.Locales;

namespace GraciousBot.Closing.Details;

/// <summary>
/// Spanish, French and German: correct, simpler coverage of the same kinds. Phrases use the formal address
/// (usted, vous, Sie), as support teams do.
/// </summary>
internal static class Other
{
    private static Regex Rx(string pattern, IReadOnlyDictionary<string, string>? relations = null, string holidays = "")
    {
        var rel = relations is null ? "x^" : string.Join('|', relations.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var expanded = pattern.Replace("{REL}", rel, StringComparison.Ordinal)
            .Replace("{PLACE}", @"(?<place>\S+)", StringComparison.Ordinal)
            .Replace("{HOL}", holidays, StringComparison.Ordinal);
        return new Regex(RulePatterns.WholeWordLookaheads(expanded), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>How a phrase names a holiday as written in a language (its HolidayNames); null for an unknown language.</summary>
    public static string? CelebrationName(string language, string written) =>
        LocaleRegistry.Codes.Contains(language) ? LocaleDetails.Words(language).HolidayNames.GetValueOrDefault(written) : null;

    public static LanguagePack Spanish() => Create("es", SpanishTense, SpanishDates);

    private static readonly Regex SpanishTense = Rx(LocaleDetails.Words("es").Tense);

    private static readonly DateWords SpanishDates = DatesOf("es");

    public static LanguagePack French() => Create("fr", FrenchTense, FrenchDates);

    private static readonly Regex FrenchTense = Rx(LocaleDetails.Words("fr").Tense);

    private static readonly DateWords FrenchDates = DatesOf("fr");

    public static LanguagePack German() => Create("de", GermanTense, GermanDates);

    private static readonly Regex GermanTense = Rx(LocaleDetails.Words("de").Tense);

    private static readonly DateWords GermanDates = DatesOf("de");

    // =================================================================== shared

    /// <summary>
    /// A language read by the shared reader: everything comes from its words in GraciousBot.Locales; its own are only
    /// the compiled tense and date patterns and the phrase builder.
    /// </summary>
    private static LanguagePack Create(string code, Regex tense, DateWords dates)
    {
        var words = LocaleDetails.Words(code);
        var phrases = PhrasesOf(code, words);
        var relations = words.Relations;
        return new LanguagePack
        {
            Code = code,
            Rules = LocaleDetails.Rules(words, pattern => Rx(pattern, relations, words.Holidays)),
            Typos = LocaleDetails.Map(words.Typos),
            FuzzyTargets = words.FuzzyTargets,
            Negators = LocaleDetails.Set(words.Negators),
            NegationReleasers = LocaleDetails.Set(words.NegationReleasers),
            ClauseBoundaries = LocaleDetails.Set(words.ClauseBoundaries),
            Conditional = Rx(words.Conditional),
            Irrealis = Rx(words.Irrealis),
            Habitual = Rx(words.Habitual),
            GenericQuestion = Rx(words.GenericQuestion),
            LookalikeModifiers = LocaleDetails.Set(words.LookalikeModifiers),
            ProductModifiers = LocaleDetails.Set(words.ProductModifiers),
            Suppressors = LocaleDetails.Suppressors(words, pattern => Rx(pattern)),
            ProductCues = LocaleDetails.Set(words.ProductCues, StringComparer.OrdinalIgnoreCase),
            GoneWrong = Rx(words.GoneWrong),
            Tense = s => TenseCue.Read(s, tense),
            Dates = (s, today) => DateCues(s, today, dates),
            Relations = relations,
            RelationOwners = LocaleDetails.Owners(words),
            Phrases = phrases,
            Markers = LocaleDetails.Set(words.Markers),
        };
    }

    /// <summary>
    /// A language's phrase book: its nouns, and every word a phrase may use for the safety check — its phrase words, the
    /// nouns, the relations (as their genitives where the language writes them so), the holiday names, and elided forms.
    /// </summary>
    private static PhraseBook PhrasesOf(string code, DetailWords words)
    {
        var nouns = LocaleDetails.Nouns(words);
        var phraseWords = PhraseBook.WordsOf(words.PhraseWords
            .Concat(nouns.Values.SelectMany(v => v.Values))
            .Concat((words.Genitive ?? words.Relations).Values)
            .Concat(words.HolidayNames.Values));

        // Elided articles make one word with what follows ("l'anniversaire", "d'anniversaire"): allow those too.
        if (words.ElidedArticles is { } articles && words.ElisionInitials is { } initials)
        {
            phraseWords.UnionWith(phraseWords.Where(w => initials.Contains(char.ToLowerInvariant(w[0]), StringComparison.Ordinal)).SelectMany(w => articles.Select(a => a + w)).ToList());
        }

        return new PhraseBook { Nouns = nouns, DefaultNoun = LocaleDetails.Defaults(words), Build = PhrasePatterns.Builder(code), Words = phraseWords };
    }

    /// <summary>A language's date words (its Dates.cs in GraciousBot.Locales) for the shared date reader.</summary>
    private static DateWords DatesOf(string code)
    {
        var dates = LocaleDetails.Dates(code);
        var r = dates.Relative ?? throw new InvalidOperationException($"Language '{code}' has no relative date patterns.");
        return new(
            r.Tomorrow, r.AfterTomorrow, r.Yesterday, r.BeforeYesterday, r.Today, r.Tonight, r.ThisMorning, [.. dates.Weekdays], r.NextDay, r.LastDay,
            r.AnyDay, r.Weekend, r.NextUnit, r.LastUnit, r.InUnits, r.AgoUnits, r.DayOfMonth, [.. dates.Months], new Dictionary<string, string>(r.Holidays), r.InMonth ?? "");
    }

    /// <summary>Date words for one language; DAY and MONTH in patterns are filled from the lists.</summary>
    internal sealed record DateWords(
        string Tomorrow, string AfterTomorrow, string Yesterday, string BeforeYesterday, string Today, string Tonight, string ThisMorning,
        string[] Weekdays, string NextDay, string LastDay, string AnyDay, string Weekend, string NextUnit, string LastUnit, string InUnits, string AgoUnits,
        string DayOfMonth, string[] Months, Dictionary<string, string> Holidays, string InMonth = "")
    {
        private Regex? _regex;

        public Regex Regex => _regex ??= Compile();

        private Regex Compile()
        {
            var day = string.Join('|', Weekdays);
            var month = string.Join('|', Months);
            string D(string p) => p.Replace("DAY", day, StringComparison.Ordinal).Replace("MONTH", month, StringComparison.Ordinal);
            string Unique(string p, string prefix) => Regex.Replace(D(p), @"\(\?<(\w+)>", m => $"(?<{prefix}{m.Groups[1].Value}>");
            var pattern =
                $@"\b(?<dat>{AfterTomorrow})\b|\b(?<dbt>{BeforeYesterday})\b|\b(?<thismorning>{ThisMorning})\b|\b(?<tonight>{Tonight})\b|(?<![\p{{L}}])(?<tom>{Tomorrow})\b|\b(?<yest>{Yesterday})\b|\b(?<today>{Today})\b" +
                $@"|\b(?<nextday>{Unique(NextDay, "n")})\b|\b(?<lastday>{Unique(LastDay, "l")})\b|\b(?<anyday>{Unique(AnyDay, "a")})\b|\b(?<weekend>{Unique(Weekend, "w")})\b" +
                $@"|\b(?<nextunit>{Unique(NextUnit, "n")})\b|\b(?<lastunit>{Unique(LastUnit, "l")})\b|\b(?<inunits>{Unique(InUnits, "i")})\b|\b(?<agounits>{Unique(AgoUnits, "g")})\b|\b(?<dom>{Unique(DayOfMonth, "m")})(?![\p{{L}}\d])" +
                $@"|\b(?<hol>{string.Join('|', Holidays.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))})\b" +
                (InMonth.Length > 0 ? $@"|\b(?<inmonth>{Unique(InMonth, "o")})\b" : string.Empty);
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        }
    }

    private static IReadOnlyList<DateCue> DateCues(Sentence s, DateOnly today, DateWords words)
    {
        var cues = new List<DateCue>();
        foreach (Match m in Alternatives.Matches(words.Regex, s.Text))
        {
            var from = s.TokenAt(m.Index);
            var to = s.TokenAt(m.Index + m.Length - 1) + 1;
            var g = m.Groups;
            DayOfWeek Day(string group) => (DayOfWeek)Array.IndexOf(words.Weekdays, g[group].Value);
            DateCue? cue = null;
            if (g["dat"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(2), today.AddDays(2), DetailTiming.Future);
            }
            else if (g["dbt"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-2), today.AddDays(-2), DetailTiming.Past);
            }
            else if (g["thismorning"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Past);
            }
            else if (g["tonight"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Future);
            }
            else if (g["tom"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(1), today.AddDays(1), DetailTiming.Future);
            }
            else if (g["yest"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-1), today.AddDays(-1), DetailTiming.Past);
            }
            else if (g["today"].Success)
            {
                cue = DateCue.Fixed(from, to, today);
            }
            else if (g["nextday"].Success)
            {
                var d = DateMath.NextWeekday(today, Day("nd"));
                cue = new DateCue(from, to, d, d, DetailTiming.Future);
            }
            else if (g["lastday"].Success)
            {
                var d = DateMath.PreviousWeekday(today, Day("ld"));
                cue = new DateCue(from, to, d, d, DetailTiming.Past);
            }
            else if (g["anyday"].Success)
            {
                var day = Day("ad");
                cue = new DateCue(from, to, DateMath.NextWeekday(today, day), DateMath.PreviousWeekday(today, day), null);
            }
            else if (g["weekend"].Success)
            {
                var text = g["weekend"].Value;
                var ahead = DateMath.ThisWeekend(today);
                var behind = DateMath.PreviousWeekday(today, DayOfWeek.Saturday);
                cue = Regex.IsMatch(text, "pasado|dernier|letztes")
                    ? new DateCue(from, to, behind, behind, DetailTiming.Past)
                    : Regex.IsMatch(text, "próximo|que viene|prochain|nächstes|kommenden")
                        ? new DateCue(from, to, ahead.AddDays(7), ahead.AddDays(7), DetailTiming.Future)
                        : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["nextunit"].Success)
            {
                var unit = Unit(g["nu"].Value);
                var d = DateMath.Shift(today, 1, unit);
                cue = new DateCue(from, to, d, d, DetailTiming.Future);
            }
            else if (g["lastunit"].Success)
            {
                var unit = Unit(g["lu"].Value);
                var d = DateMath.Shift(today, -1, unit);
                cue = new DateCue(from, to, d, d, DetailTiming.Past);
            }
            else if (g["inunits"].Success)
            {
                var d = DateMath.Shift(today, DateMath.SmallNumber(g["in"].Value) ?? 1, Unit(g["iu"].Value));
                cue = new DateCue(from, to, d, d, DetailTiming.Future);
            }
            else if (g["agounits"].Success)
            {
                var d = DateMath.Shift(today, -(DateMath.SmallNumber(g["gn"].Value) ?? 1), Unit(g["gu"].Value));
                cue = new DateCue(from, to, d, d, DetailTiming.Past);
            }
            else if (g["dom"].Success && int.TryParse(g["mdom"].Value, out var dom))
            {
                var (ahead, behind) = g["mmon"].Success ? DateMath.MonthDay(today, Array.IndexOf(words.Months, g["mmon"].Value) + 1, dom) : DateMath.DayOfMonth(today, dom);
                cue = ahead is null && behind is null ? null : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["inmonth"].Success && Array.IndexOf(words.Months, g["omon"].Value) is var month and >= 0)
            {
                var (ahead, behind) = DateMath.Month(today, month + 1);
                cue = new DateCue(from, to, ahead, behind, null);
            }
            else if (g["hol"].Success && words.Holidays.TryGetValue(g["hol"].Value, out var key))
            {
                var (ahead, behind) = DateMath.HolidayAround(key, today);
                cue = English.HolidayCue(from, to, ahead, behind, today);
            }

            if (cue is not null)
            {
                cues.Add(cue);
            }
        }

        return cues;
    }

    /// <summary>Maps a unit word of any of the languages onto the English unit <see cref="DateMath.Shift"/> knows.</summary>
    /// <summary>Every language's unit words of the shared date reader ("semanas", "mois", "Jahren"); others count days.</summary>
    private static readonly Dictionary<string, string> UnitWords = LocaleRegistry.Packs
        .SelectMany(pack => pack.Dates?.Units ?? new Dictionary<string, string>())
        .DistinctBy(pair => pair.Key)
        .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private static string Unit(string word) => UnitWords.GetValueOrDefault(word, "day");
}
