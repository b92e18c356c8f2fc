namespace GraciousBot.Locales;

/// <summary>Spanish: weekdays, months and the patterns of relative dates (see <see cref="DateWords"/>).</summary>
internal static partial class Spanish
{
    public static DateWords Dates { get; } = new()
    {
        SmallNumbers =
        [
            new(1, "uno, una, un"), new(2, "dos"), new(3, "tres, unos, unas"), new(4, "cuatro"), new(5, "cinco"), new(6, "seis"), new(7, "siete"),
            new(8, "ocho"), new(9, "nueve"), new(10, "diez"), new(11, "once"), new(12, "doce"), new(15, "quince"), new(20, "veinte"), new(30, "treinta"),
        ],
        UnitPrefixes = new Dictionary<string, string> { ["semana"] = "week", ["mes"] = "month", ["año"] = "year", ["ano"] = "year", ["hora"] = "none", ["minut"] = "none" },
        Units = new Dictionary<string, string> { ["semana"] = "week", ["semanas"] = "week", ["mes"] = "month", ["meses"] = "month", ["año"] = "year", ["años"] = "year" },
        Weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
        DueDateFormat = "dddd d 'de' MMMM",
        Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        Relative = new(
            Tomorrow: @"(?<!por la |esta |de la |cada )mañana(?! por)|mañana por la mañana",
            AfterTomorrow: "pasado mañana",
            Yesterday: "ayer|anoche",
            BeforeYesterday: "anteayer|antier|antes de ayer",
            Today: "hoy",
            Tonight: "esta noche|esta tarde",
            ThisMorning: "esta mañana",
            NextDay: @"(?:el\s+)?próximo\s+(?<d>DAY)|(?:el\s+)?(?<d>DAY)\s+que viene",
            LastDay: @"(?:el\s+)?(?<d>DAY)\s+pasado|(?:el\s+)?pasado\s+(?<d>DAY)",
            AnyDay: @"(?:el|este|los|del|al)\s+(?<d>DAY)",
            Weekend: @"(?<m>este|el próximo|el|el pasado)?\s*fin de semana(?<after> pasado| que viene)?",
            NextUnit: @"(?:la\s+)?(?:próxima|que viene)\s+(?<u>semana)|(?:la\s+)?(?<u>semana)\s+que viene|(?:el\s+)?próximo\s+(?<u>mes|año)|(?:el\s+)?(?<u>mes|año)\s+que viene",
            LastUnit: @"(?:la\s+)?(?<u>semana)\s+pasada|(?:el\s+)?(?<u>mes|año)\s+pasado",
            InUnits: @"(?:en|dentro de)\s+(?<n>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|unos|unas)\s+(?<u>días|día|semanas|semana|meses|mes|años|año)",
            AgoUnits: @"hace\s+(?<n>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|unos|unas)\s+(?<u>días|día|semanas|semana|meses|mes|años|año)",
            DayOfMonth: @"(?:el|del)\s+(?:día\s+)?(?<dom>\d{1,2})(?:\s+de\s+(?<mon>MONTH))?",
            Holidays: new Dictionary<string, string> { ["navidad"] = "christmas", ["navidades"] = "christmas", ["nochebuena"] = "christmas eve", ["nochevieja"] = "new year's eve", ["año nuevo"] = "new year", ["semana santa"] = "easter", ["pascua"] = "easter", ["halloween"] = "halloween" },
            InMonth: @"en\s+(?<mon>MONTH)"),
    };
}
