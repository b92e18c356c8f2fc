namespace GraciousBot.Locales;

/// <summary>French: how customers are addressed (see <see cref="NameWords"/>).</summary>
internal static partial class French
{
    public static NameWords Names { get; } = new()
    {
        Titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["m"] = "M.", ["mme"] = "Mme", ["mlle"] = "Mlle" },
    };
}
