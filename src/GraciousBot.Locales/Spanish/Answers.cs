namespace GraciousBot.Locales;

/// <summary>Spanish: what short answers need (see <see cref="AnswerWords"/>).</summary>
internal static partial class Spanish
{
    public static AnswerWords Answers { get; } = new()
    {
        YesNo =
        [
            new(Cue.Filler, "sin ofender, no se ofenda, no te ofendas, con todo respeto, mi inglés no es bueno, no hablo bien español, perdón por mi español"),
            new(Cue.Positive | Cue.Hedge, "creo que sí, yo creo que sí, supongo que sí, imagino que sí, eso creo, pienso que sí, diría que sí"),
            new(Cue.Uncertain | Cue.Hedge, "creo"),
            new(Cue.Negative, "dañado, dañada, estropeado, estropeada, averiado, averiada, descompuesto, descompuesta"),
            new(Cue.Uncertain, "aún no lo sé, todavía no lo sé, mañana lo pruebo, lo pruebo mañana, lo pruebo luego"),
            new(Cue.Positive | Cue.Weak, "supongo, supongo que sí, imagino que sí, me imagino"),
            new(Cue.Negative, "parpadea, sigue parpadeando, parpadea en rojo, luz roja, sigue en rojo"),
            new(Cue.Uncertain, "solo en las noches, solo por la noche, de vez en cuando, a ratos, por momentos"),
            new(Cue.Uncertain, "no sé todavía, todavía no sé, aún no sé, no sé aún, no lo sé todavía, no lo sé aún, no puedo saber, no sabría decirte, la verdad no sé, sinceramente no sé, no me fío, no me fío todavía, no me fío aún, kizas, kiza, talvez, capaz, igual sí"),
            new(Cue.NoWord, "no que yo sepa, no por lo que veo, ^nombre$, nel pastel, ni madres, nanay, qué va, que va, olvídalo, olvídelo, déjalo, déjelo, no hace falta, ninguna otra cosa"),
            new(Cue.Negative, "se volvió a cortar, se volvió a caer, volvió a fallar, se volvió a, sigue igualito, igualito, se cae, se sigue cayendo, se corta, se desconecta, se cuelga, se traba, no puedo ni, ni siquiera puedo, no me deja, no puedo entrar, no puedo iniciar sesión, como al principio, volvimos a lo mismo, otra vez a cero, de vuelta al principio, da error, sigue dando error, me sale error"),
            new(Cue.Negative | Cue.OnlyNegated, "problema, problemas, error, errores, inconveniente, inconvenientes"),
            new(Cue.Positive, "joya, bárbaro, anda bárbaro, anda bien, ya anda, anda perfecto, anda joya, de diez, de lujo, chido, padre, chévere, bacán, simón, sale, órale, ándale, de una, eso parece, así parece, parece que funciona, parece que sí, ya no aparece, ya no sale, ya no da error, desapareció, ya se conectó"),
            new(Cue.YesWord, "sí, sip, sii, sisi, sep, sí señor, sí por favor, sí gracias"),
            new(Cue.YesWord | Cue.Particle, "si"),
            new(Cue.NoWord, "nop, nel, nones, ^nada$, no gracias"),
            new(Cue.NoWord | Cue.Negator, "no"),
            new(Cue.Positive, """
                claro, claro que sí, por supuesto, desde luego, vale, dale, de acuerdo, exacto, exactamente, correcto,
                cierto, así es, eso es, efectivamente, perfecto, genial, seguro, obvio, afirmativo, funciona, funcionó,
                ya funciona, funciona bien, funcionar, sirve, sirvió, me sirvió, resuelto, resuelta, solucionado, solucionada,
                arreglado, arreglada, se resolvió, resolvió, se solucionó, solucionó, quedó, ya quedó, ayudó, me ayudó, todo bien, todo correcto, listo, muy bien, excelente, estupendo,
                por qué no, no hay problema, sin problema, no me puedo quejar, ningún problema, yo creo que sí, creo que sí, pues sí, va
                """),
            new(Cue.Negative, """
                sigue igual, igual que antes, mismo problema, el mismo problema, roto, rota, falla, fallo, falló, fallando, peor,
                incorrecto, mal
                """),
            new(Cue.NoWord, """
                para nada, en absoluto, claro que no, por supuesto que no, creo que no, no creo, yo creo que no, nada más, eso es todo,
                estoy bien
                """),
            new(Cue.NoWord | Cue.Negator, "todavía no, aún no, tampoco, sigue sin"),
            new(Cue.Positive | Cue.Weak, "bien, bueno, ok, okey, porfa, por favor, gracias funciona"),
            new(Cue.Positive | Cue.OnlyNegated, "ayudar, servir, arreglar, solucionar, resolver, cargar, abrir, cambió, cambiado"),
            new(Cue.Negative | Cue.Weak, "lamentablemente, desafortunadamente, por desgracia"),
            new(Cue.Negator, "nunca, jamás, sin, ni, nada, nadie, ya no"),
            new(Cue.Uncertain, """
                quizás, quizá, quizas, tal vez, a lo mejor, puede ser, puede que, no se$, no lo sé, ni idea, no estoy seguro,
                no estoy segura, no sabría decir, más o menos, en parte, parcialmente, a medias, depende, sí y no, a veces,
                no estoy seguro todavía, lo voy a probar, voy a probar, lo pruebo, no lo he probado, ya veremos, creo
                """),
            new(Cue.Question, "^cómo, ^por qué, ^qué, ^cuándo, ^dónde, ^quién, ^cuál"),
            new(Cue.Contrast, "pero, aunque, sino, sin embargo"),
            new(Cue.Filler, "gracias, muchas gracias, pues, bueno, eso, es, lo, me, el, la, ya, ahora, muy, está, esta, jaja"),
        ],
        Interruptions = new(
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
            Topic: "sobre, acerca de, por lo de, respecto a"),
        Rating = new()
        {
            Numbers =
            [
                new(0, "cero"),
                new(1, "uno"),
                new(2, "dos"),
                new(3, "tres"),
                new(4, "cuatro"),
                new(5, "cinco, sinco, cinko, sinko"),
                new(6, "seis"),
                new(7, "siete"),
                new(8, "ocho"),
                new(9, "nueve"),
                new(10, "diez"),
                new(100, "cien, ciento"),
            ],
            OneBeforeUnit = "un, una",
            Units = "estrella, estrellas, punto, puntos",
            OtherUnits = "segundos, minuto, minutos, hora, horas, día, días, semana, semanas, mes, meses, año, años, veces, correos, emails, mails, llamadas, mensajes, cartas",
            FractionConnectors = "de, sobre",
            PercentWords = "por ciento, por cien",
            Negators = "no, nunca, tampoco",
            Adjectives =
            [
                new(5, "excelente, perfecto, perfecta, increíble, fantástico, maravilloso, genial, lo mejor, espectacular, buenísimo, inmejorable"),
                new(4, "muy bien, muy bueno, muy buena, bueno, buena, bien, súper"),
                new(3, "regular, normal, más o menos, ni bien ni mal, aceptable, pasable, no está mal"),
                new(2, "mal, malo, mala, no muy bien, no muy bueno, pobre, decepcionante, flojo"),
                new(1, "pésimo, pésima, fatal, malísimo, muy mal, muy malo, lo peor, inútil, un desastre, desastroso"),
            ],
        },
        Choice = new()
        {
            Ordinals =
            [
                new(1, "primero, primera, primer, 1º, 1ª, 1o, 1a"),
                new(2, "segundo, segunda, 2º, 2ª, 2o, 2a"),
                new(3, "tercero, tercera, tercer, 3º, 3ª, 3o, 3a"),
                new(4, "cuarto, cuarta, 4º, 4ª, 4o, 4a"),
                new(5, "quinto, quinta, 5º, 5ª"),
                new(6, "sexto, sexta"),
                new(7, "séptimo, séptima"),
                new(8, "octavo, octava"),
                new(9, "noveno, novena"),
                new(10, "décimo, décima"),
                new(ChoiceWords.Last, "último, última, ultimo, ultima"),
                new(ChoiceWords.SecondToLast, "penúltimo, penúltima"),
            ],
            Cardinals =
            [
                new(1, "uno, una, un"),
                new(2, "dos"),
                new(3, "tres"),
                new(4, "cuatro"),
                new(5, "cinco"),
                new(6, "seis"),
                new(7, "siete"),
                new(8, "ocho"),
                new(9, "nueve"),
                new(10, "diez"),
            ],
            Fillers = """
                el, la, los, las, lo, opción, opcion, número, numero, por, favor, porfa, quiero, elijo, escojo, me, quedo, con,
                eso, esa, ese, esta, este, gracias, pues, bueno, prefiero, de, del, sobre, mi, es, la de
                """,
            NumberIntroducers = "opción, opcion, número, numero",
            Refusals = "ninguno, ninguna, ni",
            RefusalsBeforeAWord = "no",
        },
        Skip = new()
        {
            Politeness = "gracias, muchas gracias, por favor, porfa, vale, bueno, pues, perdón, lo siento, disculpe, disculpa, sorry",
            LeadingNo = "no, nop",
            Phrases = """
                nada, nada más, nada mas, nada que añadir, nada que agregar, nada que decir, no, nop, sin comentarios,
                sin comentario, ningún comentario, ninguno, ninguna, paso, saltar, omitir, todo bien, está bien, eso es todo,
                es todo, no gracias, nada por ahora, no tengo nada que añadir, siguiente, no tengo comentarios,
                no tengo nada que decir, nada que comentar
                """,
        },
        Frustration = new()
        {
            AbusiveWords = """
                mierda, joder, jodido, jodida, puta, puto, putos, pendejo, pendeja, pendejos, idiota, idiotas, estúpido,
                estúpida, imbécil, gilipollas, cabrón, cabrona, carajo, coño, capullo, subnormal, tarado, mamón, culero,
                chingada, verga
                """,
            AbusiveStems = "mierd, gilipoll",
            Abuse = "hijo de puta, vete a la mierda, que te jodan, chinga tu madre, me cago en",
            Complaints = """
                no sirve, no sirves, no sirve para nada, inútil, inútiles, pérdida de tiempo, una pérdida de tiempo, ridículo,
                ridícula, pésimo, pésimo servicio, el peor servicio, peor servicio, horrible, una vergüenza, qué vergüenza,
                vergonzoso, estoy harto, estoy harta, cansado de, cansada de, una broma, un chiste, no ayuda,
                no me ayuda, no me ayudas, inaceptable, basura, malísimo, incompetente, incompetentes, absurdo, indignante,
                ya te lo dije, otra vez lo mismo, cuántas veces, es increíble que, una estafa
                """,
        },
    };
}
