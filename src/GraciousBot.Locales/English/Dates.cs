namespace GraciousBot.Locales;

/// <summary>English: weekdays, months and the date pattern of its own date reader (see <see cref="DateWords"/>).</summary>
internal static partial class English
{
    private const string MonthRx = @"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    public static DateWords Dates { get; } = new()
    {
        SmallNumbers =
        [
            new(1, "a, an, one"), new(2, "two, couple, a couple, a couple of, couple of"), new(3, "three, a few, few"), new(4, "four, several"),
            new(5, "five"), new(6, "six"), new(7, "seven"), new(8, "eight"), new(9, "nine"), new(10, "ten"), new(11, "eleven"), new(12, "twelve"),
            new(15, "fifteen"), new(20, "twenty"), new(30, "thirty"),
        ],
        UnitPrefixes = new Dictionary<string, string> { ["fortnight"] = "fortnight", ["week"] = "week", ["month"] = "month", ["year"] = "year", ["hour"] = "none", ["minute"] = "none" },
        Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
        DueDateFormat = "dddd d MMMM",
        RegionalDueDateFormats = new Dictionary<string, string> { ["en-US"] = "dddd, MMMM d" },
        Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        Pattern =
            @"\b(?<dat>day after tomorrow)\b|\b(?<dbt>day before yesterday)\b|\b(?<tom>tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b" +
            @"|\b(?<tonight>tonight|this evening|this afternoon|later today|later on today|later this evening)\b|\b(?<thismorning>this morning|earlier today)\b|\b(?<today>today)\b" +
            @"|\b(?<yest>yesterday|last night)\b" +
            @"|\b(?:(?<dmod>this coming|this past|next|last|this|coming|on|past|the following|the previous|until|till|by|from|since)\s+)?(?<dow>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b(?:\s+(?<dpart>morning|afternoon|evening|night))?" +
            @"|\b(?:(?<wmod>this coming|this past|next|last|this|the|over the|on the|at the|past|coming|for the)\s+)?(?<weekend>weekend|long weekend|bank holiday weekend|bank holiday)\b" +
            @"|(?<!\b(?:my|our|your|his|her|their|its)\s)\b(?<umod>next|last|this|coming|past|the following|the previous|the past|the coming)\s+(?<unit>week|month|year|fortnight|summer|winter|spring|autumn|fall|semester|term|couple of weeks|couple of days|few days|few weeks|few months)\b" +
            @"|\bin\s+(?:about\s+|around\s+|just\s+|only\s+|roughly\s+|less than\s+|under\s+)?(?<inn>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|a couple|couple of|several|\d{1,2})\s+(?<inunit>days|day|weeks|week|months|month|years|year|fortnight|fortnights|hours|hour)\b" +
            @"|\b(?<agon>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|a couple|couple of|several|\d{1,2})\s+(?<agounit>days|day|weeks|week|months|month|years|year|hours|hour)\s+ago\b" +
            @"|\b(?<earlier>earlier this (?:week|month|year)|earlier in the (?:week|month|year)|at the start of (?:the|this) (?:week|month)|the other day|the other week|over the weekend|recently|lately)\b" +
            @"|\b(?<later>later this (?:week|month|year)|later in the (?:week|month|year)|end of (?:the|this) (?:week|month)|end of next (?:week|month)|by the end of (?:the|this|next) (?:week|month)|any day now|in the coming (?:days|weeks|months)|in the next (?:few )?(?:days|weeks|months))\b" +
            @"|\b(?:on\s+)?the\s+(?<dom>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?<domm>" + MonthRx + @"))?\b(?!\s+(?:birthday|anniversary|year|time|floor|century|edition|place|row|grade|percentile|item|order|attempt|try|day of))" +
            @"|\b(?<md_m>" + MonthRx + @")\.?\s+(?:the\s+)?(?<md_d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:years|year|days|%|am|pm|:))" +
            @"|\b(?<dm_d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dm_m>" + MonthRx + @")\b" +
            @"|\b(?<mmod>in|this|next|last|early|late|mid|end of|beginning of|start of|until|since|by)\s+(?<mon>january|february|march|april|may|june|july|august|september|october|november|december)\b" +
            @"|\b(?<hmod>this|next|last|at|for|before|after|over|on|by|until|till|since|during|around|in time for|ahead of)?\s*(?<hol>christmas eve|christmas|xmas|boxing day|new year's eve|new years eve|hogmanay|new year's day|new year|new years|halloween|valentine's day|valentines day|st patrick's day|fourth of july|4th of july|thanksgiving|easter)\b",
    };
}
