namespace GraciousBot.Locales;

/// <summary>French: weekdays, months and the patterns of relative dates (see <see cref="DateWords"/>).</summary>
internal static partial class French
{
    public static DateWords Dates { get; } = new()
    {
        SmallNumbers =
        [
            new(1, "un, une"), new(2, "deux"), new(3, "trois, quelques"), new(4, "quatre"), new(5, "cinq"), new(6, "six"), new(7, "sept"),
            new(8, "huit"), new(9, "neuf"), new(10, "dix"), new(11, "onze"), new(12, "douze"), new(15, "quinze"), new(20, "vingt"), new(30, "trente"),
        ],
        UnitPrefixes = new Dictionary<string, string> { ["semaine"] = "week", ["mois"] = "month", ["an"] = "year", ["heure"] = "none" },
        Units = new Dictionary<string, string> { ["semaine"] = "week", ["semaines"] = "week", ["mois"] = "month", ["année"] = "year", ["an"] = "year", ["ans"] = "year" },
        Weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        DueDateFormat = "dddd d MMMM",
        Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        Relative = new(
            Tomorrow: @"demain(?! matin)|demain matin",
            AfterTomorrow: "après-demain",
            Yesterday: "hier soir|hier",
            BeforeYesterday: "avant-hier",
            Today: "aujourd'hui",
            Tonight: "ce soir|cet après-midi",
            ThisMorning: "ce matin",
            NextDay: @"(?<d>DAY)\s+prochain",
            LastDay: @"(?<d>DAY)\s+dernier",
            AnyDay: @"(?:ce|le)\s+(?<d>DAY)|(?<d>DAY)",
            Weekend: @"(?<m>ce|le|le week-end)?\s*week-end(?<after> prochain| dernier)?",
            NextUnit: @"(?:la\s+)?(?<u>semaine)\s+prochaine|(?:le\s+)?(?<u>mois)\s+prochain|(?:l')?(?<u>année)\s+prochaine",
            LastUnit: @"(?:la\s+)?(?<u>semaine)\s+dernière|(?:le\s+)?(?<u>mois)\s+dernier|(?:l')?(?<u>année)\s+dernière",
            InUnits: @"dans\s+(?<n>\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques)\s+(?<u>jours|jour|semaines|semaine|mois|ans|an)",
            AgoUnits: @"il y a\s+(?<n>\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques)\s+(?<u>jours|jour|semaines|semaine|mois|ans|an)",
            DayOfMonth: @"le\s+(?<dom>\d{1,2})(?:er)?(?:\s+(?<mon>MONTH))?",
            Holidays: new Dictionary<string, string> { ["noël"] = "christmas", ["réveillon"] = "new year's eve", ["nouvel an"] = "new year", ["jour de l'an"] = "new year", ["pâques"] = "easter", ["halloween"] = "halloween" },
            InMonth: @"en\s+(?<mon>MONTH)"),
    };
}
