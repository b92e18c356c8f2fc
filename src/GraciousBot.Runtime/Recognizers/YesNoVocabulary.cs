using System.Collections.Frozen;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>What a yes/no vocabulary phrase does in an answer. A phrase may do several things ("no" in Spanish).</summary>
[Flags]
internal enum Cue
{
    None = 0,

    /// <summary>An answer word that decides when it comes first: "yes", "nope", "oui", "nein".</summary>
    YesWord = 1 << 0,
    NoWord = 1 << 1,

    /// <summary>An answer word that is also a common particle ("si" = if, "ja"/"doch" in German): it only counts
    /// when nothing else in its clause says yes or no.</summary>
    Particle = 1 << 2,

    /// <summary>A statement that says yes or no and can be negated: "it worked" / "it didn't work".</summary>
    Positive = 1 << 3,
    Negative = 1 << 4,

    /// <summary>Only counts when nothing stronger is said: "ok", "fine", "unfortunately".</summary>
    Weak = 1 << 5,

    /// <summary>Negates statements after it in the clause ("not", "didn't", "no", "ne", "nicht").</summary>
    Negator = 1 << 6,

    /// <summary>Negates statements before it in the clause ("ça marche pas", "funktioniert nicht").</summary>
    PostNegator = 1 << 7,

    /// <summary>Neither yes nor no: "maybe", "not sure", "no sé", "keine Ahnung". Makes the answer unrecognised.</summary>
    Uncertain = 1 << 8,

    /// <summary>Starts a question back: "how", "why", "pourquoi", "warum".</summary>
    Question = 1 << 9,

    /// <summary>Starts a new clause: "but", "pero", "mais", "aber".</summary>
    Contrast = 1 << 10,

    /// <summary>A word with no meaning for yes/no that still tells which language this is: "thanks", "merci".</summary>
    Filler = 1 << 11,

    /// <summary>A positive statement that only counts when negated: "didn't help" is no, "help" alone is nothing.</summary>
    OnlyNegated = 1 << 12,

    /// <summary>A negator whose reach is the rest of its clause ("weder … noch … geht"), not just the next words.</summary>
    ClauseNegator = 1 << 13,
}

/// <summary>
/// Yes/no vocabulary, one table per language. Phrases are written naturally (accents, apostrophes); matching ignores
/// case, accents and punctuation. "^"/"$" anchor a phrase to the start/end of a clause.
/// </summary>
internal static class YesNoVocabulary
{
    private static readonly (Cue Cue, string Phrases)[] Everywhere =
    [
        (Cue.Positive, "👍, ✅, ✔, ☑, 👌, 🙌, 💯, 🆗, 😀, 😃, 😄, 😁, 😊, 🙂, 🥳, 🎉, 🙏"),
        (Cue.Negative, "👎, ❌, ✖, ❎, 🚫, ☹, 🙁, 😞, 😕, 😢, 😭, 😠, 😡, 🤬, 💔"),
        (Cue.Uncertain, "🤷, 🤔, 😐"),
        (Cue.NoWord, "🙅"),
        (Cue.Positive | Cue.Weak, "ok, okay, okey, okie, oki, k, kk, okk, 🆗"),
    ];

