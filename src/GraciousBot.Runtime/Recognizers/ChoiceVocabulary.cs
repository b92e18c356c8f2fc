namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Ordinals, numbers and filler words for picking a choice, all languages together (they do not collide). Positions
/// count from 1; <see cref="Last"/> and <see cref="SecondToLast"/> count from the end.
/// </summary>
internal static class ChoiceVocabulary
{
    public const int Last = -1;
    public const int SecondToLast = -2;

    private static readonly (int Position, string Phrases)[] Ordinals =
    [
        // English
        (1, "first, 1st, top"), (2, "second, 2nd"), (3, "third, 3rd"), (4, "fourth, 4th"),
        (5, "fifth, 5th"), (6, "sixth, 6th"), (7, "seventh, 7th"), (8, "eighth, 8th"), (9, "ninth, 9th"),
        (10, "tenth, 10th"), (Last, "last, final, bottom"),
        (SecondToLast, "second to last, second last, penultimate, next to last"),

        // Spanish (both genders)
        (1, "primero, primera, primer, 1º, 1ª, 1o, 1a"), (2, "segundo, segunda, 2º, 2ª, 2o, 2a"),
        (3, "tercero, tercera, tercer, 3º, 3ª, 3o, 3a"), (4, "cuarto, cuarta, 4º, 4ª, 4o, 4a"),
        (5, "quinto, quinta, 5º, 5ª"), (6, "sexto, sexta"), (7, "séptimo, séptima"), (8, "octavo, octava"),
        (9, "noveno, novena"), (10, "décimo, décima"), (Last, "último, última, ultimo, ultima"),
        (SecondToLast, "penúltimo, penúltima"),

        // French
        (1, "premier, première, premiere, 1er, 1re, 1ère, 1ere"),
        (2, "deuxième, deuxieme, second, seconde, 2e, 2ème, 2eme, 2nde"), (3, "troisième, 3e, 3ème, 3eme"),
        (4, "quatrième, 4e, 4ème, 4eme"), (5, "cinquième, 5e, 5ème"), (6, "sixième"), (7, "septième"),
        (8, "huitième"), (9, "neuvième"), (10, "dixième"), (Last, "dernier, dernière, derniere"),
        (SecondToLast, "avant-dernier, avant-dernière, avant dernier, avant derniere"),

        // German (every ending: erste, erster, erstes, ersten, erstem)
        (1, Declined("erst")), (2, Declined("zweit")), (3, Declined("dritt")), (4, Declined("viert")),
        (5, Declined("fünft")), (6, Declined("sechst")), (7, Declined("siebt")), (8, Declined("acht")),
        (9, Declined("neunt")), (10, Declined("zehnt")), (Last, Declined("letzt")),
        (SecondToLast, Declined("vorletzt")),
    ];

    /// <summary>Numbers written as words, accepted when they are the whole answer or follow "option"/"number".</summary>
    private static readonly (int Position, string Phrases)[] Cardinals =
    [
        (1, "one, uno, una, un, une, eins"), (2, "two, dos, deux, zwei, zwo"), (3, "three, tres, trois, drei"),
        (4, "four, cuatro, quatre, vier"), (5, "five, cinco, cinq, fünf"), (6, "six, seis, sechs"),
        (7, "seven, siete, sept, sieben"), (8, "eight, ocho, huit, acht"), (9, "nine, nueve, neuf, neun"),
        (10, "ten, diez, dix, zehn"),
    ];

    /// <summary>Words that say "this one" around the real answer; dropped before matching.</summary>
    public static WordSet Fillers { get; } = new(
        // English
        """
        the, a, an, this, that, it, its, one, ones, option, choice, number, no, num, nr, non, nein, item, answer, please, pls, plz,
        thanks, thank, you, ok, okay, so, um, uh, hmm, well, i, id, im, want, wanna, would, like, take, choose, pick,
        select, go, with, for, think, guess, let, lets, me, my, is, be, will, need, about, thing, stuff, just, maybe
        """,
        // Spanish
        """
        el, la, los, las, lo, opción, opcion, número, numero, por, favor, porfa, quiero, elijo, escojo, me, quedo, con,
        eso, esa, ese, esta, este, gracias, pues, bueno, prefiero, de, del, sobre, mi, es, la de
        """,
        // French
        """
        le, la, l, les, option, choix, numéro, numero, n, svp, stp, s, il, vous, plait, plaît, je, veux, voudrais,
        prends, prendrai, choisis, prendrais, celle, celui, ci, là, merci, ça, euh, bah, alors, c, est, de, du, pour,
        ma, mon, un, une
        """,
        // German
        """
        die, der, das, den, dem, des, option, nummer, nr, wahl, bitte, ich, nehme, möchte, moechte, will, hätte,
        haette, gern, gerne, danke, also, äh, ähm, ja, mit, zu, zum, zur, über, ueber, mein, meine, ist, eine, ein
        """);

    /// <summary>Words after which a number word names a position: "option two", "número dos".</summary>
    public static WordSet NumberIntroducers { get; } = new("option, choice, number, no, num, nr, opción, opcion, número, numero, choix, numéro, nummer");

    /// <summary>Words that refuse a choice rather than pick one: "not the first one", "none", "neither".</summary>
    public static WordSet Refusals { get; } = new(
        "not, don't, neither, none, nor, ninguno, ninguna, ni, pas, aucun, aucune, nicht, kein, keine, keinen, weder");

    /// <summary>"no"/"non"/"nein": an interjection before a comma ("no, the second"), a refusal before a word ("no la primera").</summary>
    public static WordSet RefusalsBeforeAWord { get; } = new("no, non, nein");

    public static PhraseSet<int> OrdinalPhrases { get; } = new(Ordinals.SelectMany(row => TextNormalizer.List(row.Phrases).Select(phrase => (phrase, row.Position))));

    public static PhraseSet<int> CardinalPhrases { get; } = new(Cardinals.SelectMany(row => TextNormalizer.List(row.Phrases).Select(phrase => (phrase, row.Position))));

    private static string Declined(string stem) => string.Join(", ", new[] { "e", "er", "es", "en", "em" }.Select(ending => stem + ending));
}
