namespace GraciousBot.Locales;

internal static partial class AnyLanguage
{
    /// <summary>Well-known festivals by name, the same words in every language (a date must come with them).</summary>
    public const string Festivals = @"primavera sound|mad cool|bbk live|vive latino|lollapalooza|coachella|glastonbury|tomorrowland|rock am ring|rock im park|southside|wacken|paléo|paleo festival|vieilles charrues|hellfest|rock en seine|solidays|montreux jazz|openair frauenfeld|gurtenfestival|sziget|roskilde|oktoberfest|les francofolies|francofolies|lowlands|pukkelpop|rock werchter|dour festival";

    /// <summary>Surname particles written in lower case inside a name ("van der Berg", "de la Cruz"), from any language.</summary>
    public static IReadOnlyList<string> NameParticles { get; } =
    [
        "van", "von", "der", "den", "de", "del", "della", "la", "le", "du", "da", "di", "dos", "das", "zu", "ter", "ten", "y",
    ];
}
