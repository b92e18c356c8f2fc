namespace GraciousBot.Locales;

/// <summary>What a yes/no vocabulary phrase does in an answer. A phrase may do several things ("no" in Spanish).</summary>
[Flags]
public enum Cue
{
    None = 0,

    /// <summary>An answer word that decides when it comes first: "yes", "nope", "oui", "nein".</summary>
    YesWord = 1 << 0,
    NoWord = 1 << 1,

    /// <summary>An answer word that is also a common particle ("si" = if, "ja"/"doch" in German): it only counts
    /// when nothing else in its clause says yes or no.</summary>
    Particle = 1 << 2,

    /// <summary>A statement that says yes or no and can be negated: "it worked" / "it didn't work".</summary>
    Positive = 1 << 3,
    Negative = 1 << 4,

    /// <summary>Only counts when nothing stronger is said: "ok", "fine", "unfortunately".</summary>
    Weak = 1 << 5,

    /// <summary>Negates statements after it in the clause ("not", "didn't", "no", "ne", "nicht").</summary>
    Negator = 1 << 6,

    /// <summary>Negates statements before it in the clause ("ça marche pas", "funktioniert nicht").</summary>
    PostNegator = 1 << 7,

    /// <summary>Neither yes nor no: "maybe", "not sure", "no sé", "keine Ahnung". Makes the answer unrecognised.</summary>
    Uncertain = 1 << 8,

    /// <summary>Starts a question back: "how", "why", "pourquoi", "warum".</summary>
    Question = 1 << 9,

    /// <summary>Starts a new clause: "but", "pero", "mais", "aber".</summary>
    Contrast = 1 << 10,

    /// <summary>A word with no meaning for yes/no that still tells which language this is: "thanks", "merci".</summary>
    Filler = 1 << 11,

    /// <summary>A positive statement that only counts when negated: "didn't help" is no, "help" alone is nothing.</summary>
    OnlyNegated = 1 << 12,

    /// <summary>A negator whose reach is the rest of its clause ("weder … noch … geht"), not just the next words.</summary>
    ClauseNegator = 1 << 13,

    /// <summary>A belief ("i think so", "glaube schon", "je pense"): an answer when stated, a hedge when asked back
    /// ("Glaub schon?", "Je pense ?").</summary>
    Hedge = 1 << 14,
}
