namespace GraciousBot.Runtime.Recognizers;

/// <summary>
/// Abuse and complaint lexicons, one block per language, all used for every locale. Words that mean something
/// harmless in another supported language are left out: French "con" (Spanish "with"), "retard" (French "delay"),
/// "dick" (German "thick"), bare "harto" (Chilean "a lot"), "es reicht" (German "that will do").
/// </summary>
internal static class FrustrationVocabulary
{
    private static readonly string[] AbusiveWords =
    [
        // English
        """
        shit, shite, asshole, arsehole, bitch, bastard, dickhead, idiot, idiots, moron, morons, imbecile, retarded, stfu, cunt, twat, wanker, bollocks, douche, douchebag, jackass, dumbass, prick, 🖕
        """,

        // Spanish
        """
        mierda, joder, jodido, jodida, puta, puto, putos, pendejo, pendeja, pendejos, idiota, idiotas, estúpido,
        estúpida, imbécil, gilipollas, cabrón, cabrona, carajo, coño, capullo, subnormal, tarado, mamón, culero,
        chingada, verga
        """,

        // French
        """
        merde, putain, connard, connards, connasse, conne, enculé, enculés, salaud, salope, abruti, crétin, débile,
        bordel, ntm, pute, bouffon
        """,

        // German
        """
        scheiße, scheiss, scheiß, arschloch, arschlöcher, vollidiot, idioten, wichser, fick, ficken, depp, trottel,
        spast, hurensohn, blödmann, kacke
        """,
    ];

    /// <summary>Word starts that are abusive in any form or compound: "fucking", "shitty", "Scheißbot", "Drecksladen".</summary>
    private static readonly string[] AbusiveStems =
        ["fuck", "motherf", "shitt", "bullshit", "scheiss", "scheis", "arschl", "drecks", "wichs", "mierd", "gilipoll", "connar", "encul", "putai"];

    private static readonly WordSet Words = new(AbusiveWords);

    /// <summary>Spelled-out forms that masked words ("f*cking", "sh*t", "a**hole") are compared with.</summary>
    private static readonly string[] MaskTargets = AbusiveWords
        .SelectMany(TextNormalizer.List)
        .Select(TextNormalizer.Normalize)
        .Concat(["fuck", "fucking", "fucked", "fucker", "fck", "shitty", "bullshit", "motherfucker", "scheisse", "arschloch"])
        .Distinct()
        .ToArray();

    public static PhraseSet<bool> Abuse { get; } = PhraseSet.Of(
        "fuck off, screw you, piss off, up yours, go to hell, shut the hell up",
        "hijo de puta, vete a la mierda, que te jodan, chinga tu madre, me cago en",
        "va te faire foutre, ta gueule, fils de pute, nique ta mère, va chier",
        "fick dich, halt die fresse, verpiss dich, leck mich, du idiot");

    public static PhraseSet<bool> Complaints { get; } = PhraseSet.Of(
        // English
        """
        useless, waste of time, a waste of time, ridiculous, worst service, terrible service, awful service, the worst,
        unacceptable, pathetic, this is a joke, what a joke, such a joke, not helpful, unhelpful, not helping, you're not helping,
        you are not helping, doesn't help, sucks, this sucks, crap, garbage, rubbish, annoying, frustrating,
        frustrated, fed up, sick of, tired of, disappointed, disappointing, disgusting, stupid, dumb, incompetent,
        nonsense, how many times, i already told you, already told you, i already said, for the third time,
        wtf, damn it, dammit, are you kidding, outrageous, infuriating, a disgrace, shameful, never again
        """,
        // Spanish
        """
        no sirve, no sirves, no sirve para nada, inútil, inútiles, pérdida de tiempo, una pérdida de tiempo, ridículo,
        ridícula, pésimo, pésimo servicio, el peor servicio, peor servicio, horrible, una vergüenza, qué vergüenza,
        vergonzoso, estoy harto, estoy harta, cansado de, cansada de, una broma, un chiste, no ayuda,
        no me ayuda, no me ayudas, inaceptable, basura, malísimo, incompetente, incompetentes, absurdo, indignante,
        ya te lo dije, otra vez lo mismo, cuántas veces, es increíble que, una estafa
        """,
        // French
        """
        c'est nul, nul, nulle, inutile, inutiles, perte de temps, une perte de temps, ridicule, le pire service,
        pire service, lamentable, inadmissible, inacceptable, honteux, scandaleux, n'importe quoi, j'en ai marre,
        ras le bol, marre, énervant, agaçant, pathétique, catastrophique, ça sert à rien, sert à rien,
        ne sert à rien, incompétent, incompétents, déçu, déçue, minable, je l'ai déjà dit, combien de fois,
        c'est une blague, foutage de gueule, une arnaque
        """,
        // German
        """
        unverschämt, unverschämtheit, nutzlos, sinnlos, zeitverschwendung, lächerlich, frechheit, eine frechheit,
        katastrophe, katastrophal, schlechtester service, der schlechteste, unmöglich, unzumutbar, inakzeptabel,
        bringt nichts, hilft nicht, hilft mir nicht, nervig, ärgerlich, enttäuscht, enttäuschend, die nase voll,
        jetzt reicht's, jetzt reicht es, mir reicht's, schrecklich, furchtbar, miserabel, armselig, peinlich, ein witz, witzlos,
        inkompetent, unfähig, mist, so ein mist, verdammt, wie oft noch, ich habe es schon gesagt, abzocke
        """);

    public static WordSet AngryEmoji { get; } = new("😡, 🤬, 😠, 😤, 💢, 🙄, 🖕");

    public static bool IsAbusiveWord(string word) =>
        Words.Contains(word) || AbusiveStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));

    /// <summary>"f***", "sh*t", "$h!t", "a**hole", or a grawlix such as "@#$%".</summary>
    public static bool IsAbusiveMasked(string masked)
    {
        if (masked.All(c => "@#$%&*!".Contains(c)))
        {
            return masked.Length >= 3 && masked.Distinct().Count() >= 3;
        }

        var unleet = new string(masked.Select(c => c switch { '$' => 's', '@' => 'a', '!' => 'i', '0' => 'o', '3' => 'e', _ => c }).ToArray());
        if (!unleet.Any(c => c is '*' or '#' or '%'))
        {
            return IsAbusiveWord(unleet);
        }

        return char.IsLetter(unleet[0]) && MaskTargets.Any(target => WildcardEquals(unleet, 0, target, 0));
    }

    /// <summary>Letters must be equal; a run of mask characters stands for one or more letters.</summary>
    private static bool WildcardEquals(string pattern, int p, string word, int w)
    {
        if (p == pattern.Length)
        {
            return w == word.Length;
        }

        if (pattern[p] is '*' or '#' or '%')
        {
            var end = p;
            while (end < pattern.Length && pattern[end] is '*' or '#' or '%')
            {
                end++;
            }

            for (var take = 1; w + take <= word.Length; take++)
            {
                if (WildcardEquals(pattern, end, word, w + take))
                {
                    return true;
                }
            }

            return false;
        }

        return w < word.Length && pattern[p] == word[w] && WildcardEquals(pattern, p + 1, word, w + 1);
    }
}
