namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Recognises an explicit "nothing to add" for an optional free-text answer. The whole answer must say so, apart from
/// politeness ("thanks", "please", "gracias", "merci", "danke") and a leading "no"/"nope"/"non"/"nein": "Nothing else,
/// thanks!" and "no, all good" skip; "nothing worked" and "no, the agent was rude" do not. A lone dash, dot or slash
/// ("-", "...", "/") skips too. All languages are accepted whatever the locale.
/// </summary>
public static class SkipRecognizer
{
    internal static readonly PhraseSet<bool> Politeness = PhraseSet.Of(
        """
        thanks, thank you, thanks a lot, many thanks, thank you very much, thx, ty, please, pls, sorry, ok, okay, so, um,
        uh, hmm, well, really, lol, 🙂, 😊, 👍, 🙏,
        gracias, muchas gracias, por favor, porfa, vale, bueno, pues, perdón,
        merci, merci beaucoup, s'il vous plaît, svp, stp, bon, ben, euh, désolé,
        danke, vielen dank, danke schön, dankeschön, bitte, also, äh, ähm
        """);

    private static readonly WordSet LeadingNo = new("no, nope, nah, nop, non, nan, nein, nee, nö");

    private static readonly string[] SkipPhrases =
    [
        // English
        """
        skip, skip it, skip this, skip that, pass, i'll pass, i pass, no comment, no comments, nothing, nothing else,
        nothing more, nothing to add, nothing to say, nothing further, nothing at all, none, nil, n/a, na, not applicable,
        no, nope, nah, not really, no thanks, no thank you, all good, i'm good, im good, i'm fine, all fine, that's all,
        that's it, that is all, no more, nothing else to add, not at this time, not now, not today, no feedback,
        nothing comes to mind, next, move on, nothing more to say, nothing more to add, all good here, no further comments,
        no further comment, skip this question, skip the question, skip question, can we skip, can i skip, let's skip,
        no complaints, nothing to report
        """,

        // Spanish
        """
        nada, nada más, nada mas, nada que añadir, nada que agregar, nada que decir, no, nop, sin comentarios,
        sin comentario, ningún comentario, ninguno, ninguna, paso, saltar, omitir, todo bien, está bien, eso es todo,
        es todo, no gracias, nada por ahora, no tengo nada que añadir, siguiente, no tengo comentarios,
        no tengo nada que decir, nada que comentar
        """,

        // French
        """
        rien, rien à ajouter, rien de plus, rien d'autre, rien à dire, rien à signaler, ras, non, non merci,
        pas de commentaire, pas de commentaires, sans commentaire, aucun commentaire, aucun, aucune, passer, je passe,
        ça va, c'est tout, tout va bien, pas vraiment, rien du tout, suivant, je n'ai rien à ajouter,
        je n'ai rien à dire, je n'ai pas de commentaire, rien à redire
        """,

        // German
        """
        nichts, nichts weiter, nichts mehr, nichts hinzuzufügen, nichts zu sagen, nein, nee, nö, kein kommentar,
        keine kommentare, keine anmerkungen, keine anmerkung, überspringen, weiter, passt, alles gut, alles klar,
        das wars, das war's, das war alles, nein danke, keine, k. a., k.a., keine angabe, ne, nö danke, passe, gar nichts,
        nicht wirklich, passt schon, ich habe nichts hinzuzufügen, nichts zu ergänzen
        """,
    ];

    // Stored as answers are read: without politeness ("no thank you" is "no").
    private static readonly PhraseSet<bool> Phrases = PhraseSet.Of(SkipPhrases
        .SelectMany(TextNormalizer.List)
        .Select(phrase => string.Join(' ', Politeness.Without(TextNormalizer.Words(phrase))))
        .Where(phrase => phrase.Length > 0)
        .ToArray());

    public static bool IsSkip(string text, string? locale)
    {
        _ = locale; // Customers switch languages; every language's phrases are accepted.
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.All(c => c is '-' or '–' or '—' or '_' or '.' or '/' or '…' || char.IsWhiteSpace(c)))
        {
            return true;
        }

        var words = Politeness.Without(TextNormalizer.Words(text));
        if (words.Length == 0)
        {
            return false;
        }

        if (Phrases.TryMatchWhole(words, out _))
        {
            return true;
        }

        // "no, nothing else", "nope all good", "nein, kein Kommentar".
        return words.Length > 1 && LeadingNo.Contains(words[0]) && Phrases.TryMatchWhole(words[1..], out _);
    }
}
