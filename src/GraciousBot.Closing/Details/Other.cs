using System.Globalization;
using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// Spanish, French and German: correct, simpler coverage of the same kinds. Phrases use the formal address
/// (usted, vous, Sie), as support teams do.
/// </summary>
internal static class Other
{
    private static Regex Rx(string pattern, IReadOnlyDictionary<string, string>? relations = null, string holidays = "")
    {
        var rel = relations is null ? "x^" : string.Join('|', relations.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var expanded = pattern.Replace("{REL}", rel, StringComparison.Ordinal)
            .Replace("{PLACE}", @"(?<place>\S+)", StringComparison.Ordinal)
            .Replace("{HOL}", holidays, StringComparison.Ordinal);
        return new Regex(RulePatterns.WholeWordLookaheads(expanded), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    public static string? CelebrationName(string language, string written) => language switch
    {
        "es" => SpanishHolidays.GetValueOrDefault(written),
        "fr" => FrenchHolidays.GetValueOrDefault(written),
        "de" => GermanHolidays.GetValueOrDefault(written),
        _ => null,
    };

    /// <summary>Well-known festivals by name, the same words in every language (a date must come with them).</summary>
    private const string Festivals = @"primavera sound|mad cool|bbk live|vive latino|lollapalooza|coachella|glastonbury|tomorrowland|rock am ring|rock im park|southside|wacken|paléo|paleo festival|vieilles charrues|hellfest|rock en seine|solidays|montreux jazz|openair frauenfeld|gurtenfestival|sziget|roskilde|oktoberfest|les francofolies|francofolies|lowlands|pukkelpop|rock werchter|dour festival";

    // =================================================================== Spanish

    private static readonly Dictionary<string, string> SpanishRelations = new(StringComparer.Ordinal)
    {
        ["hija"] = "hija", ["hijo"] = "hijo", ["hijos"] = "hijos", ["esposa"] = "esposa", ["mujer"] = "esposa", ["esposo"] = "esposo", ["marido"] = "marido", ["pareja"] = "pareja",
        ["madre"] = "madre", ["mamá"] = "madre", ["mama"] = "madre", ["padre"] = "padre", ["papá"] = "padre", ["papa"] = "padre", ["padres"] = "padres", ["abuela"] = "abuela",
        ["abuelo"] = "abuelo", ["abuelos"] = "abuelos", ["hermana"] = "hermana", ["hermano"] = "hermano", ["sobrina"] = "sobrina", ["sobrino"] = "sobrino", ["tía"] = "tía",
        ["tío"] = "tío", ["prima"] = "prima", ["primo"] = "primo", ["mejor amiga"] = "mejor amiga", ["mejor amigo"] = "mejor amigo", ["amiga"] = "amiga", ["amigo"] = "amigo",
        ["novia"] = "novia", ["novio"] = "novio", ["prometida"] = "prometida", ["prometido"] = "prometido", ["nieta"] = "nieta", ["nieto"] = "nieto", ["nietos"] = "nietos",
        ["suegra"] = "suegra", ["suegro"] = "suegro", ["compañera"] = "compañera", ["compañero"] = "compañero", ["jefa"] = "jefa", ["jefe"] = "jefe", ["familia"] = "familia",
        ["bebé"] = "bebé", ["perro"] = "perro", ["gato"] = "gato",
        ["chiquito"] = "hijo", ["chiquita"] = "hija", ["hijito"] = "hijo", ["hijita"] = "hija", ["chaval"] = "hijo", ["chavala"] = "hija", ["nene"] = "hijo", ["nena"] = "hija",
        ["compa"] = "amigo", ["cuñada"] = "cuñada", ["cuñado"] = "cuñado",
    };

    private static readonly Dictionary<string, DetailOwner> SpanishOwners = new(StringComparer.Ordinal)
    {
        ["hija"] = DetailOwner.Child, ["hijo"] = DetailOwner.Child, ["hijos"] = DetailOwner.Child, ["bebé"] = DetailOwner.Child, ["esposa"] = DetailOwner.Partner, ["esposo"] = DetailOwner.Partner, ["marido"] = DetailOwner.Partner, ["pareja"] = DetailOwner.Partner, ["novia"] = DetailOwner.Partner, ["novio"] = DetailOwner.Partner, ["prometida"] = DetailOwner.Partner, ["prometido"] = DetailOwner.Partner, ["madre"] = DetailOwner.Parent, ["padre"] = DetailOwner.Parent, ["padres"] = DetailOwner.Parent, ["perro"] = DetailOwner.Pet, ["gato"] = DetailOwner.Pet,
    };

    private const string SpanishHol = @"navidades|navidad|nochebuena|nochevieja|año nuevo|reyes|semana santa|pascua|acción de gracias|diwali|eid|ramadán|ramadan|hanukkah|janucá|las fiestas|fiestas navideñas|día de la madre|día del padre|san valentín|halloween|día de muertos|las posadas|posadas|posada|jánuca";

    private static readonly Dictionary<string, string> SpanishHolidays = new(StringComparer.Ordinal)
    {
        ["navidad"] = "Navidad", ["navidades"] = "Navidad", ["nochebuena"] = "Nochebuena", ["nochevieja"] = "Nochevieja", ["año nuevo"] = "Año Nuevo", ["reyes"] = "Reyes",
        ["semana santa"] = "Semana Santa", ["pascua"] = "Pascua", ["acción de gracias"] = "Acción de Gracias", ["diwali"] = "Diwali", ["eid"] = "Eid", ["ramadán"] = "Ramadán",
        ["ramadan"] = "Ramadán", ["hanukkah"] = "Janucá", ["janucá"] = "Janucá", ["las fiestas"] = "las fiestas", ["fiestas navideñas"] = "las fiestas", ["día de la madre"] = "el Día de la Madre",
        ["día del padre"] = "el Día del Padre", ["san valentín"] = "San Valentín", ["halloween"] = "Halloween", ["día de muertos"] = "el Día de Muertos", ["fiestas"] = "las fiestas",
        ["las posadas"] = "las posadas", ["posadas"] = "las posadas", ["posada"] = "las posadas", ["jánuca"] = "Janucá",
    };

    public static LanguagePack Spanish()
    {
        var r = SpanishRelations;
        const RuleFlags P = RuleFlags.Presupposed;
        const RuleFlags F = RuleFlags.Future;
        DetailRule R(DetailKind k, string p, RuleFlags f = RuleFlags.None, string? noun = null) => new(k, Rx(p, r, SpanishHol), f, noun);
        var rules = new List<DetailRule>
        {
            R(DetailKind.Bereavement, @"\b(?<trig>falleció|ha fallecido|fallecido|fallecida|murió|ha muerto|se murió|fallecimiento|funeral|entierro|velorio|luto|pésame|en paz descanse|difunto|difunta)\b"),
            R(DetailKind.Bereavement, @"\b(?<trig>perdí|perdimos|hemos perdido|he perdido)\s+a\s+(?:mi|nuestro|nuestra)\s+(?<rel>{REL})\b"),
            R(DetailKind.Health, @"\b(?<trig>hospitalizado|hospitalizada|ingresado|ingresada|en el hospital|al hospital|del hospital|operado|operada|cirugía|quimio|quimioterapia|enfermo|enferma|enfermedad|recuperándome|recuperándose|me estoy recuperando|recuperación|gripe|covid|cáncer|fractura|me rompí|se rompió|baja médica|de baja)\b"),
            R(DetailKind.Health, @"\b(?:mi|una|su)\s+(?<trig>operación)\b(?!\s+(?:bancaria|rechazada|denegada|fallida|de pago|con tarjeta))"),
            R(DetailKind.Pet, @"\b(?<trig>adoptamos|adopté|hemos adoptado|he adoptado|tenemos un nuevo|tengo un nuevo|tenemos una nueva)\s+(?:a\s+)?(?:un|una)?\s*(?<noun>perro|perrita|perrito|cachorro|cachorrita|gato|gatito|gatita|mascota|conejo)\b", RuleFlags.Celebrate),
            R(DetailKind.Pet, @"\b(?<self>mi|nuestro|nuestra|mis|nuestros)\s+(?:nuevo\s+|nueva\s+)?(?<noun>perro|perra|perrito|perrita|cachorro|cachorra|gato|gata|gatito|gatita|mascota|conejo|hámster|loro|caballo)\b(?!\s+(?:de juguete|de peluche))", P),
            R(DetailKind.Pet, @"\b(?:al|del|en el)\s+(?<trig>veterinario)\b", RuleFlags.GoneWrong),
            R(DetailKind.NewBaby, @"\b(?<trig>embarazada|bebé en camino|vamos a tener un bebé|tuvimos un bebé|hemos tenido un bebé|ha nacido|acaba de nacer|nació mi|nació nuestro|nació nuestra|recién nacido|recién nacida|nuevo bebé|dio a luz|di a luz|baja por maternidad|baja por paternidad|permiso de maternidad|permiso de paternidad|esperamos un bebé|estamos esperando un bebé|acabamos de tener (?:un|una) (?:bebé|niño|niña|hijo|hija)|acabo de tener (?:un|una) (?:bebé|niño|niña|hijo|hija)|esperando un bebé|he sido abuela|he sido abuelo|he sido padre|he sido madre|fui abuela|fui abuelo|primer nieto|primera nieta)\b"),
            R(DetailKind.Anniversary, @"\b(?:mi|nuestro)\s+(?<trig>aniversario)\b", P),
            R(DetailKind.Anniversary, @"\b(?<trig>aniversario)\s+de\s+(?:boda|bodas|casados)\b"),
            R(DetailKind.Wedding, @"\b(?<self>mi|nuestra)\s+(?<trig>boda)\b", P),
            R(DetailKind.Wedding, @"\b(?<trig>boda)\s+de\s+(?:mi|nuestra|nuestro)\s+(?<rel>{REL})\b", P),
            R(DetailKind.Wedding, @"\b(?<trig>me caso|nos casamos|nos casaremos|me casé|casarnos|casarme|se casa|nos comprometimos|me comprometí|nos vamos a casar|me voy a casar|se casan)\b"),
            R(DetailKind.Wedding, @"\b(?:una|la|a una|a la)\s+(?<trig>boda)\b"),
            R(DetailKind.Birthday, @"\b(?<self>mi)\s+(?<trig>cumpleaños|cumple)\b", P),
            R(DetailKind.Birthday, @"\b(?<trig>cumpleaños|cumple)\s+de\s+(?:mi|nuestra|nuestro)\s+(?<rel>{REL})\b", P),
            R(DetailKind.Birthday, @"\b(?<trig>cumpleaños|cumple)\s+de\s+(?<name>[\p{L}]+)\b", P),
            R(DetailKind.Birthday, @"\b(?:para|por|un|el|feliz)\s+(?<trig>cumpleaños)\b"),
            R(DetailKind.Birthday, @"\b(?:mi|nuestra|nuestro)\s+(?<rel>{REL})\s+(?<trig>cumple)\s+\d{1,3}\b", P),
            R(DetailKind.Birthday, @"\b(?:fiesta|comida|cena|celebración)\s+de\s+(?<trig>cumpleaños)\b(?:\s+(?:número\s+)?\d{1,3})?(?:\s+de\s+(?:mi|nuestra|nuestro)\s+(?<rel>{REL}))?", P),
            R(DetailKind.Birthday, @"\b(?<trig>los xv|los quince|quinceañera)\s+de\s+(?:mi|nuestra)\s+(?<rel>{REL})\b", P),
            R(DetailKind.NewBaby, @"\b(?<trig>nació|nacieron|ha nacido|llegó)\s+(?:nuestro|nuestra|mi)\s+(?:(?:primer|segundo|segunda)\s+)?(?<rel>hijo|hija|bebé|nieto|nieta)\b", RuleFlags.Past),
            R(DetailKind.NewBaby, @"\b(?<trig>sale de cuentas|salgo de cuentas|trabajo de parto|está de parto|estoy de parto|rompió aguas|dar a luz|dio a luz)\b"),
            R(DetailKind.Event, @"\b(?:me presento a|preparo|estudio|hace|hago|tiene|tengo)\s+(?:las|la|el)\s+(?<trig>oposiciones|selectividad|ebau|evau|pau|examen de admisión)\b", F),
            R(DetailKind.Health, @"\b(?:me hice|se hizo|me he hecho|tengo)\s+un\s+(?<trig>esguince)\b|\b(?<trig>me rompí|me he roto|se rompió|me torcí|me desgarré)\s+(?:el|la|un|una)\s+(?:tobillo|pierna|brazo|muñeca|rodilla|hombro|pie|mano|ligamento|ligamentos)\b", RuleFlags.Past),
            R(DetailKind.NewJob, @"\b(?<trig>abrimos|abro|abre|inauguramos|inauguro|inaugura)\s+(?:nuestro|nuestra|mi|su)\s+(?:propio\s+|propia\s+|nuevo\s+|nueva\s+)?(?<noun>restaurante|negocio|tienda|bar|cafetería|café|panadería|local|empresa)\b", F),
            R(DetailKind.NewPurchase, @"\b(?:nuestro|nuestra|mi)\s+(?<trig>primer|primera)\s+(?<noun>depto|departamento|piso|apartamento|casa|hogar)\b", P),
            R(DetailKind.Anniversary, @"\b(?<trig>cumplimos|celebramos|hacemos)\s+\d{1,2}\s+años\s+(?:de\s+casados|de\s+matrimonio|juntos)\b", F),
            R(DetailKind.Hardship, @"\b(?<trig>me despidieron|me acaban de despedir|me han despedido|me echaron del trabajo|me quedé sin trabajo|me he quedado sin trabajo)\b", RuleFlags.Past),
            R(DetailKind.Moving, @"\b(?<trig>nos cambiamos|nos mudamos|me cambio|me mudo|nos cambiamos de casa)\b", F),
            R(DetailKind.Graduation, @"\b(?<trig>aprobé|aprobó|he aprobado|ha aprobado|aprobamos|saqué|sacó)\s+(?:el|los|mi|mis|su|sus)\s+(?<noun>examen de conducir|examen práctico|carnet|carné|examen|exámenes|examenes|oposiciones|selectividad)\b", RuleFlags.Achievement),
            R(DetailKind.Graduation, @"\b(?<trig>graduación|me gradúo|me gradué|se gradúa|se graduó|graduarme|graduarse|primer día de (?:universidad|clase|colegio|escuela|facultad|cole)|empiezo la universidad|empieza la universidad)\b"),
            R(DetailKind.Graduation, @"\b(?:mi|su)\s+(?<noun>examen de conducir|examen práctico)\b", P | RuleFlags.WishWell),
            R(DetailKind.NewJob, @"\b(?<trig>nuevo trabajo|nuevo empleo|nuevo puesto|trabajo nuevo|me ascendieron|me han ascendido|mi ascenso|me jubilo|me jubilé|mi jubilación|me retiro|mi propio negocio|nuevo negocio|abro mi negocio|abrimos nuestro negocio)\b"),
            R(DetailKind.Event, @"\b(?:el|la|un|una|mi|mis|nuestro|nuestra)\s+(?:gran\s+)?(?<trig>conferencia|congreso|convención|feria|concierto|festival|maratón|media maratón|fiesta|gala|torneo|recital|competición)\b(?!\s+(?:de (?:precios|ofertas)))"),
            R(DetailKind.Event, @"\b(?:mi|mis)\s+(?<trig>examen|exámenes|examenes|entrevista|presentación|partido|carrera)\b", P),
            R(DetailKind.Moving, @"\b(?<trig>me mudo|nos mudamos|nos mudaremos|me mudé|mudarnos|mudarme|me voy a mudar|nos vamos a mudar|mudanza|casa nueva|nueva casa|nuevo piso|piso nuevo)\b(?:\s+(?:a|en)\s+{PLACE})?", F),
            R(DetailKind.NewPurchase, @"\b(?:mi|nuestro|nuestra)\s+(?<q>primer|primera|nuevo|nueva)\s+(?<noun>coche|carro|auto|casa|piso|moto)\b", P),
            R(DetailKind.Celebration, @"\b(?:en|para|por|esta|estas|feliz|felices|antes de|después de|la|las|celebrar|celebramos|pasar)\s+(?<trig>{HOL})\b(?!\s+(?:ofertas|rebajas|horario|devoluciones|política|envío|envíos))"),
            R(DetailKind.Hardship, @"\b(?<trig>tormenta|inundación|inundaciones|incendio|terremoto|huracán|perdí mi trabajo|perdí el trabajo|me despidieron|me han despedido|en paro|sin trabajo|desempleado|desempleada|divorcio|me divorcio|me estoy divorciando|nos separamos|separación|semana difícil|semana dura|mes difícil|año difícil|momento difícil|mala racha|semana horrible|semana terrible|me robaron|nos robaron|accidente de coche|accidente de tráfico|tuve un accidente)\b"),
            R(DetailKind.Travel, @"\b(?<self>mi|mis|nuestro|nuestra|nuestros|nuestras)\s+(?:próximo\s+|próximas\s+|gran\s+)?(?<noun>viaje|vacaciones|crucero|luna de miel|vuelo|escapada)\b(?:\s+(?:a|en|por)\s+{PLACE})?(?!\s+(?:seguro|modo|política))", P),
            R(DetailKind.Travel, @"\b(?<trig>viajo|viajamos|viajaré|viajaremos|volamos|volaré|volaremos|me voy|nos vamos|salgo|salimos|viajando|volando|vuelvo|volvemos|volví|volvimos|regresé|regresamos|he vuelto|hemos vuelto|voy|vamos|iré|iremos|fui|fuimos|estuve|estuvimos)\s+(?:de\s+vacaciones\s+|de\s+viaje\s+)?(?:a|para|de|desde|en)\s+{PLACE}", RuleFlags.StrictPlace),
            R(DetailKind.Travel, @"\b(?:de|estoy de|estamos de|vuelvo de|volvemos de|nos vamos de|me voy de|irnos de|ir de|salimos de)\s+(?<noun>vacaciones|viaje|crucero|luna de miel)\b(?:\s+(?:a|en|por)\s+{PLACE})?"),
            R(DetailKind.Travel, @"\b(?:estoy|estamos)\s+(?:en|de viaje en|de vacaciones en)\s+{PLACE}", RuleFlags.StrictPlace),
            // Held-out round (issue 12): families of phrasing missed on first sight.
            R(DetailKind.NewBaby, @"\b(?:el|la|mi|nuestro|nuestra)\s+(?:bebé|bebe|nena|nene|niña|niño|hija|hijo|peque)\s+(?<trig>nació|nacieron|llegó)\b", RuleFlags.Past),
            R(DetailKind.NewBaby, @"\b(?<trig>me convertí en|me he convertido en|nos convertimos en|ya soy|ahora soy)\s+(?:papá|mamá|padre|madre|abuelo|abuela)\b", RuleFlags.Past),
            R(DetailKind.NewJob, @"\b(?<trig>abrir|abrí|abrió|abrimos|he abierto|hemos abierto|inaugurar|inauguré|inauguramos)\s+(?:nuestro|nuestra|mi|su)\s+(?:propio\s+|propia\s+|nuevo\s+|nueva\s+)?(?<noun>restaurante|negocio|tienda|bar|cafetería|café|panadería|local|empresa|peluquería|barbería|consultorio|taller|estudio|pastelería|floristería|librería|salón)\b"),
            R(DetailKind.Event, @"\b(?:tiene|tengo|tenemos|tienen|hace|hago)\s+(?:los|las|el|la|sus|mis)\s+(?<trig>exámenes finales|examenes finales|examen final|finales|parciales|exámenes|examenes)\b", F),
            R(DetailKind.Event, @"\b(?<trig>época de exámenes|epoca de examenes|temporada de exámenes|semana de exámenes|corrigiendo exámenes|corregir exámenes|corrijo exámenes)\b"),
            R(DetailKind.Health, @"\b(?<trig>me lesioné|me desgarré|me esguincé|me fracturé|me torcí|se lesionó|se desgarró)\s+(?:jugando|haciendo|esquiando|corriendo|entrenando|en el partido)\b|\b(?<trig>lesionado|lesionada|desgarro|esguince)\b", RuleFlags.Past),
            R(DetailKind.Bereavement, @"\b(?:tuvimos que|tuve que|hemos tenido que|he tenido que)\s+(?<trig>dormir|sacrificar|eutanasiar|poner a dormir)\s+a\s+(?:nuestro|nuestra|mi)\s+(?:viejo\s+|vieja\s+)?(?:perro|perra|gato|gata|conejo|mascota|caballo)\b", RuleFlags.Past),
            R(DetailKind.Bereavement, @"\b(?<trig>enterramos|enterré|enterraron|despedimos|velamos|cremamos)\s+a\s+(?:mi|nuestro|nuestra)\s+(?<rel>{REL})\b", RuleFlags.Past),
            R(DetailKind.Pet, @"\b(?:el|la)\s+(?<noun>perro|perra|gato|gata|conejo|perrito|perrita|gatito|gatita)\s+(?<trig>se está recuperando|está enfermo|está enferma|está malo|está mala|está en el veterinario|se recupera)\b", RuleFlags.GoneWrong),
            R(DetailKind.Hardship, @"\b(?<trig>justo de plata|justo de dinero|justa de plata|justa de dinero|corto de dinero|corta de dinero|apretado de dinero|no llego a fin de mes|me recortaron las horas|me bajaron el sueldo|me redujeron el sueldo|me recortaron el sueldo)\b"),
            R(DetailKind.Travel, @"\b(?<trig>vuelo|viajo|salgo)\s+(?:(?:mañana|hoy|esta noche|el lunes|el martes|el miércoles|el jueves|el viernes|el sábado|el domingo)\s+)?(?:a|para)\s+{PLACE}", RuleFlags.StrictPlace),
            R(DetailKind.Travel, @"\b(?<trig>vuelo|viajo|volamos|viajamos)\s+(?:mañana|hoy|esta noche|pasado mañana|el lunes|el martes|el miércoles|el jueves|el viernes|el sábado|el domingo)\b", F),
            R(DetailKind.Event, @"\b(?<trig>despedida de soltero|despedida de soltera)\b"),
            R(DetailKind.NewJob, @"\b(?<trig>entro a trabajar|empiezo a trabajar|empiezo en|entro en)\s+(?:en\s+)?(?:una|la|mi)\s+(?:nueva\s+)?(?<noun>empresa|compañía|oficina|trabajo)\b(?:\s+nueva)?"),
            R(DetailKind.Event, @"\b(?:voy al|vamos al|voy a|vamos a|estaré en|estaremos en)\s+(?:el\s+)?(?<trig>" + Festivals + @")\b", RuleFlags.None, "festival"),
            R(DetailKind.Loyalty, @"\b(?<trig>cliente|clienta|socio|socia)\s+(?:suyo\s+|suya\s+|de ustedes\s+)?(?:desde hace|hace|desde)\s+(?:más de\s+|casi\s+|unos\s+)?(?<n>\d{1,4}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta)\s*(?<unit>años|año|décadas|década)?"),
            R(DetailKind.Loyalty, @"\b(?<trig>cliente fiel|clienta fiel|cliente de toda la vida|clienta de toda la vida|cliente de hace años|clienta de hace años)\b"),
        };

        return new LanguagePack
        {
            Code = "es",
            Rules = rules,
            Typos = new Dictionary<string, string>(StringComparer.Ordinal) { ["cumple"] = "cumple", ["q"] = "que", ["xq"] = "porque", ["pq"] = "porque", ["tb"] = "también", ["mñn"] = "mañana", ["finde"] = "fin de semana", ["navida"] = "navidad", ["cumpleanos"] = "cumpleaños", ["vacaiones"] = "vacaciones", ["hospial"] = "hospital", ["bebe"] = "bebé", ["mudanza"] = "mudanza" },
            FuzzyTargets = ["cumpleaños", "vacaciones", "aniversario", "hospital", "navidad", "graduación"],
            Negators = new HashSet<string>(StringComparer.Ordinal) { "no", "nunca", "jamás", "tampoco", "ni", "sin", "ningún", "ninguna" },
            NegationReleasers = new HashSet<string>(StringComparer.Ordinal) { "hasta", "todavía", "aún", "solo", "sólo", "veo", "puedo esperar" },
            ClauseBoundaries = new HashSet<string>(StringComparer.Ordinal) { "pero", "y", "porque", "que", "aunque", "o", ",", ";", ":", "si", "cuando", "antes", "después", "pues", "así" },
            Conditional = Rx(@"\b(?:si|en caso de|quizás|quizá|tal vez|a lo mejor|podría|podríamos|me gustaría|nos gustaría|quiero|queremos|pensando en|estamos pensando|estoy pensando|puedo|se puede|es posible)\b"),
            Irrealis = Rx(@"\b(?:algún día|algun dia|sueño|soñamos|ojalá|alguna vez|en el futuro|imagina)\b"),
            Habitual = Rx(@"\b(?<hab>siempre|cada|normalmente|a menudo|suelo|solemos|todos los años|cada año)\b|\b(?<soft>cuando|mientras)\s+(?:viajo|viajamos|viajes|estoy|estamos)\b"),
            GenericQuestion = Rx(@"^(?:¿\s*)?(?:puedo|se puede|hay|tienen|cómo|como|qué|que|cuál|cuándo|dónde|es posible)\b"),
            LookalikeModifiers = new HashSet<string>(StringComparer.Ordinal) { "ofertas", "rebajas", "horario", "devoluciones", "política", "envío", "envíos", "modo", "código", "descuento", "promoción", "cupón", "edición", "colección", "pack", "kit", "seguro", "tarjeta", "pedido" },
            ProductModifiers = new HashSet<string>(StringComparer.Ordinal) { "vestido", "regalo", "regalos", "tarta", "pastel", "tarjeta", "decoración", "decoraciones", "árbol", "luces", "comida", "juguete", "cama" },
            Suppressors =
            [
                (DetailKind.Birthday, Rx(@"\b(?:fecha de nacimiento|actualizar (?:mi|la) (?:fecha|cumpleaños)|cambiar (?:mi|la) (?:fecha|cumpleaños))\b|\bcumpleaños\s+(?:da igual|no importa|es lo de menos|no tiene nada que ver)\b|\b(?:recordatorios?|avisos?|lista|calendario)\s+de\s+cumpleaños\b")),
                (DetailKind.Graduation, Rx(@"\b(?:cupón|cupon|código|codigo|descuento|promo)\s+(?:de\s+)?graduación\b")),
                (null, Rx(@"\b(?:se murió|murió|se me murió|se rompió|dejó de funcionar)\s+(?:a la semana|a los (?:\d+|dos|tres|pocos) (?:días|meses)|al mes|al día|a las pocas semanas|al poco tiempo)\b|\b(?:promo|promoción|oferta|cupón|bono|plan|tarifa|kit|pack)\s+(?:casa nueva|nueva casa|boda|bebé|navidad|cumpleaños|mudanza|vacaciones|viaje|luna de miel)\b")),
                (DetailKind.Birthday, Rx(@"\b(?:no es|no se trata de|nada que ver con)\s+(?:(?:por|para|de|del|con)\s+)?(?:(?:mi|el|su)\s+)?(?:cumpleaños|cumple)\b")),
                (null, Rx(@"\b(?:móvil|movil|celular|teléfono|telefono|batería|bateria|ordenador|computadora|portátil|portatil|coche|impresora|router|tele|altavoz|bocina|cargador|auriculares|cascos|reloj|tablet|tableta|consola|cámara|ratón|teclado|aspiradora|lavadora|nevera|heladera)\s+(?:\w+\s+){0,7}(?:murió|se murió|ha muerto|falleció|se muere|se apaga)\b|\b(?:se murió|se muere|murió)\s+(?:otra vez|de nuevo)\b|\bse me murió (?:el|la)\s+(?:móvil|movil|celular|teléfono|batería|compu|computadora|laptop|portátil)\b")),
                (DetailKind.Health, Rx(@"\b(?:enfermo de esperar|harto|operación (?:bancaria|rechazada|denegada|fallida))\b")),
            ],
            ProductCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Deluxe", "Pro", "Plus", "Edición", "Kit", "Pack", "Set", "Max", "Mini", "Premium" },
            GoneWrong = Rx(@"\b(?<strong>arruinado|arruinada|arruinó|cancelado|cancelada|cancelamos|tuvimos que cancelar|suspendido|suspendida|un desastre|se estropeó|pospuesto|pospuesta)\b|\b(?<weak>no llegó|no ha llegado|llegó tarde|demasiado tarde|perdimos el vuelo|perdí el vuelo|vuelo retrasado|vuelo cancelado|triste|disgustado|disgustada)\b"),
            Tense = s => TenseCue.Read(s, SpanishTense),
            Dates = (s, today) => DateCues(s, today, SpanishDates),
            Relations = SpanishRelations,
            RelationOwners = SpanishOwners,
            Phrases = SpanishPhrases(),
            Markers = new HashSet<string>(StringComparer.Ordinal) { "el", "los", "las", "que", "y", "mi", "me", "nos", "acabamos", "acabo", "tener", "bebé", "estamos", "vamos", "mis", "por", "para", "es", "una", "con", "se", "del", "al", "muy", "pero", "gracias", "hola", "nuestro", "nuestra", "está", "estoy", "mañana", "semana", "próxima", "viernes", "su", "lo", "pedido", "ayer", "hoy", "feliz", "felices", "navidad", "todos", "hola", "buenos", "quiero", "necesito", "tengo", "hace", "también", "cuando", "dónde", "qué", "cómo" },
        };
    }

    private static readonly Regex SpanishTense = Rx(
        @"\b(?<ong>ahora mismo|ahora|actualmente|en este momento|todavía|sigo|seguimos|estoy en|estamos en|está en|(?:está|están|estoy|estamos)\s+(?:\w+\s+)?(?:enferm\w+|ingresad\w+|hospitalizad\w+|mal|malo|mala|de baja|de vacaciones|de viaje|embarazada))\b" +
        @"|\b(?<fut>nos vamos|me voy|se van|se va|voy a|vamos a|va a|van a|iré|iremos|viajaré|viajaremos|próximo|próxima|pronto|que viene|mañana|pasado mañana|dentro de|tengo planeado|planeamos|reservé|hemos reservado|\w+aré|\w+eré|\w+iré|\w+aremos|\w+eremos|\w+iremos)\b" +
        @"|\b(?<past>(?:he|ha|han|hemos|habéis|has)\s+\w+(?:ado|ido|to|cho)|me han \w+(?:ado|ido)|fue|fui|fuimos|estuve|estuvimos|tuve|tuvimos|falleció|murió|perdí|perdimos|pasado|pasada|ayer|anoche|hace|acabo de|acabamos de|volví|volvimos|regresé|regresamos|nació|he tenido|ha sido|fueron|era|eran|ha fallecido|se casó|nos casamos la)\b" +
        @"|\b(?<wfut>para|antes de|antes del)\b");

    private static readonly string[] SpanishWeekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];
    private static readonly string[] SpanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly DateWords SpanishDates = new(
        Tomorrow: @"(?<!por la |esta |de la |cada )mañana(?! por)|mañana por la mañana",
        AfterTomorrow: "pasado mañana",
        Yesterday: "ayer|anoche",
        BeforeYesterday: "anteayer|antier|antes de ayer",
        Today: "hoy",
        Tonight: "esta noche|esta tarde",
        ThisMorning: "esta mañana",
        Weekdays: SpanishWeekdays,
        NextDay: @"(?:el\s+)?próximo\s+(?<d>DAY)|(?:el\s+)?(?<d>DAY)\s+que viene",
        LastDay: @"(?:el\s+)?(?<d>DAY)\s+pasado|(?:el\s+)?pasado\s+(?<d>DAY)",
        AnyDay: @"(?:el|este|los|del|al)\s+(?<d>DAY)",
        Weekend: @"(?<m>este|el próximo|el|el pasado)?\s*fin de semana(?<after> pasado| que viene)?",
        NextUnit: @"(?:la\s+)?(?:próxima|que viene)\s+(?<u>semana)|(?:la\s+)?(?<u>semana)\s+que viene|(?:el\s+)?próximo\s+(?<u>mes|año)|(?:el\s+)?(?<u>mes|año)\s+que viene",
        LastUnit: @"(?:la\s+)?(?<u>semana)\s+pasada|(?:el\s+)?(?<u>mes|año)\s+pasado",
        InUnits: @"(?:en|dentro de)\s+(?<n>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|unos|unas)\s+(?<u>días|día|semanas|semana|meses|mes|años|año)",
        AgoUnits: @"hace\s+(?<n>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|unos|unas)\s+(?<u>días|día|semanas|semana|meses|mes|años|año)",
        DayOfMonth: @"(?:el|del)\s+(?:día\s+)?(?<dom>\d{1,2})(?:\s+de\s+(?<mon>MONTH))?",
        Months: SpanishMonths,
        Holidays: new Dictionary<string, string> { ["navidad"] = "christmas", ["navidades"] = "christmas", ["nochebuena"] = "christmas eve", ["nochevieja"] = "new year's eve", ["año nuevo"] = "new year", ["semana santa"] = "easter", ["pascua"] = "easter", ["halloween"] = "halloween" },
        InMonth: @"en\s+(?<mon>MONTH)");

    private static PhraseBook SpanishPhrases()
    {
        var nouns = new Dictionary<DetailKind, IReadOnlyDictionary<string, string>>
        {
            [DetailKind.Travel] = Map("viaje", "vacaciones", "crucero", "luna de miel", "vuelo", "escapada"),
            [DetailKind.Pet] = Map("perro", "perra:perro", "perrito:perro", "perrita:perro", "cachorro", "cachorra:cachorro", "cachorrita:cachorro", "gato", "gata:gato", "gatito", "gatita:gatito", "mascota", "conejo", "hámster", "loro", "caballo", "veterinario:mascota"),
            [DetailKind.Graduation] = Map("graduación", "examen de conducir", "examen práctico:examen de conducir", "carnet:examen de conducir", "carné:examen de conducir", "examen:exámenes", "exámenes", "examenes:exámenes", "oposiciones", "selectividad:exámenes"),
            [DetailKind.Event] = Map("conferencia", "congreso", "convención", "feria", "concierto", "festival", "maratón", "media maratón", "fiesta", "gala", "torneo", "recital", "competición", "examen", "exámenes", "examenes:exámenes", "entrevista", "presentación", "partido", "carrera"),
            [DetailKind.NewJob] = Map("nuevo trabajo:trabajo", "nuevo empleo:trabajo", "nuevo puesto:puesto", "trabajo nuevo:trabajo", "me ascendieron:ascenso", "me han ascendido:ascenso", "mi ascenso:ascenso", "me jubilo:jubilación", "me jubilé:jubilación", "mi jubilación:jubilación", "me retiro:jubilación", "mi propio negocio:negocio", "nuevo negocio:negocio", "abro mi negocio:negocio", "abrimos nuestro negocio:negocio"),
            [DetailKind.NewPurchase] = Map("coche", "carro:coche", "auto:coche", "casa", "piso:casa", "moto"),
            [DetailKind.Hardship] = Map("tormenta", "inundación:inundación", "inundaciones:inundación", "incendio", "terremoto", "huracán:tormenta"),
            [DetailKind.Moving] = Map("casa nueva:casa", "nueva casa:casa", "nuevo piso:casa", "piso nuevo:casa"),
        };
        var defaults = Defaults("viaje", "cumpleaños", "aniversario", "boda", "bebé", "mudanza", "trabajo", "graduación", "evento", "recuperación", "pérdida", "momento", "mascota", "coche", "las fiestas", "fidelidad");

        string Of(PhraseParts p) => p.Name is { } n ? $"de {n}" : p.Relation is { } rel ? $"de su {rel}" : string.Empty;

        string Build(PhraseParts p)
        {
            var owner = Of(p);
            return p.Kind switch
            {
                DetailKind.Travel when p.Noun == "vacaciones" => p.Place is { } pl ? $"sus vacaciones en {pl}" : "sus vacaciones",
                DetailKind.Travel => p.Place is { } pl ? $"su {p.Noun} a {pl}" : $"su {p.Noun}",
                DetailKind.Birthday when owner.Length > 0 => $"el cumpleaños {owner}",
                DetailKind.Birthday when p.Noun == "the" => "el cumpleaños",
                DetailKind.Birthday => "su cumpleaños",
                DetailKind.Anniversary => "su aniversario",
                DetailKind.Wedding when owner.Length > 0 => $"la boda {owner}",
                DetailKind.Wedding when p.Noun == "the" => "la boda",
                DetailKind.Wedding => "su boda",
                DetailKind.NewBaby => p.Timing == DetailTiming.Future ? "la llegada del bebé" : "el nuevo bebé",
                DetailKind.Moving => p.Place is { } pl ? $"su mudanza a {pl}" : p.Noun == "casa" ? "su nueva casa" : "su mudanza",
                DetailKind.NewJob => p.Noun switch { "ascenso" => "su ascenso", "jubilación" => "su jubilación", "negocio" => "su nuevo negocio", "puesto" => "su nuevo puesto", _ => "su nuevo trabajo" },
                DetailKind.Graduation when owner.Length > 0 => $"la graduación {owner}",
                DetailKind.Graduation => p.Noun switch { "exámenes" => "sus exámenes", "oposiciones" => "sus oposiciones", "examen de conducir" => "su examen de conducir", _ => "su graduación" },
                DetailKind.Event => p.Noun switch { "exámenes" or "examen" => "sus exámenes", "entrevista" => "su entrevista", "presentación" => "su presentación", "partido" => "su partido", "carrera" => "su carrera", var n when n is "conferencia" or "convención" or "feria" or "fiesta" or "gala" or "competición" or "media maratón" => $"la {n}", var n => $"el {n}" },
                DetailKind.Health when owner.Length > 0 => $"la recuperación {owner}",
                DetailKind.Health => "su recuperación",
                DetailKind.Bereavement when owner.Length > 0 && p.Relation is not ("his" or "her" or "their") => $"la pérdida {owner}",
                DetailKind.Bereavement => "su pérdida",
                DetailKind.Hardship => p.Noun switch { "tormenta" => "los daños de la tormenta", "inundación" => "la inundación", "incendio" => "el incendio", "terremoto" => "el terremoto", _ => "un momento difícil" },
                DetailKind.Pet => p.IsNew ? $"su nuevo {p.Noun}" : $"su {p.Noun}",
                DetailKind.NewPurchase => p.Noun switch { "casa" => p.IsNew ? "su nueva casa" : "su primera casa", "moto" => p.IsNew ? "su nueva moto" : "su primera moto", _ => p.IsNew ? "su nuevo coche" : "su primer coche" },
                DetailKind.Celebration => p.Noun,
                DetailKind.Loyalty => p.Years is { } y ? $"sus {y} años con nosotros" : "su fidelidad",
                _ => string.Empty,
            };
        }

        var words = PhraseBook.WordsOf(new[] { "su", "sus", "el", "la", "los", "de", "del", "a", "en", "nuevo", "nueva", "primer", "primera", "años", "con", "nosotros", "llegada", "bebé", "mudanza", "casa", "ascenso", "jubilación", "negocio", "puesto", "trabajo", "graduación", "exámenes", "oposiciones", "examen", "conducir", "entrevista", "presentación", "partido", "carrera", "recuperación", "pérdida", "daños", "tormenta", "inundación", "incendio", "terremoto", "un", "momento", "difícil", "fidelidad", "cumpleaños", "aniversario", "boda", "vacaciones", "viaje" }
            .Concat(nouns.Values.SelectMany(v => v.Values)).Concat(SpanishRelations.Values).Concat(SpanishHolidays.Values));
        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = Build, Words = words };
    }

    // =================================================================== French

    private static readonly Dictionary<string, string> FrenchRelations = new(StringComparer.Ordinal)
    {
        ["fille"] = "fille", ["fils"] = "fils", ["femme"] = "femme", ["épouse"] = "épouse", ["mari"] = "mari", ["époux"] = "mari", ["conjoint"] = "conjoint", ["conjointe"] = "conjointe",
        ["compagnon"] = "compagnon", ["compagne"] = "compagne", ["mère"] = "mère", ["maman"] = "mère", ["père"] = "père", ["papa"] = "père", ["parents"] = "parents",
        ["grand-mère"] = "grand-mère", ["mamie"] = "grand-mère", ["grand-père"] = "grand-père", ["papi"] = "grand-père", ["grands-parents"] = "grands-parents", ["sœur"] = "sœur",
        ["soeur"] = "sœur", ["frère"] = "frère", ["nièce"] = "nièce", ["neveu"] = "neveu", ["tante"] = "tante", ["oncle"] = "oncle", ["cousin"] = "cousin", ["cousine"] = "cousine",
        ["meilleure amie"] = "meilleure amie", ["meilleur ami"] = "meilleur ami", ["amie"] = "amie", ["ami"] = "ami", ["copain"] = "ami", ["copine"] = "amie", ["fiancé"] = "fiancé",
        ["fiancée"] = "fiancée", ["enfants"] = "enfants", ["petite-fille"] = "petite-fille", ["petit-fils"] = "petit-fils", ["petits-enfants"] = "petits-enfants",
        ["gars"] = "fils", ["fiston"] = "fils", ["blonde"] = "amie", ["chum"] = "ami", ["belle-fille"] = "belle-fille",
        ["belle-mère"] = "belle-mère", ["beau-père"] = "beau-père", ["collègue"] = "collègue", ["patron"] = "patron", ["voisin"] = "voisin", ["voisine"] = "voisine", ["famille"] = "famille",
        ["bébé"] = "bébé",
    };

    private static readonly Dictionary<string, DetailOwner> FrenchOwners = new(StringComparer.Ordinal)
    {
        ["fille"] = DetailOwner.Child, ["fils"] = DetailOwner.Child, ["enfants"] = DetailOwner.Child, ["bébé"] = DetailOwner.Child, ["femme"] = DetailOwner.Partner, ["épouse"] = DetailOwner.Partner, ["mari"] = DetailOwner.Partner, ["conjoint"] = DetailOwner.Partner, ["conjointe"] = DetailOwner.Partner, ["compagnon"] = DetailOwner.Partner, ["compagne"] = DetailOwner.Partner, ["fiancé"] = DetailOwner.Partner, ["fiancée"] = DetailOwner.Partner, ["mère"] = DetailOwner.Parent, ["père"] = DetailOwner.Parent, ["parents"] = DetailOwner.Parent,
    };

    private const string FrenchHol = @"noël|le réveillon|réveillon|nouvel an|jour de l'an|pâques|l'aïd|aïd|eid|diwali|thanksgiving|ramadan|hanoukka|hanoucca|hanouka|les fêtes|fêtes de fin d'année|la saint-valentin|saint-valentin|halloween|fête des mères|fête des pères";

    private static readonly Dictionary<string, string> FrenchHolidays = new(StringComparer.Ordinal)
    {
        ["noël"] = "Noël", ["le réveillon"] = "le réveillon", ["réveillon"] = "le réveillon", ["nouvel an"] = "le Nouvel An", ["jour de l'an"] = "le Nouvel An", ["pâques"] = "Pâques",
        ["l'aïd"] = "l'Aïd", ["aïd"] = "l'Aïd", ["eid"] = "l'Aïd", ["diwali"] = "Diwali", ["thanksgiving"] = "Thanksgiving", ["ramadan"] = "le ramadan", ["hanoukka"] = "Hanoukka", ["hanoucca"] = "Hanoukka", ["hanouka"] = "Hanoukka",
        ["les fêtes"] = "les fêtes", ["fêtes de fin d'année"] = "les fêtes", ["la saint-valentin"] = "la Saint-Valentin", ["saint-valentin"] = "la Saint-Valentin",
        ["halloween"] = "Halloween", ["fête des mères"] = "la fête des Mères", ["fête des pères"] = "la fête des Pères",
    };

    public static LanguagePack French()
    {
        var r = FrenchRelations;
        const RuleFlags P = RuleFlags.Presupposed;
        const RuleFlags F = RuleFlags.Future;
        DetailRule R(DetailKind k, string p, RuleFlags f = RuleFlags.None, string? noun = null) => new(k, Rx(p, r, FrenchHol), f, noun);
        const string Poss = @"(?:mon|ma|mes|notre|nos)";
        var rules = new List<DetailRule>
        {
            R(DetailKind.Bereavement, @"\b(?<trig>est décédé|est décédée|sont décédés|décédé|décédée|décès|est mort|est morte|est parti|est partie|obsèques|enterrement|funérailles|deuil|condoléances|nous a quittés|nous a quittées|feu mon|feue ma)\b"),
            R(DetailKind.Bereavement, @"\b(?<trig>perdu|perdre)\s+" + Poss + @"\s+(?<rel>{REL})\b(?!\s+de vue)"),
            R(DetailKind.Health, @"\b(?<trig>à l'hôpital|hospitalisé|hospitalisée|hospitalisation|opéré|opérée|chirurgie|chimio|chimiothérapie|malade|maladie|convalescence|rétablissement|je me remets|se remet|grippe|covid|cancer|fracture|cassé la jambe|cassé le bras|arrêt maladie|en arrêt)\b(?!\s+(?:de (?:la commande|mon compte)))"),
            R(DetailKind.Health, @"\b(?:mon|une|son)\s+(?<trig>opération)\b(?!\s+(?:bancaire|refusée|échouée|de paiement))"),
            R(DetailKind.Pet, @"\b(?<trig>adopté|adoptée|adopter|accueilli)\s+(?:un|une|notre|mon)\s+(?:nouveau\s+|nouvelle\s+|petit\s+|petite\s+)?(?<noun>chiot|chaton|chien|chienne|chat|chatte|lapin)\b", RuleFlags.Celebrate),
            R(DetailKind.Pet, @"\b(?<self>mon|ma|mes|notre|nos)\s+(?:nouveau\s+|nouvelle\s+|petit\s+|petite\s+)?(?<noun>chien|chienne|chiot|chat|chatte|chaton|lapin|hamster|perroquet|cheval)\b(?!\s+(?:en peluche))", P),
            R(DetailKind.Pet, @"\b(?:chez le|du|au)\s+(?<trig>vétérinaire|véto)\b", RuleFlags.GoneWrong),
            R(DetailKind.NewBaby, @"\b(?<trig>(?:avons|avez|a|ont|ai|vient d'avoir|venons d'avoir|viens d'avoir)\s+eu\s+(?:un|une|notre|leur)\s+(?:petit\s+|petite\s+)?(?:bébé|fils|fille|garçon|jumeaux)|vient d'avoir un bébé|venons d'avoir un bébé)\b"),
            R(DetailKind.NewBaby, @"\b(?<trig>enceinte|attendons un bébé|attend un bébé|bébé est né|bébé est arrivé|est né|est née|vient de naître|nouveau-né|nouveau bébé|accouché|congé maternité|congé paternité|congé de maternité|congé de paternité|naissance de|suis grand-mère|suis grand-père|suis devenu papa|suis devenue maman|premier petit-enfant)\b"),
            R(DetailKind.Anniversary, @"\b(?<trig>anniversaire de mariage|anniversaire de rencontre|nos (?:\d{1,2}|dix|vingt|trente|quarante|cinquante) ans de mariage)\b"),
            R(DetailKind.Wedding, @"\b(?<self>mon|notre)\s+(?<trig>mariage)\b", P),
            R(DetailKind.Wedding, @"\b(?<trig>mariage)\s+(?:de|d')\s*" + Poss + @"\s+(?<rel>{REL})\b", P),
            R(DetailKind.Wedding, @"\b(?<trig>je me marie|nous nous marions|on se marie|on s'est mariés|nous nous sommes mariés|se marie|fiancés|fiancées|nous sommes fiancés|me marier|nous marier)\b"),
            R(DetailKind.Wedding, @"\b(?:un|au|le|à un)\s+(?<trig>mariage)\b"),
            R(DetailKind.Birthday, @"\b(?<self>mon|notre)\s+(?<trig>anniversaire|anniv)\b(?!\s+de mariage)", P),
            R(DetailKind.Birthday, @"\b(?<trig>anniversaire|anniv)\s+(?:de|d')\s*" + Poss + @"\s+(?<rel>{REL})\b", P),
            R(DetailKind.Birthday, @"\b(?<trig>anniversaire|anniv)\s+(?:de|d')\s*(?<name>[\p{L}]+)\b", P),
            R(DetailKind.Birthday, @"\b(?:pour un|un|bon|joyeux)\s+(?<trig>anniversaire)\b(?!\s+de mariage)"),
            R(DetailKind.Birthday, @"\b(?:mon|ma|notre)\s+(?<rel>{REL}|petit|petite|grand|grande)\s+(?<trig>fête ses|aura|va avoir)\s+\d{1,3}\s+ans\b", P),
            R(DetailKind.NewBaby, @"\b(?:on|nous)\s+(?:vient|venons)\s+d'\s*(?<trig>avoir|accueillir)\s+(?:une petite fille|un petit garçon|un bébé|notre bébé|des jumeaux|notre fille|notre fils)\b", RuleFlags.Past),
            R(DetailKind.NewBaby, @"\b(?:on|nous)\s+(?<trig>attend|attendons)\s+(?:notre|un|une)\s+(?:(?:premier|deuxième|second|troisième)\s+)?(?:bébé|enfant)\b", F),
            R(DetailKind.NewPurchase, @"\b(?<trig>acheté|achète|acheter)\s+(?:notre|mon|ma)\s+(?:premier|première)\s+(?<noun>appart|appartement|maison|logement)\b", RuleFlags.Past),
            R(DetailKind.NewJob, @"\b(?<trig>ouvre|ouvrons|ouvrent|ouvert|inaugure|inaugurons)\s+(?:sa|son|notre|ma|mon|leur)\s+(?:propre\s+|nouvelle\s+|nouveau\s+)?(?<noun>boulangerie|restaurant|boutique|café|bar|entreprise|commerce|magasin|cabinet|salon)\b", F),
            R(DetailKind.Event, @"\b(?<trig>passe|passer|passent|prépare)\s+(?:le|son|mon|leur)\s+(?:bac|brevet|concours)\b|\b(?<trig>corrections de copies|correction des copies|paquets de copies|conseils de classe)\b", F),
            R(DetailKind.Health, @"\b(?:me suis|s'est|se sont)\s+(?<trig>déchiré|cassé|foulé|tordu|fracturé)\s+(?:les|le|la|l')\s*(?:ligaments|ligament|genou|cheville|poignet|bras|jambe|épaule|dos)\b|\b(?<trig>sur béquilles|en béquilles|dans le plâtre)\b", RuleFlags.Past),
            R(DetailKind.Bereavement, @"\b(?<trig>faire euthanasier|fait euthanasier|faire piquer|fait piquer|endormir)\s+(?:notre|mon|ma|nos)\s+(?:chienne|chien|chat|chatte|lapin|cheval|animal)\b", RuleFlags.Past),
            R(DetailKind.Travel, @"\b(?:je|on|nous)\s+(?<trig>pars|part|partons)\s+(?:\w+\s+){0,2}(?:semaines?|jours|mois)\s+(?:au|en|à|aux)\s+(?<place>\p{Lu}[\p{L}\-]+)", F),
            R(DetailKind.Moving, @"\b(?<trig>déménagent|déménage|déménageons|emménagent|emménage|emménageons)\b", F),
            R(DetailKind.Graduation, @"\b(?<trig>réussi|eu|obtenu)\s+(?:mon|ma|mes|son|sa|ses|le|la|les)\s+(?<noun>permis|examens|examen|bac|baccalauréat|diplôme|concours|partiels)\b", RuleFlags.Achievement),
            R(DetailKind.Graduation, @"\b(?<trig>viens d'avoir|vient d'avoir|venons d'avoir|ai eu|a eu|ai obtenu|a obtenu|ai réussi|a réussi)\s+(?:mon|ma|son|sa|le|la|mes|ses)\s+(?<noun>bac|baccalauréat|diplôme|permis|master|licence|examen|examens|concours|doctorat)\b", RuleFlags.Achievement),
            R(DetailKind.Graduation, @"\b(?<trig>remise des diplômes|remise de diplôme|diplômé|diplômée|je suis diplômé|cérémonie de diplôme|premier jour (?:à la fac|à l'université|d'école|de fac|à l'école)|rentrée à l'université|entre à l'université)\b"),
            R(DetailKind.Graduation, @"\b(?:mon|son)\s+(?<noun>permis|examen du permis|code)\b(?!\s+(?:promo|de réduction|postal))", P | RuleFlags.WishWell),
            R(DetailKind.NewJob, @"\b(?<trig>prend sa retraite|prennent leur retraite|prendre sa retraite|prendre ma retraite|part à la retraite|partir à la retraite|nouveau poste|nouveau travail|nouvel emploi|nouveau job|ma promotion|j'ai été promu|j'ai été promue|promu|promue|ma retraite|prends ma retraite|part à la retraite|départ à la retraite|je pars à la retraite|ma propre entreprise|nouvelle entreprise|ouvre mon|ouvert mon|ouvre ma|ouvert ma)\b(?!\s+(?:code|compte))"),
            R(DetailKind.Event, @"\b(?:le|la|un|une|mon|ma|mes|notre|au|à la)\s+(?:grand\s+|grande\s+)?(?<trig>conférence|congrès|salon|concert|festival|marathon|semi-marathon|fête|soirée|gala|tournoi|récital|compétition)\b(?!\s+(?:de thé|de coiffure|des soldes))"),
            R(DetailKind.Event, @"\b(?:mon|mes|ma)\s+(?<trig>examen|examens|entretien|présentation|match|partiels)\b", P),
            R(DetailKind.Moving, @"\b(?<trig>déménage|déménageons|déménager|déménagé|déménagement|emménage|emménagé|emménager|nouvelle maison|nouvel appartement|nouveau logement)\b(?:\s+(?:à|en|au)\s+{PLACE})?", F),
            R(DetailKind.NewPurchase, @"\b(?:ma|mon|notre)\s+(?<q>première|premier|nouvelle|nouveau)\s+(?<noun>voiture|maison|appartement|moto)\b", P),
            R(DetailKind.Celebration, @"\b(?:pour|à|avant|après|pendant|ce|cette|joyeux|joyeuses|bonne|bonnes|fêter|fêtons|passer|le|la|les)\s+(?<trig>{HOL})\b(?!\s+(?:soldes|promo|horaires|livraison|politique))"),
            R(DetailKind.Hardship, @"\b(?<trig>tempête|inondation|inondé|inondée|incendie|tremblement de terre|ouragan|perdu mon emploi|perdu mon travail|licencié|licenciée|au chômage|chômage|divorce|je divorce|séparation|séparés|semaine difficile|semaine compliquée|mois difficile|année difficile|période difficile|moment difficile|semaine horrible|cambriolé|cambriolage|accident de voiture)\b"),
            R(DetailKind.Travel, @"\b(?<self>mon|ma|mes|notre|nos)\s+(?:prochain\s+|prochaines\s+|grand\s+)?(?<noun>voyage|vacances|croisière|lune de miel|vol|séjour|escapade)\b(?:\s+(?:à|en|au|aux|pour)\s+{PLACE})?(?!\s+(?:assurance|mode))", P),
            R(DetailKind.Travel, @"\b(?<trig>pars|partons|partirai|partirons|vais|allons|irai|irons|vole|volons|voyage|voyageons|voyagerai|voyagerons|rentre|rentrons|rentré|rentrés|revenu|revenus|suis allé|sommes allés|étais|étions|suis|sommes|reviens|revenons)\s+(?:en vacances\s+|en voyage\s+)?(?:à|en|au|aux|pour|de|d')\s*{PLACE}", RuleFlags.StrictPlace),
            R(DetailKind.Travel, @"\b(?:en|de|partir en|pars en|partons en|suis en|sommes en|rentre de|rentrons de)\s+(?<noun>vacances|voyage|croisière|lune de miel)\b(?:\s+(?:à|en|au|aux)\s+{PLACE})?"),
            // Held-out round (issue 12): families of phrasing missed on first sight.
            R(DetailKind.Event, @"\b(?<trig>passe|passer|passent|prépare)\s+(?:l'oral|l'écrit|les épreuves|l'épreuve|les oraux|les écrits)\s+(?:du|de)\s+(?:bac|brevet|concours)\b", F),
            R(DetailKind.Event, @"\b(?<trig>copies à corriger|copies à noter|conseils de classe|corrections de copies)\b"),
            R(DetailKind.Health, @"\b(?:me suis fait|s'est fait|j'ai|il a|elle a)\s+une\s+(?<trig>entorse|fracture|déchirure)\b|\b(?<trig>blessé|blessée)\s+(?:au ski|en snowboard|au foot|au rugby)\b", RuleFlags.Past),
            R(DetailKind.Birthday, @"\b" + Poss + @"\s+(?<rel>{REL})\s+(?:a|aura|avait)\s+(?<trig>sa fête)\b", P),
            R(DetailKind.Travel, @"\b(?<trig>rentre|rentrons|reviens|revenons|suis rentré|suis rentrée|sommes rentrés|suis revenu|suis revenue)\s+d'(?:un|une|deux|trois|quatre|\d+)\s*(?:mois|semaines?|jours)\s+(?:en|au|aux|à)\s+{PLACE}", RuleFlags.Past, "voyage"),
            R(DetailKind.Event, @"\b(?:on sera|nous serons|je serai|on va|je vais|nous allons|on part)\s+(?:au|à|à la|aux)\s+(?<trig>" + Festivals + @")\b", RuleFlags.None, "festival"),
            R(DetailKind.Celebration, @"\b(?:fête|fêtons|fêtent|célèbre|célébrons)\s+(?<trig>{HOL})\b"),
            R(DetailKind.NewBaby, @"\b(?<trig>accouché)\s+(?:d'un|d'une|de)\s+(?:jumeaux|jumelles|triplés|petit garçon|petite fille|bébé)\b", RuleFlags.Past),
            R(DetailKind.Loyalty, @"\b(?<trig>client|cliente|membre|abonné|abonnée)\s+(?:chez vous\s+)?depuis\s+(?:plus de\s+|presque\s+|environ\s+)?(?<n>\d{1,4}|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente)\s*(?<unit>ans|années|an)?"),
            R(DetailKind.Loyalty, @"\b(?<trig>client fidèle|cliente fidèle|fidèle client|fidèle cliente|client de longue date|cliente de longue date)\b"),
        };

        return new LanguagePack
        {
            Code = "fr",
            Rules = rules,
            Typos = new Dictionary<string, string>(StringComparer.Ordinal) { ["anniv"] = "anniversaire", ["demai"] = "demain", ["vacance"] = "vacances", ["noel"] = "noël", ["hopital"] = "hôpital", ["l'hopital"] = "l'hôpital", ["bebe"] = "bébé", ["weekend"] = "week-end", ["we"] = "week-end", ["aujourdhui"] = "aujourd'hui", ["paques"] = "pâques" },
            FuzzyTargets = ["anniversaire", "vacances", "hôpital", "mariage", "déménagement"],
            Negators = new HashSet<string>(StringComparer.Ordinal) { "pas", "jamais", "aucun", "aucune", "ne", "n'", "sans", "ni", "plus" },
            NegationReleasers = new HashSet<string>(StringComparer.Ordinal) { "que", "avant", "jusqu'à", "encore", "seulement", "hâte" },
            ClauseBoundaries = new HashSet<string>(StringComparer.Ordinal) { "mais", "et", "parce", "car", "que", "ou", ",", ";", ":", "si", "quand", "avant", "après", "donc", "alors" },
            Conditional = Rx(@"\b(?:si|s'il|au cas où|peut-être|pourrais|pourrait|pourrions|voudrais|aimerais|aimerions|envisage|envisageons|pense à|pensons à|est-ce que je peux|puis-je|peut-on)\b"),
            Irrealis = Rx(@"\b(?:un jour|rêve|rêvons|j'aimerais bien|un de ces jours|à l'avenir)\b"),
            Habitual = Rx(@"\b(?<hab>toujours|chaque|souvent|d'habitude|habituellement|tous les ans|chaque année)\b|\b(?<soft>quand|lorsque|pendant que)\s+(?:je|on|nous)\s+(?:voyage|pars|suis)\b"),
            GenericQuestion = Rx(@"^(?:est-ce que|est-ce qu'|puis-je|peut-on|pouvez-vous|comment|quel|quelle|quels|quelles|combien|quand|où|y a-t-il)\b"),
            LookalikeModifiers = new HashSet<string>(StringComparer.Ordinal) { "soldes", "promo", "promotion", "horaires", "livraison", "politique", "mode", "code", "réduction", "édition", "collection", "coffret", "kit", "pack", "assurance", "carte", "commande" },
            ProductModifiers = new HashSet<string>(StringComparer.Ordinal) { "robe", "cadeau", "cadeaux", "gâteau", "carte", "décoration", "décorations", "sapin", "guirlande", "nourriture", "jouet", "panier" },
            Suppressors =
            [
                (DetailKind.Birthday, Rx(@"\banniversaire\s+(?:n'a rien à voir|n'est pas important|n'importe pas|peu importe|on s'en fiche)\b")),
                (DetailKind.Birthday, Rx(@"\b(?:date de naissance|mettre à jour (?:ma|mon) (?:date|anniversaire)|modifier (?:ma|mon) (?:date|anniversaire))\b")),
                (null, Rx(@"\b(?:est mort|est morte|a rendu l'âme|a lâché|est tombé en panne)\s+(?:au bout d'une semaine|au bout de (?:\d+|deux|trois|quelques) (?:jours|semaines|mois)|après (?:une|deux|trois|quelques|\d+) (?:jours?|semaines?|mois)|en une semaine)\b")),
                (null, Rx(@"\b(?:téléphone|portable|batterie|ordinateur|ordi|pc|imprimante|voiture|box|routeur|télé|écouteur|écouteurs|casque|montre|tablette|console|chargeur|enceinte|souris|clavier|aspirateur|frigo|appareil)\s+(?:\w+\s+){0,7}(?:est mort|est morte|a rendu l'âme|est décédé|meurt)\b|\b(?:est mort|est morte|mort|morte)\s+(?:encore|à nouveau|de nouveau)\b|\best encore mort\b")),
                (DetailKind.Health, Rx(@"\b(?:malade de|opération (?:bancaire|refusée|échouée))\b")),
            ],
            ProductCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Deluxe", "Pro", "Plus", "Édition", "Edition", "Kit", "Pack", "Coffret", "Max", "Mini", "Premium" },
            GoneWrong = Rx(@"\b(?<strong>gâché|gâchée|gâchées|ruiné|ruinée|annulé|annulée|annulés|dû annuler|reporté|reportée|un désastre|une catastrophe)\b|\b(?<weak>pas arrivé|pas arrivée|arrivé en retard|trop tard|raté notre vol|raté mon vol|vol annulé|vol retardé|triste|déçu|déçue)\b"),
            Tense = s => TenseCue.Read(s, FrenchTense),
            Dates = (s, today) => DateCues(s, today, FrenchDates),
            Relations = FrenchRelations,
            RelationOwners = FrenchOwners,
            Phrases = FrenchPhrases(),
            Markers = new HashSet<string>(StringComparer.Ordinal) { "le", "les", "et", "est", "je", "mon", "ma", "pour", "une", "avec", "des", "du", "nous", "vous", "pas", "c'est", "j'ai", "mes", "notre", "sur", "dans", "merci", "bonjour", "demain", "semaine", "prochaine", "vendredi", "commande", "hier", "aujourd'hui", "suis", "sommes", "au", "joyeux", "joyeuses", "noël", "fêtes", "bonne", "bonnes", "année", "votre", "est-ce", "pourquoi", "quand" },
        };
    }

    private static readonly Regex FrenchTense = Rx(
        @"\b(?<ong>en ce moment|actuellement|maintenant|toujours|encore|je suis à|nous sommes à|je suis en|nous sommes en|depuis|(?:est|sont|suis|sommes)\s+(?:\w+\s+)?(?:malade|hospitalisé\w*|enceinte|en vacances|en arrêt))\b" +
        @"|\b(?<fut>vais|allons|va|vont|bientôt|prochain|prochaine|prochains|demain|après-demain|dans|j'ai hâte|avons hâte|\w+rai|\w+rons|\w+ront|\w+ras)\b" +
        @"|\b(?<past>hier|dernier|dernière|il y a|était|étions|étaient|j'ai eu|a eu|décédé|décédée|mort|morte|suis allé|sommes allés|je viens de|vient de|venons de|viens d'avoir|vient d'avoir|venons d'avoir|viens d'être|rentré|rentrés|revenu|revenus|ai perdu|avons perdu|a été|ont été|né|née)\b" +
        @"|\b(?<wfut>pour|avant)\b");

    private static readonly DateWords FrenchDates = new(
        Tomorrow: @"demain(?! matin)|demain matin",
        AfterTomorrow: "après-demain",
        Yesterday: "hier soir|hier",
        BeforeYesterday: "avant-hier",
        Today: "aujourd'hui",
        Tonight: "ce soir|cet après-midi",
        ThisMorning: "ce matin",
        Weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        NextDay: @"(?<d>DAY)\s+prochain",
        LastDay: @"(?<d>DAY)\s+dernier",
        AnyDay: @"(?:ce|le)\s+(?<d>DAY)|(?<d>DAY)",
        Weekend: @"(?<m>ce|le|le week-end)?\s*week-end(?<after> prochain| dernier)?",
        NextUnit: @"(?:la\s+)?(?<u>semaine)\s+prochaine|(?:le\s+)?(?<u>mois)\s+prochain|(?:l')?(?<u>année)\s+prochaine",
        LastUnit: @"(?:la\s+)?(?<u>semaine)\s+dernière|(?:le\s+)?(?<u>mois)\s+dernier|(?:l')?(?<u>année)\s+dernière",
        InUnits: @"dans\s+(?<n>\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques)\s+(?<u>jours|jour|semaines|semaine|mois|ans|an)",
        AgoUnits: @"il y a\s+(?<n>\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques)\s+(?<u>jours|jour|semaines|semaine|mois|ans|an)",
        DayOfMonth: @"le\s+(?<dom>\d{1,2})(?:er)?(?:\s+(?<mon>MONTH))?",
        Months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        Holidays: new Dictionary<string, string> { ["noël"] = "christmas", ["réveillon"] = "new year's eve", ["nouvel an"] = "new year", ["jour de l'an"] = "new year", ["pâques"] = "easter", ["halloween"] = "halloween" },
        InMonth: @"en\s+(?<mon>MONTH)");

    private static readonly Dictionary<string, string> FrenchPrepositions = new(StringComparer.Ordinal)
    {
        ["France"] = "en", ["Espagne"] = "en", ["Italie"] = "en", ["Allemagne"] = "en", ["Angleterre"] = "en", ["Écosse"] = "en", ["Irlande"] = "en", ["Grèce"] = "en", ["Suisse"] = "en",
        ["Belgique"] = "en", ["Suède"] = "en", ["Norvège"] = "en", ["Pologne"] = "en", ["Turquie"] = "en", ["Égypte"] = "en", ["Thaïlande"] = "en", ["Corse"] = "en", ["Bretagne"] = "en",
        ["Provence"] = "en", ["Normandie"] = "en", ["Alsace"] = "en", ["Martinique"] = "en", ["Guadeloupe"] = "en", ["Australie"] = "en", ["Chine"] = "en", ["Inde"] = "en",
        ["Autriche"] = "en", ["Croatie"] = "en", ["Tunisie"] = "en", ["Algérie"] = "en", ["Floride"] = "en", ["Californie"] = "en", ["Sicile"] = "en", ["Crète"] = "en",
        ["Maroc"] = "au", ["Portugal"] = "au", ["Japon"] = "au", ["Canada"] = "au", ["Mexique"] = "au", ["Brésil"] = "au", ["Pérou"] = "au", ["Danemark"] = "au", ["Royaume-Uni"] = "au",
        ["Vietnam"] = "au", ["Sénégal"] = "au", ["États-Unis"] = "aux", ["Pays-Bas"] = "aux", ["Maldives"] = "aux", ["Seychelles"] = "aux", ["Antilles"] = "aux",
    };

    private static PhraseBook FrenchPhrases()
    {
        var nouns = new Dictionary<DetailKind, IReadOnlyDictionary<string, string>>
        {
            [DetailKind.Travel] = Map("voyage", "vacances", "croisière", "lune de miel", "vol", "séjour", "escapade"),
            [DetailKind.Pet] = Map("chien", "chienne:chien", "chiot", "chat", "chatte:chat", "chaton", "lapin", "hamster", "perroquet", "cheval", "vétérinaire:animal", "véto:animal"),
            [DetailKind.Graduation] = Map("permis", "examen du permis:permis", "code:permis", "examens", "examen:examens", "bac", "baccalauréat:bac", "diplôme", "concours", "partiels:examens"),
            [DetailKind.Event] = Map("conférence", "congrès", "salon", "concert", "festival", "marathon", "semi-marathon", "fête", "soirée", "gala", "tournoi", "récital", "compétition", "examen:examens", "examens", "entretien", "présentation", "match", "partiels:examens"),
            [DetailKind.NewJob] = Map("nouveau poste:poste", "nouveau travail:travail", "nouvel emploi:travail", "nouveau job:travail", "ma promotion:promotion", "j'ai été promu:promotion", "j'ai été promue:promotion", "promu:promotion", "promue:promotion", "ma retraite:retraite", "prends ma retraite:retraite", "part à la retraite:retraite", "départ à la retraite:retraite", "je pars à la retraite:retraite", "ma propre entreprise:entreprise", "nouvelle entreprise:entreprise", "ouvre mon:entreprise", "ouvert mon:entreprise", "ouvre ma:entreprise", "ouvert ma:entreprise"),
            [DetailKind.NewPurchase] = Map("voiture", "maison", "appartement", "moto"),
            [DetailKind.Hardship] = Map("tempête", "inondation", "inondé:inondation", "inondée:inondation", "incendie", "tremblement de terre", "ouragan:tempête"),
            [DetailKind.Moving] = Map("nouvelle maison:maison", "nouvel appartement:maison", "nouveau logement:maison"),
        };
        var defaults = Defaults("voyage", "anniversaire", "anniversaire de mariage", "mariage", "bébé", "déménagement", "travail", "diplôme", "événement", "rétablissement", "perte", "période", "animal", "voiture", "les fêtes", "fidélité");

        string Of(PhraseParts p) => p.Name is { } n ? $"de {n}" : p.Relation is { } rel ? (rel is "parents" or "enfants" or "grands-parents" or "petits-enfants" ? $"de vos {rel}" : $"de votre {rel}") : string.Empty;

        string To(string place) => FrenchPrepositions.TryGetValue(place, out var prep) ? $"{prep} {place}" : $"à {place}";

        string Build(PhraseParts p)
        {
            var owner = Of(p);
            return p.Kind switch
            {
                DetailKind.Travel when p.Noun == "vacances" => p.Place is { } pl ? $"vos vacances {To(pl)}" : "vos vacances",
                DetailKind.Travel => p.Place is { } pl ? $"votre {p.Noun} {To(pl)}" : $"votre {p.Noun}",
                DetailKind.Birthday when owner.Length > 0 => $"l'anniversaire {owner}",
                DetailKind.Birthday when p.Noun == "the" => "l'anniversaire",
                DetailKind.Birthday => "votre anniversaire",
                DetailKind.Anniversary => "votre anniversaire de mariage",
                DetailKind.Wedding when owner.Length > 0 => $"le mariage {owner}",
                DetailKind.Wedding when p.Noun == "the" => "le mariage",
                DetailKind.Wedding => "votre mariage",
                DetailKind.NewBaby => p.Timing == DetailTiming.Future ? "l'arrivée du bébé" : "la naissance du bébé",
                DetailKind.Moving => p.Place is { } pl ? $"votre déménagement {To(pl)}" : p.Noun == "maison" ? "votre nouveau logement" : "votre déménagement",
                DetailKind.NewJob => p.Noun switch { "promotion" => "votre promotion", "retraite" => "votre retraite", "entreprise" => "votre nouvelle entreprise", _ => "votre nouveau poste" },
                DetailKind.Graduation when owner.Length > 0 => $"le diplôme {owner}",
                DetailKind.Graduation => p.Noun switch { "examens" or "partiels" => "vos examens", "permis" => "votre permis", "bac" => "votre bac", "concours" => "votre concours", _ => "votre diplôme" },
                DetailKind.Event => p.Noun switch { "examens" => "vos examens", "entretien" => "votre entretien", "présentation" => "votre présentation", "match" => "votre match", var n when n is "conférence" or "fête" or "soirée" or "compétition" => $"la {n}", var n => $"le {n}" },
                DetailKind.Health when owner.Length > 0 => $"le rétablissement {owner}",
                DetailKind.Health => "votre rétablissement",
                DetailKind.Bereavement when owner.Length > 0 && p.Relation is not ("his" or "her" or "their") => $"la perte {owner}",
                DetailKind.Bereavement => "votre perte",
                DetailKind.Hardship => p.Noun switch { "tempête" => "les dégâts de la tempête", "inondation" => "l'inondation", "incendie" => "l'incendie", "tremblement de terre" => "le tremblement de terre", _ => "une période difficile" },
                DetailKind.Pet => p.IsNew ? (p.Noun is "chiot" or "chien" or "chat" or "chaton" or "lapin" or "hamster" or "perroquet" or "cheval" ? $"votre nouveau {p.Noun}" : "votre nouvel animal") : p.Noun == "animal" ? "votre animal" : $"votre {p.Noun}",
                DetailKind.NewPurchase => p.Noun switch { "maison" => p.IsNew ? "votre nouvelle maison" : "votre première maison", "appartement" => p.IsNew ? "votre nouvel appartement" : "votre premier appartement", "moto" => p.IsNew ? "votre nouvelle moto" : "votre première moto", _ => p.IsNew ? "votre nouvelle voiture" : "votre première voiture" },
                DetailKind.Celebration => p.Noun,
                DetailKind.Loyalty => p.Years is { } y ? $"vos {y} ans avec nous" : "votre fidélité",
                _ => string.Empty,
            };
        }

        var words = PhraseBook.WordsOf(new[] { "votre", "vos", "le", "la", "les", "l'", "de", "du", "à", "en", "au", "aux", "nouveau", "nouvel", "nouvelle", "premier", "première", "ans", "avec", "nous", "arrivée", "naissance", "bébé", "déménagement", "logement", "promotion", "retraite", "entreprise", "poste", "diplôme", "examens", "permis", "bac", "concours", "entretien", "présentation", "match", "rétablissement", "perte", "dégâts", "tempête", "inondation", "incendie", "tremblement", "terre", "une", "période", "difficile", "animal", "fidélité", "anniversaire", "mariage", "vacances", "voyage", "maison", "appartement", "moto", "voiture" }
            .Concat(nouns.Values.SelectMany(v => v.Values)).Concat(FrenchRelations.Values).Concat(FrenchHolidays.Values));

        // Elided articles make one word with what follows ("l'anniversaire", "d'anniversaire"): allow those too.
        words.UnionWith(words.Where(w => "aeéèêiîoôuh".Contains(char.ToLowerInvariant(w[0]), StringComparison.Ordinal)).SelectMany(w => new[] { "l'" + w, "d'" + w }).ToList());
        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = Build, Words = words };
    }

