namespace GraciousBot.Locales;

/// <summary>German: what the reading of a message needs (see <see cref="UnderstandingWords"/>).</summary>
internal static partial class German
{
    public static UnderstandingWords Understanding { get; } = new()
    {
        CommonWords = """
            eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, sterne, stern, punkte, note, von,
            der, die, das, den, dem, des, ein, eine, einen, einem, und, ist, es, ich, du, sie, wir, ihr, mir, mich,
            mein, meine, nicht, kein, keine, nichts, noch, schon, immer, wieder, ja, nein, doch, danke, bitte, hallo,
            mit, für, auf, an, in, im, zu, zum, von, aber, oder, wenn, dass, was, wann, wo, wie, warum, sehr, gut,
            geht, funktioniert, habe, hat, haben, bin, sind, war, wird, würde, möchte, kann, können, könnten, auch,
            jetzt, heute, mal, gerne, also, eigentlich, leider, vielleicht, tschüss, klar, genau, alles, nur, so,
            echt, halt, eben, gar, ganz, wäre, hätte, sich, man, jemand, jemandem, bisschen
            """,
        Names = "deutsch, german, alemán, aleman, allemand",
        SwitchCues = "wechseln, wechsle, wächsle, umstellen, auf, in, sprechen, weiter, weitermachen, schreiben, bitte, können, wir, sprache, nur",
        PersonNouns = """
            zuständigen, den zuständigen, jemand zuständigen, jemanden zuständigen, verantwortlichen, den verantwortlichen, chefin, ihren chef, menschlicher berater, menschlichen berater, menschlicher mitarbeiter, menschlichen mitarbeiter, echten mitarbeiter, echter mitarbeiter,
            mitarbeiter, mitarbeiterin, mensch, menschen, echten menschen, echter mensch, person, echte person,
            berater, beraterin, agent, agentin, sachbearbeiter, sachbearbeiterin,
            vorgesetzten, vorgesetzter, chef, teamleiter, kollege, kollegin, kollegen, ansprechpartner,
            ansprechpartnerin, servicemitarbeiter, kundenbetreuer, techniker, jemand vom team, jemand vom support, jemand aus dem team, jemand aus ihrem team
            """,
        TeamNouns = "team, ihr team, kundenservice, kundendienst, support, hotline, service",
        Someone = "jemand, jemandem, jemanden, jemand anderes, jemand anderen",
        PersonRequests = """
            wäre es möglich, ist es möglich, möglich,
            sprechen, reden, verbinden, verbinde, weiterleiten, durchstellen, anrufen, zurückrufen, zurueckrufen,
            möchte, moechte, würde, will, wollte, brauche, hätte, haette, kann, könnte, koennte, können, koennen,
            gibt es, lieber, bitte, erreichen, kontaktieren, melden
            """,
        PersonRequestsAfter = "nochmal kontaktiert, nochmal anruft, ans telefon, erneut, nochmal, noch einmal, kontaktiert, kümmert, sich kümmert, lieber, stattdessen, von ihnen, am telefon, morgen, heute, trotzdem, dass, bald, gern, gerne, anruft, zurückruft, meldet, anrufen, zurückrufen, zurueckrufen, melden, mich anrufen, mich zurückrufen, sprechen, verbinden, bitte",
        TalkVerbs = "verbinden sie mich, verbinde mich, stellen sie durch, stellen sie mich durch, sprechen, reden, verbinden, verbinde, weiterleiten, durchstellen, anrufen, zurückrufen, zurueckrufen, erreichen, kontaktieren",
        PersonPhrases = """
            irgendwer echtes, jemand echtes, wer echtes, ist da irgendwer, irgendein mensch, ein echter,
            der kein bot ist, kein bot, keinen bot, keine maschine, echten menschen, sollen mich zurückrufen, soll mich zurückrufen, mich zurückrufen, mich zurueckrufen, mich anrufen, mich kontaktieren,
            ist da jemand, ist hier jemand, gibt es hier einen menschen, ein echter mensch, echter mensch bitte,
            rückruf, rueckruf, um rückruf, bitte um rückruf, rufen sie mich an, ruft mich an, mensch bitte
            """,
        NoPersonNeeded = "techniker kommt, der techniker kommt, kommt der techniker, habe schon mit, hab schon mit, schon mit, habe schon angerufen, hab schon angerufen, schon gesprochen, gesprochen, nicht nötig, brauche keinen, brauche keine, will keinen, will keine, ohne, kein mitarbeiter, keinen menschen",
        BotQuestions = """
            bist du ein bot, sind sie ein bot, bist du ein roboter, sind sie ein roboter, bist du ein mensch,
            sind sie ein mensch, bist du echt, rede ich mit einem bot, spreche ich mit einem bot, schreibe ich mit einem bot,
            rede ich mit einer maschine, ist das ein bot, ist das automatisch, bist du eine ki, mit einer ki, einer ki, ki, bot, roboter,
            mit wem spreche ich, wer ist da
            """,
        Leave = """
            ihnen auch$, dir auch$, euch auch$, gleichfalls, ebenfalls, ihnen ebenfalls, danke gleichfalls,
            auf wiederlesen, wiederlesen, auf wiederhören, wiederhören, ich ruf lieber an, ich rufe lieber an, ruf ich lieber an, rufe ich an, ich ruf an, dann ruf ich an, ich rufe einfach an, ich ruf einfach an,
            ich muss jetzt los, muss jetzt los, ich muss weiter, muss weiter,
            ciao ciao, machs gut, mach's gut, tschö, tschöö, bis die tage, adieu, pfiati, schönes wochenende, schönen feierabend, man sieht sich, habe die ehre, tschüssi,
            pfiat di, pfiat eich, pfiati, tschüss, tschuess, tschüs, tschau, ciao, bye, auf wiedersehen, wiedersehen, bis dann, bis später, bis bald,
            ich muss los, muss los, ich muss weg, muss weg, ich bin weg, bin weg, schönen tag, schönen tag noch,
            einen schönen tag, schönen abend, gute nacht, servus, ade, baba, ich hab's eilig, ich habe es eilig, bis zum nächsten mal, muss weg, 👋
            """,
        Decline = """
            bewerte ich nicht, bewerte nicht, bewerte ich nichts, ich bewerte nichts, mach ich nicht, keine umfragen, mache keine umfragen, mach keine umfragen, überspring ich, überspringe das,
            möchte nichts kommentieren, nichts kommentieren, will nichts sagen, möchte nichts sagen, will nichts kommentieren,
            lieber überspringen, überspringe ich, möchte ich überspringen,
            nei, nei merci, nei danke, isch guet so,
            besser nicht, ich lass das, lass ich, alles gut,
            nichts besonderes, isch guet so, ist gut so, passt so, bewerten mag ich nicht, mag ich nicht, da mach ich nicht mit, mach ich nicht mit, lieber nicht, möchte ich nicht, ich möchte nicht bewerten, möchte nicht bewerten, keine bewertung,
            ich bewerte nicht, will nicht bewerten, überspringen, passe, ich passe, kein kommentar, keine kommentare,
            nein danke, nichts, nein, nee, jetzt nicht, nichts hinzuzufügen, keine angabe, nö, nix, nee nix, verzichte, ich verzichte, anmerkungen keine, keine, passt scho, passt schon, lass mal, keine bewertung, lieber keine bewertung, weiß nicht was ich schreiben soll
            """,
        NoneOfThose = """
            im moment keins, momentan keins, erstmal keins, momentan nicht,
            keins im moment, erstmal nicht, vorerst nicht, vorerst keins, im moment keins, passt, passt so, na passt,
            hat sich erledigt, hat sich geklärt, ist erledigt, keins, keines, keiner, keine, keins davon, keines davon, keiner davon, keine davon, weder noch,
            weder das eine noch das andere, jetzt nicht, nein danke, das war's, das wars, nichts, nein, nee, nö,
            später, gerade nicht, im moment nicht, nicht nötig, nicht mehr nötig, brauche ich nicht, alles gut, passt schon,
            das wäre alles, wunschlos glücklich, sonst nix, alles klar, alles erledigt, sonst nichts
            """,
        Cancel = "genug mit den fragen, schluss mit der fragerei, hören sie mit den fragen auf, lassen sie die fragen, schluss mit den fragen, hören sie auf, lassen sie das, schluss jetzt, genug jetzt, schluss mit den fragen, hören sie auf zu fragen, hör auf zu fragen, keine fragen mehr, genug fragen, brechen sie ab, abbrechen bitte",
        Help = """
            von wie viel, von wieviel, von wie vielen, bis wie viel, bis wieviel, welche skala, was ist das maximum, wie viele sterne maximal,
            beste note, höchste note, was ist die beste, ist 5 das beste, ist 5 gut oder schlecht,
            was waren die optionen, welche optionen gibt es, was kann ich wählen, was steht zur auswahl, was ist 1, was ist 5, ist 5 das beste, ist 1 das schlechteste, was bedeutet 1, was bedeutet 5, welches,
            was meinen sie, was meinst du, wie meinen sie das, was heißt das, was bedeutet das, ich verstehe die frage nicht,
            welche optionen, welche möglichkeiten, was soll ich antworten, was soll ich schreiben, welche skala, hilfe, wozu, wozu genau, wofür, gut oder schlecht, ist 5 gut, ist 1 gut
            """,
        Sarcasm = """
            wenn man gern, wenn man gerne, wenn man mag, wenn man auf,
            so gelöst, so behoben,
            ja ne is klar, ja ne ist klar, ja klar doch, na toll, na super, na prima, na klasse, wie immer, wie üblich,
            wie letztes mal, wie letzte woche, genau wie letzte woche, schon wieder, glückwunsch, herzlichen glückwunsch, danke für nichts, wann es lust hat, wenn es lust hat, wann es will, wenn es will, super gemacht, klasse gemacht, sicher doch, 🙃, 🙄, 😒, 😑
            """,
        Doubt = """
            hab's vergessen, habs vergessen, hab es vergessen, hab vergessen, vergessen was,
            um sicher zu sein, sicherheitshalber, schau morgen früh, prüfe morgen,
            egal, wie auch immer, was auch immer, wenn sie meinen, wenn du meinst, ist ja egal, vergessen was ich fragen wollte, weiß nicht mehr was ich fragen wollte, ob das so bleibt, ob es so bleibt, ob das hält, schau morgen nochmal, schaue morgen nochmal, lueg morn, luege morn, ich lueg, schau morgen, morgen nochmal, morn nomol, nomol luege,
            müsste ich nachschauen, muss ich erst nachschauen, müsste ich erst schauen, weiß nicht so recht, keine ahnung, scheint so aber, vorerst, erstmal, erst mal, mal sehen, mal schauen, wir werden sehen, hoffentlich, ich hoffe, hoffe ich,
            weiß ich morgen, sag ich morgen, daumen drücken, für heute, bis auf weiteres, bis es wieder, lass mich überlegen,
            muss ich überlegen, mal überlegen, ich schau mal, ned sicher, net sicher, nid sicher, nöd sicher, schau ma, schaun ma, schauen wir mal, noch nicht ausprobiert, noch nicht getestet, erst testen, muss es erst
            """,
        Corrections = """
            na gut, ach komm, na komm,
            ne warte, nee warte, nö warte, warte nein, ah moment, ^doch,
            warte, nein warte, moment, moment mal, eigentlich, doch nicht, ich meine, korrektur, besser gesagt,
            beziehungsweise, bzw, vergiss das, äh nein, nein nein, stopp, ach nein, ach nee, ach nö, ach doch, oh doch, also doch, doch eher, eher,
            doch nicht, sorry, vergiss es, also
            """,
        StartOver = "von vorne, von vorn, neu anfangen, von anfang an, nochmal von vorne, noch mal von vorne, alles auf anfang",
        Complaint = "zeit verschwendet, zeit mit ihnen verschwendet, genug zeit verschwendet, zeitverschwendung, unterirdisch, unterirdischer, unterirdischen, unterirdische, das allerletzte, der letzte dreck, ich zahle ja gern, zahle ja gern, zahle gern für, hat nichts gebracht, bringt nichts, sauerei, eine sauerei, schweinerei, unverschämtheit, sauladen, ein witz, das ist ein witz, reicht mir, mir reicht's, mir reichts, es reicht, die schlechtesten, die schlechteste, ich kündige, und das ist noch großzügig, noch großzügig, 🤬, unverschämt, frechheit, eine frechheit, unmöglich, katastrophe, eine katastrophe, skandal, zumutung, eine zumutung, inakzeptabel, nie wieder, die nase voll, abzocke, saftladen, lächerlich",
        Persisting = "wenn man, wenn sie auf, wenn du auf, wenn es ihnen nichts ausmacht, wenn man davon absieht, außer, außer dass, bis auf, abgesehen von, abgesehen davon, nur dass, einziges problem, immer noch, noch immer, schon wieder",
        Mild = "etwas, ein bisschen, bisschen, ein wenig, leicht, aber ok, aber gut, aber passt",
        NewRequest = """
            etwas anderes, was anderes, es geht um,
            können sie, könnten sie, kannst du, ich brauche, ich möchte, ich hätte, auch, noch, noch etwas, noch eine,
            weitere, andere, mein, meine, wie, wo, wann, warum, ich habe eine frage, eine frage, gibt es
            """,
        RefundTopic = "erstattung, rückerstattung, rueckerstattung, geld zurück, gutschrift, erstattet",
        HoursTopic = "öffnungszeiten, geöffnet, offen, öffnet, schließt, geschlossen, laden, filiale, sonntag, samstag, feiertag",
        DeliveryTopic = "lieferung, liefern, paket, sendung, bestellung, sendungsverfolgung, versand, ankommen, kommt, bestellnummer",
        OtherTopic = "leitung, kündigen, vertrag, tarif, lastschrift, adresse, abo, abonnement, wetter, preis, preise, kostet, rabatt, gutschein, passwort, rechnung, konto, produkt",
        QuestionWords = "wann, wo, warum, wieso, wie, was, wer, welche, welcher, gibt es, können sie, ist",
        Reasons = "weil, denn",
        Conditions = "wenn, wenns, wenn's, falls, sollte es",
    };
}
