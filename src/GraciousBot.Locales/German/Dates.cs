namespace GraciousBot.Locales;

/// <summary>German: weekdays, months and the patterns of relative dates (see <see cref="DateWords"/>).</summary>
internal static partial class German
{
    public static DateWords Dates { get; } = new()
    {
        SmallNumbers =
        [
            new(1, "ein, eine, einem, einer, einen"), new(2, "zwei"), new(3, "drei, ein paar, paar"), new(4, "vier"), new(5, "fünf"), new(6, "sechs"),
            new(7, "sieben"), new(8, "acht"), new(9, "neun"), new(10, "zehn"), new(11, "elf"), new(12, "zwölf"), new(15, "fünfzehn"), new(20, "zwanzig"),
            new(30, "dreißig"),
        ],
        UnitPrefixes = new Dictionary<string, string> { ["woche"] = "week", ["monat"] = "month", ["jahr"] = "year", ["stunde"] = "none" },
        Units = new Dictionary<string, string> { ["woche"] = "week", ["wochen"] = "week", ["monat"] = "month", ["monaten"] = "month", ["jahr"] = "year", ["jahren"] = "year" },
        Weekdays = ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"],
        DueDateFormat = "dddd, d. MMMM",
        Months = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        Relative = new(
            Tomorrow: @"(?<!heute |gestern |jeden |am |guten |diesen |früh am |morgen )morgen(?! früh)|morgen früh",
            AfterTomorrow: "übermorgen",
            Yesterday: "gestern",
            BeforeYesterday: "vorgestern",
            Today: "heute",
            Tonight: "heute abend|heute nachmittag|heute nacht",
            ThisMorning: "heute morgen|heute früh",
            NextDay: @"(?:nächsten|kommenden)\s+(?<d>DAY)",
            LastDay: @"(?:letzten|vergangenen)\s+(?<d>DAY)",
            AnyDay: @"(?:am|diesen)\s+(?<d>DAY)|(?<d>DAY)",
            Weekend: @"(?<m>dieses|nächstes|letztes|am|das|übers|am kommenden)?\s*wochenende",
            NextUnit: @"(?:nächste|kommende)\s+(?<u>woche)|(?:nächsten|kommenden)\s+(?<u>monat)|(?:nächstes|kommendes)\s+(?<u>jahr)",
            LastUnit: @"(?:letzte|vergangene)\s+(?<u>woche)|(?:letzten|vergangenen)\s+(?<u>monat)|(?:letztes|vergangenes)\s+(?<u>jahr)",
            InUnits: @"in\s+(?<n>\d{1,2}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar)\s+(?<u>tagen|tag|wochen|woche|monaten|monat|jahren|jahr)",
            AgoUnits: @"vor\s+(?<n>\d{1,2}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar)\s+(?<u>tagen|tag|wochen|woche|monaten|monat|jahren|jahr)",
            DayOfMonth: @"am\s+(?<dom>\d{1,2})\.?(?:\s+(?<mon>MONTH))?",
            Holidays: new Dictionary<string, string> { ["weihnachten"] = "christmas", ["heiligabend"] = "christmas eve", ["silvester"] = "new year's eve", ["neujahr"] = "new year", ["ostern"] = "easter", ["halloween"] = "halloween" },
            InMonth: @"(?:im|ab|bis)\s+(?<mon>MONTH)"),
    };
}