    // =================================================================== German

    /// <summary>Relation → (key, genitive with "Ihr-").</summary>
    private static readonly Dictionary<string, string> GermanRelations = new(StringComparer.Ordinal)
    {
        ["tochter"] = "Tochter", ["sohn"] = "Sohn", ["frau"] = "Frau", ["ehefrau"] = "Frau", ["mann"] = "Mann", ["ehemann"] = "Mann", ["partner"] = "Partner", ["partnerin"] = "Partnerin",
        ["mutter"] = "Mutter", ["mama"] = "Mutter", ["mutti"] = "Mutter", ["vater"] = "Vater", ["papa"] = "Vater", ["eltern"] = "Eltern", ["oma"] = "Großmutter", ["großmutter"] = "Großmutter",
        ["opa"] = "Großvater", ["großvater"] = "Großvater", ["großeltern"] = "Großeltern", ["schwester"] = "Schwester", ["bruder"] = "Bruder", ["nichte"] = "Nichte", ["neffe"] = "Neffe",
        ["tante"] = "Tante", ["onkel"] = "Onkel", ["cousin"] = "Cousin", ["cousine"] = "Cousine", ["freund"] = "Freund", ["freundin"] = "Freundin", ["verlobte"] = "Verlobte",
        ["verlobter"] = "Verlobter", ["kinder"] = "Kinder", ["kind"] = "Kind", ["enkelin"] = "Enkelin", ["enkel"] = "Enkel", ["enkelkinder"] = "Enkelkinder",
        ["schwiegermutter"] = "Schwiegermutter", ["schwiegervater"] = "Schwiegervater", ["kollege"] = "Kollege", ["kollegin"] = "Kollegin", ["chef"] = "Chef", ["chefin"] = "Chefin",
        ["nachbar"] = "Nachbar", ["nachbarin"] = "Nachbarin", ["familie"] = "Familie", ["baby"] = "Baby",
        ["bua"] = "Sohn", ["bub"] = "Sohn", ["bube"] = "Sohn", ["schwiegertochter"] = "Schwiegertochter", ["schwiegersohn"] = "Schwiegersohn", ["fründ"] = "Freund", ["fründin"] = "Freundin",
        // Genitive forms ("der Geburtstag meines Sohnes").
        ["sohnes"] = "Sohn", ["vaters"] = "Vater", ["mannes"] = "Mann", ["bruders"] = "Bruder", ["kindes"] = "Kind", ["enkels"] = "Enkel", ["partners"] = "Partner",
        ["großvaters"] = "Großvater", ["onkels"] = "Onkel", ["neffen"] = "Neffe", ["freundes"] = "Freund", ["babys"] = "Baby",
    };

