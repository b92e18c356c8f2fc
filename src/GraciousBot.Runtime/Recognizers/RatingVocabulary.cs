namespace GraciousBot.Runtime.Recognizers;

/// <summary>Number words, units and rating adjectives, all languages together.</summary>
internal static class RatingVocabulary
{
    private static readonly (int Value, string Words)[] NumberRows =
    [
        (0, "zero, cero, zéro, null"),
        (1, "one, uno, eins"),
        (2, "two, dos, deux, zwei, zwo"),
        (3, "three, tres, trois, drei"),
        (4, "four, cuatro, quatre, vier"),
        (5, "five, cinco, cinq, fünf, fuenf"),
        (6, "six, seis, sechs"),
        (7, "seven, siete, sept, sieben"),
        (8, "eight, ocho, huit, acht"),
        (9, "nine, nueve, neuf, neun"),
        (10, "ten, diez, dix, zehn"),
        (100, "hundred, cien, ciento, cent, hundert, einhundert"),
    ];

    /// <summary>"one star", "une étoile", "ein Stern": articles that mean 1 only right before a unit.</summary>
    public static WordSet OneBeforeUnit { get; } = new("a, an, un, une, una, ein, eine, einen, einem, einer");

    /// <summary>"one" is a pronoun after these ("the best one", "this one"), not a rating.</summary>
    public static WordSet BeforePronounOne { get; } = new(
        "the, this, that, which, every, any, each, another, other, no, good, great, best, nice, bad, worst, big, last, first, right, only, new, old, a, an");

    /// <summary>"très bien": the French intensifier folds to the Spanish "tres" (3).</summary>
    public static WordSet AfterFrenchTres { get; } = new(
        "bien, bon, bonne, mal, mauvais, mauvaise, content, contente, satisfait, satisfaite, nul, nulle, utile, rapide, sympa, efficace, agréable, lent, long, décevant");

    public static WordSet Units { get; } = new(
        "star, stars, estrella, estrellas, étoile, étoiles, stern, sterne, sternen, point, points, punto, puntos, punkt, punkte, pts, pt, ⭐, ★, 🌟");

    /// <summary>Units that make a number something other than a rating: "waited 30 minutes", "2 days".</summary>
    public static WordSet OtherUnits { get; } = new(
        "second, seconds, secs, min, mins, minute, minutes, hour, hours, hrs, day, days, week, weeks, month, months, year, years, times, euros, dollars, pounds, emails, mails, calls, messages, texts, tickets, letters",
        "segundos, minuto, minutos, hora, horas, día, días, semana, semanas, mes, meses, año, años, veces, correos, emails, mails, llamadas, mensajes, cartas",
        "minute, minutes, heure, heures, jour, jours, semaine, semaines, mois, an, ans, fois, mails, courriels, appels, messages, lettres",
        "sekunden, minute, minuten, stunde, stunden, tag, tage, tagen, woche, wochen, monat, monate, jahr, jahre, mal, mails, e-mails, emails, anrufe, nachrichten, briefe");

    /// <summary>Words that make a number a German school grade (1 the best, 6 the worst) in any closing.</summary>
    public static WordSet SchoolGradeWords { get; } = new("schulnote, schulnoten, schulnotensystem");

    /// <summary>In a German closing "Note 2" is a school grade too.</summary>
    public static WordSet GermanGradeWords { get; } = new("note, noten, notensystem, setzen");

    /// <summary>Number words of four letters or more mistyped: two neighbouring letters swapped ("fiev") or a letter
    /// doubled ("cuatrro"); looked up squeezed (doubled letters made single).</summary>
    public static IReadOnlyDictionary<string, int> MistypedNumbers { get; } = NumberRows
        .SelectMany(row => TextNormalizer.List(row.Words).Select(word => (row.Value, Word: TextNormalizer.Normalize(word))))
        .Where(entry => entry.Word.Length >= 4 && entry.Value is >= 1 and <= 10)
        .SelectMany(entry => Enumerable.Range(0, entry.Word.Length - 1)
            .Select(i => string.Concat(entry.Word.AsSpan(0, i), entry.Word.AsSpan(i + 1, 1), entry.Word.AsSpan(i, 1), entry.Word.AsSpan(i + 2)))
            .Append(entry.Word)
            .Select(typo => (entry.Value, Typo: TextNormalizer.Squeeze(typo))))
        .GroupBy(entry => entry.Typo, StringComparer.Ordinal)
        .Where(group => group.Select(entry => entry.Value).Distinct().Count() == 1)
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    /// <summary>Filled stars; "☆" (empty) is not counted.</summary>
    public static WordSet StarSymbols { get; } = new("⭐, ★, 🌟, ✭, ✮, ✯, ✪, ✰");

