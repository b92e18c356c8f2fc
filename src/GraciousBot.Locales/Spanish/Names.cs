namespace GraciousBot.Locales;

/// <summary>Spanish: how customers are addressed (see <see cref="NameWords"/>).</summary>
internal static partial class Spanish
{
    public static NameWords Names { get; } = new()
    {
        Titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["sr"] = "Sr.", ["sra"] = "Sra.", ["srta"] = "Srta.", ["dra"] = "Dra.", ["don"] = "Don", ["doña"] = "Doña" },
    };
}