    private static readonly Dictionary<string, DetailOwner> GermanOwners = new(StringComparer.Ordinal)
    {
        ["Tochter"] = DetailOwner.Child, ["Sohn"] = DetailOwner.Child, ["Kinder"] = DetailOwner.Child, ["Kind"] = DetailOwner.Child, ["Baby"] = DetailOwner.Child, ["Frau"] = DetailOwner.Partner, ["Mann"] = DetailOwner.Partner, ["Partner"] = DetailOwner.Partner, ["Partnerin"] = DetailOwner.Partner, ["Verlobte"] = DetailOwner.Partner, ["Verlobter"] = DetailOwner.Partner, ["Mutter"] = DetailOwner.Parent, ["Vater"] = DetailOwner.Parent, ["Eltern"] = DetailOwner.Parent,
    };

    private static readonly Dictionary<string, string> GermanGenitive = new(StringComparer.Ordinal)
    {
        ["Tochter"] = "Ihrer Tochter", ["Sohn"] = "Ihres Sohnes", ["Frau"] = "Ihrer Frau", ["Mann"] = "Ihres Mannes", ["Partner"] = "Ihres Partners", ["Partnerin"] = "Ihrer Partnerin",
        ["Mutter"] = "Ihrer Mutter", ["Vater"] = "Ihres Vaters", ["Eltern"] = "Ihrer Eltern", ["Großmutter"] = "Ihrer Großmutter", ["Großvater"] = "Ihres Großvaters",
        ["Großeltern"] = "Ihrer Großeltern", ["Schwester"] = "Ihrer Schwester", ["Bruder"] = "Ihres Bruders", ["Nichte"] = "Ihrer Nichte", ["Neffe"] = "Ihres Neffen",
        ["Tante"] = "Ihrer Tante", ["Onkel"] = "Ihres Onkels", ["Cousin"] = "Ihres Cousins", ["Cousine"] = "Ihrer Cousine", ["Freund"] = "Ihres Freundes", ["Freundin"] = "Ihrer Freundin",
        ["Verlobte"] = "Ihrer Verlobten", ["Verlobter"] = "Ihres Verlobten", ["Kinder"] = "Ihrer Kinder", ["Kind"] = "Ihres Kindes", ["Enkelin"] = "Ihrer Enkelin", ["Enkel"] = "Ihres Enkels",
        ["Enkelkinder"] = "Ihrer Enkelkinder", ["Schwiegermutter"] = "Ihrer Schwiegermutter", ["Schwiegervater"] = "Ihres Schwiegervaters", ["Kollege"] = "Ihres Kollegen",
        ["Kollegin"] = "Ihrer Kollegin", ["Chef"] = "Ihres Chefs", ["Chefin"] = "Ihrer Chefin", ["Nachbar"] = "Ihres Nachbarn", ["Nachbarin"] = "Ihrer Nachbarin", ["Familie"] = "Ihrer Familie",
        ["Baby"] = "Ihres Babys",
    };