    private static readonly (Cue Cue, string Phrases)[] English =
    [
        (Cue.YesWord, "yes, yeah, yep, yup, ya, yea, yah, ye, yeh, yh, yas, ys, yse, yess, yees, yesh, yessir, aye, ^y$, yes please, yes thanks"),
        (Cue.NoWord, "nope, nah, naw, nay, nop, noo, ^n$, yeah no, yea no, negative"),
        (Cue.NoWord | Cue.Negator, "no"),
        (Cue.Positive, """
            no dramas, no drama, no more problems, no problems anymore, no issues anymore, no more issues, sure, sure thing, for sure, of course, ofc, course, certainly, definitely, absolutely, totally, exactly,
            correct, right, true, indeed, affirmative, you bet, i think so, i guess so, i believe so, think so, i do,
            guess so, i suppose so, suppose so,
            please do, go ahead, do it, sounds good, that would be great, would be great, why not,
            did, does, it did, it does, it is, that did it, did the trick, that did the trick, it worked, worked, works,
            it works, working, works now, resolved, solved, fixed, sorted, sorted out, helped, helpful, good, all good,
            helps, great, perfect, awesome, excellent, amazing, brilliant, wonderful, fantastic, done, better, much better,
            all set, all fixed, that's all good, can't complain, cannot complain, answered, that answers it, problem solved, it's fine now, fine now, success, successful, no problem, no problems,
            no issues, no complaints, no doubt, luck, 100 %
            """),
        (Cue.Negative, """
            wrong, incorrect, bad, broken, still broken, failed, fails, failing, worse, crashes, crashed, crashing,
            same problem, same issue, same error, same thing, still the same, nothing changed, nothing happened,
            still there, still happening, still an issue, still a problem, still having, still getting, still failing,
            persists, still persists
            """),
        (Cue.NoWord, """
            no thanks, no thank you, absolutely not, of course not, definitely not, certainly not, surely not, no way,
            i don't think so, don't think so, i do not think so, still no, still nothing, nothing else, i'm good,
            im good, i'm ok, i'm fine, i'm all set, not now, not right now, not at the moment, not for now, that's all, that is all, that's everything, that will be all,
            that'll be all, not anymore, doesn't look like it, doesn't seem like it, doesn't seem so, it did not, it does not, it is not, it was not,
            that did not, that does not
            """),
        (Cue.NoWord | Cue.Negator, "not really, not at all, not quite, not yet, still not"),
        (Cue.Positive | Cue.Weak, "fine, alright, all right, cool, nice, got it, please, i guess, thanks that helps"),
        (Cue.Positive | Cue.OnlyNegated, "work, help, fix, solve, resolve, load, open, start, connect, go through, change anything"),
        (Cue.Negative | Cue.Weak, "unfortunately, sadly, afraid not"),
        (Cue.Negator, """
            not, don't, doesn't, didn't, isn't, wasn't, aren't, weren't, haven't, hasn't, hadn't, can't, cannot,
            couldn't, won't, wouldn't, shouldn't, ain't, never, no longer, nothing, nobody, no one, without, hardly,
            neither, nor, did not, does not, do not, is not, was not, has not, have not, could not, will not
            """),
        (Cue.Uncertain, """
            maybe, perhaps, possibly, probably, not sure, i do not know, unsure, not certain, i don't know, don't know, do not know,
            idk, dunno, no idea, no clue, kind of, kinda, sort of, sorta, partly, partially, somewhat, half, halfway,
            not completely, not entirely, not fully, hard to say, can't tell, can't say, let me check, i'll check,
            will check, let me see, let me try, i'll try, will try, haven't tried, didn't try, not tried, yes and no,
            50 / 50, so so, more or less, depends, hopefully, i hope so, we'll see, mixed, sometimes, on and off,
            doesn't matter, i think, not sure yet, who knows
            """),
        (Cue.Question, "^how, ^why, ^what, ^when, ^where, ^who, ^which, ^whats, ^hows, ^wdym, ^huh, ^can you, ^could you"),
        (Cue.Contrast, "but, however, though, although, except"),
        (Cue.Filler, "thanks, thank you, thx, ty, so, well, um, uh, hmm, oh, ah, it, that, this, is, was, i, now, lol, haha, really, much, very"),
    ];

    private static readonly (Cue Cue, string Phrases)[] Spanish =
    [
        (Cue.YesWord, "sí, sip, sii, sisi, sep, sí señor, sí por favor, sí gracias"),
        (Cue.YesWord | Cue.Particle, "si"),
        (Cue.NoWord, "nop, nel, nones, ^nada$, no gracias"),
        (Cue.NoWord | Cue.Negator, "no"),
        (Cue.Positive, """
            claro, claro que sí, por supuesto, desde luego, vale, dale, de acuerdo, exacto, exactamente, correcto,
            cierto, así es, eso es, efectivamente, perfecto, genial, seguro, obvio, afirmativo, funciona, funcionó,
            ya funciona, funciona bien, funcionar, sirve, sirvió, me sirvió, resuelto, resuelta, solucionado, solucionada,
            arreglado, arreglada, se resolvió, resolvió, se solucionó, solucionó, quedó, ya quedó, ayudó, me ayudó, todo bien, todo correcto, listo, muy bien, excelente, estupendo,
            por qué no, no hay problema, sin problema, no me puedo quejar, ningún problema, yo creo que sí, creo que sí, pues sí, va
            """),
        (Cue.Negative, """
            sigue igual, igual que antes, mismo problema, el mismo problema, roto, rota, falla, fallo, falló, fallando, peor,
            incorrecto, mal
            """),
        (Cue.NoWord, """
            para nada, en absoluto, claro que no, por supuesto que no, creo que no, no creo, yo creo que no, nada más, eso es todo,
            estoy bien
            """),
        (Cue.NoWord | Cue.Negator, "todavía no, aún no, tampoco, sigue sin"),
        (Cue.Positive | Cue.Weak, "bien, bueno, ok, okey, porfa, por favor, gracias funciona"),
        (Cue.Positive | Cue.OnlyNegated, "ayudar, servir, arreglar, solucionar, resolver, cargar, abrir, cambió, cambiado"),
        (Cue.Negative | Cue.Weak, "lamentablemente, desafortunadamente, por desgracia"),
        (Cue.Negator, "nunca, jamás, sin, ni, nada, nadie, ya no"),
        (Cue.Uncertain, """
            quizás, quizá, quizas, tal vez, a lo mejor, puede ser, puede que, no se$, no lo sé, ni idea, no estoy seguro,
            no estoy segura, no sabría decir, más o menos, en parte, parcialmente, a medias, depende, sí y no, a veces,
            no estoy seguro todavía, lo voy a probar, voy a probar, lo pruebo, no lo he probado, ya veremos, creo
            """),
        (Cue.Question, "^cómo, ^por qué, ^qué, ^cuándo, ^dónde, ^quién, ^cuál"),
        (Cue.Contrast, "pero, aunque, sino, sin embargo"),
        (Cue.Filler, "gracias, muchas gracias, pues, bueno, eso, es, lo, me, el, la, ya, ahora, muy, está, esta, jaja"),
    ];

