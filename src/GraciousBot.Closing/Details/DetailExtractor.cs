using System.Buffers;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// Listens for the "gifts" a customer mentions — a trip, a birthday, sad news — and returns them as typed details,
/// most important first (empathy before celebration, imminent before distant). Rules and small vocabularies only:
/// no model, no network, and nothing the customer typed is copied into a phrase except validated proper nouns.
/// </summary>
public static partial class DetailExtractor
{
    /// <summary>Text beyond this many characters per utterance is not read.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>Reads the customer's own words (the caller filters out the bot's and agents' turns).</summary>
    public static IReadOnlyList<PersonalDetail> Extract(IEnumerable<CustomerUtterance> utterances, ExtractionContext? context = null) =>
        Extract([], utterances, context);

    /// <summary>
    /// Ranks details read earlier (<see cref="ReadInOrder"/>, kept in the order read) together with newly read
    /// utterances: the same as <see cref="Extract(IEnumerable{CustomerUtterance}, ExtractionContext?)"/> over the earlier
    /// utterances followed by the new ones, without reading the earlier ones again.
    /// </summary>
    public static IReadOnlyList<PersonalDetail> Extract(IReadOnlyList<PersonalDetail> readEarlier, IEnumerable<CustomerUtterance> utterances, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(readEarlier);
        var ctx = context ?? ExtractionContext.Default;
        var today = DueDates.LocalDate(ctx.Clock.GetUtcNow(), ctx.Zone);
        var found = new List<Found>();
        foreach (var detail in readEarlier.Concat(ReadInOrder(utterances, ctx)))
        {
            found.Add(new Found(detail, found.Count));
        }

        if (Loyalty(ctx, today) is { } loyalty && found.All(f => f.Detail.Kind != DetailKind.Loyalty))
        {
            found.Add(new Found(loyalty, found.Count));
        }

        return Prioritize(found, today);
    }

    /// <summary>
    /// Every detail in the utterances, in the order they were said, not yet ranked (no loyalty, no priority): for
    /// words that do not change during a closing (the caller's transcript and notes), read once and kept, then ranked
    /// with the rest by <see cref="Extract(IReadOnlyList{PersonalDetail}, IEnumerable{CustomerUtterance}, ExtractionContext?)"/>.
    /// </summary>
    public static IReadOnlyList<PersonalDetail> ReadInOrder(IEnumerable<CustomerUtterance> utterances, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        var ctx = context ?? ExtractionContext.Default;
        var now = ctx.Clock.GetUtcNow();
        var zone = ctx.Zone; // resolved once: the zone lookup takes a lock, and every utterance needs it
        DateOnly LocalDate(DateTimeOffset instant) => DueDates.LocalDate(instant, zone);
        var today = LocalDate(now);
        var found = new List<PersonalDetail>();
        foreach (var utterance in utterances)
        {
            if (utterance is null || string.IsNullOrWhiteSpace(utterance.Text))
            {
                continue;
            }

            var shortcuts = Shortcuts; // read once: a test may switch it while another reads
            var text = utterance.Text.Length > MaxTextLength ? utterance.Text[..MaxTextLength] : utterance.Text;
            // A message stamped in the future or more than a year ago (a clock gone wrong, year 1 or 9999) is read as of today.
            var messageDay = LocalDate(utterance.Timestamp is { } stamp && stamp <= now && now - stamp <= TimeSpan.FromDays(366) ? stamp : now);
            var masked = Unquote(PiiPatterns.MaskAll(text, shortcuts), shortcuts);
            List<PersonalDetail>? best = null;
            foreach (var language in shortcuts ? Languages.CandidatesOnce(text, ctx.Locale) : Languages.Candidates(text, ctx.Locale))
            {
                var read = new List<PersonalDetail>();
                var index = shortcuts ? IndexOf(language) : null;
                SentenceTime? previous = null;
                foreach (var sentence in Sentence.Split(masked, language))
                {
                    sentence.Marks = index?.Mark(sentence.Text);
                    // Dates and tense cues are read once per sentence, and only when a rule matched (they are among the largest patterns).
                    var time = new SentenceTime(sentence, language, messageDay, previous);
                    if (!shortcuts)
                    {
                        time.ReadNow();
                    }

                    Read(sentence, language, time, today, read);
                    previous = time;
                }

                // Unsure of the language: the reading that understood the most wins (English on ties).
                if (best is null || read.Count > best.Count)
                {
                    best = read;
                }
            }

            if (best is not null)
            {
                found.AddRange(best);
            }
        }

        return found;
    }