    private const string GermanHol = @"weihnachten|heiligabend|silvester|neujahr|ostern|zuckerfest|opferfest|eid|diwali|thanksgiving|ramadan|chanukka|die feiertage|feiertage|festtage|die festtage|valentinstag|muttertag|vatertag|halloween";

    private static readonly Dictionary<string, string> GermanHolidays = new(StringComparer.Ordinal)
    {
        ["weihnachten"] = "Weihnachten", ["heiligabend"] = "Heiligabend", ["silvester"] = "Silvester", ["neujahr"] = "Neujahr", ["ostern"] = "Ostern", ["zuckerfest"] = "das Zuckerfest",
        ["opferfest"] = "das Opferfest", ["eid"] = "das Zuckerfest", ["diwali"] = "Diwali", ["thanksgiving"] = "Thanksgiving", ["ramadan"] = "den Ramadan", ["chanukka"] = "Chanukka",
        ["die feiertage"] = "die Feiertage", ["feiertage"] = "die Feiertage", ["festtage"] = "die Feiertage", ["die festtage"] = "die Feiertage", ["valentinstag"] = "den Valentinstag",
        ["muttertag"] = "den Muttertag", ["vatertag"] = "den Vatertag", ["halloween"] = "Halloween",
    };

    public static LanguagePack German()
    {
        var r = GermanRelations;
        const RuleFlags P = RuleFlags.Presupposed;
        const RuleFlags F = RuleFlags.Future;
        DetailRule R(DetailKind k, string p, RuleFlags f = RuleFlags.None, string? noun = null) => new(k, Rx(p, r, GermanHol), f, noun);
        const string Poss = @"(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer|unseres)";
        var rules = new List<DetailRule>
        {
            R(DetailKind.Bereavement, @"\b(?<trig>ist gestorben|verstorben|verstorbene|verstorbenen|gestorben|ist verstorben|todesfall|beerdigung|beisetzung|trauerfeier|trauer|beileid|verschieden|von uns gegangen|tod)\b"),
            R(DetailKind.Bereavement, @"\b(?<trig>verloren)\b(?<=" + Poss + @"\s+(?<rel>{REL})\s+verloren)"),
            R(DetailKind.Health, @"\b(?:meine|eine|seine|ihre|die|der|nach der|vor der)\s+(?<trig>operation|op)\b(?!\s+(?:ist fehlgeschlagen|wurde abgebrochen))"),
            R(DetailKind.Health, @"\b(?<trig>im krankenhaus|ins krankenhaus|aus dem krankenhaus|in der klinik|operiert|krank|erkrankt|krankheit|genesung|erhole mich|erholt sich|grippe|corona|covid|krebs|chemo|chemotherapie|gebrochen|krankgeschrieben|reha)\b(?!\s+(?:der bestellung|ihres kontos))"),
            R(DetailKind.Pet, @"\b(?<trig>adoptiert|aufgenommen|geholt|bekommen)\b(?<=(?:einen|eine|ein)\s+(?:neuen\s+|neue\s+|neues\s+|kleinen\s+|kleine\s+)?(?<noun>welpen|welpe|hund|hündin|katze|kätzchen|kater|kaninchen)\s+(?:[\p{L}]+\s+){0,4}(?:adoptiert|aufgenommen|geholt|bekommen))", RuleFlags.Celebrate),
            R(DetailKind.Pet, @"\b(?<self>mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer)\s+(?:neuer\s+|neue\s+|neues\s+|neuen\s+|kleiner\s+|kleine\s+)?(?<noun>hund|hündin|welpe|welpen|katze|kater|kätzchen|kaninchen|hamster|papagei|pferd|haustier)\b", P),
            R(DetailKind.Pet, @"\b(?:zum|beim|vom)\s+(?<trig>tierarzt)\b", RuleFlags.GoneWrong),
            R(DetailKind.NewBaby, @"\b(?<trig>bekommen|bekommt|bekomme|erwarten|erwartet|erwarte)\s+(?:[\p{L}\d.]+\s+){0,3}?(?:ein|unser|unser erstes|unser zweites|ihr|nachwuchs)\s*(?:\w+\s+)?(?:baby|kind|nachwuchs)?\b", F),
            R(DetailKind.NewBaby, @"\b(?<trig>schwanger|schwangerschaft|baby bekommen|baby kommt|nachwuchs|geboren|geburt|neugeborenes|neugeborene|mutterschutz|elternzeit|elterngeld|oma geworden|opa geworden|vater geworden|mutter geworden|papa geworden|mama geworden)\b"),
            R(DetailKind.Anniversary, @"\b(?<trig>hochzeitstag|jahrestag|silberhochzeit|goldene hochzeit|goldenen hochzeit)\b"),
            R(DetailKind.Wedding, @"\b(?<self>meine|unsere|meiner|unserer)\s+(?<trig>hochzeit)\b", P),
            R(DetailKind.Wedding, @"\b(?<trig>hochzeit)\s+" + Poss + @"\s+(?<rel>{REL})\b", P),
            R(DetailKind.Wedding, @"\b(?<trig>heiraten|heirate|heiratet|heiratest|geheiratet|verlobt|verlobung|trauung|polterabend)\b"),
            R(DetailKind.Wedding, @"\b(?:eine|einer|die|der|zur)\s+(?<trig>hochzeit)\b"),
            R(DetailKind.Birthday, @"\b(?<self>mein|meinem|meinen|unser)\s+(?:\d{1,2}\.\s+)?(?<trig>geburtstag)\b", P),
            R(DetailKind.Birthday, @"\b" + Poss + @"\s+(?<rel>{REL})\s+(?:hat|hatte|feiert|feierte)\s+(?:[\p{L}\d.]+\s+){0,3}?(?<trig>geburtstag)\b", P),
            // Verb second: "Am Samstag hat mein Sohn Geburtstag", "feiert unsere Tochter ihren 7. Geburtstag".
            R(DetailKind.Birthday, @"\b(?:hat|hatte|feiert|feierte|wird)\s+" + Poss + @"\s+(?<rel>{REL})\s+(?:[\p{L}\d.]+\s+){0,3}?(?<trig>geburtstag)\b", P),
            R(DetailKind.Birthday, @"\b" + Poss + @"\s+(?<rel>{REL}|kleine|kleiner|große|großer)\s+(?<trig>wird)\s+(?:[\p{L}\d.]+\s+){0,3}?\d{1,3}\b(?!\s*(?:euro|€|prozent|%|minuten|stunden|tage|gb|mb))", P),
            R(DetailKind.NewBaby, @"\b(?<trig>eltern geworden|auf die welt gekommen|zur welt gekommen|geboren worden|ist geboren)\b", RuleFlags.Past),
            R(DetailKind.NewBaby, @"\b(?:unser|unsere|mein|meine)\s+(?:erstes|zweites|drittes)?\s*(?:kind|baby)\s+(?<trig>kommt)\s+(?:im|in|am|nächste|nächsten)\b", F),
            R(DetailKind.Travel, @"\b(?<trig>flitterwochen|hochzeitsreise|hochzitsreis)\b"),
            R(DetailKind.Travel, @"\b(?:ich|wir)\s+(?<trig>fliege|fliegen|reise|reisen|fahre|fahren)\s+(?:[\p{L}\d.]+\s+){0,5}?(?:nach|in die|in den)\s+(?<place>\p{Lu}[\p{L}\-]+)", F),
            R(DetailKind.NewPurchase, @"\b(?:unsere|meine|unser|mein)\s+(?<trig>erste|erstes)\s+(?:eigene\s+|eigenes\s+)?(?<noun>wohnung|haus|eigenheim)\b", P),
            R(DetailKind.NewJob, @"\b(?:macht|mache|machen|eröffnet|eröffne|eröffnen)\s+(?:[\p{L}\d.]+\s+){0,3}?(?:seine|ihre|meine|unsere)\s+(?:eigene\s+)?(?<noun>schreinerei|bäckerei|praxis|kanzlei|werkstatt|firma|restaurant|laden|café|bar|boutique|salon)\b", F),
            R(DetailKind.Event, @"\b(?<trig>schreibt|schreibe|schreiben|macht|mache)\s+(?:[\p{L}\d.]+\s+){0,2}?(?:abitur|abi|matura|abschlussprüfungen|prüfungen)\b|\b(?:in den|mit den|stapel)\s+(?<trig>korrekturen)\b", F),
            R(DetailKind.Graduation, @"\b(?:abitur|abi|matura|abschluss|prüfung|prüfungen)\s+(?:[\p{L}\d.]+\s+){0,3}?(?<trig>bestanden)\b", RuleFlags.Achievement),
            R(DetailKind.Health, @"\b(?:das|den|die|mir das|mir den|mir die)\s+(?:kreuzband|bein|arm|handgelenk|knöchel|schlüsselbein)\s+(?<trig>gerissen|gebrochen|verstaucht)\b|\b(?:beim)\s+(?:skifahren|snowboarden|fußball|klettern)\s+(?:[\p{L}\d.]+\s+){0,4}?(?<trig>gerissen|gebrochen|verletzt|verstaucht)\b", RuleFlags.Past),
            R(DetailKind.Moving, @"\b(?<trig>umgezogen|zügeln|zügle|ziehen um|ziehe um)\b|\b(?:wir|ich)\s+(?<trig>ziehen|ziehe)\s+(?:[\p{L}\d.]+\s+){0,4}?in die\b", F),
            R(DetailKind.Birthday, @"\b(?<self>ich)\s+(?:habe|hab|hatte|feiere|feierte)\s+(?:[\p{L}\d.]+\s+){0,3}?(?<trig>geburtstag)\b", P),
            R(DetailKind.Birthday, @"\b(?<trig>geburtstag)\s+" + Poss + @"\s+(?<rel>{REL})\b", P),
            R(DetailKind.Birthday, @"\b(?:zum|zu|alles gute zum|herzlichen glückwunsch zum|einen)\s+(?<trig>geburtstag)\b"),
            R(DetailKind.Birthday, @"\b(?<name>[\p{L}]+)s\s+(?<trig>geburtstag)\b", P),
            R(DetailKind.Graduation, @"\b(?<noun>führerscheinprüfung|führerschein|prüfung|prüfungen|abitur|abi|examen|abschlussprüfung|bachelor|master|doktor)\s+(?:\w+\s+){0,2}(?<trig>bestanden|geschafft)\b", RuleFlags.Achievement),
            R(DetailKind.Graduation, @"\b(?<trig>abschlussfeier|zeugnisübergabe|abschluss gemacht|graduiert|erster schultag|ersten schultag|einschulung|erster tag an der uni|ersten tag an der uni|studienbeginn)\b"),
            R(DetailKind.Graduation, @"\b(?:meine|meiner|seine|ihre)\s+(?<noun>führerscheinprüfung|fahrprüfung)\b", P | RuleFlags.WishWell),
            R(DetailKind.NewJob, @"\b(?<trig>neuen job|neuer job|neue stelle|neuen stelle|neuen arbeitsplatz|befördert|beförderung|ruhestand|in rente|rente gehe|pension gehe|eigenes geschäft|eigenen laden|eigene firma|eigenes café|selbstständig gemacht|selbstständig)\b"),
            R(DetailKind.Event, @"\b(?:die|der|das|eine|einer|ein|einem|einen|meine|meiner|meinem|zur|zum|auf die|auf der|auf dem)\s+(?:große\s+|großen\s+)?(?<trig>konferenz|tagung|messe|kongress|konzert|festival|marathon|halbmarathon|party|feier|gala|turnier|wettkampf|geburtstagsfeier|abschlussball)\b(?!\s+(?:modus|paket))"),
            R(DetailKind.Event, @"\b(?:meine|meiner|meinem|meinen|mein)\s+(?<trig>prüfung|prüfungen|klausur|klausuren|vorstellungsgespräch|präsentation|vortrag|spiel)\b", P),
            R(DetailKind.Moving, @"\b(?<trig>ziehen|ziehe|zieht|zogen|zog)\s+(?:[\p{L}\d.]+\s+){0,4}?(?:nach\s+{PLACE}\s+)?um\b", F),
            R(DetailKind.Moving, @"\b(?<trig>umzug|ziehen um|ziehe um|umziehen|umgezogen|ziehen nach|ziehe nach|zogen nach|neue wohnung|neuen wohnung|neues haus|neuen haus|neues zuhause|eingezogen)\b(?:\s+(?:nach|in)\s+{PLACE})?", F),
            R(DetailKind.NewPurchase, @"\b(?:ein|eine|unser|unsere|das|die)\s+(?:(?<q>erstes|erste|eigenes|eigene|neues|neue)\s+)?(?<noun>haus|wohnung|auto|eigenheim|motorrad)\s+(?:[\p{L}]+\s+){0,2}?(?<trig>gekauft|erworben|bekommen)\b"),
            R(DetailKind.NewPurchase, @"\b(?:mein|meine|meinem|meinen|unser|unsere|unseren|unserem)\s+(?<q>erstes|erste|ersten|erstes eigenes|neues|neuen|neue)\s+(?<noun>auto|wagen|haus|wohnung|motorrad)\b", P),
            R(DetailKind.Celebration, @"\b(?:an|zu|über|vor|nach|für|dieses|diese|frohe|frohes|schöne|schönes|fröhliche|feiern|feiere|guten rutsch ins|an den|über die|für die)\s+(?<trig>{HOL})\b(?!\s+(?:angebote|sale|öffnungszeiten|versand|lieferung|rückgabe))"),
            R(DetailKind.Hardship, @"\b(?<trig>sturm|sturmschaden|sturmschäden|unwetter|hochwasser|überschwemmung|überflutet|brand|erdbeben|job verloren|arbeit verloren|stelle verloren|gekündigt|arbeitslos|scheidung|lasse mich scheiden|getrennt|trennung|schwere woche|harte woche|schwierige woche|schwere zeit|schwierige zeit|harte zeit|schlimme woche|eingebrochen|einbruch|autounfall|unfall)\b"),
            R(DetailKind.Travel, @"\b(?<self>meine|meiner|meinen|meinem|mein|unsere|unserer|unseren|unserem|unser)\s+(?:nächste[nmr]?\s+|große[nmr]?\s+)?(?<noun>reise|urlaub|urlaubsreise|kreuzfahrt|flitterwochen|flug|geschäftsreise|städtereise)\b(?:\s+(?:nach|in|auf)\s+{PLACE})?(?!\s*(?:versicherung|modus|sperre))", P),
            R(DetailKind.Travel, @"\b(?<trig>fliege|fliegen|reise|reisen|fahre|fahren|flog|flogen|war|waren|bin|sind|komme|kommen|zurück)\s+(?:\w+\s+){0,3}?(?:nach|aus)\s+{PLACE}", RuleFlags.StrictPlace),
            R(DetailKind.Travel, @"\b(?:im|in den|in|aus dem|vom)\s+(?<noun>urlaub|ferien)\b(?:\s+(?:in|auf|an der)\s+{PLACE})?"),
            // Held-out round (issue 12): families of phrasing missed on first sight (incl. Swiss and Austrian forms).
            R(DetailKind.NewBaby, @"\b(?:zwillinge|drillinge|einen sohn|eine tochter|ein mädchen|einen jungen|ein baby|ein kind)\s+(?<trig>bekommen)\b|\b(?:die kleine|der kleine|das baby|unser baby|unsere tochter|unser sohn|die zwillinge)\s+(?:ist|sind)\s+(?:[\p{L}\d.]+\s+){0,3}?(?<trig>geboren)\b", RuleFlags.Past),
            R(DetailKind.NewPurchase, @"\b(?:üses|üsi|üse|mis|mi|mini|unsers)\s+(?<q>erschte|erschts|erstes|erste)\s+(?:eigene\s+|eigets\s+)?(?<noun>eigeheim|eigenheim|huus|haus|wohnig|wohnung)\b", P),
            R(DetailKind.NewJob, @"\b(?<trig>eröffnung)\s+(?:von\s+)?(?:meinem|meiner|unserem|unserer|seinem|ihrem|ihrer|seiner)\s+(?:eigenen\s+|neuen\s+)?(?<noun>friseursalon|salon|laden|geschäft|restaurant|café|praxis|kanzlei|werkstatt|bäckerei|bar|boutique|studio|firma)\b", F),
            R(DetailKind.Event, @"\b(?:{REL}|ich|wir)\s+(?:hat|habe|hab|haben|schreibt|schreibe)\s+(?:[\p{L}\d.]+\s+){0,3}?(?<trig>abiprüfung|abschlussprüfung|abschlussprüfungen|matura|maturaprüfung|abitur|abi|klausur|klausuren|prüfung|prüfungen)\b(?!(?:\s+[\p{L}]+){0,3}\s+(?:bestanden|geschafft))", F, "prüfungen"),
            R(DetailKind.Event, @"\b(?<trig>notenkonferenz|zeugniskonferenz|schularbeiten zu korrigieren|klausuren zu korrigieren|arbeiten zu korrigieren|hefte zu korrigieren)\b"),
            R(DetailKind.Bereavement, @"\b(?<trig>gstorbe|verstorbe|gstorben)\b"),
            R(DetailKind.Wedding, @"\b(?<trig>hürated|hürate|hüratet|ghüratet|hürat)\b"),
            R(DetailKind.Travel, @"\b(?:bin|sind)\s+(?:[\p{L}]+\s+){0,2}?von\s+(?:einem|einer|zwei|drei|vier|\d+)\s+(?:monat|monaten|woche|wochen|tagen)\s+(?:in\s+)?{PLACE}\s+(?<trig>zurück)\b", RuleFlags.Past, "reise"),
            R(DetailKind.Event, @"\b(?:sind|bin|gehen|geh|fahren|fahre)\s+(?:[\p{L}\d.]+\s+){0,3}?(?:bei|zu|zum|auf|aufs)\s+(?:dem\s+)?(?<trig>" + Festivals + @")\b", RuleFlags.None, "festival"),
            R(DetailKind.Celebration, @"\b(?:feiern|feiere|fiired|fiire|fiiret|feiert)\s+(?:[\p{L}\d.]+\s+){0,3}?(?<trig>{HOL})\b"),
            R(DetailKind.Moving, @"\b(?:nach|in die|in den)\s+{PLACE}\s+(?<trig>gezogen|umgezogen|gezügelt)\b", RuleFlags.Past),
            R(DetailKind.Loyalty, @"\b(?<trig>kunde|kundin|mitglied)\s+(?:bei ihnen\s+)?seit\s+(?:über\s+|mehr als\s+|fast\s+)?(?<n>\d{1,4}|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|fünfzehn|zwanzig|dreißig)\s*(?<unit>jahren|jahre|jahr|jahrzehnten)?"),
            R(DetailKind.Loyalty, @"\bseit\s+(?:über\s+|mehr als\s+|fast\s+)?(?<n>\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|fünfzehn|zwanzig|dreißig)\s+(?<unit>jahren)\s+(?:\w+\s+)?(?<trig>kunde|kundin|mitglied|dabei)\b"),
            R(DetailKind.Loyalty, @"\b(?<trig>treuer kunde|treue kundin|langjähriger kunde|langjährige kundin|stammkunde|stammkundin)\b"),
        };

        return new LanguagePack
        {
            Code = "de",
            Rules = rules,
            Typos = new Dictionary<string, string>(StringComparer.Ordinal) { ["geburtstag"] = "geburtstag", ["bday"] = "geburtstag", ["krankenhause"] = "krankenhaus", ["wochenende"] = "wochenende", ["nächste"] = "nächste", ["naechste"] = "nächste", ["naechsten"] = "nächsten", ["ubermorgen"] = "übermorgen", ["fuer"] = "für", ["fur"] = "für" },
            FuzzyTargets = ["geburtstag", "hochzeit", "krankenhaus", "weihnachten", "urlaub"],
            Negators = new HashSet<string>(StringComparer.Ordinal) { "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne" },
            NegationReleasers = new HashSet<string>(StringComparer.Ordinal) { "erst", "bis", "nur", "noch", "mehr" },
            ClauseBoundaries = new HashSet<string>(StringComparer.Ordinal) { "aber", "und", "weil", "denn", "dass", "oder", ",", ";", ":", "wenn", "falls", "ob", "bevor", "nachdem", "deshalb", "also" },
            Conditional = Rx(@"\b(?:wenn|falls|ob|vielleicht|eventuell|würde|würden|könnte|könnten|möchte|möchten|überlege|überlegen|kann ich|darf ich|ist es möglich)\b"),
            Irrealis = Rx(@"\b(?:irgendwann|eines tages|traum|träume|träumen|wäre schön|in zukunft)\b"),
            Habitual = Rx(@"\b(?<hab>immer|jedes|jeden|jede|oft|normalerweise|meistens|regelmäßig)\b|\b(?<soft>wenn|während)\s+(?:ich|wir)\s+(?:reise|reisen|unterwegs)\b"),
            GenericQuestion = Rx(@"^(?:kann|können|gibt|wie|was|wann|wo|welche|welcher|ist|sind|darf)\b"),
            LookalikeModifiers = new HashSet<string>(StringComparer.Ordinal) { "angebote", "angebot", "sale", "rabatt", "öffnungszeiten", "versand", "lieferung", "rückgabe", "modus", "code", "gutschein", "edition", "kollektion", "paket", "versicherung", "karte", "bestellung" },
            ProductModifiers = new HashSet<string>(StringComparer.Ordinal) { "kleid", "geschenk", "geschenke", "kuchen", "torte", "karte", "deko", "dekoration", "baum", "lichter", "futter", "spielzeug" },
            Suppressors =
            [
                (DetailKind.Birthday, Rx(@"\b(?:geburtsdatum|geburtstag (?:ändern|aktualisieren|korrigieren|im konto|im profil))\b")),
                (DetailKind.NewBaby, Rx(@"\b(?:ich bin|bin ich|ich wurde|wurde ich)\s+(?:\S+\s+){0,4}?geboren\b|\bgeburtsdatum\b")),
                (null, Rx(@"\b(?:handy|telefon|akku|laptop|computer|pc|drucker|auto|router|fernseher|ladegerät|lautsprecher|kopfhörer|tablet|uhr|konsole|kamera|maus|tastatur|staubsauger)\s+(?:\w+\s+){0,7}(?:ist gestorben|gestorben|tot|verstorben)\b|\b(?:schon wieder|wieder|erneut)\s+(?:\w+\s+){0,2}(?:gestorben|tot)\b")),
                (DetailKind.Health, Rx(@"\b(?:operation (?:fehlgeschlagen|abgebrochen|nicht möglich)|krank vor|op-art|kranke bestellung)\b")),
                (DetailKind.Birthday, Rx(@"\bgeburtstag\s+(?:hat damit nichts zu tun|ist egal|ist unwichtig|spielt keine rolle|ist nicht wichtig)\b|\bgeburtsdatum\b")),
                (DetailKind.Celebration, Rx(@"\b(?:an|über|zu)\s+(?:weihnachten|ostern|silvester|neujahr)\s+(?:offen|geöffnet|geschlossen|zu|erreichbar)\b|\b(?:offen|geöffnet|geschlossen|öffnungszeiten)\s+(?:an|über|zu)\s+(?:weihnachten|ostern|silvester|neujahr)\b")),
                (DetailKind.Travel, Rx(@"\b(?:urlaubsmodus|reisemodus|flugmodus|reiseadapter|reisegröße|reiseversicherung)\b")),
                (DetailKind.Bereavement, Rx(@"\b(?:tod (?:des|der) (?:kontos|bestellung|akkus))\b")),
            ],
            ProductCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Deluxe", "Pro", "Plus", "Edition", "Kit", "Set", "Paket", "Max", "Mini", "Premium" },
            GoneWrong = Rx(@"\b(?<strong>ruiniert|verdorben|abgesagt|storniert|musste absagen|mussten absagen|verschoben|ein desaster|eine katastrophe)\b|\b(?<weak>nicht angekommen|nicht rechtzeitig|zu spät|flug verpasst|flug gestrichen|flug annulliert|verspätet|traurig|enttäuscht)\b"),
            Tense = s => TenseCue.Read(s, GermanTense),
            Dates = (s, today) => DateCues(s, today, GermanDates),
            Relations = GermanRelations,
            RelationOwners = GermanOwners,
            Phrases = GermanPhrases(),
            Markers = new HashSet<string>(StringComparer.Ordinal) { "der", "die", "das", "und", "ist", "ich", "mein", "meine", "nicht", "mit", "für", "wir", "ein", "eine", "zu", "den", "dem", "auf", "danke", "hallo", "unser", "unsere", "bin", "sind", "morgen", "woche", "nächste", "freitag", "bestellung", "gestern", "heute", "im", "nach", "frohe", "frohes", "weihnachten", "neues", "jahr", "guten", "tag", "bitte", "warum", "wann", "kann", "ihr", "ihre" },
        };
    }