    private static readonly (Cue Cue, string Phrases)[] French =
    [
        (Cue.YesWord, "oui, ouais, ouai, ouep, ouaip, wi, yep, oui merci, oui svp"),
        (Cue.YesWord | Cue.Particle, "si"),
        (Cue.NoWord, "nan, nope, nenon, nan nan, nn, non merci, ^rien$"),
        (Cue.NoWord | Cue.Negator, "non"),
        (Cue.Positive, """
            plus de souci, plus de soucis, plus de problème, plus aucun souci, plus aucun problème, bien sûr, évidemment, exactement, exact, tout à fait, absolument, c'est ça, c'est bon, ça marche,
            ça fonctionne, ça a marché, ça a fonctionné, marche, marché, fonctionne, fonctionné, résolu, résolue,
            réglé, réglée, c'est réglé, parfait, carrément, volontiers, avec plaisir, effectivement, certainement,
            correct, c'est correct, c'est juste, vrai, c'est vrai, aidé, m'a aidé, super, génial, nickel, impeccable, impec, top, c'est top, tout roule, ça roule,
            pourquoi pas, pas de problème, aucun problème, sans problème, je pense que oui, je crois que oui, ça va
            """),
        (Cue.Negative, "même problème, le même problème, toujours le même, cassé, en panne, bloqué, pire, faux"),
        (Cue.NoWord, """
            bien sûr que non, non plus, rien d'autre, rien de plus, je ne pense pas, je pense pas, je crois pas, je ne crois pas, c'est tout, ça ira
            """),
        (Cue.NoWord | Cue.Negator | Cue.PostNegator, """
            pas vraiment, pas du tout, plus du tout, toujours pas, pas encore, absolument pas, certainement pas,
            surtout pas, pas trop
            """),
        (Cue.Positive | Cue.Weak, "d'accord, dac, ok, bon, bien, très bien, merci ça marche, s'il vous plaît, svp, stp"),
        (Cue.Positive | Cue.OnlyNegated, "marcher, fonctionner, aider, régler, résoudre, charger, ouvrir, changé"),
        (Cue.Negative | Cue.Weak, "malheureusement, hélas"),
        (Cue.Negator, "ne, n, jamais, sans, aucun, aucune, personne, rien"),
        (Cue.Negator | Cue.PostNegator, "pas, plus"),
        (Cue.Uncertain, """
            peut-être, je ne sais pas, je sais pas, sais pas, j'sais pas, chais pas, aucune idée, pas sûr, pas sûre,
            pas certain, pas certaine, plus ou moins, en partie, partiellement, à moitié, bof, ça dépend, je verrai,
            on verra, oui et non, mouais, parfois, je vais essayer, je vais tester, pas encore testé, je pense, je crois
            """),
        (Cue.Question, "^comment, ^pourquoi, ^quand, ^quoi, ^qui, ^où, ^est-ce que, ^quel, ^quelle"),
        (Cue.Contrast, "mais, sauf, cependant, pourtant, par contre"),
        (Cue.Filler, "merci, merci beaucoup, alors, euh, ben, bah, ça, c'est, le, la, je, j'ai, a, est, maintenant, très"),
    ];