    /// <summary>Between the two numbers of a fraction: "4/5", "4 out of 5", "4 de 5", "4 sur 5", "4 von 5".</summary>
    public static PhraseSet<bool> FractionConnectors { get; } = PhraseSet.Of("/, out of, outta, of, de, sobre, sur, von, aus, auf");

    public static PhraseSet<bool> PercentWords { get; } = PhraseSet.Of("%, percent, per cent, pct, por ciento, por cien, pour cent, pourcent, prozent");

    public static WordSet Negators { get; } = new(
        "not, no, never, isn't, wasn't, don't, didn't, nunca, tampoco, ne, pas, jamais, nicht, nie, kein, keine");

    /// <summary>
    /// Adjectives and emoji on a 1-5 scale (rescaled when the prompt's maximum is not 5). Negated forms that mean
    /// something else are listed as phrases ("not bad" = 3, "pas terrible" = 2); other negated adjectives are ignored.
    /// </summary>
    private static readonly (int Value, string Phrases)[] AdjectiveRows =
    [
        // English
        (5, """
            excellent, perfect, amazing, awesome, outstanding, fantastic, brilliant, superb, wonderful, exceptional,
            the best, best ever, loved it, love it, flawless, top notch, 😍, 🤩, 🥰, 💯, 🏆
            """),
        (4, "great, very good, really good, good, super, nice, pretty good, helpful, 👍, 😀, 😃, 😄, 😁, 😊"),
        (3, "ok, okay, fine, alright, average, decent, meh, so so, not bad, fair, could be better, 😐, 🙂"),
        (2, "bad, poor, not good, not great, disappointing, disappointed, not very good, subpar, unhelpful, not helpful, 🙁, 😕, 👎"),
        (1, """
            terrible, awful, horrible, horrendous, the worst, worst, useless, very bad, really bad, pathetic, abysmal,
            atrocious, garbage, trash, rubbish, 😡, 🤬, 😠, 💩, 😞, 😢, 😭
            """),

        // Spanish
        (5, "excelente, perfecto, perfecta, increíble, fantástico, maravilloso, genial, lo mejor, espectacular, buenísimo, inmejorable"),
        (4, "muy bien, muy bueno, muy buena, bueno, buena, bien, súper"),
        (3, "regular, normal, más o menos, ni bien ni mal, aceptable, pasable, no está mal"),
        (2, "mal, malo, mala, no muy bien, no muy bueno, pobre, decepcionante, flojo"),
        (1, "pésimo, pésima, fatal, malísimo, muy mal, muy malo, lo peor, inútil, un desastre, desastroso"),

        // French
        (5, "parfait, parfaite, génial, formidable, exceptionnel, incroyable, fantastique, merveilleux, au top, top, impeccable, nickel"),
        (4, "très bien, très bon, très bonne, bon, bonne, sympa"),
        (3, "moyen, correct, passable, bof, pas mal, ça va"),
        (2, "mauvais, mauvaise, pas terrible, pas top, décevant, pas bien, pas bon, médiocre"),
        (1, "nul, nulle, catastrophique, affreux, lamentable, très mauvais, très mal, le pire, inutile, minable"),

        // German
        (5, "ausgezeichnet, perfekt, hervorragend, exzellent, fantastisch, großartig, spitze, spitzenklasse, klasse, erstklassig, wunderbar"),
        (4, "sehr gut, gut, toll, prima"),
        (3, "mittelmäßig, geht so, durchschnittlich, ganz ok, in ordnung, nicht schlecht, passabel"),
        (2, "schlecht, nicht gut, enttäuschend, mangelhaft, mäßig, nicht so gut"),
        (1, "schrecklich, furchtbar, katastrophal, miserabel, grottenschlecht, sehr schlecht, ungenügend, unbrauchbar, mies, nutzlos, unterirdisch"),
    ];

    public static IReadOnlyDictionary<string, int> Numbers { get; } = NumberRows
        .SelectMany(row => TextNormalizer.List(row.Words).Select(word => (Word: TextNormalizer.Normalize(word), row.Value)))
        .DistinctBy(entry => entry.Word) // "zero" and "zéro" fold to one word
        .ToDictionary(entry => entry.Word, entry => entry.Value, StringComparer.Ordinal);

    public static PhraseSet<int> Adjectives { get; } = new(
        AdjectiveRows.SelectMany(row => TextNormalizer.List(row.Phrases).Select(phrase => (phrase, row.Value))));
}