    private static readonly Regex GermanTense = Rx(
        @"\b(?<ong>gerade|derzeit|momentan|zurzeit|noch|bin in|sind in|liege im|liegt im|bin im|ist im|seit|(?:ist|sind|bin)\s+(?:\w+\s+)?(?:krank|schwanger|im urlaub|krankgeschrieben))\b" +
        @"|\b(?<fut>werde|wirst|wird|werden|nächste|nächsten|nächstes|bald|morgen|übermorgen|geplant|freue mich auf|freuen uns auf|in zwei|in drei|demnächst)\b" +
        @"|\b(?<past>war|waren|hatte|hatten|gestern|vorgestern|letzte|letzten|letztes|vergangene|vergangenen|vor(?!\s+(?:dem|der|den|meinem|meiner|meines|unserem|unserer|unseres|ihrem|ihrer|ihres)\b)|gestorben|verstorben|ist gestorben|geflogen|gewesen|geboren|bestanden|geheiratet|umgezogen|verloren|gekündigt|zurückgekommen|zurück aus|adoptiert|gekauft|geholt|gehabt|operiert)\b" +
        @"|\b(?<wfut>für|vor dem|bis)\b");

    private static readonly DateWords GermanDates = new(
        Tomorrow: @"(?<!heute |gestern |jeden |am |guten |diesen |früh am |morgen )morgen(?! früh)|morgen früh",
        AfterTomorrow: "übermorgen",
        Yesterday: "gestern",
        BeforeYesterday: "vorgestern",
        Today: "heute",
        Tonight: "heute abend|heute nachmittag|heute nacht",
        ThisMorning: "heute morgen|heute früh",
        Weekdays: ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"],
        NextDay: @"(?:nächsten|kommenden)\s+(?<d>DAY)",
        LastDay: @"(?:letzten|vergangenen)\s+(?<d>DAY)",
        AnyDay: @"(?:am|diesen)\s+(?<d>DAY)|(?<d>DAY)",
        Weekend: @"(?<m>dieses|nächstes|letztes|am|das|übers|am kommenden)?\s*wochenende",
        NextUnit: @"(?:nächste|kommende)\s+(?<u>woche)|(?:nächsten|kommenden)\s+(?<u>monat)|(?:nächstes|kommendes)\s+(?<u>jahr)",
        LastUnit: @"(?:letzte|vergangene)\s+(?<u>woche)|(?:letzten|vergangenen)\s+(?<u>monat)|(?:letztes|vergangenes)\s+(?<u>jahr)",
        InUnits: @"in\s+(?<n>\d{1,2}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar)\s+(?<u>tagen|tag|wochen|woche|monaten|monat|jahren|jahr)",
        AgoUnits: @"vor\s+(?<n>\d{1,2}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar)\s+(?<u>tagen|tag|wochen|woche|monaten|monat|jahren|jahr)",
        DayOfMonth: @"am\s+(?<dom>\d{1,2})\.?(?:\s+(?<mon>MONTH))?",
        Months: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        Holidays: new Dictionary<string, string> { ["weihnachten"] = "christmas", ["heiligabend"] = "christmas eve", ["silvester"] = "new year's eve", ["neujahr"] = "new year", ["ostern"] = "easter", ["halloween"] = "halloween" },
        InMonth: @"(?:im|ab|bis)\s+(?<mon>MONTH)");

