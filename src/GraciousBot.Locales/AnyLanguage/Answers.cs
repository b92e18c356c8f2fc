namespace GraciousBot.Locales;

/// <summary>Emoji, symbols and words that mean the same in every language (see <see cref="SymbolWords"/>).</summary>
internal static partial class AnyLanguage
{
    public static SymbolWords Answers { get; } = new()
    {
        YesNo =
        [
            new(Cue.Positive, "👍, ✅, ✔, ☑, 👌, 🙌, 💯, 🆗, 😀, 😃, 😄, 😁, 😊, 🙂, 🥳, 🎉, 🙏"),
            new(Cue.Negative, "👎, ❌, ✖, ❎, 🚫, ☹, 🙁, 😞, 😕, 😢, 😭, 😠, 😡, 🤬, 💔"),
            new(Cue.Uncertain, "🤷, 🤔, 😐"),
            new(Cue.NoWord, "🙅"),
            new(Cue.Positive | Cue.Weak, "ok, okay, okey, okie, oki, k, kk, okk, 🆗"),
        ],
        RatingEmoji =
        [
            new(5, "😍, 🤩, 🥰, 💯, 🏆"),
            new(4, "👍, 😀, 😃, 😄, 😁, 😊"),
            new(3, "😐, 🙂"),
            new(2, "🙁, 😕, 👎"),
            new(1, "😡, 🤬, 😠, 💩, 😞, 😢, 😭"),
        ],
        StarUnits = "⭐, ★, 🌟",
        Stars = "⭐, ★, 🌟, ✭, ✮, ✯, ✪, ✰",
        FractionConnectors = "/",
        PercentWords = "%",
        Politeness = "🙂, 😊, 👍, 🙏",
        AngryEmoji = "😡, 🤬, 😠, 😤, 💢, 🙄, 🖕",
    };
}
