namespace GraciousBot.Locales;

/// <summary>English: how customers are addressed (see <see cref="NameWords"/>).</summary>
internal static partial class English
{
    public static NameWords Names { get; } = new()
    {
        Titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["dr"] = "Dr.", ["prof"] = "Prof.", ["mr"] = "Mr", ["mrs"] = "Mrs", ["ms"] = "Ms", ["miss"] = "Miss", ["mx"] = "Mx" },
    };
}