    private static readonly (Cue Cue, string Phrases)[] German =
    [
        (Cue.YesWord, "jo, jap, jup, jep, jawohl, jawoll, joa, ja bitte, ja danke, ja gerne"),
        (Cue.YesWord | Cue.Particle, "ja, doch"),
        (Cue.NoWord, "nein, nee, nö, nein danke, nee danke, nö danke, ^nichts$, gar nix, ^nix$"),
        (Cue.NoWord | Cue.Particle, "ne"),
        (Cue.Positive, """
            keine störung mehr, keine probleme mehr, kein problem mehr, keine störungen mehr, genau, klar, na klar, natürlich, sicher, sicherlich, stimmt, richtig, korrekt, auf jeden fall, absolut,
            definitiv, gerne, gern, passt, hat geklappt, geklappt, klappt, funktioniert, funktioniert jetzt,
            hat funktioniert, geht, geht wieder, läuft, gelöst, behoben, erledigt, geholfen, hat geholfen, alles gut,
            alles klar, super, perfekt, prima, toll, selbstverständlich, freilich, einverstanden, in ordnung,
            warum nicht, kein problem, keine probleme, ich denke schon, ich glaube schon, denke schon, glaube schon
            """),
        (Cue.Negative, """
            kaputt, falsch, gleiches problem, dasselbe problem, das gleiche problem, immer noch kaputt,
            immer noch das gleiche, schlimmer, schlechter
            """),
        (Cue.NoWord, """
            leider nein, auf keinen fall, ich glaube nicht, glaube nicht, denke nicht, ich denke nicht, das wars,
            das war's, das war alles, sonst nichts, nichts weiter, nichts mehr, lieber nicht, lassen sie's, lassen sie es,
            lassen sie's lieber, lassen wir das, lassen wir's, lass mal, lass es, lass gut sein, lohnt sich nicht, lohnt nicht
            """),
        (Cue.NoWord | Cue.Negator | Cue.PostNegator, """
            eher nicht, nicht wirklich, leider nicht, noch nicht, immer noch nicht, gar nicht, überhaupt nicht,
            keineswegs, nicht mehr
            """),
        (Cue.Positive | Cue.Weak, "ok, okay, gut, sehr gut, bitte, danke funktioniert"),
        (Cue.Positive | Cue.OnlyNegated, "funktionieren, helfen, klappen, lösen, laden, öffnen, geändert"),
        (Cue.Negative | Cue.Weak, "leider"),
        (Cue.Negator, "kein, keine, keinen, keiner, keinem, ohne, niemand, nichts, nix"),
        (Cue.Negator | Cue.ClauseNegator, "weder"),
        (Cue.Negator | Cue.PostNegator, "nicht, nie, niemals, nimmer"),
        (Cue.Uncertain, """
            vielleicht, geht so$, weiß nicht, weiß ich nicht, weiss ich nicht, weiss nicht, ich weiß es nicht, ich weiß nicht, keine ahnung, nicht sicher,
            unsicher, jein, teilweise, mehr oder weniger, teils teils, kommt drauf an, kommt darauf an, mal sehen,
            schwer zu sagen, halbwegs, naja, ja und nein, manchmal, ich probiere es, probiere ich, noch nicht getestet,
            ich denke, ich glaube, wahrscheinlich
            """),
        (Cue.Question, "^wie, ^warum, ^wieso, ^weshalb, ^wann, ^wo, ^wer, ^was, ^welche, ^welcher"),
        (Cue.Contrast, "aber, jedoch, sondern, allerdings"),
        (Cue.Filler, "danke, vielen dank, danke schön, also, äh, ähm, hm, ach, tja, das, es, ist, hat, ich, jetzt, sehr"),
    ];

    /// <summary>One phrase set per language, each including the language-neutral emoji and "ok".</summary>
    public static FrozenDictionary<string, PhraseSet<Cue>> ByLanguage { get; } = new Dictionary<string, PhraseSet<Cue>>
    {
        [Languages.English] = Build(English),
        [Languages.Spanish] = Build(Spanish),
        [Languages.French] = Build(French),
        [Languages.German] = Build(German),
    }.ToFrozenDictionary();

    private static PhraseSet<Cue> Build((Cue Cue, string Phrases)[] table)
    {
        // A phrase listed under several cues does all of them: merge before building.
        var cues = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var (cue, phrases) in Everywhere.Concat(table))
        {
            foreach (var phrase in TextNormalizer.List(phrases))
            {
                var key = (phrase.StartsWith('^') ? "^" : "") + TextNormalizer.Normalize(phrase) + (phrase.EndsWith('$') ? "$" : "");
                cues[key] = cues.GetValueOrDefault(key) | cue;
            }
        }

        return new PhraseSet<Cue>(cues.Select(pair => (pair.Key, pair.Value)));
    }
}
