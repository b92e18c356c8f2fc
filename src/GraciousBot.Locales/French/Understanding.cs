namespace GraciousBot.Locales;

/// <summary>French: what the reading of a message needs (see <see cref="UnderstandingWords"/>).</summary>
internal static partial class French
{
    public static UnderstandingWords Understanding { get; } = new()
    {
        CommonWords = """
            un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, étoiles, étoile, note, sur,
            le, la, les, l, un, une, des, du, de, et, est, c'est, ce, ça, cela, je, j, tu, il, elle, on, nous, vous,
            mon, ma, mes, votre, vos, me, m, moi, ne, n, pas, plus, rien, toujours, encore, déjà, oui, ouais, non,
            merci, bonjour, bonsoir, salut, au revoir, avec, pour, dans, sur, par, mais, ou, donc, que, qu, qui, quoi,
            quand, où, comment, pourquoi, très, bien, bon, marche, fonctionne, voudrais, veux, peux, pouvez, faut,
            avoir, être, ai, a, avez, sont, était, été, fait, aussi, alors, enfin, vraiment, peut-être, d'accord,
            s'il, plaît, svp, bref, quand même, genre, trop, du coup, lol, mdr
            """,
        Names = "français, francais, french, francés, frances, französisch, franzosisch",
        SwitchCues = "en, parler, parlez, continuer, passer, écrire, s'il vous plaît, svp, peut-on, pouvez-vous, langue, possible",
        PersonNouns = """
            supérieur, votre supérieur, chef, votre chef, quelqu'un de plus haut placé, le responsable, conseiller humain, agent humain, vrai agent,
            conseiller, conseillère, vrai conseiller, un humain, humain, humaine, être humain, une personne, vraie personne,
            personne réelle, quelqu'un de réel, agent, opérateur, opératrice, responsable, manager,
            superviseur, employé, employée, collègue, technicien, technicienne, interlocuteur, quelqu'un de l'équipe,
            quelqu'un du service client, un vrai
            """,
        TeamNouns = "équipe, votre équipe, service client, le service client, support, service après-vente, sav",
        Someone = "quelqu'un, quelqu'un d'autre, qqn",
        PersonRequests = """
            ce serait possible, serait-il possible, est-ce possible, possible, avoir,
            parler, discuter, passer, passez, passez-moi, mettre en relation, mettez-moi, joindre, contacter, appeler,
            rappeler, rappelle, rappelez, voudrais, veux, voulais, aimerais, préférerais, préfère, peux, pourrais,
            pouvez, pourriez, est-ce que, il y a, y a-t-il, transférer, transférez, escalader, besoin
            """,
        PersonRequestsAfter = "au tel, au tél, par tel, par tél, au bout du fil, me recontacter, recontacte, me recontacte, recontacter, me recontacter, plutôt, de votre équipe, au téléphone, par téléphone, demain, demain matin, quand même, aujourd'hui, qu, que, me rappelle, me rappeler, m'appelle, m'appeler, me contacte, me contacter, s'il vous plaît, svp",
        TalkVerbs = "passez-moi, mettez-moi en relation, transférez-moi, transférez moi, parler, discuter, passer, passez, passez-moi, mettre en relation, joindre, contacter, appeler, rappeler, rappelez, transférer",
        PersonPhrases = """
            technicien humain, un humain, un vrai humain, un être humain, quelqu'un de réel, y a quelqu'un,
            quelqu'un qui n'est pas un robot, qui n'est pas un robot, pas un robot, pas un bot, vrai conseiller, un vrai conseiller, vrai humain, qu'ils me rappellent, qu'il me rappelle, qu'elle me rappelle, qu'on me recontacte,
            il y a quelqu'un, y a quelqu'un, y a-t-il quelqu'un, quelqu'un de réel, une vraie personne, un vrai humain,
            rappelez-moi, qu'on me rappelle, me faire rappeler, un humain svp, un humain s'il vous plaît
            """,
        NoPersonNeeded = "technicien passe, le technicien passe, technicien vient, technicien viendra, j'ai appelé, j'ai déjà appelé, j'ai parlé, j'ai déjà parlé, déjà parlé, pas besoin, pas la peine, je ne veux pas, je veux pas, sans, inutile de",
        BotQuestions = """
            êtes-vous un robot, es-tu un robot, vous êtes un robot, t'es un robot, tu es un robot, c'est un robot,
            c'est un bot, je parle à un robot, je parle à un robot depuis le début, je parle à un bot, je parle à une machine, vous êtes humain, tu es humain,
            êtes-vous humain, est-ce un robot, est-ce un bot, bot, robot, une ia, vous êtes une ia, à qui je parle
            """,
        Leave = """
            vous aussi, toi aussi, vous de même, pareillement, à vous aussi, à toi aussi,
            bonne fin de journée, bonne fin de soirée, bonne soirée, bonne journée, j'appellerai, je vais appeler, j'appelle plutôt, je préfère appeler, je vais plutôt appeler,
            je dois filer, dois filer, faut que je file, je file vite,
            ciao ciao, bisous, bonne continuation, salut salut, bye bye, tchuss, bonne fin de journée, bon week-end,
            je dois raccrocher, dois raccrocher, au revoir, bye, salut, ciao, à plus, a plus, à bientôt, bonne journée, bonne soirée, bonne nuit, je dois y aller,
            je dois partir, faut que j'y aille, je file, je me sauve, je pars, je suis pressé, je suis pressée, adieu,
            à la prochaine, tchao, à la revoyure, 👋
            """,
        Decline = """
            je ne note pas, je note pas, je ne fais pas de sondages, pas de sondage, je ne vais pas noter, je vais pas noter, je saute, je passe mon tour, pas de note, sans note,
            je ne veux rien commenter, rien à commenter, je veux pas commenter, je préfère ne rien dire,
            je préfère sauter, je saute, on saute,
            plutôt pas, je passe mon tour, mieux vaut pas, tout est bon, ça va merci, c'est bon merci,
            ça ira, ça ira merci, rien de spécial, rien à signaler, rien de spécial à signaler, je note pas, je ne note pas, laissez tomber, je préfère ne pas, je préfère ne pas noter, je ne veux pas noter, je préfère pas, pas de note, je passe,
            passer, pas de commentaire, pas de commentaires, sans commentaire, aucun commentaire, non merci, rien,
            non, pas maintenant, rien à ajouter, rien à dire, je ne souhaite pas, sans façon, c bon, c'est bon, nan c bon, pas envie, aucun, commentaire aucun, jsp quoi dire, je sais pas quoi dire, pas envie de noter, pas envie de mettre une note
            """,
        NoneOfThose = """
            pour le moment aucun, pour l'instant aucun, pour le moment rien,
            aucun pour l'instant, aucune pour l'instant, rien pour l'instant, pas pour le moment, aucun pour le moment,
            c'est réglé, tout est réglé, c'est résolu, aucun, aucune, aucun des deux, aucune des deux, aucun d'eux, ni l'un ni l'autre, ni l'une ni l'autre,
            pas maintenant, non merci, c'est tout, rien, non, ça ira, pas pour l'instant, pas besoin, pas la peine, tout est clair, nn,
            plus besoin, c'est bon, ce sera tout, rien d'autre, tout est bon, ça va aller, c'est bon pour moi
            """,
        Cancel = "arrêtez avec vos questions, arrête avec tes questions, assez avec vos questions, stop aux questions, arrêtez vos questions, marre des questions, marre de vos questions, ça suffit les questions, arrêtez avec les questions, stop avec les questions, arrêtez de me poser des questions, arrête les questions, plus de questions, assez de questions, annulez ça, stop les questions",
        Help = """
            noté sur combien, c'est noté sur combien, sur combien, c'est sur combien, sur quelle échelle, quelle échelle,
            bien ou pas, c'est bien ou pas, c'est bien ou mal, bon ou mauvais, la meilleure note, note maximale,
            c'était quoi les options, quelles options, c'est quoi les choix, quels sont mes choix, c'est quoi 1, c'est quoi 5, 5 c'est le mieux, 1 c'est le pire, lequel,
            qu'est-ce que vous voulez dire, c'est-à-dire, ça veut dire quoi, je ne comprends pas, je comprends pas la question,
            quelles sont les options, quels choix, que dois-je répondre, je réponds quoi, quelle échelle, aide, ça sert à quoi, à quoi ça sert, c'est le mieux, le mieux, quelle est l'échelle, c quoi l'échelle, l'échelle
            """,
        Sarcasm = """
            si on aime attendre, si vous aimez attendre, si on aime, si vous aimez,
            tellement réglé, tellement résolu,
            c'est ça oui, mais oui bien sûr, bien sûr oui, ben voyons, comme d'hab, comme d'habitude, comme la dernière fois,
            comme toujours, génial encore, super encore, merci pour rien, quand ça lui chante, quand il veut bien, quand elle veut bien, ah ouais super, bravo, ouais c'est ça, tu parles, mon œil,
            🙃, 🙄, 😒, 😑
            """,
        Doubt = """
            j'ai oublié ma question, oublié ma question, j'ai oublié ce que,
            je vais checker, je vais vérifier, vérifier demain, checker demain, pour être sûr, pour être sûre, je vérifierai,
            peu importe, si vous le dites, si tu le dis, comme vous voulez, je sais plus ce que je voulais demander, j'ai oublié ce que je voulais demander, si ça va durer, si ça dure, reste à voir,
            pour l'instant, pour le moment, jusqu'à ce que, on verra, je verrai, je vous dirai demain,
            je te dirai demain, j'espère, espérons, croisons les doigts, pour aujourd'hui, je vais voir, laissez-moi réfléchir, pas encore testé, pas encore essayé, je dois tester,
            je réfléchis, à voir, il faudrait que je regarde, faut que je vérifie, je dois vérifier, jsp, jsais pas, chais pas, je sais pas trop, on dirait que oui, mais bon
            """,
        Corrections = """
            bon allez, bon ben allez, et puis allez, allez va,
            enfin si, enfin oui, si si, ou non, ou plutôt,
            attendez, attends, non attends, non attendez, en fait, finalement, plutôt, pardon, je veux dire,
            à la réflexion, enfin non, correction, je corrige, oubliez ça, ah non, ah si, ah oui, oh non,
            donc oui, donc non, bref, laissez tomber, laisse tomber
            """,
        StartOver = "on recommence, je veux recommencer, on peut recommencer, recommençons, tout recommencer, recommencer depuis le début, depuis le début, reprendre à zéro, du début, on reprend, repartir de zéro, tout reprendre",
        Complaint = "perdu assez de temps, perdu mon temps, perte de temps, assez perdu de temps, le pire, la pire, catastrophique, lamentable, j'adore payer, j'adore payer pour, adore payer pour, n'a servi à rien, ça sert à rien, et encore je suis gentil, je suis gentil, et je suis généreux, vous êtes nuls, êtes nuls, baladé, balader, trimballé, de service en service, ça suffit, j'en ai assez, le pire service, nuls, c'est du vol, du vol pur et simple, 🤬, honteux, scandaleux, inadmissible, inacceptable, lamentable, n'importe quoi, j'en ai marre, ras le bol, une honte, c'est une honte, jamais plus, arnaque, foutage de gueule",
        Persisting = "si on aime, si vous aimez, si tu aimes, si t'aimes, si ça vous dérange pas, si ça ne vous dérange pas, sauf, sauf que, à part, à part que, hormis, mis à part, le seul souci, toujours, encore en, encore une fois, encore la, encore le, à nouveau, de nouveau",
        Mild = "un peu, légèrement, un tout petit peu, assez, mais bon, mais ça va",
        NewRequest = """
            autre chose, c'est pour, c'est à propos,
            pouvez-vous, pourriez-vous, peux-tu, je voudrais, j'aimerais, j'ai besoin, aussi, également, autre,
            une autre, un autre, mon, ma, mes, comment, où, quand, pourquoi, j'ai une question, une question, il y a
            """,
        RefundTopic = "remboursement, rembourser, remboursé, avoir, rétrofacturation",
        HoursTopic = "horaires, ouvert, ouverts, ouvre, ouvrez, fermé, ferme, fermez, magasin, boutique, dimanche, samedi, férié",
        DeliveryTopic = "livraison, livré, colis, commande, suivi, expédition, arriver, arrive, livreur, numéro de commande",
        OtherTopic = "ligne, résilier, contrat, forfait, prélèvement, adresse, abonnement, météo, prix, coûte, réduction, promo, mot de passe, facture, compte, produit",
        QuestionWords = "quand, où, pourquoi, comment, quoi, qui, quel, quelle, est-ce que, y a-t-il, pouvez-vous",
        Reasons = "parce que, parce qu, pcq, car, puisque",
        Conditions = "si jamais, au cas où, si ça, s'il",
    };
}