    private static PhraseBook GermanPhrases()
    {
        var nouns = new Dictionary<DetailKind, IReadOnlyDictionary<string, string>>
        {
            [DetailKind.Travel] = Map("reise", "urlaub", "urlaubsreise:urlaub", "kreuzfahrt", "flitterwochen", "flug", "geschäftsreise", "städtereise", "ferien:urlaub"),
            [DetailKind.Pet] = Map("hund", "hündin:hund", "welpe", "welpen:welpe", "katze", "kater:katze", "kätzchen", "kaninchen", "hamster", "papagei", "pferd", "haustier", "tierarzt:haustier"),
            [DetailKind.Graduation] = Map("führerscheinprüfung", "fahrprüfung:führerscheinprüfung", "führerschein:führerscheinprüfung", "prüfung:prüfungen", "prüfungen", "abitur", "abi:abitur", "examen:prüfungen", "abschlussprüfung:prüfungen", "bachelor:abschluss", "master:abschluss", "doktor:abschluss", "abschlussfeier:abschluss", "zeugnisübergabe:abschluss", "abschluss gemacht:abschluss", "graduiert:abschluss", "erster schultag:schultag", "ersten schultag:schultag", "einschulung:schultag", "erster tag an der uni:studienbeginn", "ersten tag an der uni:studienbeginn", "studienbeginn"),
            [DetailKind.Event] = Map("konferenz", "tagung", "messe", "kongress", "konzert", "festival", "marathon", "halbmarathon", "party", "feier", "gala", "turnier", "wettkampf", "abschlussball", "prüfung:prüfungen", "prüfungen", "klausur:prüfungen", "klausuren:prüfungen", "vorstellungsgespräch", "präsentation", "vortrag", "spiel", "geburtstagsfeier:feier"),
            [DetailKind.NewJob] = Map("neuen job:job", "neuer job:job", "neue stelle:job", "neuen stelle:job", "neuen arbeitsplatz:job", "befördert:beförderung", "beförderung", "ruhestand", "in rente:ruhestand", "rente gehe:ruhestand", "pension gehe:ruhestand", "eigenes geschäft:geschäft", "eigenen laden:geschäft", "eigene firma:geschäft", "eigenes café:geschäft", "selbstständig gemacht:geschäft", "selbstständig:geschäft"),
            [DetailKind.NewPurchase] = Map("auto", "wagen:auto", "haus", "wohnung", "motorrad"),
            [DetailKind.Hardship] = Map("sturm", "sturmschaden:sturm", "sturmschäden:sturm", "unwetter:sturm", "hochwasser", "überschwemmung:hochwasser", "überflutet:hochwasser", "brand", "erdbeben"),
            [DetailKind.Moving] = Map("neue wohnung:zuhause", "neuen wohnung:zuhause", "neues haus:zuhause", "neuen haus:zuhause", "neues zuhause:zuhause"),
        };
        var defaults = Defaults("reise", "geburtstag", "hochzeitstag", "hochzeit", "baby", "umzug", "job", "abschluss", "veranstaltung", "genesung", "verlust", "zeit", "haustier", "auto", "die Feiertage", "treue");

        string? Of(PhraseParts p) => p.Name is { } n ? n : p.Relation is { } rel && GermanGenitive.TryGetValue(rel, out var g) ? g : null;

        string Build(PhraseParts p)
        {
            var owner = Of(p);
            return p.Kind switch
            {
                DetailKind.Travel => p.Noun switch
                {
                    "urlaub" => p.Place is { } pl ? $"Ihr Urlaub in {pl}" : "Ihr Urlaub",
                    "flug" => p.Place is { } pl ? $"Ihr Flug nach {pl}" : "Ihr Flug",
                    "flitterwochen" => "Ihre Flitterwochen",
                    "kreuzfahrt" => "Ihre Kreuzfahrt",
                    "geschäftsreise" => "Ihre Geschäftsreise",
                    "städtereise" => p.Place is { } pl ? $"Ihre Städtereise nach {pl}" : "Ihre Städtereise",
                    _ => p.Place is { } pl ? $"Ihre Reise nach {pl}" : "Ihre Reise",
                },
                DetailKind.Birthday when p.Name is { } n => $"{n}s Geburtstag",
                DetailKind.Birthday when owner is not null => $"der Geburtstag {owner}",
                DetailKind.Birthday when p.Noun == "the" => "der Geburtstag",
                DetailKind.Birthday => "Ihr Geburtstag",
                DetailKind.Anniversary => "Ihr Hochzeitstag",
                DetailKind.Wedding when owner is not null && p.Name is null => $"die Hochzeit {owner}",
                DetailKind.Wedding when p.Noun == "the" => "die Hochzeit",
                DetailKind.Wedding => "Ihre Hochzeit",
                DetailKind.NewBaby => p.Timing == DetailTiming.Future ? "die Ankunft des Babys" : "Ihr Nachwuchs",
                DetailKind.Moving => p.Place is { } pl ? $"Ihr Umzug nach {pl}" : p.Noun == "zuhause" ? "Ihr neues Zuhause" : "Ihr Umzug",
                DetailKind.NewJob => p.Noun switch { "beförderung" => "Ihre Beförderung", "ruhestand" => "Ihr Ruhestand", "geschäft" => "Ihr eigenes Geschäft", _ => "Ihr neuer Job" },
                DetailKind.Graduation when owner is not null && p.Name is null => $"der Abschluss {owner}",
                DetailKind.Graduation => p.Noun switch { "führerscheinprüfung" => "Ihre Führerscheinprüfung", "prüfungen" => "Ihre Prüfungen", "abitur" => "Ihr Abitur", "schultag" => "der erste Schultag", "studienbeginn" => "Ihr Studienbeginn", _ => "Ihr Abschluss" },
                DetailKind.Event => p.Noun switch
                {
                    "prüfungen" => "Ihre Prüfungen",
                    "vorstellungsgespräch" => "Ihr Vorstellungsgespräch",
                    "präsentation" => "Ihre Präsentation",
                    "vortrag" => "Ihr Vortrag",
                    "spiel" => "Ihr Spiel",
                    "konzert" or "festival" or "turnier" => $"das {Capitalize(p.Noun)}",
                    "marathon" or "halbmarathon" or "kongress" or "wettkampf" or "abschlussball" => $"der {Capitalize(p.Noun)}",
                    var n => $"die {Capitalize(n)}",
                },
                DetailKind.Health when owner is not null && p.Name is null => $"die Genesung {owner}",
                DetailKind.Health => "Ihre Genesung",
                DetailKind.Bereavement when owner is not null && p.Name is null => $"der Verlust {owner}",
                DetailKind.Bereavement => "Ihr Verlust",
                DetailKind.Hardship => p.Noun switch { "sturm" => "die Sturmschäden", "hochwasser" => "das Hochwasser", "brand" => "der Brand", "erdbeben" => "das Erdbeben", _ => "eine schwere Zeit" },
                DetailKind.Pet => p.Noun switch
                {
                    "katze" => p.IsNew ? "Ihre neue Katze" : "Ihre Katze",
                    "welpe" => "Ihr neuer Welpe",
                    "kätzchen" => "Ihr neues Kätzchen",
                    "hund" => p.IsNew ? "Ihr neuer Hund" : "Ihr Hund",
                    var n when n is "kaninchen" or "pferd" or "haustier" => p.IsNew ? $"Ihr neues {Capitalize(n)}" : $"Ihr {Capitalize(n)}",
                    var n => p.IsNew ? $"Ihr neuer {Capitalize(n)}" : $"Ihr {Capitalize(n)}",
                },
                DetailKind.NewPurchase => p.Noun switch
                {
                    "haus" => p.IsNew ? "Ihr neues Haus" : "Ihr erstes Haus",
                    "wohnung" => p.IsNew ? "Ihre neue Wohnung" : "Ihre erste Wohnung",
                    "motorrad" => p.IsNew ? "Ihr neues Motorrad" : "Ihr erstes Motorrad",
                    _ => p.IsNew ? "Ihr neues Auto" : "Ihr erstes Auto",
                },
                DetailKind.Celebration => p.Noun,
                DetailKind.Loyalty => p.Years is { } y ? $"Ihre {y} Jahre bei uns" : "Ihre Treue",
                _ => string.Empty,
            };
        }

        var words = PhraseBook.WordsOf(new[] { "Ihr", "Ihre", "Ihrer", "Ihres", "der", "die", "das", "des", "nach", "in", "neuer", "neue", "neues", "erstes", "erste", "Jahre", "bei", "uns", "Ankunft", "Babys", "Nachwuchs", "Umzug", "Zuhause", "Beförderung", "Ruhestand", "eigenes", "Geschäft", "Job", "Abschluss", "Führerscheinprüfung", "Prüfungen", "Abitur", "Schultag", "Studienbeginn", "Vorstellungsgespräch", "Präsentation", "Vortrag", "Spiel", "Genesung", "Verlust", "Sturmschäden", "Hochwasser", "Brand", "Erdbeben", "eine", "schwere", "Zeit", "Treue", "Geburtstag", "Hochzeitstag", "Hochzeit", "Urlaub", "Flug", "Flitterwochen", "Kreuzfahrt", "Geschäftsreise", "Städtereise", "Reise", "Katze", "Welpe", "Kätzchen", "Hund", "Haus", "Wohnung", "Motorrad", "Auto", "erste" }
            .Concat(nouns.Values.SelectMany(v => v.Values)).Concat(GermanGenitive.Values).Concat(GermanHolidays.Values));
        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = Build, Words = words };
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    // =================================================================== shared

