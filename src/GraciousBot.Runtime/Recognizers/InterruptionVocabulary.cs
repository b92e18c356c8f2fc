namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Interruption commands per language. An answer is a command only when, once the language's request words
/// (<see cref="Words.Fillers"/>: "please", "I want to", "can I", "por favor", "je veux", "ich möchte"...) are dropped,
/// nothing but a command phrase is left. For <see cref="Interruption.Human"/> the verbs and articles of "talk to a"
/// are request words too, so "can I talk to a real person please" leaves "person". A request to talk may name its
/// topic ("talk to someone about my bill"): with a talking verb, the words from the topic word on are ignored.
/// </summary>
internal static class InterruptionVocabulary
{
    public sealed record Words(
        string Fillers, string HumanFillers, string Human, string Cancel, string Help, string StartOver, string TalkVerbs, string Topic);

    private static readonly Words English = new(
        Fillers: """
            please, pls, plz, plse, pleeease, just, now, right now, asap, immediately, ok, okay, so, hey, hi, hello, um,
            uh, hmm, well, i, i'd, id, want, to, wanna, would, like, need, can, could, may, we, let's, lets, let, me, us,
            you, the, a, an, this, that, it, thanks, thank, thx, ty, oh
            """,
        HumanFillers: """
            talk, speak, chat, to, with, connect, transfer, put, through, get, give, reach, contact, your, some, real,
            actual, live, proper, instead, directly, another, different
            """,
        Human: """
            agent, human, humans, person, people, someone, somebody, anyone, anybody, someone else, human being,
            human agent, representative, rep, customer representative, operator, manager, supervisor, staff,
            someone from support, somebody from support, someone in support, support agent, support person,
            support team, customer service, customer support, human please, employee
            """,
        Cancel: """
            cancel, stop, quit, exit, end, abort, never mind, nevermind, nvm, forget, forget about, cancel all,
            cancel everything, stop all, end chat, end conversation, stop chat, exit chat, leave, shut up
            """,
        Help: """
            help, need help, what can i say, what do i say, what should i say, what can i do, what do i do,
            what should i do, how does work, how do work, what are my options, what are options, options, show options,
            commands, menu, instructions, don't understand, do not understand, don't get, confused, i'm confused, im confused,
            i am confused, 🆘, sos
            """,
        StartOver: """
            start over, restart, start again, begin again, from beginning, start from beginning, go back to beginning,
            go back to start, back to start, reset, start from scratch, from scratch, start all over, start over again,
            redo, begin from beginning, start afresh
            """,
        TalkVerbs: "talk, speak, chat, connect, transfer, put me through",
        Topic: "about, regarding, concerning, re");

    private static readonly Words Spanish = new(
        Fillers: """
            por favor, porfa, porfavor, xfa, plis, ya, ahora, ahora mismo, ok, vale, bueno, pues, oye, hola, eh, quiero,
            quisiera, me gustaría, gustaria, necesito, puedo, podría, podemos, me, lo, la, el, esto, eso, gracias,
            mejor, solo, sólo
            """,
        HumanFillers: """
            hablar, habla, con, un, una, comunicar, comunicarme, pasar, pásame, pasame, pásenme, conectar, conectarme,
            contactar, de verdad, real, otro, otra, algún, alguna, verdadero, verdadera
            """,
        Human: """
            agente, agente humano, persona, alguien, humano, asesor, asesora, representante, operador, operadora, encargado,
            encargada, supervisor, supervisora, gerente, atención al cliente, servicio al cliente, soporte, ser humano,
            empleado, empleada
            """,
        Cancel: """
            cancelar, cancela, cancelalo, cancélalo, cancelar todo, parar, detener, detente, basta, salir,
            olvídalo, olvidalo, olvida, déjalo, dejalo, déjalo así, terminar, termina, terminar conversación, cállate
            """,
        Help: """
            ayuda, ayúdame, ayudame, necesito ayuda, qué puedo decir, qué digo, qué puedo hacer, qué hago, qué tengo que hacer,
            cómo funciona, cómo funciona esto, opciones, menú, cuáles son las opciones, no entiendo, no comprendo, socorro,
            estoy confundido, estoy confundida
            """,
        StartOver: """
            empezar de nuevo, empezar otra vez, volver a empezar, comenzar de nuevo, desde el principio,
            empezar desde el principio, reiniciar, reinicia, reiniciar todo, empecemos de nuevo, volvamos a empezar,
            desde cero, empezar desde cero, de nuevo desde el principio
            """,
        TalkVerbs: "hablar, habla, comunicar, comunicarme, pasar, pásame, pasame, conectar, conectarme",
        Topic: "sobre, acerca de, por lo de, respecto a");

    private static readonly Words French = new(
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
        Topic: "à propos de, au sujet de, concernant, pour, sur");

    private static readonly Words German = new(
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
        Topic: "über, wegen, bezüglich, zu meiner, zu meinem");

    public static IReadOnlyDictionary<string, Words> ByLanguage { get; } = new Dictionary<string, Words>
    {
        [Languages.English] = English,
        [Languages.Spanish] = Spanish,
        [Languages.French] = French,
        [Languages.German] = German,
    };
}
