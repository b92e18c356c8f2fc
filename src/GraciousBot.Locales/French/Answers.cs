namespace GraciousBot.Locales;

/// <summary>French: what short answers need (see <see cref="AnswerWords"/>).</summary>
internal static partial class French
{
    public static AnswerWords Answers { get; } = new()
    {
        YesNo =
        [
            new(Cue.Filler, "hein, sans vouloir vous vexer, sans vous offenser, sans offense, soit dit en passant, désolé pour mon français, je parle mal français"),
            new(Cue.Positive | Cue.Hedge, "je pense que oui, je crois que oui, j'espère que oui, je suppose que oui"),
            new(Cue.Uncertain | Cue.Hedge, "je pense, je crois, je suppose"),
            new(Cue.Positive | Cue.Weak, "je suppose, j'imagine, je suppose que oui, j'imagine que oui"),
            new(Cue.Negative, "clignote, clignote encore, clignote en rouge, voyant rouge, toujours rouge"),
            new(Cue.Uncertain, "que le soir, seulement le soir, de temps en temps, par moments, par intermittence"),
            new(Cue.Uncertain, "je sais pas encore, je ne sais pas encore, sais pas encore, je sais vraiment pas, honnêtement je sais pas, ptet, ptêt, p'tet, p't'et, peut etre, pe, je me méfie, pas convaincu, pas convaincue, j'ose pas y croire"),
            new(Cue.NoWord, "pas que je sache, pas à ce que je vois, laissez tomber, laisse tomber, pas la peine, inutile, c'est pas la peine, oubliez, oubliez ça"),
            new(Cue.Negative, "coupe, coupe encore, se coupe, ça coupe, déconnecte, se déconnecte, plante, ça plante, beugue, bugue, rame, je peux même pas, je peux même plus, impossible de, j'arrive pas, je n'arrive pas, toujours pareil, revenir au point de départ, au point de départ, retour à la case départ, à la case départ, erreur, message d'erreur, affiche toujours"),
            new(Cue.Negative | Cue.OnlyNegated, "problème, problèmes, souci, soucis, erreur, erreurs, bug, bugs, trouble"),
            new(Cue.Positive, "ça joue, ca joue, ça joue bien, c'est tout bon, c'est beau, apparemment oui, on dirait bien, il semble que oui, ça a l'air de marcher, ça a l'air bon, ça semble marcher, ça semble fonctionner, n'apparaît plus, ne s'affiche plus, a disparu, c'est revenu, ça remarche, ça refonctionne, ça repart"),
            new(Cue.YesWord, "oui, ouais, ouai, ouep, ouaip, wi, yep, oui merci, oui svp"),
            new(Cue.YesWord | Cue.Particle, "si"),
            new(Cue.NoWord, "nan, nope, nenon, nan nan, nn, non merci, ^rien$"),
            new(Cue.NoWord | Cue.Negator, "non"),
            new(Cue.Positive, """
                bien sûr, évidemment, exactement, exact, tout à fait, absolument, c'est ça, c'est bon, ça marche,
                ça fonctionne, ça a marché, ça a fonctionné, marche, marché, fonctionne, fonctionné, résolu, résolue,
                réglé, réglée, c'est réglé, parfait, carrément, volontiers, avec plaisir, effectivement, certainement,
                correct, c'est correct, c'est juste, vrai, c'est vrai, aidé, m'a aidé, super, génial, nickel, impeccable, impec, top, c'est top, tout roule, ça roule,
                pourquoi pas, je pense que oui, je crois que oui, ça va
                """),
            new(Cue.Negative, "même problème, le même problème, toujours le même, cassé, en panne, bloqué, pire, faux"),
            new(Cue.NoWord, """
                bien sûr que non, non plus, rien d'autre, rien de plus, je ne pense pas, je pense pas, je crois pas, je ne crois pas, c'est tout, ça ira
                """),
            new(Cue.NoWord | Cue.Negator | Cue.PostNegator, """
                pas vraiment, pas du tout, plus du tout, toujours pas, pas encore, absolument pas, certainement pas,
                surtout pas, pas trop
                """),
            new(Cue.Positive | Cue.Weak, "d'accord, dac, ok, bon, bien, très bien, merci ça marche, s'il vous plaît, svp, stp"),
            new(Cue.Positive | Cue.OnlyNegated, "marcher, fonctionner, aider, régler, résoudre, charger, ouvrir, changé"),
            new(Cue.Negative | Cue.Weak, "malheureusement, hélas"),
            new(Cue.Negator, "ne, n, jamais, sans, aucun, aucune, personne, rien"),
            new(Cue.Negator | Cue.PostNegator, "pas, plus"),
            new(Cue.Uncertain, """
                peut-être, je ne sais pas, je sais pas, sais pas, j'sais pas, chais pas, aucune idée, pas sûr, pas sûre,
                pas certain, pas certaine, plus ou moins, en partie, partiellement, à moitié, bof, ça dépend, je verrai,
                on verra, oui et non, mouais, parfois, je vais essayer, je vais tester, pas encore testé, je pense, je crois
                """),
            new(Cue.Question, "^comment, ^pourquoi, ^quand, ^quoi, ^qui, ^où, ^est-ce que, ^quel, ^quelle"),
            new(Cue.Contrast, "mais, sauf, cependant, pourtant, par contre"),
            new(Cue.Filler, "merci, merci beaucoup, alors, euh, ben, bah, ça, c'est, le, la, je, j'ai, a, est, maintenant, très"),
        ],
        Interruptions = new(
            Fillers: """
                s'il vous plaît, s'il te plaît, svp, stp, merci, maintenant, tout de suite, ok, bon, alors, euh, bah, hé,
                je, j', veux, voudrais, voudrai, aimerais, peux, pourrais, puis, on, peut, ça, cela, tout, moi, me, m',
                le, la, l', juste, vous, bonjour
                """,
            HumanFillers: """
                parler, discuter, à, a, avec, un, une, passer, passez, passez-moi, mettre, mettez, mettez-moi, en, relation,
                contact, joindre, vrai, vraie, véritable, réel, réelle, autre, vrais, de
                """,
            Human: """
                agent, conseiller, conseillère, humain, humaine, personne, quelqu'un, quelqu'un d'autre, opérateur,
                opératrice, responsable, manager, superviseur, service client, le service client, support, un être humain,
                être humain, employé, technicien
                """,
            Cancel: """
                annuler, annule, annulez, annulation, stop, arrête, arrêtez, arrêter, arrête ça, quitter, quitte, quittez,
                laisse tomber, laissez tomber, oublie, oubliez, oublie ça, sortir, terminer, termine, tais-toi, ça suffit
                """,
            Help: """
                aide, aidez-moi, aide-moi, au secours, à l'aide, besoin d'aide, j'ai besoin d'aide, que puis-je dire,
                qu'est-ce que je peux dire, que dois-je dire, que dois-je faire, qu'est-ce que je dois faire,
                comment ça marche, comment ça fonctionne, options, menu, quelles sont les options, je ne comprends pas,
                je comprends pas, comprends pas, je suis perdu, je suis perdue
                """,
            StartOver: """
                recommencer, recommence, recommencez, on recommence, depuis le début, reprendre depuis le début,
                reprendre du début, reprendre à zéro, recommencer à zéro, recommencer depuis le début, redémarrer,
                réinitialiser, repartir de zéro, repartir du début, du début, reprendre au début, on reprend depuis le début,
                reprenons depuis le début, reprenons du début
                """,
            TalkVerbs: "parler, discuter, passer, passez, mettre, mettez, joindre",
            Topic: "à propos de, au sujet de, concernant, pour, sur"),
        Rating = new()
        {
            Numbers =
            [
                new(0, "zéro"),
                new(2, "deux"),
                new(3, "trois"),
                new(4, "quatre"),
                new(5, "cinq, cinc, sinq, cinque"),
                new(6, "six"),
                new(7, "sept"),
                new(8, "huit"),
                new(9, "neuf"),
                new(10, "dix"),
                new(100, "cent"),
            ],
            OneBeforeUnit = "un, une",
            Units = "étoile, étoiles, point, points",
            OtherUnits = "minute, minutes, heure, heures, jour, jours, semaine, semaines, mois, an, ans, fois, mails, courriels, appels, messages, lettres",
            FractionConnectors = "sur",
            PercentWords = "pour cent, pourcent",
            Negators = "ne, pas, jamais",
            Adjectives =
            [
                new(5, "parfait, parfaite, génial, formidable, exceptionnel, incroyable, fantastique, merveilleux, au top, top, impeccable, nickel"),
                new(4, "très bien, très bon, très bonne, bon, bonne, sympa"),
                new(3, "moyen, correct, passable, bof, pas mal, ça va"),
                new(2, "mauvais, mauvaise, pas terrible, pas top, décevant, pas bien, pas bon, médiocre"),
                new(1, "nul, nulle, catastrophique, affreux, lamentable, très mauvais, très mal, le pire, inutile, minable"),
            ],
            AfterTres = "bien, bon, bonne, mal, mauvais, mauvaise, content, contente, satisfait, satisfaite, nul, nulle, utile, rapide, sympa, efficace, agréable, lent, long, décevant",
        },
        Choice = new()
        {
            Ordinals =
            [
                new(1, "premier, première, premiere, 1er, 1re, 1ère, 1ere"),
                new(2, "deuxième, deuxieme, second, seconde, 2e, 2ème, 2eme, 2nde"),
                new(3, "troisième, 3e, 3ème, 3eme"),
                new(4, "quatrième, 4e, 4ème, 4eme"),
                new(5, "cinquième, 5e, 5ème"),
                new(6, "sixième"),
                new(7, "septième"),
                new(8, "huitième"),
                new(9, "neuvième"),
                new(10, "dixième"),
                new(ChoiceWords.Last, "dernier, dernière, derniere"),
                new(ChoiceWords.SecondToLast, "avant-dernier, avant-dernière, avant dernier, avant derniere"),
            ],
            Cardinals =
            [
                new(1, "un, une"),
                new(2, "deux"),
                new(3, "trois"),
                new(4, "quatre"),
                new(5, "cinq"),
                new(6, "six"),
                new(7, "sept"),
                new(8, "huit"),
                new(9, "neuf"),
                new(10, "dix"),
            ],
            Fillers = """
                le, la, l, les, option, choix, numéro, numero, n, svp, stp, s, il, vous, plait, plaît, je, veux, voudrais,
                prends, prendrai, choisis, prendrais, celle, celui, ci, là, merci, ça, euh, bah, alors, c, est, de, du, pour,
                ma, mon, un, une
                """,
            NumberIntroducers = "option, choix, numéro",
            Refusals = "pas, aucun, aucune",
            RefusalsBeforeAWord = "non",
        },
        Skip = new()
        {
            Politeness = "merci, merci beaucoup, s'il vous plaît, svp, stp, bon, ben, euh, désolé, désolée, pardon, sorry",
            LeadingNo = "non, nan",
            Phrases = """
                rien, rien à ajouter, rien de plus, rien d'autre, rien à dire, rien à signaler, ras, non, non merci,
                pas de commentaire, pas de commentaires, sans commentaire, aucun commentaire, aucun, aucune, passer, je passe,
                ça va, c'est tout, tout va bien, pas vraiment, rien du tout, suivant, je n'ai rien à ajouter,
                je n'ai rien à dire, je n'ai pas de commentaire, rien à redire
                """,
        },
        Frustration = new()
        {
            AbusiveWords = """
                merde, putain, connard, connards, connasse, conne, enculé, enculés, salaud, salope, abruti, crétin, débile,
                bordel, ntm, pute, bouffon
                """,
            AbusiveStems = "connar, encul, putai",
            Abuse = "va te faire foutre, ta gueule, fils de pute, nique ta mère, va chier",
            Complaints = """
                c'est nul, nul, nulle, c'est inutile, totalement inutile, complètement inutile, vous êtes inutiles, chat inutile, bot inutile, inutiles, perte de temps, une perte de temps, ridicule, le pire service,
                pire service, lamentable, inadmissible, inacceptable, honteux, scandaleux, n'importe quoi, j'en ai marre,
                ras le bol, marre, énervant, agaçant, pathétique, catastrophique, ça sert à rien, sert à rien,
                ne sert à rien, incompétent, incompétents, déçu, déçue, minable, je l'ai déjà dit, combien de fois,
                c'est une blague, foutage de gueule, une arnaque
                """,
        },
    };
}
