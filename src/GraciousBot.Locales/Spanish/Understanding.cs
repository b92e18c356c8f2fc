namespace GraciousBot.Locales;

/// <summary>Spanish: what the reading of a message needs (see <see cref="UnderstandingWords"/>).</summary>
internal static partial class Spanish
{
    public static UnderstandingWords Understanding { get; } = new()
    {
        CommonWords = """
            uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, estrellas, estrella, nota,
            el, la, los, las, lo, un, una, unos, y, es, está, esta, esto, eso, que, qué, de, del, en, con, por, para,
            pero, muy, más, ya, todavía, aún, sí, no, nada, todo, bien, gracias, hola, vale, sigue, funciona, tengo,
            tiene, quiero, necesito, puedo, puede, me, mi, mis, te, se, le, su, yo, usted, ustedes, cuando, cuándo,
            dónde, cómo, porque, por qué, hay, hoy, ahora, otra, otro, vez, también, pues, bueno, claro, creo, eso,
            estoy, estaba, fue, son, al, sin, algo, alguien, nadie, mejor, peor, mal, favor, perfecto, gracias,
            oye, adiós, jaja, igual, mismo, sería, podría, quisiera, atienda, arreglado, resuelto
            """,
        Names = "español, espanol, castellano, spanish, espagnol, spanisch",
        SwitchCues = "en, hablar, habla, hablas, seguir, continuar, cambiar, escribir, por favor, puedo, podemos, idioma, solo",
        PersonNouns = """
            jefe, su jefe, tu jefe, superior, un superior, alguien con autoridad, alguien a cargo, quien esté a cargo, el que manda, asesor humano, agente real, agente de verdad, humano de verdad,
            persona, una persona, persona real, agente, agente humano, humano, ser humano, alguien real,
            asesor, asesora, representante, operador, operadora, encargado, encargada, supervisor, supervisora,
            gerente, responsable, empleado, empleada, compañero, compañera, especialista, técnico, alguien del equipo,
            alguien de su equipo, alguien de soporte, una persona de verdad
            """,
        TeamNouns = "equipo, su equipo, soporte, atención al cliente, servicio al cliente, servicio técnico",
        Someone = "alguien, alguno, alguna persona",
        PersonRequests = """
            sería posible, es posible, posible,
            comunícame, comunicame, comuníqueme, hablar, habla, hablo, comunicar, comunicarme, pasar, pásame, pasame, páseme, paseme, conectar, conectarme,
            conecte, contactar, llamar, llame, llamen, llámame, quiero, quisiera, necesito, prefiero, preferiría,
            me gustaría, puedo, podría, pueden, puede, hay, atienda, atiendan, atender, transferir, transfiera, escalar,
            que me
            """,
        PersonRequestsAfter = "me podría marcar, me marque, me marquen, marcarme, me podría llamar, me podrían llamar, me pueda llamar, me llamara, me llamase, me llamaran, al teléfono, suyo, suya, de ustedes, en realidad, por teléfono, mañana, hoy, igual, lo antes posible, me llame, me llamen, llámeme, me contacte, me atienda, me atiendan, por favor",
        TalkVerbs = "conéctame, conectame, conécteme, comunícame, comuníqueme, pásame con, páseme con, hablar, comunicar, comunicarme, pasar, pásame, pasame, páseme, conectar, conectarme, llamar, llame, llámame, atienda, atiendan, transferir, escalar, contactar",
        PersonPhrases = """
            alguien real, una persona real, un humano, hay alguien, hay alguien ahí,
            alguien que no sea un bot, alguien que no sea un robot, que no sea un bot, que no sea un robot, un agente real, agente real, humano de verdad, que me llamen ellos,
            hay alguien ahí, hay alguien, hay alguien real, hay una persona, alguien real, persona real por favor,
            que me llamen, llámenme, llamenme, que me llame alguien, atención humana
            """,
        NoPersonNeeded = "viene el técnico, el técnico viene, venga el técnico, el técnico pasa, ya hablé, ya he hablado, he hablado con, ya llamé, no hace falta, no necesito, no quiero, sin necesidad, no es necesario",
        BotQuestions = """
            eres un bot, eres un robot, eres una máquina, eres humano, eres una persona, eres real, estoy hablando con un bot,
            hablo con un bot, hablo con una máquina, es un bot, esto es un bot, eres una ia, bot, robot, con quién hablo,
            quién eres
            """,
        Leave = """
            igualmente, igual para usted, igual para ti, usted también, tú también, a usted también, a ti también,
            ya llamo yo, llamo yo, mejor llamo, mejor los llamo, ya los llamo, ya llamaré, llamaré yo, prefiero llamar,
            tengo que irme ya, me tengo que ir corriendo, me voy corriendo,
            chaíto, chaito, chau chau, cuídate, cuídese, nos vidrios, bye bye, un saludo, saludos,
            adiós, adios, chao, chau, ciao, hasta luego, hasta pronto, nos vemos, me voy, me tengo que ir, tengo que irme,
            me tengo que ir ya, me piro, tengo prisa, voy con prisa, buen día, buenas noches, que tenga buen día,
            que tengas buen día, hasta la próxima, bye, venga hasta luego, 👋
            """,
        Decline = """
            prefiero saltarme esto, prefiero saltármelo, saltarme esto, me lo salto, lo salto, paso de esto, paso de valorar, no hago encuestas, no valoro, no voy a valorar, no voy a puntuar, sin valoración,
            no quiero comentar, no quiero comentar nada, nada que comentar, prefiero no comentar,
            prefiero saltarme, saltarme esto, me lo salto, lo salto, prefiero saltar,
            nah, na,
            paso de puntuar, paso de valorar, paso de calificar, paso de eso, mejor no, estoy bien así, así estoy bien, todo bien,
            está bien así, esta bien asi, no me apetece, no me apetece puntuar, no me apetece valorar, prefiero no, prefiero no valorar, prefiero no contestar, prefiero no responder, no quiero valorar,
            no voy a valorar, no quiero puntuar, paso, sin comentarios, sin comentario, ningún comentario,
            no gracias, nada, no, omitir, saltar, ahora no, no tengo nada que decir, nada que añadir, nop, nel, no sé qué decir, nada que decir, así está bien, no quiero calificar, no voy a calificar, no califico
            """,
        NoneOfThose = """
            de momento ninguno, de momento ninguna, por ahora ninguno, por ahora ninguna,
            ninguno por ahora, ninguna por ahora, ninguno de momento, ninguna de momento, de momento no, por el momento no, ninguna otra cosa, nada más, ninguna otra,
            ya está resuelto, ya se resolvió, se arregló solo, ninguno, ninguna, ninguno de esos, ninguna de esas, ninguno de ellos, ni uno ni otro, ni una ni otra,
            ninguna de las dos, ninguno de los dos, ahora no, no gracias, eso es todo, nada, nada más, no, estoy bien,
            por ahora no, no hace falta, ya no hace falta, eso sería todo, sería todo, nada por ahora, todo bien
            """,
        Cancel = "basta con las preguntas, deja las preguntas, ya no más preguntas, basta de tantas preguntas, ya deja de preguntar, párale, parale, ya párale, ya basta, basta ya, basta de preguntas, ya no pregunten, deja de preguntar, deja de preguntarme, basta de preguntas, no más preguntas, cancela esto, para ya, para esto",
        Help = """
            sobre cuánto, sobre cuántos, sobre cuanto, qué escala, cuál es la escala, cuál es el máximo,
            es bueno o malo, bien o mal, la nota más alta, cuál es la mejor nota, el máximo,
            cuáles eran las opciones, cuales eran las opciones, qué opciones tengo, cuáles son mis opciones, qué puedo elegir, a qué te refieres, cuál, qué es el 1, qué es el 5, el 5 es el mejor, el 1 es el peor, cuál es el mejor,
            qué quieres decir, qué significa, a qué te refieres, no entiendo, no entiendo la pregunta, cuáles son las opciones,
            qué opciones hay, qué tengo que responder, qué respondo, cómo respondo, qué escala, qué pongo, ayuda, para qué, para qué sirve, lo mejor o lo peor, es lo mejor, es bueno o malo
            """,
        Sarcasm = """
            si te gusta esperar, si le gusta esperar, si te gustan, si te encanta,
            ya ya, tan arreglado, tan solucionado,
            ya claro, sí cómo no, como siempre, como la última vez, genial otra vez, otra vez, justo lo que necesitaba,
            lo que faltaba, cuando le da la gana, cuando quiere, gracias por nada, 🙃, 🙄, 😒, 😑
            """,
        Doubt = """
            mañana lo pruebo, lo pruebo mañana, lo pruebo luego, aún no lo sé, todavía no lo sé, olvidé mi pregunta, se me olvidó,
            para estar seguro, para estar segura, para asegurarme, lo reviso mañana, mañana lo reviso, vuelvo a mirar,
            como sea, lo que sea, si tú lo dices, si usted lo dice, da igual, se me olvidó lo que iba a preguntar, se me olvidó qué iba a preguntar, ya no me acuerdo, si dura, si va a durar, a ver si dura,
            tendría que mirarlo, tendría que mirar, tendría que revisarlo, tengo que mirarlo, ni idea, igual sí igual no, puede que sí, parece que sí pero, por ahora, de momento, por el momento, hasta que, ya veremos, ya veré, mañana te digo, mañana le digo,
            te digo mañana, eso espero, ojalá, crucemos los dedos, todavía no sé, aún no sé, por hoy, déjame pensar, dejame pensar, déjame ver, dejame ver, a ver, no lo sé todavía, no lo he probado, tengo que probar, todavía no lo probé, puede ser, quizás, quizá, tal vez, dame un segundo, dame un momento, deme un momento, un segundito
            """,
        Corrections = """
            bueno venga, venga va, bueno va,
            bueno no, ah no espera,
            espera, no espera, mejor dicho, en realidad, bueno no, perdón, digo, quiero decir, corrijo, pensándolo bien,
            pensandolo bien, rectifico, olvida eso, bueno sí, bueno si, ah mentiras, mentira, ah no, ah sí, así que, o sea, para, pará
            """,
        StartOver = "empezar de nuevo, desde el principio, volver a empezar, desde cero, empezar otra vez, reiniciar",
        Complaint = "de lo peor, perdí el tiempo, perder el tiempo, pérdida de tiempo, he perdido suficiente tiempo, me han hecho perder el tiempo, una porquería, un desastre, me encanta pagar, me encanta pagar por, encanta pagar por, y eso siendo generoso, siendo generoso, me han pasado de un lado a otro, de un lado a otro, ya basta, el peor servicio, pésimo servicio, no ha servido de nada, no sirvió de nada, no sirve para nada, tomadura de pelo, una tomadura de pelo, caos total, un caos, 🤬, un desastre, son un desastre, qué poca, vergüenza, una vergüenza, el peor, la peor, nunca más, estafa, inaceptable, indignante, harto, harta",
        Persisting = "si te gusta, si te gustan, si le gusta, si le gustan, siempre que, si no te importa, si no le importa, salvo, salvo que, excepto, excepto que, quitando, aparte de que, menos que, lo único que, sigue, todavía, otra vez la, otra vez el, de nuevo la, de nuevo el, cuando le da la gana",
        Mild = "un poco, algo, un poquito, ligeramente, pero bien, pero vale",
        NewRequest = """
            es por, es sobre,
            puedes, puede, podrías, podría, necesito, quiero, quisiera, también, otra, otro, otra cosa, mi, cómo,
            dónde, cuándo, por qué, tengo una pregunta, una pregunta, hay
            """,
        RefundTopic = "devuelven, devolver, plata, dinero, reembolso, devolución, devolucion, devolver el dinero, abono, reintegro",
        HoursTopic = "horario, horarios, abren, abierto, abre, cierran, cierra, tienda, domingo, sábado, festivo",
        DeliveryTopic = "envío, envio, entrega, paquete, pedido, seguimiento, llega, llegará, repartidor, número de pedido",
        OtherTopic = "línea, dar de baja, contrato, tarifa, plan, domiciliación, dirección, suscripción, tiempo, clima, precio, precios, cuesta, descuento, cupón, contraseña, factura, cuenta, producto",
        QuestionWords = "cuándo, dónde, por qué, cómo, qué, quién, cuál, hay, puedo, pueden",
        Reasons = "porque, pq, xq, ya que, puesto que",
        Conditions = "en caso de que, por si, si vuelve, si se vuelve, si falla, si se cae, si pasa algo, si hay algo",
    };
}
