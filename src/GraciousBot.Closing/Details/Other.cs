using System.Globalization;
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

    // =================================================================== Spanish

    private static IReadOnlyDictionary<string, string> SpanishRelations => LocaleDetails.Words("es").Relations;

    private static readonly Dictionary<string, string> SpanishHolidays = LocaleDetails.Map(LocaleDetails.Words("es").HolidayNames);

    public static LanguagePack Spanish() => Create("es", SpanishTense, SpanishDates, SpanishPhrases());

    private static readonly Regex SpanishTense = Rx(LocaleDetails.Words("es").Tense);

    private static readonly DateWords SpanishDates = DatesOf("es");

    private static PhraseBook SpanishPhrases()
    {
        var words = LocaleDetails.Words("es");
        var nouns = LocaleDetails.Nouns(words);
        var defaults = LocaleDetails.Defaults(words);

        string Of(PhraseParts p) => p.Name is { } n ? $"de {n}" : p.Relation is { } rel ? $"de su {rel}" : string.Empty;

        string Build(PhraseParts p)
        {
            var owner = Of(p);
            return p.Kind switch
            {
                DetailKind.Travel when p.Noun == "vacaciones" => p.Place is { } pl ? $"sus vacaciones en {pl}" : "sus vacaciones",
                DetailKind.Travel => p.Place is { } pl ? $"su {p.Noun} a {pl}" : $"su {p.Noun}",
                DetailKind.Birthday when owner.Length > 0 => $"el cumpleaños {owner}",
                DetailKind.Birthday when p.Noun == "the" => "el cumpleaños",
                DetailKind.Birthday => "su cumpleaños",
                DetailKind.Anniversary => "su aniversario",
                DetailKind.Wedding when owner.Length > 0 => $"la boda {owner}",
                DetailKind.Wedding when p.Noun == "the" => "la boda",
                DetailKind.Wedding => "su boda",
                DetailKind.NewBaby => p.Timing == DetailTiming.Future ? "la llegada del bebé" : "el nuevo bebé",
                DetailKind.Moving => p.Place is { } pl ? $"su mudanza a {pl}" : p.Noun == "casa" ? "su nueva casa" : "su mudanza",
                DetailKind.NewJob => p.Noun switch { "ascenso" => "su ascenso", "jubilación" => "su jubilación", "negocio" => "su nuevo negocio", "puesto" => "su nuevo puesto", _ => "su nuevo trabajo" },
                DetailKind.Graduation when owner.Length > 0 => $"la graduación {owner}",
                DetailKind.Graduation => p.Noun switch { "exámenes" => "sus exámenes", "oposiciones" => "sus oposiciones", "examen de conducir" => "su examen de conducir", _ => "su graduación" },
                DetailKind.Event => p.Noun switch { "exámenes" or "examen" => "sus exámenes", "entrevista" => "su entrevista", "presentación" => "su presentación", "partido" => "su partido", "carrera" => "su carrera", var n when n is "conferencia" or "convención" or "feria" or "fiesta" or "gala" or "competición" or "media maratón" => $"la {n}", var n => $"el {n}" },
                DetailKind.Health when owner.Length > 0 => $"la recuperación {owner}",
                DetailKind.Health => "su recuperación",
                DetailKind.Bereavement when owner.Length > 0 && p.Relation is not ("his" or "her" or "their") => $"la pérdida {owner}",
                DetailKind.Bereavement => "su pérdida",
                DetailKind.Hardship => p.Noun switch { "tormenta" => "los daños de la tormenta", "inundación" => "la inundación", "incendio" => "el incendio", "terremoto" => "el terremoto", _ => "un momento difícil" },
                DetailKind.Pet => p.IsNew ? $"su nuevo {p.Noun}" : $"su {p.Noun}",
                DetailKind.NewPurchase => p.Noun switch { "casa" => p.IsNew ? "su nueva casa" : "su primera casa", "moto" => p.IsNew ? "su nueva moto" : "su primera moto", _ => p.IsNew ? "su nuevo coche" : "su primer coche" },
                DetailKind.Celebration => p.Noun,
                DetailKind.Loyalty => p.Years is { } y ? $"sus {y} años con nosotros" : "su fidelidad",
                _ => string.Empty,
            };
        }

        var phraseWords = PhraseBook.WordsOf(words.PhraseWords
            .Concat(nouns.Values.SelectMany(v => v.Values)).Concat(SpanishRelations.Values).Concat(SpanishHolidays.Values));
        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = Build, Words = phraseWords };
    }

    // =================================================================== French

    private static IReadOnlyDictionary<string, string> FrenchRelations => LocaleDetails.Words("fr").Relations;

    private static readonly Dictionary<string, string> FrenchHolidays = LocaleDetails.Map(LocaleDetails.Words("fr").HolidayNames);

    public static LanguagePack French() => Create("fr", FrenchTense, FrenchDates, FrenchPhrases());

    private static readonly Regex FrenchTense = Rx(LocaleDetails.Words("fr").Tense);

    private static readonly DateWords FrenchDates = DatesOf("fr");

    private static readonly Dictionary<string, string> FrenchPrepositions = LocaleDetails.Map(LocaleDetails.Words("fr").PlacePrepositions);

    private static PhraseBook FrenchPhrases()
    {
        var words = LocaleDetails.Words("fr");
        var nouns = LocaleDetails.Nouns(words);
        var defaults = LocaleDetails.Defaults(words);

        string Of(PhraseParts p) => p.Name is { } n ? $"de {n}" : p.Relation is { } rel ? (rel is "parents" or "enfants" or "grands-parents" or "petits-enfants" ? $"de vos {rel}" : $"de votre {rel}") : string.Empty;

        string To(string place) => FrenchPrepositions.TryGetValue(place, out var prep) ? $"{prep} {place}" : $"à {place}";

        string Build(PhraseParts p)
        {
            var owner = Of(p);
            return p.Kind switch
            {
                DetailKind.Travel when p.Noun == "vacances" => p.Place is { } pl ? $"vos vacances {To(pl)}" : "vos vacances",
                DetailKind.Travel => p.Place is { } pl ? $"votre {p.Noun} {To(pl)}" : $"votre {p.Noun}",
                DetailKind.Birthday when owner.Length > 0 => $"l'anniversaire {owner}",
                DetailKind.Birthday when p.Noun == "the" => "l'anniversaire",
                DetailKind.Birthday => "votre anniversaire",
                DetailKind.Anniversary => "votre anniversaire de mariage",
                DetailKind.Wedding when owner.Length > 0 => $"le mariage {owner}",
                DetailKind.Wedding when p.Noun == "the" => "le mariage",
                DetailKind.Wedding => "votre mariage",
                DetailKind.NewBaby => p.Timing == DetailTiming.Future ? "l'arrivée du bébé" : "la naissance du bébé",
                DetailKind.Moving => p.Place is { } pl ? $"votre déménagement {To(pl)}" : p.Noun == "maison" ? "votre nouveau logement" : "votre déménagement",
                DetailKind.NewJob => p.Noun switch { "promotion" => "votre promotion", "retraite" => "votre retraite", "entreprise" => "votre nouvelle entreprise", _ => "votre nouveau poste" },
                DetailKind.Graduation when owner.Length > 0 => $"le diplôme {owner}",
                DetailKind.Graduation => p.Noun switch { "examens" or "partiels" => "vos examens", "permis" => "votre permis", "bac" => "votre bac", "concours" => "votre concours", _ => "votre diplôme" },
                DetailKind.Event => p.Noun switch { "examens" => "vos examens", "entretien" => "votre entretien", "présentation" => "votre présentation", "match" => "votre match", var n when n is "conférence" or "fête" or "soirée" or "compétition" => $"la {n}", var n => $"le {n}" },
                DetailKind.Health when owner.Length > 0 => $"le rétablissement {owner}",
                DetailKind.Health => "votre rétablissement",
                DetailKind.Bereavement when owner.Length > 0 && p.Relation is not ("his" or "her" or "their") => $"la perte {owner}",
                DetailKind.Bereavement => "votre perte",
                DetailKind.Hardship => p.Noun switch { "tempête" => "les dégâts de la tempête", "inondation" => "l'inondation", "incendie" => "l'incendie", "tremblement de terre" => "le tremblement de terre", _ => "une période difficile" },
                DetailKind.Pet => p.IsNew ? (p.Noun is "chiot" or "chien" or "chat" or "chaton" or "lapin" or "hamster" or "perroquet" or "cheval" ? $"votre nouveau {p.Noun}" : "votre nouvel animal") : p.Noun == "animal" ? "votre animal" : $"votre {p.Noun}",
                DetailKind.NewPurchase => p.Noun switch { "maison" => p.IsNew ? "votre nouvelle maison" : "votre première maison", "appartement" => p.IsNew ? "votre nouvel appartement" : "votre premier appartement", "moto" => p.IsNew ? "votre nouvelle moto" : "votre première moto", _ => p.IsNew ? "votre nouvelle voiture" : "votre première voiture" },
                DetailKind.Celebration => p.Noun,
                DetailKind.Loyalty => p.Years is { } y ? $"vos {y} ans avec nous" : "votre fidélité",
                _ => string.Empty,
            };
        }

        var phraseWords = PhraseBook.WordsOf(words.PhraseWords
            .Concat(nouns.Values.SelectMany(v => v.Values)).Concat(FrenchRelations.Values).Concat(FrenchHolidays.Values));

        // Elided articles make one word with what follows ("l'anniversaire", "d'anniversaire"): allow those too.
        phraseWords.UnionWith(phraseWords.Where(w => "aeéèêiîoôuh".Contains(char.ToLowerInvariant(w[0]), StringComparison.Ordinal)).SelectMany(w => new[] { "l'" + w, "d'" + w }).ToList());
        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = Build, Words = phraseWords };
    }

    // =================================================================== German

    /// <summary>Relation → (key, genitive with "Ihr-").</summary>
    private static IReadOnlyDictionary<string, string> GermanRelations => LocaleDetails.Words("de").Relations;

    private static readonly Dictionary<string, string> GermanGenitive = LocaleDetails.Map(LocaleDetails.Words("de").Genitive);

    private static readonly Dictionary<string, string> GermanHolidays = LocaleDetails.Map(LocaleDetails.Words("de").HolidayNames);

    public static LanguagePack German() => Create("de", GermanTense, GermanDates, GermanPhrases());

    private static readonly Regex GermanTense = Rx(LocaleDetails.Words("de").Tense);

    private static readonly DateWords GermanDates = DatesOf("de");

    private static PhraseBook GermanPhrases()
    {
        var words = LocaleDetails.Words("de");
        var nouns = LocaleDetails.Nouns(words);
        var defaults = LocaleDetails.Defaults(words);

        string? Of(PhraseParts p) => p.Name is { } n ? n : p.Relation is { } rel && GermanGenitive.TryGetValue(rel, out var g) ? g : null;

        string Build(PhraseParts p)
        {
            var owner = Of(p);
            return p.Kind switch
            {
                DetailKind.Travel => p.Noun switch
                {
                    "urlaub" => p.Place is { } pl ? $"Ihr Urlaub in {pl}" : "Ihr Urlaub",
                    "flug" => p.Place is { } pl ? $"Ihr Flug nach {pl}" : "Ihr Flug",
                    "flitterwochen" => "Ihre Flitterwochen",
                    "kreuzfahrt" => "Ihre Kreuzfahrt",
                    "geschäftsreise" => "Ihre Geschäftsreise",
                    "städtereise" => p.Place is { } pl ? $"Ihre Städtereise nach {pl}" : "Ihre Städtereise",
                    _ => p.Place is { } pl ? $"Ihre Reise nach {pl}" : "Ihre Reise",
                },
                DetailKind.Birthday when p.Name is { } n => $"{n}s Geburtstag",
                DetailKind.Birthday when owner is not null => $"der Geburtstag {owner}",
                DetailKind.Birthday when p.Noun == "the" => "der Geburtstag",
                DetailKind.Birthday => "Ihr Geburtstag",
                DetailKind.Anniversary => "Ihr Hochzeitstag",
                DetailKind.Wedding when owner is not null && p.Name is null => $"die Hochzeit {owner}",
                DetailKind.Wedding when p.Noun == "the" => "die Hochzeit",
                DetailKind.Wedding => "Ihre Hochzeit",
                DetailKind.NewBaby => p.Timing == DetailTiming.Future ? "die Ankunft des Babys" : "Ihr Nachwuchs",
                DetailKind.Moving => p.Place is { } pl ? $"Ihr Umzug nach {pl}" : p.Noun == "zuhause" ? "Ihr neues Zuhause" : "Ihr Umzug",
                DetailKind.NewJob => p.Noun switch { "beförderung" => "Ihre Beförderung", "ruhestand" => "Ihr Ruhestand", "geschäft" => "Ihr eigenes Geschäft", _ => "Ihr neuer Job" },
                DetailKind.Graduation when owner is not null && p.Name is null => $"der Abschluss {owner}",
                DetailKind.Graduation => p.Noun switch { "führerscheinprüfung" => "Ihre Führerscheinprüfung", "prüfungen" => "Ihre Prüfungen", "abitur" => "Ihr Abitur", "schultag" => "der erste Schultag", "studienbeginn" => "Ihr Studienbeginn", _ => "Ihr Abschluss" },
                DetailKind.Event => p.Noun switch
                {
                    "prüfungen" => "Ihre Prüfungen",
                    "vorstellungsgespräch" => "Ihr Vorstellungsgespräch",
                    "präsentation" => "Ihre Präsentation",
                    "vortrag" => "Ihr Vortrag",
                    "spiel" => "Ihr Spiel",
                    "konzert" or "festival" or "turnier" => $"das {Capitalize(p.Noun)}",
                    "marathon" or "halbmarathon" or "kongress" or "wettkampf" or "abschlussball" => $"der {Capitalize(p.Noun)}",
                    var n => $"die {Capitalize(n)}",
                },
                DetailKind.Health when owner is not null && p.Name is null => $"die Genesung {owner}",
                DetailKind.Health => "Ihre Genesung",
                DetailKind.Bereavement when owner is not null && p.Name is null => $"der Verlust {owner}",
                DetailKind.Bereavement => "Ihr Verlust",
                DetailKind.Hardship => p.Noun switch { "sturm" => "die Sturmschäden", "hochwasser" => "das Hochwasser", "brand" => "der Brand", "erdbeben" => "das Erdbeben", _ => "eine schwere Zeit" },
                DetailKind.Pet => p.Noun switch
                {
                    "katze" => p.IsNew ? "Ihre neue Katze" : "Ihre Katze",
                    "welpe" => "Ihr neuer Welpe",
                    "kätzchen" => "Ihr neues Kätzchen",
                    "hund" => p.IsNew ? "Ihr neuer Hund" : "Ihr Hund",
                    var n when n is "kaninchen" or "pferd" or "haustier" => p.IsNew ? $"Ihr neues {Capitalize(n)}" : $"Ihr {Capitalize(n)}",
                    var n => p.IsNew ? $"Ihr neuer {Capitalize(n)}" : $"Ihr {Capitalize(n)}",
                },
                DetailKind.NewPurchase => p.Noun switch
                {
                    "haus" => p.IsNew ? "Ihr neues Haus" : "Ihr erstes Haus",
                    "wohnung" => p.IsNew ? "Ihre neue Wohnung" : "Ihre erste Wohnung",
                    "motorrad" => p.IsNew ? "Ihr neues Motorrad" : "Ihr erstes Motorrad",
                    _ => p.IsNew ? "Ihr neues Auto" : "Ihr erstes Auto",
                },
                DetailKind.Celebration => p.Noun,
                DetailKind.Loyalty => p.Years is { } y ? $"Ihre {y} Jahre bei uns" : "Ihre Treue",
                _ => string.Empty,
            };
        }

        var phraseWords = PhraseBook.WordsOf(words.PhraseWords
            .Concat(nouns.Values.SelectMany(v => v.Values)).Concat(GermanGenitive.Values).Concat(GermanHolidays.Values));
        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = Build, Words = phraseWords };
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    // =================================================================== shared

    /// <summary>
    /// A language read by the shared reader: everything comes from its words in GraciousBot.Locales; its own are only
    /// the compiled tense and date patterns and the phrase builder.
    /// </summary>
    private static LanguagePack Create(string code, Regex tense, DateWords dates, PhraseBook phrases)
    {
        var words = LocaleDetails.Words(code);
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
        foreach (Match m in CompiledPatterns.Fastest(words.Regex).Matches(s.Text))
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