    /// <summary>
    /// Off: the reading without its shortcuts (each pattern searches for its own words, dates and tense are read for
    /// every sentence, personal data is searched for with every pattern): for measuring, and for the test that the
    /// shortcuts read exactly the same.
    /// </summary>
    internal static bool Shortcuts { get; set; } = true;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<LanguagePack, PatternIndex> Indexes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The one search for the required words of every pattern a language reads a sentence with: its rules first (a
    /// rule's position in the index is its position in <see cref="LanguagePack.Rules"/>), then everything else.
    /// </summary>
    private static PatternIndex IndexOf(LanguagePack language) => Indexes.GetOrAdd(language, static l => new PatternIndex(PatternsOf(l)));

    internal static Regex[] PatternsOf(LanguagePack language) =>
    [
        .. language.Rules.Select(r => r.Pattern),
        language.Conditional, language.Irrealis, language.Habitual, language.GenericQuestion, language.GoneWrong,
        .. language.Suppressors.Select(s => s.Pattern),
        FuneralWords, PetTrouble, CancelledThing, ThingBefore,
    ];

    /// <summary>Short quoted text is dropped (see <see cref="Quoted"/>); text without a quotation mark has none to drop.</summary>
    private static string Unquote(string text, bool shortcuts) =>
        shortcuts && text.AsSpan().IndexOfAny(QuoteMarks) < 0 ? text : Quoted().Replace(text, " ");

    /// <summary>The characters <see cref="Quoted"/> can open a quotation with.</summary>
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“'‘");

    /// <summary>
    /// The dates and tense cues of one sentence, read when a rule first needs them (most sentences match no rule), and
    /// the sentence before it, whose dates count when this one says nothing about time.
    /// </summary>
    private sealed class SentenceTime(Sentence sentence, LanguagePack language, DateOnly messageDay, SentenceTime? previous)
    {
        private IReadOnlyList<DateCue>? _own;
        private IReadOnlyList<DateCue>? _dates;
        private List<TenseCue>? _tenses;

        /// <summary>The sentence's own date expressions.</summary>
        public IReadOnlyList<DateCue> Own => _own ??= language.Dates(sentence, messageDay);

        public List<TenseCue> Tenses => _tenses ??= [.. language.Tense(sentence)];

        /// <summary>The dates the rules see: the sentence's own, or the sentence before's when this one says nothing about time.</summary>
        public IReadOnlyList<DateCue> Dates => _dates ??= Effective();

        /// <summary>Reads everything now (the reading without shortcuts).</summary>
        public void ReadNow()
        {
            _ = Own;
            _ = Tenses;
            _ = Dates;
        }

        private IReadOnlyList<DateCue> Effective()
        {
            if (Own.Count == 0 && previous is { Own.Count: > 0 } && !Tenses.Exists(t => t.Strong))
            {
                // Dates from the sentence before sit outside this sentence's clauses: they count only when it says nothing about time.
                return [.. previous.Own.Select(d => d with { From = -100, To = -99 })];
            }

            return Own;
        }
    }

    /// <summary>
    /// Builds a language's rules (English by default) and the words each of them needs (<see cref="RequiredWords"/>),
    /// and reads one sample so the code is ready: the first goodbye then does not pay for it. Nothing is compiled
    /// here: the patterns that turn out to run often are compiled in the background later (see <see cref="CompiledPatterns"/>).
    /// </summary>
    public static void WarmUp(string? locale = null)
    {
        var language = Languages.ByLocale(locale);
        _ = IndexOf(language); // reads every pattern's required words
        _ = Extract("We fly to Lisbon next Friday, it was my birthday yesterday.", new ExtractionContext { Locale = language.Code });
    }

    /// <summary>Convenience for one message.</summary>
    public static IReadOnlyList<PersonalDetail> Extract(string text, ExtractionContext? context = null, DateTimeOffset? timestamp = null) =>
        Extract([new CustomerUtterance(text, timestamp)], context);

    private sealed record Found(PersonalDetail Detail, int Order);

    private static PersonalDetail? Loyalty(ExtractionContext ctx, DateOnly today)
    {
        if (ctx.CustomerSince is not { } since || since > today)
        {
            return null;
        }

        var years = today.Year - since.Year - (today.DayOfYear < since.DayOfYear ? 1 : 0);
        if (years < Math.Max(1, ctx.LoyaltyYears))
        {
            return null;
        }

        var language = Languages.ByLocale(ctx.Locale);
        var parts = new PhraseParts(DetailKind.Loyalty, "loyalty", null, null, null, null, DetailTiming.Ongoing, years, false);
        return new PersonalDetail(DetailKind.Loyalty, DetailTone.Celebrate, DetailTiming.Ongoing, language.Phrases.Build(parts)) { Language = language.Code, Noun = "loyalty" };
    }

    // ---------------------------------------------------------------- one sentence

    /// <summary>Adds the details of one sentence to <paramref name="read"/>.</summary>
    private static void Read(Sentence s, LanguagePack lang, SentenceTime time, DateOnly today, List<PersonalDetail> read)
    {
        bool[]? claimed = null;
        List<PersonalDetail>? hits = null;
        HashSet<DetailKind>? denied = null;
        var marks = s.Marks;
        var rules = lang.Rules;
        // With marks, only the rules that may match, in order (most sentences mark few of the hundreds of rules).
        var candidates = marks?.Candidates(rules.Count);
        var count = candidates?.Count ?? rules.Count;
        for (var c = 0; c < count; c++)
        {
            var rule = rules[candidates is null ? c : candidates[c]];

            // A marked rule holds one of its words (or has none): it runs, as RequiredWords.Matches would run it.
            foreach (Match m in marks is null ? RequiredWords.Matches(rule.Pattern, s.Text) : CompiledPatterns.Fastest(rule.Pattern).Matches(s.Text))
            {
                var anchor = m.Groups["trig"].Success ? m.Groups["trig"] : m.Groups["noun"].Success ? m.Groups["noun"] : (Group)m;
                var tf = s.TokenAt(anchor.Index);
                var tt = s.TokenAt(anchor.Index + Math.Max(0, anchor.Length - 1)) + 1;
                claimed ??= new bool[s.Tokens.Count + 1];
                if (claimed.AsSpan(tf, tt - tf).Contains(true))
                {
                    continue;
                }

                if (!Accept(rule, m, s, lang, tf, tt, time, today))
                {
                    // "…but it's not my birthday": the customer denied it, so nothing else in the sentence revives it.
                    if (rule.Has(RuleFlags.Presupposed) && IsNegated(s, lang, tf, tt, window: Math.Max(0, tf - s.TokenAt(m.Index)) + 2))
                    {
                        (denied ??= []).Add(rule.Kind);
                    }

                    continue;
                }

                var detail = Build(rule, m, s, lang, tf, tt, time.Dates, time.Tenses, today);
                if (detail is null)
                {
                    continue;
                }

                for (var i = tf; i < tt; i++)
                {
                    claimed[i] = true;
                }

                (hits ??= []).Add(detail);
            }
        }

        if (hits is not null)
        {
            read.AddRange(ResolveConflicts(denied is null ? hits : hits.Where(d => !denied.Contains(d.Kind)).ToList()));
        }
    }

    private static readonly DetailKind[] Celebrations =
        [DetailKind.Birthday, DetailKind.Wedding, DetailKind.Anniversary, DetailKind.Graduation, DetailKind.NewJob, DetailKind.NewBaby, DetailKind.Celebration, DetailKind.Moving];

    private static List<PersonalDetail> ResolveConflicts(List<PersonalDetail> hits)
    {
        if (hits.Count < 2)
        {
            return hits;
        }

        var kinds = hits.Select(h => h.Kind).ToHashSet();
        if (kinds.Contains(DetailKind.Bereavement))
        {
            hits.RemoveAll(h => h.Kind is DetailKind.Pet or DetailKind.Health);
        }

        if (kinds.Contains(DetailKind.Pet) && (kinds.Contains(DetailKind.Health) || kinds.Contains(DetailKind.Hardship)) && !kinds.Contains(DetailKind.Bereavement))
        {
            hits.RemoveAll(h => h.Kind is DetailKind.Health or DetailKind.Hardship && h.Relation is null);
            for (var i = 0; i < hits.Count; i++)
            {
                if (hits[i].Kind == DetailKind.Pet)
                {
                    hits[i] = hits[i] with { Tone = DetailTone.Empathize };
                }
            }
        }

        if (kinds.Contains(DetailKind.Graduation))
        {
            hits.RemoveAll(h => h.Kind == DetailKind.Event && h.Noun is "exams" or "exam" or "finals" or "test" or "bar exam" or "a-levels" or "gcses" or "examens" or "exámenes" or "prüfungen");
        }

        if (kinds.Overlaps(Celebrations))
        {
            hits.RemoveAll(h => h.Kind == DetailKind.Event && h.Noun is "party" or "dinner party" or "house party" or "gala" or "ball" or "ceremony" or "housewarming" or "launch party" or "fiesta" or "fête" or "feier" or "soirée");
        }

        return hits;
    }

    // ---------------------------------------------------------------- filters

    /// <summary>Whether a rule's match is the customer's own news; the sentence's dates are read only when a check needs them.</summary>
    private static bool Accept(DetailRule rule, Match m, Sentence s, LanguagePack lang, int tf, int tt, SentenceTime time, DateOnly today)
    {
        var presupposed = rule.Has(RuleFlags.Presupposed);
        if (rule.Has(RuleFlags.RequiresDate) && time.Dates.Count == 0)
        {
            return false;
        }

        if (rule.Has(RuleFlags.DateAdjacent)
            && !time.Dates.Any(d => d.From == tt || (d.From == tt + 1 && tt < s.Tokens.Count && s.Tokens[tt].Norm is "is" or "was" or "are" or "'s" or "on" or "at" or "in")))
        {
            return false;
        }

        // Account data, devices that "died", "sick of", "third party", "vacation mode"…
        foreach (var (kind, pattern) in lang.Suppressors)
        {
            if (kind is not null && kind != rule.Kind)
            {
                continue;
            }

            foreach (Match sm in s.Matches(pattern, s.Text))
            {
                if (sm.Index < m.Index + m.Length && m.Index < sm.Index + sm.Length)
                {
                    return false;
                }
            }
        }

        // "holiday return policy", "wedding dress", "birthday card": the trigger modifies a product or a policy.
        if (tt < s.Tokens.Count)
        {
            var next = s.Tokens[tt].Norm;
            if (lang.LookalikeModifiers.Contains(next) && !(rule.Kind == DetailKind.Celebration && next is "tree" or "trees"))
            {
                return false;
            }

            if (!presupposed && lang.ProductModifiers.Contains(next) && !(rule.Kind == DetailKind.Celebration && next is "tree" or "dinner" or "lunch" or "party" or "plans" or "eve"))
            {
                return false;
            }
        }

        if (LooksLikeProductName(s, lang, tf, tt, rule.Kind))
        {
            return false;
        }

        var matchStart = s.TokenAt(m.Index);
        if (presupposed ? IsNegated(s, lang, tf, tt, window: Math.Max(0, tf - matchStart) + 2) : IsNegated(s, lang, tf, tt))
        {
            return false;
        }

        // Hypotheticals, wishes and habits in the trigger's clause.
        var clauseStart = ClauseStart(s, lang, tf);
        var clauseEnd = ClauseEnd(s, lang, tt);
        var prefix = s.Span(clauseStart, tf);
        var clause = s.Span(clauseStart, clauseEnd);
        if (s.IsMatch(lang.Irrealis, prefix))
        {
            return false;
        }

        // A conditional governs the words right after it: "if I travel", "would love to visit".
        var near = s.Span(Math.Max(clauseStart, tf - 5), tf);
        if (!presupposed && s.IsMatch(lang.Conditional, near))
        {
            return false;
        }

        // A date that is the trigger itself ("in Navidad", "before Christmas") does not make a question personal.
        bool HasRealDate() => time.Dates.Any(d => d.From >= clauseStart - 3 && d.To <= clauseEnd + 3 && !(d.From < tt && tf < d.To));
        foreach (Match hm in s.Matches(lang.Habitual, clause))
        {
            var strongHabit = hm.Groups["hab"].Success;
            var inPrefix = hm.Index < prefix.Length;
            if (strongHabit && !HasRealDate())
            {
                return false;
            }

            if (!strongHabit && inPrefix && !presupposed && !HasRealDate())
            {
                return false;
            }
        }

        // "Can I use it abroad?" — a question about the product, not about the customer.
        // A deadline ("will it arrive before Christmas?") is the customer's own plan; "do you deliver on Christmas Day?" is not.
        var deadline = rule.Kind == DetailKind.Celebration && tf > 0 && (s.Tokens[tf - 1].Norm is "before" or "by" or "until" or "till" or "antes" or "avant" or "vor" or "bis"
            || (tf > 1 && s.Tokens[tf - 2].Norm is "time" or "ahead" && s.Tokens[tf - 1].Norm is "for" or "of"));
        if (s.IsQuestion && !presupposed && !deadline && s.IsMatch(lang.GenericQuestion, s.Text) && !HasRealDate())
        {
            return false;
        }

        if (rule.Has(RuleFlags.RecentOnly))
        {
            foreach (Match y in Year().Matches(s.Text))
            {
                if (int.TryParse(y.Value, out var year) && year < today.Year - 1)
                {
                    return false;
                }
            }

            if (time.Dates.Any(d => d.Behind is { } b && d.Timing == DetailTiming.Past && today.DayNumber - b.DayNumber > 540))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();

    /// <summary>Short quoted text is a label, a greeting on a parcel, a product name: not the customer's own news.</summary>
    [GeneratedRegex(@"(?<=^|\s|\()[""“'‘][^""”'’\n]{1,60}[""”'’](?=\s|$|[.,!?;:)])")]
    private static partial Regex Quoted();

    private static int ClauseStart(Sentence s, LanguagePack lang, int tf)
    {
        for (var i = tf - 1; i >= 0; i--)
        {
            if (HardBoundary(s.Tokens[i].Norm, lang))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int ClauseEnd(Sentence s, LanguagePack lang, int tt)
    {
        for (var i = tt; i < s.Tokens.Count; i++)
        {
            if (HardBoundary(s.Tokens[i].Norm, lang))
            {
                return i;
            }
        }

        return s.Tokens.Count;
    }

    private static readonly HashSet<string> SoftBoundaries = new(StringComparer.Ordinal)
    {
        "if", "whether", "unless", "before", "after", "until", "till", "since", "as", "that", "which", "who", "where",
        "si", "que", "avant", "après", "antes", "después", "ob", "wenn", "falls", "bevor", "nachdem", "dass", "quand", "cuando",
    };

    private static bool HardBoundary(string token, LanguagePack lang) => lang.ClauseBoundaries.Contains(token) && !SoftBoundaries.Contains(token);

    private static bool IsNegated(Sentence s, LanguagePack lang, int tf, int tt, int window = 5)
    {
        var end = ClauseEnd(s, lang, tt);
        for (var i = tf - 1; i >= Math.Max(0, tf - window); i--)
        {
            var token = s.Tokens[i].Norm;
            if (lang.ClauseBoundaries.Contains(token))
            {
                return false;
            }

            if (!lang.Negators.Contains(token) && !token.EndsWith("n't", StringComparison.Ordinal))
            {
                continue;
            }

            // "can't wait", "not sure", "don't forget"
            if (i + 1 < s.Tokens.Count && lang.NegationReleasers.Contains(s.Tokens[i + 1].Norm))
            {
                continue;
            }

            // "we don't fly until Friday", "haven't left yet", "ne … que", "nicht nur"
            if (Enumerable.Range(i + 1, Math.Max(0, end - i - 1)).Any(j => lang.NegationReleasers.Contains(s.Tokens[j].Norm) && s.Tokens[j].Norm is "until" or "till" or "til" or "yet" or "hasta" or "jusqu'à" or "bis" or "erst" or "que" or "todavía" or "aún" or "encore" or "noch"))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static readonly HashSet<string> GreetingWords = new(StringComparer.OrdinalIgnoreCase) { "Happy", "Merry", "Feliz", "Felices", "Joyeux", "Joyeuses", "Bonne", "Frohe", "Frohes", "Alles", "Fröhliche" };

    private static bool LooksLikeProductName(Sentence s, LanguagePack lang, int tf, int tt, DetailKind kind)
    {
        if (tf >= s.Tokens.Count || !s.Tokens[tf].IsCapitalized)
        {
            return false;
        }

        // Title Case or SHOUTING sentences say nothing about product names.
        var rest = s.Tokens.Skip(1).Where(t => t.Original.Any(char.IsLetter)).ToList();
        if (rest.Count >= 3 && rest.All(t => t.IsCapitalized || t.Original.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return false;
        }

        bool Capital(int i) => i >= 0 && i < s.Tokens.Count && (s.Tokens[i].IsCapitalized || (s.Tokens[i].Original.Length > 1 && s.Tokens[i].Original.All(c => char.IsUpper(c) || char.IsDigit(c)))) && s.Tokens[i].Original.All(c => char.IsLetterOrDigit(c) || c is '\'' or '-' or '™' or '®');
        var start = tf;
        while (Capital(start - 1))
        {
            start--;
        }

        var end = tt;
        while (Capital(end) || (end < s.Tokens.Count && s.Tokens[end].Norm.All(char.IsAsciiDigit) && Capital(end - 1)))
        {
            end++;
        }

        var run = Enumerable.Range(start, end - start).Select(i => s.Tokens[i].Original).ToList();
        if (run.Count < 2 || GreetingWords.Contains(run[0]))
        {
            return false;
        }

        if (run.Any(lang.ProductCues.Contains) || run.Any(w => w.Contains('™', StringComparison.Ordinal) || w.Contains('®', StringComparison.Ordinal) || w.All(char.IsAsciiDigit)))
        {
            return true;
        }

        // A place before the trigger names an event ("London Marathon"); words after it name a product ("Holiday Lights").
        // A run that starts the sentence may just be a capitalized first word ("Visiting Paris"): it needs a product cue.
        if (start == 0 || kind == DetailKind.Celebration || end <= tt)
        {
            return false;
        }

        var after = Enumerable.Range(tt, end - tt).Select(i => s.Tokens[i]).ToList();
        var placeAfter = Gazetteer.TryPlace(string.Join(' ', after.Select(t => t.Norm)), typedWithCapital: true, out _);
        return !placeAfter;
    }

    // ---------------------------------------------------------------- building a detail

    private static PersonalDetail? Build(DetailRule rule, Match m, Sentence s, LanguagePack lang, int tf, int tt, IReadOnlyList<DateCue> dates, List<TenseCue> tenses, DateOnly today)
    {
        var g = m.Groups;
        string? relation = null;
        string? name = null;
        if (g["rel"].Success)
        {
            relation = Relation(g["rel"].Value, lang);
        }

        if (g["name"].Success)
        {
            var index = s.TokenAt(g["name"].Index);
            var typed = index < s.Tokens.Count ? s.Tokens[index].Original : g["name"].Value;
            typed = typed.EndsWith("'s", StringComparison.Ordinal) || typed.EndsWith("’s", StringComparison.Ordinal) ? typed[..^2] : typed;
            if (Relation(g["name"].Value, lang) is { } asRelation)
            {
                relation = asRelation;
            }
            else if (typed.Length > 1 && char.IsUpper(typed[0]) && Gazetteer.TryFirstName(typed, out var firstName))
            {
                name = firstName;
            }
        }

        var self = g["self"].Success;
        if ((relation is null or "his" or "her" or "their") && name is null && !self && rule.Kind is not (DetailKind.Travel or DetailKind.Celebration or DetailKind.Loyalty or DetailKind.Moving))
        {
            // "My daughter got her first job": the subject says whose it is better than "her".
            relation = SubjectRelation(s, lang, tf, rule.Kind == DetailKind.Bereavement) ?? relation;
        }

        string? place = null;
        if (g["place"].Success)
        {
            place = Places.Resolve(s, s.TokenAt(g["place"].Index), rule.Has(RuleFlags.StrictPlace), lang);
        }

        if ((rule.Has(RuleFlags.NeedsPlace) || rule.Has(RuleFlags.StrictPlace)) && place is null)
        {
            return null;
        }

        var written = g["noun"].Success ? g["noun"].Value : rule.Noun ?? (g["trig"].Success ? g["trig"].Value : null);
        var noun = rule.Kind == DetailKind.Celebration
            ? CelebrationName(lang, g["trig"].Value)
            : lang.Phrases.NounFor(rule.Kind, written);
        if (rule.Kind != DetailKind.Celebration && rule.Noun is { } fallbackNoun && noun == lang.Phrases.DefaultNoun[rule.Kind])
        {
            noun = lang.Phrases.NounFor(rule.Kind, fallbackNoun);
        }
        if (noun is null)
        {
            return null;
        }

        if ((rule.Kind == DetailKind.Travel && noun is "visit" or "tour" or "trek" && place is null) || (rule.Kind == DetailKind.Event && noun == "event"))
        {
            return null;
        }

        if (rule.Kind is DetailKind.Birthday or DetailKind.Wedding && relation is null && name is null && !self && rule.Noun == "the")
        {
            noun = "the";
        }

        int? ordinal = g["ord"].Success ? English.OrdinalValue(g["ord"].Value) : null;
        if (rule.Kind == DetailKind.Birthday && g["n"].Success)
        {
            ordinal = DateMath.SmallNumber(g["n"].Value) ?? AgeWord(g["n"].Value);
            if (relation is null && name is null)
            {
                noun = "birthday";
                self = true;
            }
        }

        int? years = null;
        if (rule.Kind == DetailKind.Loyalty)
        {
            var (ok, y) = LoyaltyYears(g, today);
            if (!ok)
            {
                return null;
            }

            years = y;
        }

        var first = g["q"].Success && (g["q"].Value.Contains("first", StringComparison.Ordinal) || g["q"].Value.StartsWith("prim", StringComparison.Ordinal) || g["q"].Value.StartsWith("premi", StringComparison.Ordinal) || g["q"].Value.StartsWith("erst", StringComparison.Ordinal));
        var isNew = rule.Has(RuleFlags.Celebrate) || (rule.Kind == DetailKind.NewPurchase && !first);
        if (rule.Kind == DetailKind.Pet && !isNew)
        {
            isNew = Enumerable.Range(Math.Max(0, tf - 2), Math.Min(2, tf)).Any(i => s.Tokens[i].Norm is "new" or "rescue" or "adopted" or "nuevo" or "nueva" or "nouveau" or "nouvelle" or "neuer" or "neue" or "neuen")
                || s.Text.Contains("settling in", StringComparison.Ordinal);
        }

        var (timing, date) = Timing(rule, s, lang, tf, tt, dates, tenses, today);
        if (rule.Kind == DetailKind.Loyalty)
        {
            timing = DetailTiming.Ongoing;
        }

        // A death is always behind us; a date in the sentence belongs to something else ("a walk for my late mum on Saturday").
        if (rule.Kind == DetailKind.Bereavement && timing == DetailTiming.Future && noun == lang.Phrases.DefaultNoun[rule.Kind]
            && !(g["trig"].Success && s.IsMatch(FuneralWords, g["trig"].Value)))
        {
            (timing, date) = (DetailTiming.Past, null);
        }

        var tone = Tone(rule, s, lang, tf, tt, timing, noun, isNew);
        var parts = new PhraseParts(rule.Kind, noun, relation, place, ordinal, name, timing, years, isNew);
        var phrase = lang.Phrases.Build(parts);
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        return new PersonalDetail(rule.Kind, tone, timing, phrase)
        {
            Place = place,
            Relation = relation,
            Owner = lang.OwnerOf(relation, rule.Kind),
            Noun = noun,
            Date = date,
            Language = lang.Code,
        };
    }

    private static readonly Regex FuneralWords = new(@"funeral|memorial|wake|celebration of life|obsèques|enterrement|funérailles|funeral|entierro|velorio|beerdigung|beisetzung|trauerfeier", RegexOptions.CultureInvariant);

    private static int? AgeWord(string word) => word switch
    {
        "thirteen" => 13, "sixteen" => 16, "eighteen" => 18, "twenty-one" => 21, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
        "a hundred" => 100, "cuarenta" => 40, "cincuenta" => 50, "quarante" => 40, "cinquante" => 50, "vierzig" => 40, "fünfzig" => 50, _ => null,
    };

    private static string? CelebrationName(LanguagePack lang, string written) => lang.Code switch
    {
        "en" => English.CelebrationNames.GetValueOrDefault(written.Trim()),
        _ => Other.CelebrationName(lang.Code, written.Trim()),
    };

    private static readonly string[] PossessiveEndings = ["'s", "s'", "'"];

    private static string? Relation(string written, LanguagePack lang)
    {
        var w = written.Trim();
        foreach (var suffix in PossessiveEndings)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && lang.Relations.ContainsKey(w[..^suffix.Length]))
            {
                w = w[..^suffix.Length];
                break;
            }
        }

        if (w is "his" or "her" or "their")
        {
            return w;
        }

        if (lang.Relations.TryGetValue(w, out var key))
        {
            return key;
        }

        return w.EndsWith('s') && lang.Relations.TryGetValue(w[..^1], out key) ? key : null;
    }

    /// <summary>"my mum is in hospital": the relation that is the subject just before the trigger.</summary>
    private static readonly HashSet<string> PetWords = new(StringComparer.Ordinal)
    {
        "dog", "cat", "puppy", "kitten", "hamster", "rabbit", "bunny", "horse", "pony", "parrot", "budgie", "guinea pig", "tortoise", "ferret", "goldfish", "pet",
    };

    private static string? SubjectRelation(Sentence s, LanguagePack lang, int tf, bool includePets = false)
    {
        for (var i = tf - 1; i >= Math.Max(0, tf - 6); i--)
        {
            var token = s.Tokens[i].Norm;
            if (lang.ClauseBoundaries.Contains(token))
            {
                return null;
            }

            // "Dad passed away", "Mum is in hospital": a family word opening the sentence.
            if (i == 0)
            {
                return s.Tokens[0].IsCapitalized && token is "dad" or "mum" or "mom" or "grandma" or "grandpa" or "nan" or "nana" or "granny" or "grandad" or "mama" or "papa" or "mamá" or "papá" or "maman" or "papa" or "mutti" or "oma" or "opa"
                    ? Relation(token, lang)
                    : null;
            }

            var previous = s.Tokens[i - 1].Norm;
            var isPossessive = previous is "my" or "our" or "mi" or "mis" or "nuestro" or "nuestra" or "mon" or "ma" or "mes" or "notre" or "nos" or "mein" or "meine" or "meiner" or "meinem" or "meinen" or "unser" or "unsere" or "unserer" or "unserem";
            if (isPossessive && includePets && lang.Code == "en" && PetWords.Contains(token))
            {
                return token;
            }

            if (isPossessive && Relation(token, lang) is { } rel)
            {
                var after = i + 1 < s.Tokens.Count ? s.Tokens[i + 1].Norm : string.Empty;
                if (after is "is" or "was" or "has" or "had" or "'s" or "passed" or "died" or "got" or "just" or "will" or "'ll" or "starts" or "started" or "graduates" or "graduated"
                    or "retires" or "retired" or "turns" or "turned" or "broke" or "fell" or "ended" or "went" or "needs" or "needed" or "recently" or "finally" or "and" or "who"
                    or "está" or "estuvo" or "ha" or "falleció" or "murió" or "est" or "a" or "vient" or "ist" or "war" or "hat" or "liegt" or "lag" or "se" or "s'est" or "wird" or "va" or "tiene"
                    or "prend" or "part" or "fête" or "se" or "geht" or "feiert" or "se jubila" or "cumple" or "been" or "'s")
                {
                    return rel;
                }

                if (s.Tokens[i].Norm.EndsWith("'s", StringComparison.Ordinal))
                {
                    return rel;
                }
            }
        }

        return null;
    }

    private static (bool Ok, int? Years) LoyaltyYears(GroupCollection g, DateOnly today)
    {
        if (!g["n"].Success)
        {
            return (true, null);
        }

        var n = g["n"].Value;
        var unit = g["unit"].Success ? g["unit"].Value : string.Empty;
        if (unit.StartsWith("month", StringComparison.Ordinal) || unit.StartsWith("mes", StringComparison.Ordinal) || unit.StartsWith("mois", StringComparison.Ordinal) || unit.StartsWith("monat", StringComparison.Ordinal))
        {
            return (false, null);
        }

        if (n.Length == 4 && int.TryParse(n, out var year))
        {
            var years = today.Year - year;
            return years >= 3 && years < 80 ? (true, years) : (false, null);
        }

        if (unit.StartsWith("decade", StringComparison.Ordinal) || unit.StartsWith("década", StringComparison.Ordinal) || unit.StartsWith("décennie", StringComparison.Ordinal) || unit.StartsWith("jahrzehnt", StringComparison.Ordinal))
        {
            var count = DateMath.SmallNumber(n) ?? 1;
            return (true, count * 10);
        }

        if (n is "a decade" or "une décennie" or "una década" or "ein jahrzehnt")
        {
            return (true, 10);
        }

        if (DateMath.SmallNumber(n) is { } number)
        {
            if (unit.Length == 0)
            {
                return (false, null);
            }

            return number >= 3 && number < 80 ? (true, number) : (false, null);
        }

        // "for years", "forever", "since day one"
        return (true, null);
    }

    // ---------------------------------------------------------------- timing and tone

    private static readonly HashSet<DetailKind> PlanKinds =
    [
        DetailKind.Travel, DetailKind.Moving, DetailKind.Wedding, DetailKind.Event, DetailKind.NewJob, DetailKind.NewBaby, DetailKind.Graduation, DetailKind.Celebration,
        DetailKind.Birthday, DetailKind.Anniversary, DetailKind.NewPurchase,
    ];

    private static readonly HashSet<DetailKind> VerbPlanKinds = [DetailKind.Travel, DetailKind.Moving, DetailKind.Event, DetailKind.Wedding, DetailKind.NewJob, DetailKind.Graduation];

    private static readonly HashSet<string> IngWords = new(StringComparer.Ordinal)
    {
        "wedding", "thanksgiving", "christening", "housewarming", "evening", "morning", "something", "nothing", "anything", "everything", "spring", "building", "meeting", "ring", "thing",
        "king", "offspring", "sibling", "darling", "pudding", "setting", "booking", "landing", "shopping", "training", "recovering", "healing", "dying", "grieving", "mourning", "flooding",
    };

    private static (DetailTiming Timing, DateOnly? Date) Timing(DetailRule rule, Sentence s, LanguagePack lang, int tf, int tt, IReadOnlyList<DateCue> dates, List<TenseCue> tenses, DateOnly today)
    {
        int Distance(int from, int to) => to <= tf ? tf - to : from >= tt ? from - tt : 0;

        var clauseStart = ClauseStart(s, lang, tf);
        var clauseEnd = ClauseEnd(s, lang, tt);
        bool InClause(int from, int to) => from >= clauseStart && to <= clauseEnd;

        // Tense in the trigger's clause: explicit words first, then progressive forms, then weak hints.
        // Nearest first; for explicit words, then one inside the trigger, then one before it.
        var strong = Nearest(tenses, t => t.Strong && !t.Progressive && InClause(t.From, t.To),
            t => (Distance(t.From, t.To) * 4) + (t.From >= tf && t.To <= tt ? 0 : 2) + (t.From < tf ? 0 : 1));
        var progressive = Nearest(tenses, t => t.Progressive && InClause(t.From, t.To), t => Distance(t.From, t.To));
        var anyStrong = Nearest(tenses, t => t.Strong && !t.Progressive, t => Distance(t.From, t.To));
        var weak = Nearest(tenses, t => !t.Strong && InClause(t.From, t.To), t => Distance(t.From, t.To));
        var triggerWord = tf < s.Tokens.Count ? s.Tokens[tf].Norm : string.Empty;
        var ingTrigger = triggerWord.Length > 5 && triggerWord.EndsWith("ing", StringComparison.Ordinal) && !IngWords.Contains(triggerWord);

        DetailTiming? ClauseTense()
        {
            if (rule.Has(RuleFlags.Present) && strong is not null && strong.From >= tf - 3 && strong.To <= tt)
            {
                return DetailTiming.Ongoing;
            }

            if (strong is not null)
            {
                return strong.Timing;
            }

            if (progressive is not null || (ingTrigger && PlanKinds.Contains(rule.Kind)))
            {
                return PlanKinds.Contains(rule.Kind) ? DetailTiming.Future : DetailTiming.Ongoing;
            }

            if (rule.Has(RuleFlags.Future))
            {
                return DetailTiming.Future;
            }

            if (rule.Has(RuleFlags.Past))
            {
                return DetailTiming.Past;
            }

            return rule.Has(RuleFlags.Present) ? DetailTiming.Ongoing : null;
        }

        var clauseTense = ClauseTense();

        // A date in another clause only counts when this clause says nothing about time itself.
        var cue = Nearest(dates, d => InClause(d.From, d.To) || (clauseTense is null && strong is null && PlanKinds.Contains(rule.Kind)), d => Distance(d.From, d.To) + (InClause(d.From, d.To) ? 0 : 6));
        if (cue is not null)
        {
            var sinceCue = cue.From > 0 && cue.From <= s.Tokens.Count && s.Tokens[cue.From - 1].Norm is "since" or "depuis" or "seit" or "desde"
                || (cue.From >= 0 && cue.From < s.Tokens.Count && s.Tokens[cue.From].Norm is "since" or "depuis" or "seit" or "desde");
            if (clauseTense == DetailTiming.Ongoing && strong?.Timing == DetailTiming.Ongoing && (sinceCue || (cue.Timing is null && s.Tokens.Any(t => t.Norm is "since" or "depuis" or "seit" or "desde"))))
            {
                // "in hospital since Monday": still going on.
                return (DetailTiming.Ongoing, null);
            }

            // "the last few months have been hard": a span reaching up to now.
            if (cue.Timing == DetailTiming.Past && strong?.Timing == DetailTiming.Ongoing && cue.From >= 0 && cue.From < s.Tokens.Count
                && s.Tokens[cue.From].Norm is "last" or "past" or "the" or "for")
            {
                return (DetailTiming.Ongoing, null);
            }

            DateOnly? date = cue.Timing switch
            {
                DetailTiming.Past => cue.Behind ?? cue.Ahead,
                DetailTiming.Future => cue.Ahead ?? cue.Behind,
                _ => clauseTense == DetailTiming.Past || (clauseTense is null && weak?.Timing == DetailTiming.Past) ? cue.Behind ?? cue.Ahead : cue.Ahead ?? cue.Behind,
            };

            if (date is { } d)
            {
                if (d > today)
                {
                    return (DetailTiming.Future, d);
                }

                if (d < today)
                {
                    return (DetailTiming.Past, d);
                }

                var sameDay = cue.Timing ?? clauseTense switch
                {
                    DetailTiming.Future => DetailTiming.Future,
                    DetailTiming.Past => DetailTiming.Past,
                    DetailTiming.Ongoing => DetailTiming.Ongoing,
                    _ => VerbPlanKinds.Contains(rule.Kind) && !rule.Has(RuleFlags.Present) ? DetailTiming.Future : DetailTiming.Ongoing,
                };
                return (sameDay, d);
            }

            if (cue.Timing is { } fixedTiming)
            {
                return (fixedTiming, null);
            }
        }

        if (clauseTense is { } t)
        {
            return (t, null);
        }

        // Sad news has a natural time of its own, stronger than a stray "for".
        switch (rule.Kind)
        {
            case DetailKind.Bereavement:
                return (anyStrong?.Timing == DetailTiming.Ongoing ? DetailTiming.Past : anyStrong?.Timing ?? DetailTiming.Past, null);
            case DetailKind.Health or DetailKind.Hardship or DetailKind.Loyalty:
                return (anyStrong?.Timing ?? DetailTiming.Ongoing, null);
        }

        return (anyStrong?.Timing ?? weak?.Timing ?? DetailTiming.Unknown, null);
    }

    /// <summary>
    /// The first item, in order, with the lowest key among those that pass: what Where(pass).OrderBy(key).FirstOrDefault()
    /// gives (the sort is stable), without sorting.
    /// </summary>
    private static T? Nearest<T>(IReadOnlyList<T> items, Func<T, bool> pass, Func<T, int> key)
        where T : class
    {
        T? best = null;
        var bestKey = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!pass(item))
            {
                continue;
            }

            var k = key(item);
            if (best is null || k < bestKey)
            {
                (best, bestKey) = (item, k);
            }
        }

        return best;
    }

    private static readonly HashSet<string> AheadOfTests = new(StringComparer.Ordinal)
    {
        "driving test", "theory test", "exams", "bar exam", "first day at school", "first day at university", "results", "examen", "examens", "prüfung", "prüfungen", "führerscheinprüfung",
        "permis", "examen de conducir", "primer día", "premier jour", "erster tag",
    };

    private static readonly Regex CancelledThing = new(@"^(?:\w+\s+){0,2}(?:order|orders|subscription|account|payment|card|plan|membership|delivery|package|item|items|purchase|contract|service|policy|request|pedido|suscripción|commande|abonnement|bestellung|abo|abonnement|vertrag)\b", RegexOptions.CultureInvariant);

    private static readonly Regex ThingBefore = new(@"\b(?:order|orders|subscription|account|payment|card|plan|membership|delivery|package|parcel|item|items|purchase|contract|service|policy|request|registry|refund|pedido|suscripción|commande|abonnement|bestellung|vertrag)\b(?:\s+\w+){0,2}$", RegexOptions.CultureInvariant);

    private static readonly Regex PetTrouble = new(@"\b(?:sick|ill|unwell|poorly|injured|hurt|limping|not eating|surgery|operation|vet|vets|emergency|hit by|lost|missing|ran away|enfermo|enferma|malade|blessé|krank|verletzt|tierarzt|veterinario|vétérinaire)\b", RegexOptions.CultureInvariant);

    private static DetailTone Tone(DetailRule rule, Sentence s, LanguagePack lang, int tf, int tt, DetailTiming timing, string noun, bool isNew)
    {
        if (rule.Kind is DetailKind.Bereavement or DetailKind.Health or DetailKind.Hardship)
        {
            return DetailTone.Empathize;
        }

        if (rule.Kind == DetailKind.Pet && (rule.Has(RuleFlags.GoneWrong) || s.IsMatch(PetTrouble, s.Text)))
        {
            return DetailTone.Empathize;
        }

        if (rule.Kind != DetailKind.Loyalty)
        {
            foreach (Match m in s.Matches(lang.GoneWrong, s.Text))
            {
                var from = s.TokenAt(m.Index);
                var to = s.TokenAt(m.Index + m.Length - 1) + 1;
                var distance = to <= tf ? tf - to : from >= tt ? from - tt : 0;
                var before = s.Span(Math.Max(0, from - 3), Math.Max(0, from - 3) + Math.Min(3, from));
                if (distance > 8 || s.IsMatch(CancelledThing, s.Text[Math.Min(s.Text.Length, m.Index + m.Length)..].TrimStart()) || s.IsMatch(ThingBefore, before))
                {
                    continue;
                }

                if (m.Groups["strong"].Success || timing is DetailTiming.Past or DetailTiming.Ongoing)
                {
                    return DetailTone.Empathize;
                }
            }
        }

        if (rule.Has(RuleFlags.GoneWrong))
        {
            return DetailTone.Empathize;
        }

        if (rule.Has(RuleFlags.Achievement) || rule.Has(RuleFlags.Celebrate))
        {
            return DetailTone.Celebrate;
        }

        return rule.Kind switch
        {
            DetailKind.Travel or DetailKind.Moving => DetailTone.WishWell,
            DetailKind.Event => Achieved(s, tf) ? DetailTone.Celebrate : DetailTone.WishWell,
            DetailKind.Graduation when rule.Has(RuleFlags.WishWell) && timing != DetailTiming.Past => DetailTone.WishWell,
            DetailKind.Graduation when AheadOfTests.Contains(noun) && timing is DetailTiming.Future or DetailTiming.Unknown && !rule.Has(RuleFlags.Achievement) => DetailTone.WishWell,
            DetailKind.Pet => isNew ? DetailTone.Celebrate : DetailTone.WishWell,
            _ => DetailTone.Celebrate,
        };
    }

    private static bool Achieved(Sentence s, int tf)
    {
        for (var i = Math.Max(0, tf - 4); i < tf; i++)
        {
            if (s.Tokens[i].Norm is "ran" or "finished" or "completed" or "won" or "nailed" or "smashed" or "aced" or "crushed" or "passed" or "terminé" or "gané" or "terminado" or "gewonnen" or "geschafft" or "bestanden")
            {
                return true;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- priority

    private static List<PersonalDetail> Prioritize(List<Found> found, DateOnly today)
    {
        static int Richness(PersonalDetail d) => (d.Place is null ? 0 : 2) + (d.Relation is null ? 0 : 1) + (d.Date is null ? 0 : 1) + (d.Timing == DetailTiming.Unknown ? 0 : 1)
            + (d.Noun is null || d.Noun == Languages.ByLocale(d.Language).Phrases.DefaultNoun[d.Kind] ? 0 : 1);

        if (found.Count < 2)
        {
            return [.. found.Select(f => f.Detail)]; // nothing to group or order
        }

        return found
            .GroupBy(f => f.Detail.Kind)
            .Select(g => g.OrderByDescending(f => Richness(f.Detail)).ThenBy(f => Score(f.Detail, today)).ThenBy(f => f.Order).First())
            .OrderBy(f => f.Detail.Tone == DetailTone.Empathize ? 0 : 1)
            .ThenBy(f => Score(f.Detail, today))
            .ThenBy(f => f.Detail.Tone == DetailTone.Celebrate ? 0 : 1)
            .ThenBy(f => f.Order)
            .Select(f => f.Detail)
            .ToList();
    }

    /// <summary>How far away a detail is, in days, with undated ones at typical distances; lower comes first.</summary>
    internal static int Score(PersonalDetail d, DateOnly today)
    {
        if (d.Kind == DetailKind.Loyalty)
        {
            return 10_000;
        }

        return d.Timing switch
        {
            DetailTiming.Ongoing => 0,
            DetailTiming.Future => d.Date is { } date ? Math.Max(0, date.DayNumber - today.DayNumber) : 14,
            DetailTiming.Past => d.Date is { } date ? 10 + Math.Min(365, today.DayNumber - date.DayNumber) : 30,
            _ => 45,
        };
    }
}
