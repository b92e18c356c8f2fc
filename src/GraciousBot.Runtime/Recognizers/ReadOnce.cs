using System.Runtime.CompilerServices;

namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// What the recognizers made of one message text, kept with the text itself. A turn's message is one string that
/// travels through the turn (the runtime's interruption check, the frustration check, the prompt's reading, its second
/// looks), so keyed by that string the message is tokenized and read once however many recognizers ask. Entries live as
/// long as their text does (a <see cref="ConditionalWeakTable{TKey, TValue}"/>): no thread statics, nothing to size or
/// expire, and a text made anew (the next turn's, or one read back from state) is simply read anew.
/// <para>Every slot holds exactly what its recognizer computes for the text, never anything else, so a hit answers as a
/// miss would. Slots are single references written whole: two threads reading one text (an interned literal) at worst
/// compute the same value twice.</para>
/// </summary>
internal sealed class ReadOnce
{
    private static readonly ConditionalWeakTable<string, ReadOnce> ByText = new();

    private ReadOnce()
    {
    }

    /// <summary><see cref="FrustrationRecognizer.Analyze"/> (any locale: it reads every language).</summary>
    public FrustrationSignal? Frustration { get; set; }

    /// <summary><see cref="SkipRecognizer.IsSkip"/> (any locale), boxed so it is one reference.</summary>
    public StrongBox<bool>? Skip { get; set; }

    /// <summary><see cref="InterruptionRecognizer.Recognize"/> for the locale last asked.</summary>
    public Localized<Interruption?>? Interruption { get; set; }

    /// <summary><see cref="MessageReader"/>'s reading of the text for the locale last asked.</summary>
    public object? Message { get; set; }

    /// <summary>The memo of a text, made for it when there is none (the reading of a turn's message makes it).</summary>
    public static ReadOnce Of(string text) => ByText.GetValue(text, static _ => new ReadOnce());

    /// <summary>The memo of a text if one was made: a recognizer alone (the goodbye's look at every earlier message,
    /// read back from state) adds no entry for a text nobody will ask about again.</summary>
    public static ReadOnce? Find(string text) => ByText.TryGetValue(text, out var memo) ? memo : null;

    /// <summary>A value that depends on the locale, with the locale it was computed for.</summary>
    public sealed record Localized<T>(string? Locale, T Value)
    {
        public bool For(string? locale) => string.Equals(Locale, locale, StringComparison.Ordinal);
    }
}