    private static Dictionary<string, string> Map(params string[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                map[entry] = entry;
            }
            else
            {
                map[entry[..colon]] = entry[(colon + 1)..];
            }
        }

        return map;
    }

    private static Dictionary<DetailKind, string> Defaults(params string[] nouns)
    {
        var kinds = Enum.GetValues<DetailKind>();
        return kinds.Select((k, i) => (k, nouns[i])).ToDictionary(x => x.k, x => x.Item2);
    }

    /// <summary>Date words for one language; DAY and MONTH in patterns are filled from the lists.</summary>
    internal sealed record DateWords(
        string Tomorrow, string AfterTomorrow, string Yesterday, string BeforeYesterday, string Today, string Tonight, string ThisMorning,
        string[] Weekdays, string NextDay, string LastDay, string AnyDay, string Weekend, string NextUnit, string LastUnit, string InUnits, string AgoUnits,
        string DayOfMonth, string[] Months, Dictionary<string, string> Holidays, string InMonth = "")
    {
        private Regex? _regex;

        public Regex Regex => _regex ??= Compile();

        private Regex Compile()
        {
            var day = string.Join('|', Weekdays);
            var month = string.Join('|', Months);
            string D(string p) => p.Replace("DAY", day, StringComparison.Ordinal).Replace("MONTH", month, StringComparison.Ordinal);
            string Unique(string p, string prefix) => Regex.Replace(D(p), @"\(\?<(\w+)>", m => $"(?<{prefix}{m.Groups[1].Value}>");
            var pattern =
                $@"\b(?<dat>{AfterTomorrow})\b|\b(?<dbt>{BeforeYesterday})\b|\b(?<thismorning>{ThisMorning})\b|\b(?<tonight>{Tonight})\b|(?<![\p{{L}}])(?<tom>{Tomorrow})\b|\b(?<yest>{Yesterday})\b|\b(?<today>{Today})\b" +
                $@"|\b(?<nextday>{Unique(NextDay, "n")})\b|\b(?<lastday>{Unique(LastDay, "l")})\b|\b(?<anyday>{Unique(AnyDay, "a")})\b|\b(?<weekend>{Unique(Weekend, "w")})\b" +
                $@"|\b(?<nextunit>{Unique(NextUnit, "n")})\b|\b(?<lastunit>{Unique(LastUnit, "l")})\b|\b(?<inunits>{Unique(InUnits, "i")})\b|\b(?<agounits>{Unique(AgoUnits, "g")})\b|\b(?<dom>{Unique(DayOfMonth, "m")})(?![\p{{L}}\d])" +
                $@"|\b(?<hol>{string.Join('|', Holidays.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))})\b" +
                (InMonth.Length > 0 ? $@"|\b(?<inmonth>{Unique(InMonth, "o")})\b" : string.Empty);
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        }
    }

    private static IReadOnlyList<DateCue> DateCues(Sentence s, DateOnly today, DateWords words)
    {
        var cues = new List<DateCue>();
        foreach (Match m in CompiledPatterns.Fastest(words.Regex).Matches(s.Text))
        {
            var from = s.TokenAt(m.Index);
            var to = s.TokenAt(m.Index + m.Length - 1) + 1;
            var g = m.Groups;
            DayOfWeek Day(string group) => (DayOfWeek)Array.IndexOf(words.Weekdays, g[group].Value);
            DateCue? cue = null;
            if (g["dat"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(2), today.AddDays(2), DetailTiming.Future);
            }
            else if (g["dbt"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-2), today.AddDays(-2), DetailTiming.Past);
            }
            else if (g["thismorning"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Past);
            }
            else if (g["tonight"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Future);
            }
            else if (g["tom"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(1), today.AddDays(1), DetailTiming.Future);
            }
            else if (g["yest"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-1), today.AddDays(-1), DetailTiming.Past);
            }
            else if (g["today"].Success)
            {
                cue = DateCue.Fixed(from, to, today);
            }
            else if (g["nextday"].Success)
            {
                var d = DateMath.NextWeekday(today, Day("nd"));
                cue = new DateCue(from, to, d, d, DetailTiming.Future);
            }
            else if (g["lastday"].Success)
            {
                var d = DateMath.PreviousWeekday(today, Day("ld"));
                cue = new DateCue(from, to, d, d, DetailTiming.Past);
            }
            else if (g["anyday"].Success)
            {
                var day = Day("ad");
                cue = new DateCue(from, to, DateMath.NextWeekday(today, day), DateMath.PreviousWeekday(today, day), null);
            }
            else if (g["weekend"].Success)
            {
                var text = g["weekend"].Value;
                var ahead = DateMath.ThisWeekend(today);
                var behind = DateMath.PreviousWeekday(today, DayOfWeek.Saturday);
                cue = Regex.IsMatch(text, "pasado|dernier|letztes")
                    ? new DateCue(from, to, behind, behind, DetailTiming.Past)
                    : Regex.IsMatch(text, "próximo|que viene|prochain|nächstes|kommenden")
                        ? new DateCue(from, to, ahead.AddDays(7), ahead.AddDays(7), DetailTiming.Future)
                        : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["nextunit"].Success)
            {
                var unit = Unit(g["nu"].Value);
                var d = DateMath.Shift(today, 1, unit);
                cue = new DateCue(from, to, d, d, DetailTiming.Future);
            }
            else if (g["lastunit"].Success)
            {
                var unit = Unit(g["lu"].Value);
                var d = DateMath.Shift(today, -1, unit);
                cue = new DateCue(from, to, d, d, DetailTiming.Past);
            }
            else if (g["inunits"].Success)
            {
                var d = DateMath.Shift(today, DateMath.SmallNumber(g["in"].Value) ?? 1, Unit(g["iu"].Value));
                cue = new DateCue(from, to, d, d, DetailTiming.Future);
            }
            else if (g["agounits"].Success)
            {
                var d = DateMath.Shift(today, -(DateMath.SmallNumber(g["gn"].Value) ?? 1), Unit(g["gu"].Value));
                cue = new DateCue(from, to, d, d, DetailTiming.Past);
            }
            else if (g["dom"].Success && int.TryParse(g["mdom"].Value, out var dom))
            {
                var (ahead, behind) = g["mmon"].Success ? DateMath.MonthDay(today, Array.IndexOf(words.Months, g["mmon"].Value) + 1, dom) : DateMath.DayOfMonth(today, dom);
                cue = ahead is null && behind is null ? null : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["inmonth"].Success && Array.IndexOf(words.Months, g["omon"].Value) is var month and >= 0)
            {
                var (ahead, behind) = DateMath.Month(today, month + 1);
                cue = new DateCue(from, to, ahead, behind, null);
            }
            else if (g["hol"].Success && words.Holidays.TryGetValue(g["hol"].Value, out var key))
            {
                var (ahead, behind) = DateMath.HolidayAround(key, today);
                cue = English.HolidayCue(from, to, ahead, behind, today);
            }

            if (cue is not null)
            {
                cues.Add(cue);
            }
        }

        return cues;
    }

    /// <summary>Maps a unit word of any of the languages onto the English unit <see cref="DateMath.Shift"/> knows.</summary>
    private static string Unit(string word) => word switch
    {
        "semana" or "semaine" or "woche" or "wochen" or "semanas" or "semaines" => "week",
        "mes" or "meses" or "mois" or "monat" or "monaten" => "month",
        "año" or "años" or "année" or "an" or "ans" or "jahr" or "jahren" => "year",
        _ => "day",
    };
}
