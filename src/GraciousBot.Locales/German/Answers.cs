namespace GraciousBot.Locales;

/// <summary>German: what short answers need (see <see cref="AnswerWords"/>).</summary>
internal static partial class German
{
    public static AnswerWords Answers { get; } = new()
    {
        YesNo =
        [
            new(Cue.Filler, "nichts für ungut, nix für ungut, nicht böse gemeint, ist nicht böse gemeint, mein deutsch ist nicht gut, sorry für mein deutsch"),
            new(Cue.Positive | Cue.Hedge, "glaube schon, glaub schon, denke schon, denk schon, ich glaube schon, ich denke schon, schätze schon, wohl schon"),
            new(Cue.Uncertain | Cue.Hedge, "ich glaube, ich denke, wahrscheinlich"),
            new(Cue.Positive, "mach mal, machen sie, machen sie mal, nur zu, gerne doch, scheint zu klappen, scheint zu laufen, klappt wohl, scheint geklappt zu haben"),
            new(Cue.Positive | Cue.Weak, "schätze schon, schätze ich, denke ich, vermutlich, wohl schon"),
            new(Cue.Negative, "blinkt, blinkt rot, blinkt immer noch, leuchtet rot, immer noch rot, immer noch schwarz, ist schwarz, bleibt schwarz"),
            new(Cue.Uncertain, "ned sicher, net sicher, nid sicher, nöd sicher, mir ned sicher, nur abends, ab und zu, hin und wieder, nur manchmal"),
            new(Cue.Uncertain, "weiß ich noch nicht, weiss ich noch nicht, weiß noch nicht, weiss noch nicht, ich weiß es noch nicht, weiß ehrlich nicht, weiss ehrlich nicht, weiß echt nicht, weiß nich, weiss nich, vllt, vlt, evtl, eventuell, vielleich, trau dem noch nicht, traue dem frieden nicht, trau dem frieden nicht, bin noch skeptisch"),
            new(Cue.Negator | Cue.PostNegator, "nöd, nid, ned"),
            new(Cue.NoWord, "nicht dass ich wüsste, soweit ich sehe nicht, vergessen sie's, vergessen sie es, vergiss es, vergessen sie das, ^na$, nicht nötig"),
            new(Cue.Negative, "bricht ab, bricht noch ab, bricht immer ab, bricht wieder ab, fällt aus, fällt wieder aus, hängt, hängt sich auf, stürzt ab, kann nicht mal, kann mich nicht einloggen, komme nicht rein, geht gar nix mehr, geht gar nichts mehr, geht nix mehr, geht nichts mehr, nix geht mehr, nichts geht mehr, geht gar nix, geht gar nichts, wieder weg, ist wieder weg, zurück auf los, wieder am anfang, wieder bei null, alles beim alten, fehlermeldung, immer noch nüt, immer no nüt, no nüt, nüt"),
            new(Cue.Negative | Cue.OnlyNegated, "problem, probleme, fehler, störung, störungen"),
            new(Cue.Positive, "gehts, geht's, gehts wieder, geht's wieder, gahts, gaht, gaht's, goht, lauft, läuft wieder, funzt, klappts, klappt's, funktionierts, funktioniert's, scheint so, sieht so aus, sieht gut aus, scheint zu gehen, scheint zu funktionieren, kommt nicht mehr, erscheint nicht mehr, ist verschwunden, passt scho, passt schon"),
            new(Cue.YesWord, "jo, jap, jup, jep, jawohl, jawoll, joa, ja bitte, ja danke, ja gerne"),
            new(Cue.YesWord | Cue.Particle, "ja, doch"),
            new(Cue.NoWord, "nein, nee, nö, nein danke, nee danke, nö danke, ^nichts$, gar nix, ^nix$"),
            new(Cue.NoWord | Cue.Particle, "ne"),
            new(Cue.Positive, """
                keine störung mehr, keine probleme mehr, kein problem mehr, keine störungen mehr, genau, klar, na klar, natürlich, sicher, sicherlich, stimmt, richtig, korrekt, auf jeden fall, absolut,
                definitiv, gerne, gern, passt, hat geklappt, geklappt, klappt, funktioniert, funktioniert jetzt,
                hat funktioniert, geht, geht wieder, läuft, gelöst, behoben, erledigt, geholfen, hat geholfen, alles gut,
                alles klar, super, perfekt, prima, toll, selbstverständlich, freilich, einverstanden, in ordnung,
                warum nicht, kein problem, keine probleme, ich denke schon, ich glaube schon, denke schon, glaube schon
                """),
            new(Cue.Negative, """
                kaputt, falsch, gleiches problem, dasselbe problem, das gleiche problem, immer noch kaputt,
                immer noch das gleiche, schlimmer, schlechter
                """),
            new(Cue.NoWord, """
                leider nein, auf keinen fall, ich glaube nicht, glaube nicht, denke nicht, ich denke nicht, das wars,
                das war's, das war alles, sonst nichts, nichts weiter, nichts mehr, lieber nicht, lassen sie's, lassen sie es,
                lassen sie's lieber, lassen wir das, lassen wir's, lass mal, lass es, lass gut sein, lohnt sich nicht, lohnt nicht
                """),
            new(Cue.NoWord | Cue.Negator | Cue.PostNegator, """
                eher nicht, nicht wirklich, leider nicht, noch nicht, immer noch nicht, gar nicht, überhaupt nicht,
                keineswegs, nicht mehr
                """),
            new(Cue.Positive | Cue.Weak, "ok, okay, gut, sehr gut, bitte, danke funktioniert"),
            new(Cue.Positive | Cue.OnlyNegated, "funktionieren, helfen, klappen, lösen, laden, öffnen, geändert"),
            new(Cue.Negative | Cue.Weak, "leider"),
            new(Cue.Negator, "kein, keine, keinen, keiner, keinem, ohne, niemand, nichts, nix"),
            new(Cue.Negator | Cue.ClauseNegator, "weder"),
            new(Cue.Negator | Cue.PostNegator, "nicht, nie, niemals, nimmer"),
            new(Cue.Uncertain, """
                vielleicht, geht so$, weiß nicht, weiß ich nicht, weiss ich nicht, weiss nicht, ich weiß es nicht, ich weiß nicht, keine ahnung, nicht sicher,
                unsicher, jein, teilweise, mehr oder weniger, teils teils, kommt drauf an, kommt darauf an, mal sehen,
                schwer zu sagen, halbwegs, naja geht so, naja mal sehen, ja und nein, manchmal, ich probiere es, probiere ich, noch nicht getestet,
                ich denke, ich glaube, wahrscheinlich
                """),
            new(Cue.Question, "^wie, ^warum, ^wieso, ^weshalb, ^wann, ^wo, ^wer, ^was, ^welche, ^welcher"),
            new(Cue.Contrast, "aber, jedoch, sondern, allerdings"),
            new(Cue.Filler, "mal, halt, eben, danke, vielen dank, danke schön, also, äh, ähm, hm, ach, tja, das, es, ist, hat, ich, jetzt, sehr"),
        ],
        Interruptions = new(
            Fillers: """
                bitte, jetzt, sofort, einfach, mal, ok, okay, also, hallo, hey, äh, ähm, ich, will, möchte, moechte, würde,
                wuerde, gerne, gern, kann, könnte, koennte, können, koennen, wir, uns, mich, mir, das, es, dies, danke,
                hätte, haette, lieber, doch
                """,
            HumanFillers: """
                mit, einem, einer, einen, eine, ein, dem, der, den, die, sprechen, reden, chatten, schreiben, verbinden,
                verbinde, weiterleiten, zu, zum, echten, echte, echter, richtigen, richtige, richtiger, lebenden,
                menschlichen, anderen, sie, geben, durchstellen, stellen, sie mich
                """,
            Human: """
                mitarbeiter, mitarbeiterin, mensch, menschen, person, jemand, jemandem, jemanden, berater, beraterin,
                agent, agenten, kundenservice, kundendienst, support, supportmitarbeiter, vorgesetzten, vorgesetzter,
                chef, supervisor, operator, sachbearbeiter, sachbearbeiterin, servicemitarbeiter, kundenbetreuer
                """,
            Cancel: """
                abbrechen, abbruch, brich ab, stopp, stop, stoppen, aufhören, hör auf, hoer auf, beenden, beende,
                vergiss es, vergessen sie es, vergiss das, vergiss, schluss, ende, lass es, lassen wir das, lass gut sein,
                halt die klappe
                """,
            Help: """
                hilfe, hilf mir, helfen sie mir, ich brauche hilfe, brauche hilfe, was kann ich sagen, was soll ich sagen,
                was kann ich tun, was soll ich tun, wie funktioniert das, wie geht das, optionen, menü, welche optionen,
                ich verstehe nicht, ich verstehe das nicht, verstehe ich nicht, versteh ich nicht, keine ahnung was ich tun soll
                """,
            StartOver: """
                von vorne, von vorn, nochmal von vorne, noch einmal von vorne, von vorne anfangen, von vorne beginnen,
                neu starten, neustart, neu anfangen, neu beginnen, zurück zum anfang, zurueck zum anfang, von anfang an,
                zurücksetzen, nochmal anfangen, noch mal von vorne, alles von vorne
                """,
            TalkVerbs: "sprechen, reden, chatten, schreiben, verbinden, verbinde, weiterleiten, durchstellen",
            Topic: "über, wegen, bezüglich, zu meiner, zu meinem"),
        Rating = new()
        {
            Numbers =
            [
                new(0, "null"),
                new(1, "eins"),
                new(2, "zwei, zwo"),
                new(3, "drei"),
                new(4, "vier"),
                new(5, "fünf, fuenf, fümf, füf, fünv, fümv"),
                new(6, "sechs"),
                new(7, "sieben"),
                new(8, "acht"),
                new(9, "neun"),
                new(10, "zehn"),
                new(100, "hundert, einhundert"),
            ],
            OneBeforeUnit = "ein, eine, einen, einem, einer",
            Units = "stern, sterne, sternen, punkt, punkte",
            OtherUnits = "sekunden, minute, minuten, stunde, stunden, tag, tage, tagen, woche, wochen, monat, monate, jahr, jahre, mal, mails, e-mails, emails, anrufe, nachrichten, briefe",
            FractionConnectors = "von, vo, vu, vom, aus, auf",
            PercentWords = "prozent",
            Negators = "nicht, nie, kein, keine",
            Adjectives =
            [
                new(5, "ausgezeichnet, perfekt, hervorragend, exzellent, fantastisch, großartig, spitze, spitzenklasse, klasse, erstklassig, wunderbar"),
                new(4, "sehr gut, gut, toll, prima"),
                new(3, "mittelmäßig, geht so, durchschnittlich, ganz ok, in ordnung, nicht schlecht, passabel"),
                new(2, "schlecht, nicht gut, enttäuschend, mangelhaft, mäßig, nicht so gut"),
                new(1, "schrecklich, furchtbar, katastrophal, miserabel, grottenschlecht, sehr schlecht, ungenügend, unbrauchbar, mies, nutzlos, unterirdisch"),
            ],
            SchoolGrade = "schulnote, schulnoten, schulnotensystem",
            Grade = "note, noten, notensystem, setzen",
        },
        Choice = new()
        {
            Ordinals =
            [
                new(1, Declined("erst")),
                new(2, Declined("zweit")),
                new(3, Declined("dritt")),
                new(4, Declined("viert")),
                new(5, Declined("fünft")),
                new(6, Declined("sechst")),
                new(7, Declined("siebt")),
                new(8, Declined("acht")),
                new(9, Declined("neunt")),
                new(10, Declined("zehnt")),
                new(ChoiceWords.Last, Declined("letzt")),
                new(ChoiceWords.SecondToLast, Declined("vorletzt")),
            ],
            Cardinals =
            [
                new(1, "eins"),
                new(2, "zwei, zwo"),
                new(3, "drei"),
                new(4, "vier"),
                new(5, "fünf"),
                new(6, "sechs"),
                new(7, "sieben"),
                new(8, "acht"),
                new(9, "neun"),
                new(10, "zehn"),
            ],
            Fillers = """
                die, der, das, den, dem, des, option, nummer, nr, wahl, bitte, ich, nehme, möchte, moechte, will, hätte,
                haette, gern, gerne, danke, also, äh, ähm, ja, mit, zu, zum, zur, über, ueber, mein, meine, ist, eine, ein
                """,
            NumberIntroducers = "option, nummer, nr",
            Refusals = "nicht, kein, keine, keinen, weder",
            RefusalsBeforeAWord = "nein",
        },
        Skip = new()
        {
            Politeness = "danke, vielen dank, danke schön, dankeschön, bitte, also, äh, ähm, sorry, sorri, tut mir leid, entschuldigung",
            LeadingNo = "nein, nee, nö",
            Phrases = """
                nichts, nichts weiter, nichts mehr, nichts hinzuzufügen, nichts zu sagen, nein, nee, nö, kein kommentar,
                keine kommentare, keine anmerkungen, keine anmerkung, überspringen, weiter, passt, alles gut, alles klar,
                das wars, das war's, das war alles, nein danke, keine, k. a., k.a., keine angabe, ne, nö danke, passe, gar nichts,
                nicht wirklich, passt schon, ich habe nichts hinzuzufügen, nichts zu ergänzen
                """,
        },
        Frustration = new()
        {
            AbusiveWords = """
                scheiße, scheiss, scheiß, arschloch, arschlöcher, vollidiot, idioten, wichser, fick, ficken, depp, trottel,
                spast, hurensohn, blödmann, kacke
                """,
            AbusiveStems = "scheiss, scheis, arschl, drecks, wichs",
            MaskedForms = "scheisse, arschloch",
            Abuse = "fick dich, halt die fresse, verpiss dich, leck mich, du idiot",
            Complaints = """
                unverschämt, unverschämtheit, nutzlos, sinnlos, zeitverschwendung, lächerlich, frechheit, eine frechheit,
                katastrophe, katastrophal, schlechtester service, der schlechteste, unmöglich, unzumutbar, inakzeptabel,
                bringt nichts, hilft nicht, hilft mir nicht, nervig, ärgerlich, enttäuscht, enttäuschend, die nase voll,
                jetzt reicht's, jetzt reicht es, mir reicht's, schrecklich, furchtbar, miserabel, armselig, peinlich, ein witz, witzlos,
                inkompetent, unfähig, verdammt, wie oft noch, ich habe es schon gesagt, abzocke
                """,
        },
    };

    /// <summary>Every ending of a German ordinal: "erst" → "erste, erster, erstes, ersten, erstem".</summary>
    private static string Declined(string stem) => string.Join(", ", new[] { "e", "er", "es", "en", "em" }.Select(ending => stem + ending));
}
