namespace GraciousBot.Locales;

/// <summary>German: how customers are addressed (see <see cref="NameWords"/>).</summary>
internal static partial class German
{
    public static NameWords Names { get; } = new()
    {
        Titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["herr"] = "Herr", ["frau"] = "Frau" },
    };
}
