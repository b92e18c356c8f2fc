using System.Text.RegularExpressions;

namespace GraciousBot.Closing.Details;

/// <summary>
/// English: the language the skill must be excellent in. Rules are written from how people say things in support
/// chats (possessives, plans, tense, dates), with negation, hypothetical and look-alike scopes around them.
/// </summary>
internal static class English
{
    // Relation words as typed → vocabulary key (the key is also how the phrase says it).
    private static readonly Dictionary<string, string> RelationWords = new(StringComparer.Ordinal)
    {
        ["daughter"] = "daughter", ["son"] = "son", ["wife"] = "wife", ["husband"] = "husband", ["hubby"] = "husband", ["partner"] = "partner",
        ["mum"] = "mum", ["mom"] = "mom", ["mother"] = "mother", ["mommy"] = "mom", ["mummy"] = "mum", ["ma"] = "mum",
        ["dad"] = "dad", ["father"] = "father", ["daddy"] = "dad", ["pa"] = "dad", ["parents"] = "parents",
        ["grandma"] = "grandma", ["grandmother"] = "grandmother", ["granny"] = "granny", ["nan"] = "nan", ["nana"] = "nana", ["nanna"] = "nana",
        ["grandpa"] = "grandpa", ["grandfather"] = "grandfather", ["grandad"] = "grandad", ["granddad"] = "granddad", ["grandparents"] = "grandparents",
        ["sister"] = "sister", ["sis"] = "sister", ["brother"] = "brother", ["bro"] = "brother", ["niece"] = "niece", ["nephew"] = "nephew",
        ["aunt"] = "aunt", ["auntie"] = "aunt", ["aunty"] = "aunt", ["uncle"] = "uncle", ["cousin"] = "cousin",
        ["best friend"] = "best friend", ["best mate"] = "best friend", ["bestie"] = "best friend", ["bff"] = "best friend", ["friend"] = "friend", ["mate"] = "friend", ["buddy"] = "friend",
        ["boyfriend"] = "boyfriend", ["girlfriend"] = "girlfriend", ["fiance"] = "fiancé", ["fiancé"] = "fiancé", ["fiancee"] = "fiancée", ["fiancée"] = "fiancée",
        ["little girl"] = "daughter", ["little boy"] = "son", ["baby girl"] = "daughter", ["baby boy"] = "son", ["girl"] = "daughter", ["boy"] = "son", ["kid"] = "kid", ["kids"] = "kids", ["child"] = "child", ["children"] = "children", ["little one"] = "little one", ["toddler"] = "little one",
        ["granddaughter"] = "granddaughter", ["grandson"] = "grandson", ["grandkids"] = "grandchildren", ["grandchildren"] = "grandchildren", ["grandchild"] = "grandchild",
        ["twins"] = "twins", ["stepson"] = "stepson", ["stepdaughter"] = "stepdaughter", ["stepmom"] = "stepmom", ["stepmum"] = "stepmum", ["stepdad"] = "stepdad",
        ["mother-in-law"] = "mother-in-law", ["father-in-law"] = "father-in-law", ["sister-in-law"] = "sister-in-law", ["brother-in-law"] = "brother-in-law", ["in-laws"] = "in-laws",
        ["son-in-law"] = "son-in-law", ["daughter-in-law"] = "daughter-in-law", ["colleague"] = "colleague", ["coworker"] = "colleague", ["co-worker"] = "colleague",
        ["boss"] = "boss", ["neighbour"] = "neighbour", ["neighbor"] = "neighbor", ["family"] = "family", ["goddaughter"] = "goddaughter", ["godson"] = "godson",
        ["baby"] = "baby", ["teenager"] = "teenager", ["students"] = "students", ["team"] = "team",
        ["lad"] = "son", ["lass"] = "daughter", ["youngest"] = "youngest", ["eldest"] = "eldest", ["oldest"] = "eldest",
    };

    /// <summary>Whose event a relation makes it (vocabulary key → owner); others are "other".</summary>
    private static readonly Dictionary<string, DetailOwner> RelationOwnerWords = new(StringComparer.Ordinal)
    {
        ["daughter"] = DetailOwner.Child, ["son"] = DetailOwner.Child, ["kid"] = DetailOwner.Child, ["kids"] = DetailOwner.Child, ["child"] = DetailOwner.Child, ["children"] = DetailOwner.Child, ["little one"] = DetailOwner.Child, ["twins"] = DetailOwner.Child, ["stepson"] = DetailOwner.Child, ["stepdaughter"] = DetailOwner.Child, ["baby"] = DetailOwner.Child, ["teenager"] = DetailOwner.Child, ["youngest"] = DetailOwner.Child, ["eldest"] = DetailOwner.Child, ["wife"] = DetailOwner.Partner, ["husband"] = DetailOwner.Partner, ["partner"] = DetailOwner.Partner, ["boyfriend"] = DetailOwner.Partner, ["girlfriend"] = DetailOwner.Partner, ["fiancé"] = DetailOwner.Partner, ["fiancée"] = DetailOwner.Partner, ["mum"] = DetailOwner.Parent, ["mom"] = DetailOwner.Parent, ["mother"] = DetailOwner.Parent, ["dad"] = DetailOwner.Parent, ["father"] = DetailOwner.Parent, ["parents"] = DetailOwner.Parent, ["stepmom"] = DetailOwner.Parent, ["stepmum"] = DetailOwner.Parent, ["stepdad"] = DetailOwner.Parent,
    };

    private static readonly HashSet<string> PluralRelations = new(StringComparer.Ordinal) { "parents", "grandparents", "kids", "children", "grandchildren", "twins", "in-laws", "students" };

    private static string RelAlternation => string.Join('|', RelationWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private const string Ordinals = @"\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy-fifth|eightieth|ninetieth|hundredth";

    private static readonly string[] OrdinalWords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

    internal static int? OrdinalValue(string? written)
    {
        if (string.IsNullOrEmpty(written))
        {
            return null;
        }

        var digits = new string(written.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0)
        {
            return int.TryParse(digits, out var n) && n is >= 1 and <= 120 ? n : null;
        }

        var index = Array.IndexOf(OrdinalWords, written);
        if (index > 0)
        {
            return index;
        }

        return written switch
        {
            "twenty-first" => 21, "twenty-fifth" => 25, "thirtieth" => 30, "fortieth" => 40, "fiftieth" => 50, "sixtieth" => 60,
            "seventieth" => 70, "seventy-fifth" => 75, "eightieth" => 80, "ninetieth" => 90, "hundredth" => 100, _ => null,
        };
    }

    private static Regex Rx(string pattern)
    {
        var possRel = @"(?:my|our|me)\s+(?:(?:little|eldest|oldest|youngest|older|younger|baby|big|twin|dear|lovely|beloved|wonderful|amazing|sweet|darling|only|[\w]+-year-old)\s+){0,2}(?<rel>" + RelAlternation + @")(?:'s|s'|'|s)?(?![\p{L}])";
        var expanded = pattern
            .Replace("{POSSREL}", possRel, StringComparison.Ordinal)
            .Replace("{OWNER}", @"(?:" + possRel + @"|(?<self>my|our)|(?<rel>his|her|their)|(?<name>[\p{L}][\p{L}\-]+)'s)", StringComparison.Ordinal)
            .Replace("{ORD}", Ordinals, StringComparison.Ordinal)
            .Replace("{REL}", RelAlternation, StringComparison.Ordinal)
            .Replace("{HOL}", Holidays, StringComparison.Ordinal)
            .Replace("{PLACE}", @"(?<place>\S+)", StringComparison.Ordinal)
            .Replace("{BE}", @"(?:i'm|i am|we're|we are|she's|he's|she is|he is|they're|they are|is|are|am|i'll be|we'll be|will be|'ll be|be|been|i've been|we've been|was|were)", StringComparison.Ordinal);
        return new Regex(RulePatterns.WholeWordLookaheads(expanded), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    private const string Holidays = @"christmas eve|christmas day|christmas|boxing day|hanukkah|chanukah|hanukah|kwanzaa|thanksgiving|diwali|deepavali|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|eid-ul-fitr|eid|ramadan|lunar new year|chinese new year|new year's eve|new years eve|new year's day|new year's|new years|new year|hogmanay|easter|passover|pesach|rosh hashanah|holi|navratri|vesak|halloween|mother's day|mothers day|father's day|fathers day|valentine's day|valentines day|valentine's|st patrick's day|saint patrick's day|paddy's day|fourth of july|4th of july|independence day|canada day|thanksgiving weekend|the holidays|holiday season|festive season|the festive period|carnival|mardi gras|oktoberfest";

    private static DetailRule R(DetailKind kind, string pattern, RuleFlags flags = RuleFlags.None, string? noun = null) => new(kind, Rx(pattern), flags, noun);

    private const RuleFlags P = RuleFlags.Presupposed;

    /// <summary>Rules in priority order: earlier rules claim their trigger words first.</summary>
    private static List<DetailRule> Rules() =>
    [

        // ---- terse messages: a bare noun or verb opening the message, with a date right after it ("exams next week") ----
        R(DetailKind.Birthday, @"^(?:my\s+|our\s+|the\s+)?(?<trig>birthday|bday|birthday party)(?:'s)?(?:\s+(?:is|was))?\b", RuleFlags.DateAdjacent),
        R(DetailKind.Wedding, @"^(?:my\s+|our\s+|the\s+)?(?<trig>wedding|big day)(?:'s)?(?:\s+(?:is|was))?\b", RuleFlags.DateAdjacent, "wedding"),
        R(DetailKind.Anniversary, @"^(?:my\s+|our\s+|the\s+)?(?<trig>anniversary|anniversary dinner)(?:'s)?(?:\s+(?:is|was))?\b", RuleFlags.DateAdjacent),
        R(DetailKind.Graduation, @"^(?:my\s+|our\s+|the\s+)?(?<noun>graduation|driving test|driver's test|theory test|road test)(?:'s)?(?:\s+(?:is|was))?\b", RuleFlags.DateAdjacent | RuleFlags.WishWell),
        R(DetailKind.Event, @"^(?:my\s+|our\s+|the\s+|a\s+|big\s+)?(?:family\s+|school\s+|class\s+|work\s+|office\s+|christmas\s+|leaving\s+)?(?<noun>exams|exam|finals|interview|job interview|presentation|conference|convention|trade show|festival|concert|gig|marathon|half marathon|half|race|recital|tournament|reunion|party|audition|hen do|stag do)(?:'s)?(?:\s+(?:is|was|are))?\b", RuleFlags.DateAdjacent),
        R(DetailKind.Health, @"^(?:my\s+|the\s+)?(?<noun>surgery|operation|op|procedure|scan|chemo|biopsy)(?:'s)?(?:\s+(?:is|was))?\b", RuleFlags.DateAdjacent),
        R(DetailKind.Bereavement, @"^(?:the\s+)?(?<trig>funeral|memorial|wake)(?:'s)?(?:\s+(?:is|was))?\b", RuleFlags.DateAdjacent),
        R(DetailKind.Travel, @"^(?:my\s+|our\s+|the\s+)?(?<noun>flight|flights|trip|holiday|holidays|hols|vacation|cruise|honeymoon|city break)(?:'s)?(?:\s+(?:is|was|are))?\b", RuleFlags.DateAdjacent),
        R(DetailKind.Travel, @"^(?<trig>flying|travelling|traveling|leaving|heading off|jetting off|off on holiday|going on holiday|going on vacation)\b(?!\s+(?:my|the|it|this|that|your|a review|money|funds))", RuleFlags.DateAdjacent),
        R(DetailKind.Moving, @"^(?:we're\s+|were\s+)?(?<trig>moving|moving house|moving home|relocating)\b(?!\s+(?:my|the|it|this|that|your|money|funds|on|forward|ahead|along))", RuleFlags.DateAdjacent),
        R(DetailKind.NewJob, @"^(?<noun>retiring|retired|new job|new role|starting work)\b", RuleFlags.DateAdjacent),
        R(DetailKind.Hardship, @"^(?:(?:such|what)\s+a\s+|a\s+|another\s+)?(?<trig>(?:rough|tough|awful|terrible|horrible|hard|difficult|stressful|crap|shit|rubbish|miserable|brutal|nightmare)\s+(?<noun>week|month|year|few days|couple of weeks|couple of days))\b(?!\s+(?:with|for|to|at)\s+(?:your|the|this|that)\b)"),
        R(DetailKind.Hardship, @"^(?:just\s+|got\s+|been\s+)?(?<trig>made redundant|laid off|got laid off|got fired|got the sack|lost my job|divorce finali[sz]ed|divorce came through|divorce went through|evicted)\b", RuleFlags.Past),
        R(DetailKind.Pet, @"^(?:the\s+|our\s+|my\s+)?(?<noun>cat|dog|puppy|pup|kitten|rabbit|bunny|hamster|horse|pony)(?:'s|\s+is|\s+was)\s+(?:not well|poorly|sick|ill|unwell|at the vet|at the vets|hurt|injured|limping|not eating|off colour|under the weather)\b", RuleFlags.GoneWrong | RuleFlags.Present),
        R(DetailKind.NewPurchase, @"^(?:my\s+|our\s+)?(?<q>first|new)\s+(?<noun>car|motorbike|motorcycle|van|house|home|flat|apartment)\b(?!\s+(?:insurance|quote|loan|smell|key|keys))", P),
        R(DetailKind.Celebration, @"^(?<trig>{HOL})\s+(?:shopping|prep|preparations|baking|plans|break|trip|visit|holidays|dinner|lunch|party|day|morning|week|weekend|eve|celebrations|festivities|feast|gathering|is|was|are|'s|this|next|with|at)\b"),
        R(DetailKind.Health, @"^(?:my\s+|the\s+)?(?<trig>surgery|operation|op|procedure|treatment|chemo)\s+(?:went|was successful|is done|is over|went well|went ok|went fine|went smoothly)\b", RuleFlags.Past),
        R(DetailKind.Health, @"\b(?:i'm|im|i am|still|currently|slowly|now|been|am)\s+(?<trig>recovering|recuperating|convalescing|on the mend)\b|^(?<trig>recovering|recuperating)\b", RuleFlags.Present),
        // ---- bereavement (before anniversary, health, pet) ----
        R(DetailKind.Bereavement, @"\banniversary of (?:\w+\s+){0,3}?(?<trig>death|passing)\b", P),
        R(DetailKind.Bereavement, @"\b(?<trig>passed away|passed on|pass away|died|has died|had died|dies|put to sleep|put down|no longer with us|rest in peace|passing away|lost the baby|miscarriage|miscarried|stillborn)\b"),
        R(DetailKind.Bereavement, @"\b(?<trig>put|had to put|have to put)\s+(?:our|my|the|her|his|their)\s+(?:(?:dear|beloved|old|sweet|lovely|poor)\s+)?(?:dog|cat|pet|puppy|kitten|horse|boy|girl|pup|rabbit)\s+(?:down|to sleep)\b"),
        R(DetailKind.Bereavement, @"\b(?:{POSSREL}|he|she)\s+(?:just\s+|sadly\s+|recently\s+|unexpectedly\s+)?(?<trig>passed)\b(?!\s+(?:the|his|her|my|their|a|an|on|it|away|by|through|out|over|all|with|up|me|us|him|them|\d))"),
        R(DetailKind.Bereavement, @"\b(?<trig>buried|bury|burying|cremated|laid to rest|said goodbye to)\s+(?:my|our|her|his)\s+(?:(?:dear|beloved|dear old|lovely)\s+)?(?<rel>{REL}|dog|cat)\b"),
        R(DetailKind.Bereavement, @"\b(?<trig>lost|losing|lose)\s+(?:my|our|her|his)\s+(?:(?:dear|beloved|dear old|baby|little|unborn|beautiful|sweet|old|best|lovely|darling)\s+)?(?<rel>{REL}|dog|cat|pet|puppy|kitten|horse|pregnancy)(?![\p{L}])(?!\s+(?:'s|to|at|in the crowd|in the store))"),
        R(DetailKind.Bereavement, @"\b(?:(?:my|our|the|a|his|her|their)\s+(?:\w+'s\s+)?)?(?<trig>funeral|funerals|memorial service|memorial|bereavement|wake|celebration of life)\b(?!\s+(?:home policy|leave policy|cover|plan|plans|insurance|policy|policies|benefit|benefits|product|products))"),
        R(DetailKind.Bereavement, @"\b(?<trig>condolences|in mourning|mourning|grieving|grief|widowed|widower|widow|deceased|bereaved|a death in the family|death in the family|recently departed)\b"),
        R(DetailKind.Bereavement, @"\b(?:{POSSREL}\s+(?:\w+\s+)?|the\s+|his\s+|her\s+)(?<trig>passing|death)\b", P),
        R(DetailKind.Bereavement, @"\b(?:my|our)\s+(?<trig>late)\s+(?<rel>{REL})\b", P),

        // ---- health ----
        R(DetailKind.Health, @"\b(?:in|into|to|from|out of|at|left|leave|leaving|discharged from|admitted to|admitted into|rushed to|ended up in|stay in|stay at|staying in)\s+(?:the\s+)?(?<trig>hospital|hospice|icu|a&e|intensive care|emergency room|the er|the hospital|rehab)\b"),
        R(DetailKind.Health, @"\b(?<trig>hospitali[sz]ed|hospitali[sz]ation|in a coma|in an induced coma|on life support|in a critical condition|in critical condition|in a stable condition|on a ventilator)\b", RuleFlags.Present),
        R(DetailKind.Health, @"\b(?<trig>off work|off sick|signed off|home from work|off school)\s+(?:with|because of|due to|after|since|for)\b", RuleFlags.Present),
        R(DetailKind.Health, @"\b(?:a|my|his|her|with a)\s+(?:really\s+)?(?<trig>bad back|slipped disc|broken (?:leg|arm|wrist|ankle|hip|foot|collarbone|rib|ribs|back|nose)|sprained (?:ankle|wrist)|torn (?:acl|ligament|muscle))\b"),
        R(DetailKind.Health, @"\b(?:just\s+|finally\s+|recently\s+)?(?<trig>out of surgery|out of theatre|out of hospital|out of the hospital|out of icu|out of intensive care|out of rehab|home from hospital|home from the hospital|discharged)\b", RuleFlags.Past),
        R(DetailKind.Health, @"\b(?:in|into|to|moved into|moving into|went into|gone into)\s+(?:a|the)\s+(?<trig>care home|nursing home|hospice|rehab centre|rehab center|respite care)\b"),
        R(DetailKind.Health, @"\b(?:had|after|since|took|suffered)\s+(?:a|her|his|my|their)\s+(?:bad\s+|nasty\s+|serious\s+)?(?<trig>fall|tumble)\b"),
        R(DetailKind.Health, @"\b(?:hospital|doctor's|doctors|doctor|specialist|consultant|cancer|chemo|oncology|physio|scan|mri|surgeon's|surgical|medical|gp|fertility|maternity|antenatal|prenatal|cardiology|dialysis)\s+(?<trig>appointment|appt|check-up|checkup|follow-up|review)\b"),
        R(DetailKind.Health, @"\b(?:been|was|were|got|just|recently|finally|is|'s|am|i'm)\s+(?:\w+\s+)?(?<trig>diagnosed)\s+with\b", RuleFlags.Present),
        R(DetailKind.Health, @"\b(?:my|our|{POSSREL}|his|her|had|having|have|has|had to have|need|needs|needed|after|before|from|major|minor|emergency|upcoming|scheduled|booked in for|going in for|recovering from|for)\s+(?:an?\s+|the\s+|my\s+|his\s+|her\s+)?(?:(?:major|minor|emergency|heart|knee|hip|back|eye|dental|brain|open-heart|spinal|shoulder|foot|cancer|keyhole|gallbladder|wisdom tooth|wisdom teeth)\s+)?(?<trig>surgery|operation|op|procedure|chemo|chemotherapy|radiotherapy|radiation|dialysis|transplant|biopsy|physio|physiotherapy|knee replacement|hip replacement|c-section|appendectomy|mri|scan|treatment|cancer treatment)\b"),
        R(DetailKind.Health, @"\b(?<trig>recovering|recovery|recover|recuperating|healing|convalescing)\s+(?:from|after)\b"),
        R(DetailKind.Health, @"\b(?:had|having|have|getting|got|get|need|needs)\s+(?:my|his|her|their|a|an)\s+(?:\w+\s+)?(?<trig>gallbladder|gall bladder|appendix|tonsils|wisdom teeth|wisdom tooth|kidney stones?|cataracts?|ovaries|womb|uterus|thyroid|spleen|adenoids|hernia|tumou?r|lump|cyst)\s+(?:removed|out|operated on|taken out|repaired|done|treated|fixed)\b", RuleFlags.None, "surgery"),
        R(DetailKind.Health, @"\b(?:my|{POSSREL}|his|her)\s+(?<trig>recovery|treatment|illness|diagnosis|condition|health|surgery|operation|chemo)\b", P),
        R(DetailKind.Health, @"\b(?:i'm|im|i am|i've been|i have been|i was|i've|i have|we're|we've been|we've|we have|been|got|caught|have|has|had|with|from|feeling|feel|felt|fell|is|was|she's|he's|kids are|kids have|family has|all|came down with|coming down with|battling|fighting|diagnosed with|suffering from|struggling with|still|undergoing|receiving|starting|started|finishing|finished|doing|going through)\s+(?:(?:a|the|really|very|so|quite|pretty|super|properly|bit|little|terribly|seriously|horribly|awfully|bad|nasty|awful|horrible|terrible|severe|bad case of|case of|bout of|touch of|stomach|chest|head|sinus|ear|kidney|throat|breast|lung|skin|prostate|long)\s+){0,3}(?<trig>sick|ill|unwell|poorly|flu|influenza|covid|covid-19|coronavirus|pneumonia|bronchitis|cancer|tumour|tumor|leukemia|leukaemia|stroke|heart attack|concussion|migraine|migraines|infection|fever|food poisoning|cold|virus|bug|injured|injury|sprained|diagnosed|under the weather|laid up|in a cast|on bed rest|bedridden|chemo|covid positive|shingles|appendicitis|sepsis|chickenpox|measles|tonsillitis|glandular fever|mono|strep|chemo|chemotherapy|radiotherapy|dialysis|ivf|dementia|alzheimer's|parkinson's|ms|diabetes|depression|anxiety|long covid|pneumonia)\b"),
        R(DetailKind.Health, @"\b(?<trig>broke|broken|fractured|sprained|dislocated|tore|torn)\s+(?:my|his|her|their|a)?\s*(?:left\s+|right\s+)?(?:leg|arm|wrist|ankle|hip|foot|collarbone|rib|ribs|back|nose|finger|toe|shoulder|knee|elbow|acl|ligament)\b"),
        R(DetailKind.Health, @"\b(?<trig>off sick|off work sick|sick leave|medical leave|doctor's orders|on the mend|getting better|feel better|on antibiotics)\b"),
        R(DetailKind.Health, @"\b(?:{POSSREL}|he|she)\s+(?:is|'s|was)\s+(?:\w+\s+)?(?<trig>dying|terminally ill|very ill|very sick|seriously ill|critically ill|in a coma|unwell)\b"),
        R(DetailKind.Health, @"\b(?<trig>pregnancy complications|high-risk pregnancy|on bed rest)\b"),

        // ---- pet (after bereavement; before event) ----
        R(DetailKind.Pet, @"\b(?:(?<self>my|our)|{POSSREL}'s)\s+(?:\w+\s+)?(?<noun>cat|dog|rabbit|hamster|guinea pig|horse|mare)\s+(?:just\s+|finally\s+)?(?<trig>had|gave birth to|is having|is expecting|delivered)\s+(?:a litter|kittens|puppies|babies|a foal|bunnies|pups|her babies)\b", RuleFlags.Celebrate),
        R(DetailKind.Pet, @"\b(?<trig>adopted|adopting|adopt|rescued|got|getting|get|bringing home|brought home|picking up|picked up|welcomed|collecting|collected)\s+(?:a|an|our|my|the|two|another)?\s*(?:(?:new|little|rescue|baby|second|sweet|tiny)\s+)?(?:rescue\s+)?(?<noun>puppy|puppies|kitten|kittens|rescue dogs|rescue cats|rescue dog|rescue cat|rescue pup|dogs|cats|dog|cat|pup|bunnies|bunny|rabbits|rabbit|hamsters|hamster|guinea pig|guinea pigs|parrot|horse|pony|budgie|tortoise|ferret|greyhound|labrador|lab|spaniel|cocker spaniel|springer|terrier|retriever|golden retriever|poodle|beagle|collie|border collie|dachshund|sausage dog|husky|pug|bulldog|french bulldog|frenchie|whippet|lurcher|alsatian|german shepherd|shepherd|corgi|chihuahua|schnauzer|cockapoo|labradoodle|cavapoo|cavalier|staffie|staffy|boxer|rottweiler|jack russell|shih tzu|maltese|dalmatian|great dane|greyhounds|tabby|siamese|persian|ragdoll|maine coon|bengal)(?![\p{L}])(?!\s+(?:food|bed|toy|toys|treats|collar|leash|lead|bowl|crate|carrier|insurance|flap|door|gate|litter|tree|kibble|camera|feeder|fountain|brush|harness))", RuleFlags.Celebrate),
        R(DetailKind.Pet, @"\b(?:new|newly adopted)\s+(?:rescue\s+|little\s+|baby\s+|furry\s+)?(?<noun>puppy|pup|kitten|puppies|kittens|rescue dog|rescue cat|dog|cat|bunny|rabbit|family member with four legs|fur baby)\b(?!\s+(?:food|bed|toy|toys|treats|collar|leash|lead|bowl|crate|insurance))", RuleFlags.Celebrate),
        R(DetailKind.Pet, @"\b(?:(?<self>my|our)|{POSSREL}'s)\s+(?:(?:new|little|old|senior|sweet|rescue|baby|adopted|elderly|sick|poor|beloved|lovely|naughty|cheeky|dear|two|three)\s+){0,2}(?<noun>dog|dogs|puppy|puppies|pup|cat|cats|kitten|kittens|kitty|rabbit|bunny|rabbits|hamster|guinea pig|guinea pigs|parrot|budgie|horse|pony|tortoise|turtle|ferret|goldfish|pet|pets|fur baby|furbaby|fur babies|doggo|pooch|gerbil|lizard|chinchilla|hedgehog|cockatiel|greyhound|labrador|lab|spaniel|cocker spaniel|springer|terrier|retriever|golden retriever|poodle|beagle|collie|border collie|dachshund|sausage dog|husky|pug|bulldog|french bulldog|frenchie|whippet|lurcher|alsatian|german shepherd|shepherd|corgi|chihuahua|schnauzer|cockapoo|labradoodle|cavapoo|cavalier|staffie|staffy|boxer|rottweiler|jack russell|shih tzu|maltese|dalmatian|great dane|greyhounds|tabby|siamese|persian|ragdoll|maine coon|bengal)(?![\p{L}])(?!\s+(?:food|bed|beds|toy|toys|treats|collar|leash|lead|bowl|crate|carrier|insurance|hair|shampoo|flap|door|gate|litter|tree|kibble|camera|feeder|fountain|mode|setting|brush|harness|clothes|coat|mat|products?|supplies|subscription|plan|policy|sitter|walker|tank|cage|hutch|\d))", P),
        R(DetailKind.Pet, @"\b(?:at|to|from)\s+(?:the\s+)?(?<trig>vet|vets|vet's|veterinarian|animal hospital|emergency vet)\b", RuleFlags.GoneWrong),

        // ---- new baby ----
        R(DetailKind.NewBaby, @"\b(?<trig>had|having|have|expecting|welcomed|welcoming|delivered|gave birth to|adopted|adopting)\s+(?:a|our|my|their|her|his|the)?\s*(?:(?:first|second|third|fourth|new|little|beautiful|healthy|gorgeous)\s+)?(?<noun>baby girl|baby boy|babies|baby|little one|newborn|twins|triplets|bundle of joy)(?![\p{L}])(?!\s+(?:food|formula|monitor|wipes|stroller|pram|clothes|bottle|bottles|shampoo|carrier|seat|car seat|gate|bath|shower gift|products|registry|mode|'s))"),
        R(DetailKind.NewBaby, @"\b(?<trig>had|welcomed|gave birth to|delivered)\s+(?:a|our|my|their|her|his)\s+(?:(?:first|second|third|new|little|beautiful|healthy)\s+)?(?<noun>son|daughter|boy|girl|grandson|granddaughter)\b"),
        R(DetailKind.NewBaby, @"\b(?:our|my|the|their|her|his)\s+(?:(?:new|little|beautiful|gorgeous|healthy|first)\s+)?(?<noun>baby girl|baby boy|baby|little one|daughter|son|grandson|granddaughter|grandbaby|twins|bundle of joy)\s+(?:finally\s+|just\s+|safely\s+)?(?<trig>arrived|was born|were born|came early|came along|is here|are here|has arrived|have arrived)\b"),
        R(DetailKind.NewBaby, @"\b(?:our|my|the|their|her|his)\s+(?:(?:new|little|first|second)\s+)?(?<noun>baby|little one|grandbaby|twins)\s+(?:\w+\s+)?(?<trig>arrives|is arriving|comes|is coming|will arrive|gets here|is born|'s born|is due|'s due)\b", RuleFlags.Future),
        R(DetailKind.NewBaby, @"\b(?:i'm|im|i am|we're|we are|she's|she is|wife is|partner is|daughter is|girlfriend is|sister is)\s+(?<trig>expecting)\b(?!\s+(?:a call|a reply|a response|an email|an answer|a refund|a delivery|a package|a parcel|the|my|our|it|this|that|to|delivery|package|order|refund|call|email|response|someone|you|him|her|them))", RuleFlags.Future),
        R(DetailKind.NewBaby, @"\b(?:{POSSREL}|i'm|im|i am|we're|we are|she's|she is)\s+(?:\w+\s+)?(?<trig>due)\s+(?:in|on|next|any day|this|soon|around|at the end of)\b", RuleFlags.Future),
        R(DetailKind.NewBaby, @"\b(?<trig>expecting|expect)\s+(?:our|my|a|their|her|his)\s+(?:first|second|third|fourth|baby|little one|child|twins|rainbow baby)\b", RuleFlags.Future),
        R(DetailKind.NewBaby, @"\b(?:i'm|im|i am|she's|she is|wife is|partner is|daughter is|we're|we are)\s+(?:\w+\s+){0,3}?(?<trig>pregnant)\b", RuleFlags.Present),
        R(DetailKind.NewBaby, @"\b(?<trig>pregnant|pregnancy|due date|baby shower|maternity leave|paternity leave|parental leave|gave birth|giving birth|give birth|newborn|new baby|new arrival|new addition to (?:the|our) family|first grandchild|first grandbaby|baby is due|baby's due|baby due|baby on the way|baby arrived|baby was born|born last|born yesterday|born this|born on|born at|just born|was born|were born|new grandson|new granddaughter|new grandbaby|new grandchild|new niece|new nephew|became (?:a|first-time|first time)\s+(?:dad|mum|mom|father|mother|grandma|grandmother|grandpa|grandfather|grandparent|grandparents|parent|parents|aunt|uncle|big sister|big brother)|became (?:grandparents|parents)|new (?:dad|mum|mom|parent|parents)|first-time (?:dad|mum|mom|parent|parents)|first time (?:dad|mum|mom|parent|parents))\b(?!\s+(?:test|tests|kit|pillow|vitamins|size|sizes|clothes))", RuleFlags.RecentOnly),
        // A baby "arrived"/"came"/"was born" (any possessive baby word), and labour.
        R(DetailKind.NewBaby, @"\b(?:our|my|their|her|his)\s+(?:(?:new|little|beautiful|gorgeous|healthy|first|second|third|baby)\s+)?(?<noun>baby girl|baby boy|baby|little one|girl|boy|daughter|son|twins)\s+(?:finally\s+|safely\s+|just\s+)?(?<trig>arrived|came|was born|were born)\b", RuleFlags.Past),
        R(DetailKind.NewBaby, @"\b(?:in|into|gone into|went into|started)\s+(?<trig>labour|labor)\b", RuleFlags.Present),
        // Held-out round (issue 12): families of phrasing missed on first sight.
        R(DetailKind.Event, @"\b(?:{POSSREL}|daughter|son|i|he|she|they|we|kids|the kids)\s+(?:has|have|got|'s got|is sitting|are sitting|sits|is doing|are doing)\s+(?:her|his|their|my|our|the)\s+(?:board\s+|final\s+|mock\s+|school\s+|uni\s+|university\s+|leaving cert\s+)?(?<noun>exams|exam|finals)\b", RuleFlags.Future),
        R(DetailKind.Event, @"\b(?<trig>finals week|exam week|grading nonstop|grading non-stop|marking nonstop|grading papers|marking papers|grading exams|marking exams)\b", RuleFlags.Present, "exams"),
        R(DetailKind.Bereavement, @"\b(?<trig>say goodbye to|said goodbye to|saying goodbye to|say good bye to|let go of)\s+(?:our|my|the)\s+(?:(?:old|beloved|dear|sweet|lovely|little|poor)\s+){0,2}(?:dog|cat|pup|puppy|kitty|rabbit|bunny|horse|pony|labrador|lab|spaniel|terrier|collie|retriever|greyhound|beagle|boxer|poodle|staffy|kelpie|moggy|budgie|hamster|guinea pig)\b", RuleFlags.Past),
        R(DetailKind.Moving, @"\b(?<trig>mid-move|mid move|in the middle of (?:a|our|the|my) move|boxes everywhere)\b", RuleFlags.Present),
        R(DetailKind.Pet, @"\b(?:the|our|my)\s+(?<noun>cat|dog|puppy|pup|kitten|rabbit|bunny|hamster|horse|pony)(?:'s|\s+is|\s+was)\s+(?:still\s+)?(?:recovering|not well|poorly|sick|ill|unwell|at the vet|at the vets|hurt|injured|limping|not eating)\b", RuleFlags.GoneWrong | RuleFlags.Present),
        R(DetailKind.Hardship, @"\b(?<trig>(?:my|our|his|her) hours (?:got|were|have been|had been|are being) (?:cut|reduced|slashed)|things are (?:really |so |very |pretty )?tight|money(?:'s| is) (?:really |so |very |pretty )?tight)\b"),
        R(DetailKind.Event, @"\b(?:{POSSREL}|my|our|a|the)\s+(?<noun>buck's party|bucks party|buck's night|bucks night|hens party|hen's party|hens night|hen's night|stag do|hen do|stag party|hen party|bachelor party|bachelorette party)\b", RuleFlags.None),
        // A teacher's exam season: marking and exams at school.
        R(DetailKind.Event, @"\b(?<trig>exam season|exam period|marking season|report season|mock exams|end of term)\b|\b(?:buried|drowning|swamped|snowed under)\s+in\s+(?<trig>marking|grading|exam papers|report cards)\b", RuleFlags.Present),
        // Injuries from sport: "rolled my ankle at netball", "did my knee skiing".
        R(DetailKind.Health, @"\b(?<trig>rolled|twisted|hurt|injured|did|busted|wrecked|jarred)\s+(?:my|his|her|their)\s+(?:left\s+|right\s+)?(?:ankle|knee|wrist|shoulder|back|acl|hamstring|achilles|elbow|neck|leg|arm|foot)\b"),
        R(DetailKind.Health, @"\b(?:skiing|snowboarding|climbing|football|rugby|netball|hockey|cycling|running)\s+(?<trig>injury|accident)\b"),
        // Moves by another verb: "shifting to Pune", "we move in Friday".
        R(DetailKind.Moving, @"\b(?:we're|we are|i'm|i am|we|i)\s+(?<trig>shifting|relocating)\s+to\s+(?<place>\p{Lu}[\p{L}\-]+)", RuleFlags.Future),
        R(DetailKind.Moving, @"\b(?:we|i|they)\s+(?<trig>move in|moved in|get the keys|got the keys)\b", RuleFlags.RequiresDate),

        // ---- anniversary (before wedding) ----
        R(DetailKind.Anniversary, @"\b{OWNER}\s+(?:(?<ord>{ORD})\s+)?(?:(?<noun>wedding|work|dating|engagement|first)\s+)?(?<trig>anniversary)\b", P),
        R(DetailKind.Anniversary, @"\b(?:(?<ord>{ORD})\s+)?(?:(?<noun>wedding)\s+)?(?<trig>anniversary)\s+(?:dinner|trip|gift|present|party|celebration|weekend|getaway|surprise|is|was|tomorrow|today|next|this|on)\b"),
        R(DetailKind.Anniversary, @"\b(?:for|on|celebrating|celebrate|celebrated|it's|its|it is|happy)\s+(?:an?\s+|the\s+)?(?:(?<ord>{ORD})\s+)?(?:(?<noun>wedding)\s+)?(?<trig>anniversary)\b"),
        R(DetailKind.Anniversary, @"\b(?<n>\d{1,2}|ten|twenty|thirty|forty|fifty|sixty|five|fifteen|twenty-five)\s+(?<trig>years married|years of marriage|years together|years since we got married|years since our wedding)\b"),
        R(DetailKind.Anniversary, @"\b(?<trig>married for|together for)\s+(?<n>\d{1,2}|ten|twenty|thirty|forty|fifty|five|fifteen|twenty-five)\s+years\b"),

        // ---- wedding ----
        R(DetailKind.Wedding, @"\b{OWNER}\s+(?:(?:big|upcoming|own|dream|summer|winter|beach|destination|small|intimate|civil)\s+)?(?<trig>wedding|wedding day|wedding reception|engagement|engagement party|nuptials|vow renewal)\b(?!\s+(?:anniversary|dress shop|registry website))", P),
        R(DetailKind.Wedding, @"\b(?<trig>getting married|get married|got married|gets married|getting hitched|got hitched|tying the knot|tie the knot|tied the knot|got engaged|just engaged|getting engaged|eloped|eloping|marrying|newlyweds|newlywed|just married|recently married|newly married|renewing our vows)\b"),
        R(DetailKind.Wedding, @"\b(?:a|the|to a|at a|for a|at the|to the)\s+(?:(?:family|friend's|friends|cousin's|beach|destination|summer)\s+)?(?<trig>wedding)\b", RuleFlags.None, "the"),
        R(DetailKind.Wedding, @"\b(?:i'm|im|i am|i'll be|i will be|she's|he's)\s+(?:the\s+|a\s+)?(?<trig>best man|maid of honour|maid of honor|bridesmaid|groomsman|bride|groom)\b", RuleFlags.Future),

        // ---- birthday ----
        R(DetailKind.Birthday, @"\b(?:it's|its|it is|today is|today's|tomorrow is|tomorrow's)\s+{OWNER}\s+(?:(?<ord>{ORD})\s+)?(?<trig>birthday|bday)(?![\p{L}])", P | RuleFlags.Present),
        R(DetailKind.Birthday, @"\b{OWNER}\s+(?:(?:\w+\s+)?(?<ord>{ORD})\s+)?(?<trig>birthday|birthday party|bday)(?![\p{L}])", P),
        R(DetailKind.Birthday, @"\bhappy\s+(?:(?<ord>{ORD})\s+)?(?<trig>birthday|bday)\s+to\s+(?:{POSSREL}|(?<name>[\p{L}]+)\b)", P | RuleFlags.Present),
        R(DetailKind.Birthday, @"\b{OWNER}\s+(?<ord>\d{1,3}(?:st|nd|rd|th)|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|eighteenth|twenty-first|sixteenth|twenty-fifth)(?<trig>)(?=\s*(?:$|[.!,?;]|on|is|this|next|tomorrow|today|party|celebration|bash|in|coming|was|yesterday|last))", P),
        R(DetailKind.Birthday, @"\b(?:{OWNER}\s+)?(?<trig>birthday)\s+(?:present|gift|cake|party|surprise|dinner)\s+for\s+(?:{POSSREL}|(?<name>[\p{L}]+)\b)"),
        R(DetailKind.Birthday, @"\b(?:the|a)\s+(?<trig>birthday)\s+(?:boy|girl)\b", RuleFlags.None, "the"),
        R(DetailKind.Birthday, @"\b(?:for|on|at|celebrating|celebrate|celebrated|happy)\s+(?:a|an|the)\s*(?:(?<ord>{ORD})\s+)?(?<trig>birthday|bday)(?![\p{L}])", RuleFlags.None, "the"),
        R(DetailKind.Birthday, @"\b(?:it's|its|it is|happy|celebrating|celebrate|celebrated)\s+(?:(?<ord>{ORD})\s+)?(?<trig>birthday|bday)(?![\p{L}])(?!\s+(?:to|for)\s+(?:my|our|your))", RuleFlags.Present),
        R(DetailKind.Birthday, @"\b(?:{POSSREL}\s+|i\s+|i'm\s+|im\s+|she\s+|he\s+|she's\s+|he's\s+|we\s+)?(?:is\s+|'s\s+|am\s+|will\s+|'ll\s+|just\s+)?(?<trig>turning|turns|turned|turn)\s+(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|sixteen|eighteen|twenty-one|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?=\s*(?:$|[.!,?;]|today|tomorrow|on|this|next|in|yesterday|last|and|soon|years|year|so|but))"),

        // ---- graduation ----
        R(DetailKind.Graduation, @"\b(?<trig>passed|pass|passing|aced|acing|nailed|smashed)\s+(?:(?<self>my|our)|{POSSREL}|his|her|their)\s+(?:\w+\s+)??(?<noun>driving test|driver's test|drivers test|driving exam|road test|theory test|exams|exam|finals|final exams|bar exam|bar|boards|a-levels|a levels|gcses|test|tests|thesis|dissertation|phd|viva|defense|defence|certification|cpa exam|board exams|mocks|sats|gcse|a-level|licence exam|license exam)\b", RuleFlags.Achievement),
        R(DetailKind.Graduation, @"\b(?:(?<self>my|our)|{POSSREL}|his|her)\s+(?<noun>driving test|driver's test|drivers test|road test|driving exam|theory test)\b", P | RuleFlags.WishWell),
        R(DetailKind.Graduation, @"\b(?<trig>got|received|earned|getting|get|gets|finished|finishing|completed|completing)\s+(?:(?<self>my|our)|{POSSREL}|his|her|their)\s+(?:\w+\s+)?(?<noun>degree|diploma|masters|master's|phd|doctorate|driving licence|driver's license|drivers license|driving license|licence|license|a-level results|gcse results|exam results|results|acceptance letter|mba|bachelor's|qualification)\b(?!\s+(?:suspended|revoked|number|renewal|renewed|expired|details|photo|copy))"),
        R(DetailKind.Graduation, @"\b(?<trig>graduating|graduated|graduation|graduates|graduate|commencement|convocation|graduation ceremony|graduation party|grad party|prize-giving)\b(?!\s+(?:pricing|payments|plan|rate|rates|scale|tiers|discount|program|programme|scheme|student|students|job|jobs|role|school|cylinder|position))"),
        R(DetailKind.Graduation, @"\b(?<trig>finished|finishing|finishes|completed|completing|left|leaving)\s+(?:(?:high|secondary|sixth form|grad|law|med|nursing)\s+)?(?:school|uni|university|college|sixth form|my degree|her degree|his degree|their degree|my studies|her studies|his studies|my masters|my phd|her phd|his phd)\b(?!\s+(?:run|run|pickup|pick-up|bus|fees|uniform|shoes|bag|trip|work|project|assignment|early|late|today at))", RuleFlags.None, "graduation"),
        R(DetailKind.Graduation, @"\b(?<trig>first day (?:at|of) (?:uni|university|college|school|kindergarten|nursery|high school|secondary school|primary school|med school|law school|big school)|(?:starting|starts|start|begins|beginning|going into|moving up to) (?:uni|university|college|school|kindergarten|nursery|preschool|pre-school|high school|secondary school|secondary|primary school|primary|middle school|elementary school|elementary|med school|law school|big school|reception|year 7|sixth form)|started (?:uni|university|college|school|kindergarten|nursery|high school|secondary school)|off to (?:uni|university|college)|going off to (?:uni|university|college)|heading off to (?:uni|university|college)|got into (?:uni|university|college|med school|law school|[\p{L}]+ (?:university|college))|accepted (?:into|to|at) (?:\w+\s+)?(?:uni|university|college|school|med school)|results day|back to school)\b", RuleFlags.WishWell),

        // ---- new job ----
        R(DetailKind.NewJob, @"\b{OWNER}\s+(?:(?:big|recent|well-deserved|well deserved|upcoming|exciting)\s+)?(?<trig>new job|new role|new position|promotion|retirement|retirement party|new business|new company|new shop|new restaurant|new cafe|new café|new bakery|new venture|new career|first job|dream job|new gig|new post|first day at work|first day at the new job|own business)\b(?!\s+(?:code|codes|account|plan|fund|savings|pension|calculator|age|portfolio|contribution|contributions|offer|offers|email|link|price|pricing))", P),
        R(DetailKind.NewJob, @"\b(?<trig>got|landed|start|starting|started|begin|beginning|began|accepted|took|taking|take|scored|found|offered)\s+(?:a|an|the|my|her|his)\s+(?:new\s+|great\s+|dream\s+|first\s+|full-time\s+|permanent\s+)(?<noun>job|role|position|post|gig)\b"),
        R(DetailKind.NewJob, @"\b(?<trig>started|starting|start|joined|joining|join|moved to|moving to|switched to)\s+(?:at\s+)?(?:a|my|the)\s+new\s+(?<noun>company|job|firm|employer|role|position|team|workplace)\b(?!\s+(?:account|plan|card|policy))"),
        R(DetailKind.NewJob, @"\b(?<trig>got|landed|accepted|scored|offered)\s+(?:a|the|my|her|his)\s+(?<noun>job|job offer|role|position|promotion)\b(?!\s+(?:code|done|finished|fixed|of fixing))"),
        R(DetailKind.NewJob, @"\b(?<trig>passed|completed|finished|through)\s+(?:my|her|his|the)\s+(?<noun>probation|probation period|probationary period|trial period)\b", RuleFlags.Achievement, "job"),
        R(DetailKind.NewJob, @"\b(?<trig>got promoted|been promoted|was promoted|getting promoted|promoted to|made partner|made manager|got hired|been hired|was hired|just hired|job offer|new job|new role|first day at (?:my|the) new (?:job|role|place)|first day at work|starting work)\b"),
        R(DetailKind.NewJob, @"(?:^|\b(?:i|i'm|im|we|we're|i've|we've|just|finally|{POSSREL}|he|she|he's|she's|is|am|are|officially|recently|will|'ll|be|being|to|going to|gonna|about to|soon to)\s+)(?:\w+\s+)?(?<noun>retiring|retire|retires|retired)\b(?!\s+(?:the|this|that|it|model|product|version|plan|feature|card|account|item|sku|number|line|service|from the (?:market|range)))"),
        R(DetailKind.NewJob, @"\b(?<trig>opening|opened|open|launching|launched|launch|starting|started|start|running|set up|setting up)\s+(?:up\s+)?(?:my|our|a|her|his|their)\s+(?:own\s+|new\s+|first\s+|little\s+|small\s+)*(?:[\p{L}]+-[\p{L}]+\s+)?(?<noun>business|shop|store|bakery|cafe|café|restaurant|salon|studio|practice|company|clinic|gym|boutique|startup|start-up|bar|pub|coffee shop|food truck|florist|agency|firm)\b", RuleFlags.None, "business"),

        // ---- event ----
        R(DetailKind.Event, @"\b(?:(?<self>my|our)|{POSSREL}|his|her|their)\s+(?:(?:big|first|annual|upcoming|company|work|school|office|surprise|dinner|garden|christmas|holiday|charity|half|full|local|music|jazz|rock|pop|tech|sales|industry|medical|academic|trade|book|family|class|high school|college|dance|piano|ballet|violin|football|soccer|rugby|cricket|basketball|hockey|baseball|chess|swim|swimming|tennis|golf|ultra|city|london|new york|boston|berlin|paris|chicago|taylor swift|beyoncé|coldplay|summer|winter|spring|national|regional|state|world|european|international|big family|leaving|farewell|engagement|retirement|housewarming|fancy dress|costume|pool|birthday|40th|50th|30th|21st|18th|60th|work christmas|office christmas|team|end of year|end-of-year|year-end)\s+){0,3}(?<trig>conference|convention|trade show|tradeshow|trade fair|expo|summit|concert|festival|marathon|half marathon|half-marathon|triathlon|ironman|fun run|charity run|charity walk|gala|recital|tournament|reunion|prom|hackathon|fundraiser|christening|baptism|bar mitzvah|bat mitzvah|quinceañera|quinceanera|sweet sixteen|house party|dinner party|bachelor party|bachelorette party|hen do|stag do|hen party|stag party|party|championship|championships|competition|graduation ball|ball|gig|exhibition|trade expo|book launch|launch party|awards|awards ceremony|ceremony|showcase|meetup|retreat|workshop|seminar)\b(?!\s+(?:mode|size|line|pack|bus|supplies|favors|favours|bags|hats|poppers|room|call|calls|id|pass code|schedule online|app|hall|centre|center|venue rental|organisers|organizers policy))", P),
        R(DetailKind.Event, @"\b(?:the|a|an|this|that)\s+(?:(?:big|first|annual|upcoming|company|work|school|office|surprise|dinner|garden|christmas|holiday|charity|half|full|local|music|jazz|rock|pop|tech|sales|industry|medical|academic|trade|book|family|class|high school|college|dance|piano|ballet|violin|football|soccer|rugby|cricket|basketball|hockey|baseball|chess|swim|swimming|tennis|golf|ultra|city|london|new york|boston|berlin|paris|chicago|taylor swift|beyoncé|coldplay|summer|winter|spring|national|regional|state|world|european|international|big family|leaving|farewell|engagement|retirement|housewarming|fancy dress|costume|pool|birthday|40th|50th|30th|21st|18th|60th|work christmas|office christmas|team|end of year|end-of-year|year-end)\s+){0,3}(?<trig>conference|convention|trade show|tradeshow|trade fair|expo|summit|concert|festival|marathon|half marathon|half-marathon|triathlon|ironman|fun run|charity run|charity walk|gala|recital|tournament|reunion|prom|hackathon|fundraiser|christening|baptism|bar mitzvah|bat mitzvah|quinceañera|quinceanera|sweet sixteen|house party|dinner party|bachelor party|bachelorette party|hen do|stag do|hen party|stag party|party|championship|championships|competition|graduation ball|ball|gig|exhibition|trade expo|book launch|launch party|awards|awards ceremony|ceremony|showcase|meetup|retreat|workshop|seminar)\b(?!\s+(?:mode|size|line|pack|bus|supplies|favors|favours|bags|hats|poppers|room|call|calls|id|pass code|schedule online|app|hall|centre|center|venue rental|organisers|organizers policy))"),
        R(DetailKind.Event, @"\b(?:(?<self>my|our)|{POSSREL}|his|her)\s+(?:(?:big|first|final|last|next|upcoming|school|dance|piano|ballet|football|soccer|rugby|cricket|basketball|hockey|baseball|swim|tennis|golf|chess|college|uni|university|end of year|end-of-year|job|maths|math|english|science|history|driving)\s+){0,2}(?<trig>exams|exam|finals|midterms|mocks|interview|job interview|presentation|audition|race|recital|performance|show|play|match|game|tournament|competition|talk|pitch|keynote|speech|thesis defense|defence|viva|tryouts|trials|test|tests|sats|gcses|a-levels|a levels|boards)\b(?!\s+(?:results|score|scores|mode|settings|account|controller|console|disc|code|key|card|pass))", P),
        R(DetailKind.Event, @"\b(?:an?|the)\s+(?:(?:job|big|important|second|final|virtual|online|phone)\s+)?(?<trig>interview|exam|exams|presentation|audition|race|recital|performance|speech|talk|pitch|keynote)\b", RuleFlags.RequiresDate),
        R(DetailKind.Event, @"\b(?<trig>sitting|sit|taking|revising for|studying for|cramming for)\s+(?:my|our|the|his|her|their)\s+(?:\w+\s+)?(?<noun>exams|exam|finals|a-levels|a levels|gcses|boards|bar exam|mocks|midterms|sats)\b"),
        R(DetailKind.Event, @"\b(?<trig>running|run|ran|racing|doing|did|competing in|compete in|competed in|cycling|swimming|walking|training for|trained for|signed up for|entered)\s+(?:a|an|the|my|our|in a|in the)\s+(?:(?:first|big|charity|local|city|london|boston|new york|berlin|paris|chicago|ultra|half|full)\s+)*(?<noun>marathon|half marathon|half-marathon|half|5k|10k|triathlon|ironman|fun run|race|ultramarathon|ultra)\b"),
        R(DetailKind.Event, @"\b(?<trig>speaking at|presenting at|exhibiting at|attending|going to|heading to|off to|flying to|travelling to|traveling to|performing at|playing at|playing in|singing at|singing in|dancing in|presenting|hosting|host|throwing|having|organising|organizing|planning)\s+(?:a|an|the|our|my)\s+(?:\w+\s+){0,2}(?<noun>conference|convention|trade show|tradeshow|expo|summit|concert|festival|gala|party|reunion|prom|recital|tournament|fundraiser|housewarming|dinner party|bbq|barbecue|gig)\b(?!\s+(?:mode|size|line|call|room|pack|supplies))"),
        R(DetailKind.Event, @"\b(?<trig>going to see|goin to see|gonna see|off to see|heading to see|tickets to see|went to see)\s+(?!(?:if|whether|what|how|when|why|who|where|which|my|your|our|his|her|their|the|a|an|it|its|this|that|these|those|them|him|me|you|u|us|someone|somebody|anyone|anything|something|everyone|friends|family|people|doctor|dr|gp|nurse|specialist|results|about|to|more|less|any|some|no|each|improvement|changes|progress|pending|charges|charge|refund|money|payment|delivery|order|package|parcel|errors|error|whats|what's)\b)[\p{L}][\p{L}'&-]*(?:\s+[\p{L}][\p{L}'&-]*)?(?=\s+(?:live|in concert|play|perform|tonight|tomorrow|tmrw|tmr|on|next|this|in|at|later)\b)", RuleFlags.RequiresDate, "show"),
        R(DetailKind.Event, @"\b(?:going to|goin to|off to|heading to|headed to|camping at|tickets for|tickets to|at)\s+(?:[\p{L}]+\s+){1,2}(?<noun>festival|fest)\b(?!\s+(?:lights|range|collection|edition|pack|sale|mode|season|deal|offer|bundle))"),
        R(DetailKind.Event, @"\b(?<trig>glastonbury|glasto|coachella|lollapalooza|burning man|oktoberfest|bonnaroo|tomorrowland|creamfields|boomtown|sxsw|edinburgh fringe|the fringe|splendour in the grass|primavera sound|rock am ring|roskilde|sziget|download festival|reading festival|leeds festival|electric picnic|bestival|latitude festival|outside lands|austin city limits|governors ball|falls festival|laneway)\b(?!\s+(?:tickets? (?:price|sale)|merch|edition|collection|range))", RuleFlags.RequiresDate, "festival"),
        R(DetailKind.NewJob, @"\b(?:i|i'll|ill|he|she|he'll|she'll|we|{POSSREL})\s+(?<trig>start|starts|starting|begin|begins)\s+(?:work\s+|working\s+)?(?:at|with)\s+(?!(?:\d|the (?:top|bottom|beginning|start|end|front|back|home|login|checkout)|top|bottom|home|login|checkout|step|page|level|noon|midnight|zero)\b)(?:the\s+)?[\p{L}][\p{L}'&-]*\b", RuleFlags.RequiresDate, "job"),
        R(DetailKind.NewJob, @"\b(?:i|we|he|she|finally|just)\s+(?<trig>got the job|landed the job|got that job|got offered the job|been offered the job|was offered the job|got the role)\b"),
        R(DetailKind.Moving, @"\b(?:our|my|the)\s+(?<trig>new place|new flat|new pad|new apartment|new house|new home)\b(?!\s+(?:to|for|where|that|which)\b)", P, "home"),
        R(DetailKind.Travel, @"\b(?<trig>going|goin|go|went|heading|headed|coming|flying|driving)\s+(?:back\s+)?home\s+(?:to|for)\s+{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?:heading|headed|off|on my way|on our way|leaving for|leave for|taxi)\s+(?:to\s+)?(?:the\s+)?(?<trig>airport)\b(?!\s+(?:parking|lounge pass|shop|store|hotel))"),
        R(DetailKind.Event, @"\b(?<trig>tickets|ticket)\s+(?:for|to)\s+(?:a|an|the|my|our)\s+(?:\w+\s+){0,2}(?<noun>concert|show|game|match|festival|gig|play|musical|opera|ballet|theatre|theater)\b"),

        // ---- moving ----
        R(DetailKind.Moving, @"\b(?<trig>moving|move|moved|relocating|relocate|relocated|emigrating|emigrate|emigrated)\s+(?:back\s+)?to\s+{PLACE}", RuleFlags.NeedsPlace),
        R(DetailKind.Moving, @"\b(?<trig>moving|move|moved|relocating|relocate|relocated|emigrating|emigrate|emigrated)\s+(?:house|home|flat|flats|apartments|apartment|abroad|overseas|cities|countries|across the country|across town|back home|in together|in with|out of (?:our|my|the)\s+(?:\w+\s+)?(?:house|home|flat|apartment|place)|into (?:a|our|my|the|their)\s+(?:(?:first|new|own|bigger|smaller|little|dream)\s+)*(?:house|home|flat|apartment|place|condo|bungalow|cottage)|to (?:a|the)\s+(?:new\s+|bigger\s+|smaller\s+)?(?:house|home|flat|apartment|place|city|country|state|town|area|neighbourhood|neighborhood))\b"),
        R(DetailKind.Moving, @"\b(?:just|recently|finally|we|i've|we've|have|has|had|we've just|i just|we just|they)\s+(?<trig>moved)\b(?!\s+(?:the|my|it|this|that|your|them|on|up|forward|over to (?:the|a)|to (?:the|a) (?:next|new|different|another) (?:plan|tier|step|version|bank|provider|supplier)|money|funds|some|all|everything|our (?:order|account|money|appointment|booking)))"),
        R(DetailKind.Moving, @"\b(?:we're|we are|i'm|im|i am|they're|she's|he's)\s+(?:\w+\s+)?(?<trig>moving|relocating|emigrating)\b(?!\s+(?:on|forward|ahead|along|the|my|it|this|that|your|money|funds|stuff|things|away from|to (?:the|a) (?:next|new|different|another) (?:plan|tier|step|provider|supplier|bank)|over to|my|our (?:account|money|order)))"),
        R(DetailKind.Moving, @"\b(?:(?<self>my|our)|{POSSREL})\s+(?:(?:big|upcoming|house|home|international|cross-country|office)\s+)?(?<trig>move|house move|relocation|moving day)\b(?:\s+to\s+{PLACE})?(?!\s+(?:money|funds|order|appointment|booking))", P),
        R(DetailKind.Moving, @"\b(?:(?<self>my|our)|{POSSREL})\s+new\s+(?<trig>house|home|flat|apartment|place|condo|neighbourhood|neighborhood)\b", P),
        R(DetailKind.Moving, @"\b(?:middle of|midst of|busy|in the process of|process of|stress of|chaos of)\s+(?<trig>moving|relocating|packing up the house|packing to move)\b", RuleFlags.Present),
        R(DetailKind.Moving, @"\b(?<trig>moving day|moving truck|moving van|removal van|removals|removal company|moving company|movers|packing boxes|house move|house-move|got the keys|get the keys|getting the keys|housewarming)\b"),

        // ---- new purchase ----
        R(DetailKind.NewPurchase, @"\b(?<trig>bought|buying|buy|purchased|purchasing|got|getting|picked up|picking up|closed on|closing on|saved up for|financed|finally got|finally bought|treated myself to|leased|leasing)\s+(?:a|an|our|my|the|her|his|their|me\s+a)\s+(?:very\s+)?(?<q>first|new|brand new|brand-new|dream|first ever|very first|own)\s+(?<noun>car|house|home|flat|apartment|condo|motorbike|motorcycle|truck|van|caravan|camper|campervan|rv|boat|piano|place)\b"),
        R(DetailKind.NewPurchase, @"\b(?:(?<self>my|our)|{POSSREL}'s?|his|her)\s+(?<q>first|brand new|brand-new|very first|first ever)\s+(?<noun>car|house|home|flat|apartment|condo|motorbike|motorcycle|truck|van|caravan|camper|campervan|rv|boat|sofa|couch|piano)\b", P),
        R(DetailKind.NewPurchase, @"\b(?:(?<self>my|our)|{POSSREL}'s?|his|her)\s+(?<q>new)\s+(?<noun>car|motorbike|motorcycle|truck|van|caravan|campervan|boat)\b(?!\s+(?:insurance quote|loan|key))", P),
        R(DetailKind.NewPurchase, @"\b(?:for|in|into|furnishing|furnish|decorating|decorate|kitting out)\s+(?:our|my)\s+(?<q>first)\s+(?<noun>home|house|flat|apartment|place)\b"),
        R(DetailKind.NewPurchase, @"\b(?<trig>buying|bought|purchasing|purchased|closing on|closed on|completing on|completed on|just bought|finally bought)\s+(?:a|our|my|the|their)\s+(?:(?:little|lovely|beautiful|dream|forever|family|new|first|own)\s+)?(?<noun>house|home|flat|apartment|condo|bungalow|cottage|townhouse|place)\b(?!\s+(?:insurance|plant|plants|alarm|cleaning|cleaner|phone|decor|appliance|appliances|items|item|warranty|sitter))"),
        R(DetailKind.NewPurchase, @"\b(?<trig>close on|closing on|closed on|complete on|completing on|completed on|got the mortgage for|exchange contracts on|exchanged on)\s+(?:the|our|my|a)\s+(?:new\s+)?(?<noun>house|home|flat|apartment|condo|place)\b"),
        R(DetailKind.NewPurchase, @"\b(?<q>first)[ -]time\s+(?<noun>home|house)\s*(?:buyer|buyers|owner|owners)\b"),

        // ---- celebration ----
        R(DetailKind.Celebration, @"\b(?:our|my|family|the family's)\s+(?:first\s+)?(?<trig>{HOL})(?![\p{L}])(?!\s+(?:order|orders|sale|deal|deals|return|returns|shipping|delivery))", P),
        R(DetailKind.Celebration, @"\b(?:for|at|over|during|before|after|by|on|this|next|last|until|till|celebrating|celebrate|celebrated|spending|spend|spent|hosting|host|hosted|doing|having|cooking|making|it's|its|it is|today is|tomorrow is|enjoy|enjoying|enjoyed|ready for|prep for|prepping for|preparing for|in time for|plans for|a|the|through|ahead of|observing|observe|fasting for|home for|back for|christmas and|and)\s+(?:(?:lovely|great|wonderful|good|nice|merry|happy|fab|fantastic|peaceful|relaxing|quiet|busy|big|family|blessed|joyful|safe|restful)\s+)?(?<trig>{HOL})(?![\p{L}])(?!\s+(?:sale|sales|deal|deals|edition|collection|catalog|catalogue|promo|promotion|offer|offers|discount|discounts|code|coupon|shipping|deadline|deadlines|cutoff|cut-off|hours|return|returns|policy|closure|closures|schedule|special|bundle|lights deluxe|gift guide|opening|delivery dates|range|stock|jumper sale|market))"),
        R(DetailKind.Celebration, @"^(?<trig>{HOL})\s+(?:is|was|are|'s|this|next|with|at|plans|dinner|lunch|party|morning|eve)\b"),
        R(DetailKind.Celebration, @"\b(?<trig>{HOL})\s+(?:is|was|are|'s)\s+(?:coming|around|almost|nearly|next|in|on|soon|tomorrow|this|so|going|ruined|cancelled|canceled)\b"),
        R(DetailKind.Celebration, @"\b(?<trig>{HOL})\s+(?:dinner|lunch|party|plans|morning|eve|with|celebrations|festivities|feast|gathering|get-together|break|holidays|holiday|visit|trip|tree|decorations|lunch|shopping for the family|presents for|gifts for)\b"),
        R(DetailKind.Celebration, @"\b(?:happy|merry|blessed|joyous|joyful)\s+(?<trig>{HOL})(?![\p{L}])(?!\s+(?:sale|deals|offer|emails|email|card|cards|banner))", RuleFlags.Present),
        R(DetailKind.Celebration, @"\b(?<trig>eid mubarak|happy diwali|merry christmas|happy hanukkah|happy new year|happy holidays|happy thanksgiving|happy easter|season's greetings|seasons greetings|happy lunar new year|ramadan kareem|ramadan mubarak|chag sameach|shana tova)\b", RuleFlags.Present),

        // ---- hardship ----
        R(DetailKind.Hardship, @"\b(?<trig>storm damage|flood damage|fire damage|hail damage|wind damage|hurricane damage|tornado damage)\b", RuleFlags.None, "storm"),
        R(DetailKind.Hardship, @"\b(?:the|a|that|this|last night's|last week's|yesterday's|recent|big|huge|bad|terrible|massive|awful|severe|horrible)\s+(?:\w+\s+)?(?<noun>storm|storms|hurricane|tornado|typhoon|cyclone|flood|floods|flooding|wildfire|wildfires|bushfire|earthquake|blizzard|ice storm|hailstorm|house fire|fire|landslide|mudslide)\b(?!\s+(?:mode|edition|collection|series|warning|warnings|alert|alerts|forecast|watch|season|tracker|coming|expected|approaching|is coming|is forecast|names|name|risk|insurance|cover|drill|alarm|stick|tablet|tv|hd))"),
        R(DetailKind.Hardship, @"\b(?:our|my|the|their)\s+(?:house|home|flat|apartment|basement|kitchen|roof|street|town|village|car|garage|cellar|ground floor|garden|place|shop|business)\s+(?:\w+\s+)?(?<trig>flooded|was flooded|got flooded|burned down|burnt down|burned|was destroyed|got destroyed|was damaged|got damaged|was hit|got hit|caught fire|was broken into|got broken into|was burgled|got burgled|was robbed|got robbed)\b"),
        R(DetailKind.Hardship, @"\b(?<trig>lost|losing|lose)\s+(?:my|his|her|our|their)\s+(?<noun>job|jobs|income|livelihood|business|home|house)\b(?!\s+(?:keys|key|number|title|application|posting|listing|ad|advert|description|search|alert|alerts|draft|page|card|phone|login|details|account|insurance|contents|deposit|documents|paperwork))"),
        R(DetailKind.Hardship, @"\b(?:got|been|was|were|getting|being|i'm|im|i am|just|recently|i've been|i have been|we've been|he's been|she's been|he was|she was|we were|they)\s+(?:\w+\s+)?(?<trig>laid off|made redundant|let go|fired|sacked|furloughed|evicted|burgled|robbed|mugged|scammed|defrauded|in a car accident|in an accident|in a car crash|in a crash|hit by a car)\b"),
        R(DetailKind.Hardship, @"\b(?:had|been in|was in|were in|got into|involved in|after)\s+(?:a|an|my|our|the)\s+(?:bad\s+|nasty\s+|serious\s+|minor\s+|horrible\s+)?(?<trig>car accident|car crash|accident|crash|bike accident|road accident|collision|pile-up)\b"),
        R(DetailKind.Hardship, @"\b(?<trig>evicted|evicting|kicked)\s+(?:us|me)\b(?:\s+out)?"),
        R(DetailKind.Hardship, @"\b(?<trig>redundancy|unemployed|unemployment|out of work|job loss|between jobs|lost my job|job hunting|looking for work|financial hardship|struggling financially|struggling to pay|struggling to make ends meet|money is tight|money's tight|money has been tight|tight on money|can barely afford|identity theft|identity was stolen|car was stolen|car got stolen|house was broken into|house fire|homeless|eviction)\b"),
        R(DetailKind.Hardship, @"\b(?:i'm|im|i am|we're|we are|i|we|just|recently|got|getting|my|our|going through|went through|after|since|in the middle of|finali[sz]ing|dealing with|amid|during)\s+(?:a\s+|the\s+|my\s+|our\s+|messy\s+|difficult\s+|painful\s+|nasty\s+|bitter\s+)*(?<trig>divorce|divorced|divorcing|separation|separated|separating|break-up|breakup|broke up|split up|splitting up|split|custody battle)\b(?!\s+(?:the|my|it|them|into|payment|payments|bill|shipment|order|items|packages))"),
        R(DetailKind.Hardship, @"\b(?:it's been|its been|it has been|it's|been|had|having|have had|i've had|we've had|i have had|we have had|going through|gone through|went through|such|what|after|through|quite|really|a really|a very|such a|dealing with|i'm having|we're having|it was|this has been|this is|been having)\s+(?:a|an|such a|some|one|one hell of a|the|quite a|pretty|really|very|such)?\s*(?:(?:really|very|super|pretty|incredibly|extremely|truly|bit of a|rather)\s+)?(?<trig>(?:worst|hardest|toughest|saddest|rough|tough|hard|difficult|terrible|awful|horrible|horrendous|stressful|brutal|crazy|miserable|challenging|exhausting|trying|painful|heartbreaking|devastating|sad|dark|bad|nightmare|lousy|emotional|upsetting)\s+(?:few\s+|couple of\s+|couple\s+)?(?<noun>week|weeks|month|months|year|days|time|period|patch|stretch|spell|weekend|few days|couple of weeks|couple of months))\b(?!\s+(?:with|trying|getting|using|finding|logging|making|navigating|understanding|on your|on the|for (?:business|sales|us)|at work (?:with the app)))"),
        R(DetailKind.Hardship, @"\b(?:the\s+)?(?:last|past)\s+(?:few\s+|couple of\s+|couple\s+)?(?<noun>days|weeks|week|months|month|year|fortnight)\s+(?:have|has|'ve|'s)\s+been\s+(?:really\s+|so\s+|very\s+|pretty\s+|incredibly\s+|quite\s+|extremely\s+|super\s+|absolutely\s+|truly\s+|utterly\s+|just\s+|honestly\s+)?(?<trig>hard|tough|rough|difficult|awful|terrible|stressful|a nightmare|horrible|brutal|exhausting|heartbreaking|challenging)\b", RuleFlags.Present),
        R(DetailKind.Hardship, @"\b(?:things|life|everything)\s+(?:have|has|'ve|'s)\s+been\s+(?:really\s+|so\s+|very\s+|pretty\s+|incredibly\s+|quite\s+)?(?<trig>hard|tough|rough|difficult|awful|terrible|stressful|a nightmare|crazy|chaotic|overwhelming)\b(?!\s+(?:with|to|for)\s+(?:your|the|this)\s+(?:app|website|site|service|order|account))", RuleFlags.Present),
        R(DetailKind.Hardship, @"\b(?<trig>going through a lot|going through some stuff|going through a hard time|a lot going on|lot on my plate|dealing with a lot|family emergency|family crisis|personal crisis|tough times|hard times|difficult times)\b"),

        // ---- travel ----
        R(DetailKind.Travel, @"\b(?:(?<self>my|our)|{POSSREL})\s+(?:(?:upcoming|next|first|big|long-awaited|annual|family|little|last|recent|summer|winter|spring|autumn|fall|christmas|easter|birthday|anniversary|weekend|work|business|ski|girls'|boys'|girls|boys|solo|overseas|european|holiday|half-term|half term|school|two-week|week-long|honeymoon|much-needed|long|short|quick|birthday|road|camping|backpacking|golf|hen|stag|cruise)\s+){0,3}(?<noun>trip|holiday|holidays|hols|vacation|vacay|cruise|honeymoon|getaway|road trip|flight|flights|city break|travels|safari|break|trek|tour|weekend away|visit|staycation|journey)\b(?:\s+(?:to|in|around|across|through|at|with\s+\w+\s+(?:to|in))\s+{PLACE})?(?!\s+(?:insurance|booking reference|confirmation number|policy|mode|plan|settings|refund|voucher|points|credit|card|pay|order))", P),
        R(DetailKind.Travel, @"\b(?:a|an|the|this|that)\s+(?:(?:family|little|short|quick|long|big|work|business|ski|road|weekend|girls'|boys'|solo|week-long|two-week|week's|fortnight's|last-minute|much-needed|romantic|surprise|camping|backpacking|golf|cruise)\s+){0,2}(?<noun>trip|holiday|vacation|cruise|honeymoon|getaway|city break|safari|weekend away|visit|tour|flight)\s+(?:to|in|around|across|through)\s+{PLACE}", RuleFlags.NeedsPlace),
        R(DetailKind.Travel, @"\b(?:going|go|went|gone|off|away|heading|leaving|be|been|are|am|i'm|im|we're|were|was|currently|still|back|get back|got back|home|just)\s+(?:on|from)\s+(?:a|an|our|my|the|his|her)\s+(?:(?:family|little|short|quick|long|big|work|business|ski|road|weekend|girls'|boys'|solo|week-long|two-week|last-minute|much-needed|romantic|surprise|camping|backpacking|golf|well-deserved|well deserved|dream)\s+){0,2}(?<noun>trip|holiday|vacation|cruise|honeymoon|getaway|safari|business trip|road trip|break|tour|city break|staycation)\b(?:\s+(?:to|in|around|across|through)\s+{PLACE})?"),
        R(DetailKind.Travel, @"\b(?<trig>booked|booking|planned|planning|took|taking|take|have|had|got|doing|did|organised|organized|organising|organizing|going on|go on|went on)\s+(?:a|an|our|my|the)\s+(?:(?:family|little|short|quick|long|big|work|business|ski|road|weekend|surprise|romantic|last-minute|two-week|week-long)\s+)?(?<noun>trip|holiday|vacation|cruise|flight|flights|getaway|honeymoon|city break|road trip|safari)\b(?:\s+(?:to|in|around|across|through)\s+{PLACE})?(?!\s+(?:insurance|mode|policy))"),
        R(DetailKind.Travel, @"\b(?:on|from)\s+(?<noun>holiday|holidays|hols|vacation|vacay|honeymoon|a cruise|safari|a trip|a business trip|business|a road trip|my travels|our travels)\b(?!\s+(?:items|policy|policies|return|returns|sale|mode|hours|pay|settings|hold|stop|pause|allowance|request|calendar|days))"),
        R(DetailKind.Travel, @"\b(?<trig>fly|flying|flew|flown|fly out|flying out|flew out|travel|travels|traveling|travelling|traveled|travelled|head|heading|headed|head off|heading off|jet|jetting|jetting off|sail|sailing|sailed|cruising|backpacking|off|driving|drive|drove|take the train|taking the train|took the train|going back|go back|went back|touring|road-tripping|road tripping)\s+(?:out\s+|over\s+|off\s+|up\s+|down\s+|back\s+|away\s+|home\s+|abroad\s+)?(?:to|for|around|across|through)\s+{PLACE}", RuleFlags.NeedsPlace),
        R(DetailKind.Travel, @"\b(?<trig>go|going|goin|went|gone|be|been|being|back|get back|got back|getting back|came back|come back|coming back|returning|returned|return|home|just back|leave|leaving|left|depart|departing|departed|arrive|arriving|arrived|land|landing|landed|visit|visiting|visited|explore|exploring|explored|tour|touring|toured|trip|stay|staying|stayed|holiday|holidaying|vacation|vacationing|spending|spend|spent)\s+(?:a\s+(?:week|few days|fortnight|month|couple of weeks|couple of days|weekend)\s+)?(?:(?:to|from|in|for|at)\s+)?{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?:spending|spend|spent|celebrating|celebrate|celebrated|having|doing|did|had|enjoying|enjoyed)\s+(?:{HOL}|the holidays|new year|the weekend|the week|a week|a few days|our anniversary|my birthday|his birthday|her birthday|our honeymoon|the summer|half term|easter|the winter)\s+(?<trig>in|at|on)\s+{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?:a|an|the|our|my|this|that|two|three|ten|few|couple of)\s+(?:[\w']+\s+){0,2}?(?<trig>week|weeks|weekend|fortnight|few days|days|month|holiday|stay|break|nights|night away)\s+(?:away\s+)?(?:in|at|on)\s+{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?<trig>camping|glamping|hiking|skiing|snowboarding|trekking|walking|cycling|sailing|surfing|diving|touring|honeymooning|holidaying|vacationing|staying)\s+(?:\w+\s+)?(?:in|at|on|around|across|through)\s+{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?<trig>taking|take|took|bringing|bring|brought)\s+(?:the kids|the family|the children|my family|our family|the whole family|my (?:{REL})|our (?:{REL})|them|her|him|us)\s+(?:to|on a trip to|on holiday to|on vacation to)\s+{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?:getting married|get married|marrying|married|eloping|elope|honeymooning)\s+(?<trig>in|abroad in)\s+{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?:conference|convention|trade show|tradeshow|expo|summit|festival|wedding|marathon|tournament|meetup|hackathon|retreat|reunion|stag do|hen do|stag party|hen party|bachelor party|bachelorette party)\s+(?:is\s+|are\s+|'s\s+|will be\s+|was\s+)?(?<trig>in)\s+{PLACE}", RuleFlags.StrictPlace),
        R(DetailKind.Travel, @"\b(?:i'm|im|i am|we're|we are|currently|still|staying|i'll be|we'll be|will be|be|been|i've been|we've been)\s+(?:currently\s+|still\s+|now\s+|away\s+|over\s+|out\s+|abroad\s+)?(?:in|at|visiting)\s+{PLACE}", RuleFlags.StrictPlace | RuleFlags.Present),
        R(DetailKind.Travel, @"\b(?:going|go|travel|travelling|traveling|flying|be|been|being|am|i'm|im|we're|we are|are|currently|heading|living|working|stuck|away|moving)\s+(?:\w+\s+)?(?<trig>abroad|overseas|out of the country|out of town|on the road)\b(?!\s+to\b)"),
        R(DetailKind.Travel, @"\b(?:be|i'm|im|we're|we are|i am|i'll be|we'll be|will be|going|went|been|was|were|heading|off)\s+(?<trig>away)\s+(?:for|on|next|this|until|till|from|over|the|all)\b"),
        R(DetailKind.Travel, @"\b(?<trig>fly|flying|flew)\s+(?:out|home|back)\b"),
        R(DetailKind.Travel, @"\b(?:i'm|im|i am|we're|we are|currently|sitting|waiting|stuck|still)\s+(?:\w+\s+)?(?:at|in)\s+(?:the\s+)?(?<trig>airport|departure lounge|departures|gate)\b"),
        R(DetailKind.Travel, @"\b(?<trig>jet lag|jetlag|jet-lagged|packing for (?:our|my|the) (?:trip|holiday|vacation|cruise|honeymoon)|boarding (?:my|our|the) flight|catch (?:my|our|a) flight|catching (?:my|our|a) flight|my flight leaves|our flight leaves|flight leaves|flight is at|flight's at)\b"),
        R(DetailKind.Travel, @"\b(?<trig>visiting|visit|visited|seeing|see|saw|staying with|stay with|stayed with)\s+(?:my|our)\s+(?:\w+\s+)?(?:{REL})(?:'s|s)?\s+(?:in|at|down in|up in|over in)\s+{PLACE}", RuleFlags.NeedsPlace),

        // ---- loyalty ----
        R(DetailKind.Loyalty, @"\b(?:customer|client|member|subscriber|shopper|user|patron|cardholder|account holder|customers|clients|members)\s+(?:with you\s+|of yours\s+|here\s+|of this company\s+|of your company\s+|of your bank\s+)?(?<trig>for|since)\s+(?:over\s+|more than\s+|almost\s+|nearly\s+|about\s+|around\s+|well over\s+|the last\s+|the past\s+)?(?<n>\d{4}|\d{1,2}|a decade|decades|years|ages|forever|ever|yonks|donkey's years|many years|a long time|so long|the very beginning|the beginning|the start|day one|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?:\+)?(?:\s+(?<unit>years|year|decades|decade|yrs|yr|months))?"),
        R(DetailKind.Loyalty, @"\b(?:i've|we've|i have|we have|i|we)\s+(?<trig>shopped|banked|ordered|bought|flown|insured|stayed|subscribed)\s+(?:with|from|at)\s+(?:you|your company|you guys|your store|your bank|this company|this bank|your brand|y'all)(?:\s+guys)?\s+(?:for|since)\s+(?:over\s+|more than\s+|almost\s+|nearly\s+|about\s+|around\s+|well over\s+|the last\s+|the past\s+)?(?<n>\d{4}|\d{1,2}|a decade|decades|years|ages|forever|ever|yonks|donkey's years|many years|a long time|so long|the very beginning|the beginning|the start|day one|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?:\+)?(?:\s+(?<unit>years|year|decades|decade|yrs|yr|months))?"),
        R(DetailKind.Loyalty, @"\b(?:been|i've been|we've been|have been|has been|i have been)\s+(?:with|banking with|shopping with|using|ordering from|buying from|flying with|a customer of|a member of|a member with|loyal to|insured with|subscribed to|subscribed with)\s+(?:you lot|you folks|you all|your lot|you|your company|you guys|your bank|your store|this company|this bank|your service|your brand|y'all)(?:\s+guys)?\s+(?<trig>for|since)\s+(?:over\s+|more than\s+|almost\s+|nearly\s+|about\s+|around\s+|well over\s+|the last\s+|the past\s+)?(?<n>\d{4}|\d{1,2}|a decade|decades|years|ages|forever|ever|yonks|donkey's years|many years|a long time|so long|the very beginning|the beginning|the start|day one|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?:\+)?(?:\s+(?<unit>years|year|decades|decade|yrs|yr|months))?"),
        R(DetailKind.Loyalty, @"\b(?:been|i've been|we've been|i have been)\s+(?:shopping|banking|ordering|buying|coming)\s+(?:here|with you|from you|to you)\s+(?<trig>since)\s+(?:i was|we were)\s+(?:a\s+)?(?:kid|teenager|child|student|teen|little|young|baby|girl|boy)"),
        R(DetailKind.Loyalty, @"\b(?:i've|we've|i have|we have|been|i|we)\s+(?:used|been using|relied on|trusted|stuck with|been with|banked with|shopped with)\s+(?:you|your bank|your company|your store|your service|your shop|your brand|you guys|you lot)\s+(?<trig>since)\s+(?:[\w']+\s+){0,7}?(?<n>(?:19|20)\d\d)\b"),
        R(DetailKind.Loyalty, @"\b(?<trig>loyal customer|long-time customer|longtime customer|long time customer|long-standing customer|longstanding customer|customer for years|customer for decades|years as a customer|years of loyalty|loyal member|long-time member|longtime member|faithful customer|loyal client|long-time client|customer since|member since|client since)\b(?:\s+(?<n>\d{4}))?"),
        R(DetailKind.Loyalty, @"\b(?<n>\d{1,2}|ten|twelve|fifteen|twenty|thirty|five|six|seven|eight|nine|eleven)\s+(?<unit>years|yrs)\s+(?:as\s+(?:a|your)\s+(?:loyal\s+)?(?:customer|member|client)|with you|with your company|of being (?:a|your) customer|of loyalty|and counting with you)\b"),
    ];

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "nobody", "nothing", "nowhere", "without", "neither", "nor", "cannot", "can't", "cant", "don't", "dont", "didn't", "didnt", "won't", "wont",
        "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent", "haven't", "havent", "hasn't", "hasnt", "hadn't", "hadnt", "couldn't", "couldnt",
        "wouldn't", "wouldnt", "shouldn't", "shouldnt", "doesn't", "doesnt", "ain't", "aint", "n't", "mustn't", "needn't", "no longer", "none",
    };

    private static readonly HashSet<string> Releasers = new(StringComparer.Ordinal)
    {
        "wait", "believe", "sure", "forget", "know", "mind", "only", "doubt", "stop", "help", "long", "until", "till", "til", "yet", "just", "to mention", "thank", "imagine", "complain", "worry",
    };

    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "but", "and", "because", "so", "that", "which", "who", "where", "unless", "although", "though", "whereas", "or", "cause", "cuz", "coz", "since", "as",
        ",", ";", ":", "-", "–", "—", "(", ")", "/", "however", "anyway", "also", "plus", "then", "btw", "oh", "also,", "meanwhile", "otherwise", "if", "whether", "before", "after", "until", "till",
    };

    public static LanguagePack Create() => new()
    {
        Code = "en",
        Rules = Rules(),
        Typos = Typos,
        FuzzyTargets = ["birthday", "anniversary", "vacation", "hospital", "surgery", "wedding", "graduation", "graduating", "christmas", "thanksgiving", "conference", "marathon", "retirement", "retiring", "funeral", "pregnant", "tomorrow", "honeymoon", "daughter", "husband", "grandmother", "grandfather", "granddaughter", "chemotherapy", "diagnosed", "divorce", "holiday", "holidays", "traveling", "travelling", "promoted", "promotion", "passed away", "relocating", "concert", "festival", "yesterday", "weekend", "birthdays", "operation", "recovering", "hurricane", "flooding", "grandson", "convention", "interview", "girlfriend", "boyfriend", "brother", "sister"],
        FuzzyExceptions = new HashSet<string>(StringComparer.Ordinal) { "vocation", "convert", "converts", "concern", "concerns", "hospitals", "weddings", "holidays", "operations", "operational", "relocation", "promotions", "interviews", "brothers", "sisters", "festivals", "conferences", "concerts", "birthdays", "diagnoses", "traveler", "traveller", "travelers", "travellers", "retirements", "surgeon", "surgeons" },
        Negators = Negators,
        NegationReleasers = Releasers,
        ClauseBoundaries = Boundaries,
        Conditional = Rx(@"\b(?:if|whether|in case|incase|suppose|supposing|assuming|unless|would|wouldn't|could|couldn't|might|may|should|shall i|can i|can we|could i|could we|is it possible|want to|wanna|wanted to|would like to|'d like to|i'd like to|we'd like to|'d love to|would love to|thinking of|thinking about|considering|maybe|perhaps|possibly|hope to|hoping to|planning to maybe|trying to decide|deciding whether|let me know if|in the event)\b"),
        Irrealis = Rx(@"\b(?:someday|some day|ever|dream|dreaming|dreams|wish|wishing|bucket list|fantasy|hypothetically|hypothetical|imagine|imagining|fantasi[sz]e|in theory|theoretically|what if|say i|let's say|lets say|one of these days|in the future|in future|eventually|future)\b|(?:^|, )one day\b"),
        Habitual = Rx(@"\b(?<hab>every|usually|often|always|a lot|frequently|sometimes|each|regularly|typically|generally|normally|tend to|whenever|constantly|ever since)\b|\b(?<soft>when|while|for)\s+(?:i|we|you|people|someone|travell?ing|flying|moving|on)\b"),
        GenericQuestion = Rx(@"^(?:can|could|do|does|did|is|are|will|would|should|how|what|where|which|why|when|any|anyone|are there|is there|there's|there is|there are)\b"),
        LookalikeModifiers = LookalikeWords,
        ProductModifiers = ProductWords,
        Suppressors = Suppressors(),
        ProductCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Deluxe", "Pro", "Plus", "Max", "Mini", "Edition", "Kit", "Bundle", "Set", "Pack", "Box", "XL", "Lights", "Collection", "Series", "Ultra", "Lite", "Premium", "Special", "Limited", "Bash", "Planner", "Buddy", "Essentials", "Starter", "Combo", "Sampler", "Hamper", "Mode", "Adapter", "Organizer", "Organiser", "Tracker", "Kit", "Card", "Gift", "Ornament", "Sweater", "Jumper", "Candle", "Mug", "Tee", "Shirt", "Hoodie", "Blend", "Roast", "Tea", "Coffee", "Cake", "Mix", "Magic", "Party Pack", "Edition™", "Toy", "Game", "App", "Subscription", "Plan", "Offer", "Sale", "Promo" },
        GoneWrong = Rx(@"\b(?<strong>ruined|ruin|ruins|spoiled|spoilt|wrecked|cancelled|canceled|had to cancel|have to cancel|called off|call off|postponed|a disaster|disastrous|went wrong|gone wrong|fell through|falling apart|fell apart|a nightmare|devastated|heartbroken|gutted|can't go|cannot go|can't make it|cannot make it|couldn't go|could not go|couldn't make it|could not make it|won't make it|won't be able to (?:go|make it|attend|come)|missed (?:my|our|the|his|her) (?:flight|trip|holiday|wedding|party|graduation|concert|cruise|train|ferry|connection))\b|\b(?<weak>missed (?:my|our|the|his|her|it)|never arrived|didn't arrive|did not arrive|hasn't arrived|has not arrived|didn't come|did not come|didn't make it|did not make it|couldn't make it|could not make it|couldn't go|could not go|can't go|cannot go|won't make it|too late for|arrived late|arrived too late|arrived after|without (?:the|a|any|her|his|my|our) (?:cake|gift|gifts|present|presents|decorations|dress|rings?|costume|suit)|stranded|stuck at|lost (?:my|our) (?:luggage|bags?|suitcase|passport)|(?:luggage|bags?|suitcase|passport)\s+(?:is|are|was|were|got|has been|have been)\s+(?:still\s+)?(?:missing|lost|stolen|delayed|damaged)|(?:flight|train|ferry) (?:is|was|got|has been|'s been) (?:delayed|cancelled|canceled)|denied boarding|got sick|fell ill|was sick|were sick|upset|disappointed|sad|miserable|awful|terrible|horrible|rained out|washed out)\b"),
        Tense = Tense,
        Dates = Dates,
        Relations = RelationWords,
        RelationOwners = RelationOwnerWords,
        Phrases = Phrases(),
        Markers = new HashSet<string>(StringComparer.Ordinal) { "the", "and", "my", "is", "to", "for", "it", "you", "we", "i", "with", "this", "of", "on", "in", "our", "i'm", "it's", "was", "be", "have", "next", "week", "tomorrow", "please", "thanks", "your", "order", "just", "so", "but", "will", "can" },
    };

    private static readonly HashSet<string> LookalikeWords = new(StringComparer.Ordinal)
    {
        "policy", "policies", "return", "returns", "hours", "sale", "sales", "deal", "deals", "edition", "collection", "bundle", "bundles", "kit", "kits", "mode", "setting", "settings",
        "adapter", "adaptor", "adapters", "mug", "mugs", "size", "sizes", "pillow", "insurance", "promo", "promotion", "promotions", "discount", "discounts", "coupon", "coupons",
        "code", "codes", "voucher", "vouchers", "offer", "offers", "special", "specials", "catalog", "catalogue", "shipping", "deadline", "deadlines", "cutoff", "cut-off", "schedule",
        "closure", "closures", "hold", "responder", "auto-reply", "autoreply", "field", "reward", "rewards", "points", "club", "account", "plan", "package", "packages", "tier",
        "subscription", "app", "theme", "template", "templates", "filter", "feature", "option", "options", "menu", "button", "pricing", "fund", "savings", "pension", "calculator",
        "sweepstakes", "giveaway", "contest", "range", "items", "item", "products", "product", "stock", "inventory", "lights", "line", "sku", "model", "version", "bonus", "perk",
        "perks", "credit", "credits", "allowance", "checklist", "essentials", "guide", "gift guide", "playlist", "filter", "sticker", "stickers", "emoji", "gif", "banner", "wrap",
        "wrapping", "paper", "cards", "card", "jumper", "sweater", "sweaters", "jumpers", "pajamas", "pyjamas", "ornament", "ornaments", "decorations", "lights", "tree", "trees",
        "candle", "candles", "mix", "blend", "roast", "market", "markets", "order", "orders", "delivery", "deliveries", "opening", "opening hours", "rush", "pay",
        "bonus", "leave policy", "entitlement", "request", "requests", "form", "forms", "portal", "calendar", "booking", "bookings", "reference", "number", "id", "status", "tracking",
        "email", "emails", "newsletter", "newsletters", "ads", "adverts", "advert", "notifications", "notification", "messages", "texts", "marketing", "campaign", "campaigns",
        "documents", "document", "paperwork", "papers", "posting", "application", "listing", "appointment", "appointments", "reminder", "reminders", "hours", "reception", "slot", "slots", "process", "panel", "questions", "link", "links",
    };

    private static readonly HashSet<string> ProductWords = new(StringComparer.Ordinal)
    {
        "dress", "dresses", "gown", "gowns", "ring", "rings", "band", "bands", "invitation", "invitations", "invites", "favors", "favours", "album", "planner", "cake", "cakes",
        "gift", "gifts", "present", "presents", "card", "cards", "decorations", "supplies", "bags", "balloons", "banner", "candles", "outfit", "outfits", "costume", "costumes",
        "sweater", "jumper", "pajamas", "tree", "lights", "ornament", "ornaments", "stocking", "stockings", "bag", "suitcase", "luggage", "case", "set", "pack", "box", "hamper",
        "basket", "food", "bed", "toy", "toys", "egg", "eggs", "chocolate", "chocolates", "hamper", "hampers", "special", "menu", "treats", "collar", "leash", "hair", "photos", "photo", "shoes", "suit", "suits", "hat", "hats", "veil", "favor", "centrepieces",
        "centerpieces", "flowers", "book", "books", "guide", "guides", "tips", "ideas", "music", "songs", "playlist", "registry", "list", "lists", "wishlist", "budget", "venue",
        "venues", "photographer", "dj", "caterer", "catering", "season", "rush", "spirit", "cheer", "sale", "tickets", "ticket", "size", "sizes", "bottle",
    };

    private static List<(DetailKind?, Regex)> Suppressors() =>
    [
        (DetailKind.Birthday, Rx(@"\b(?:date of birth|birth date|birthdate|d\.o\.b|dob)\b")),
        // "My birthday is irrelevant / doesn't matter": said to wave it away.
        (DetailKind.Birthday, Rx(@"\b(?:birthday|bday)\s+(?:is|'s|isn't|is not)\s+(?:\w+\s+)?(?:irrelevant|not relevant|not important|unimportant|beside the point|not the point|not the issue)\b|\b(?:birthday|bday)\s+(?:doesn't|does not)\s+matter\b")),
        (DetailKind.Anniversary, Rx(@"\banniversary\s+(?:date|day)\s+(?:for|on|in)\s+(?:the|my|your)\s+(?:\w+\s+)?(?:program|programme|scheme|account|membership|rewards|club|loyalty)\b|\b(?:loyalty|membership|account|contract|subscription)\s+anniversary\b")),
        (DetailKind.Birthday, Rx(@"\b(?:update|change|edit|correct|fix|enter|add|set|verify|confirm|remove|input|amend|modify|put|type|updating|changing|correcting|fixing|entering|adding)\s+(?:in\s+)?(?:\w+\s+){0,3}?(?:birthday|birth date|date of birth|dob|bday)\b")),
        (DetailKind.Birthday, Rx(@"\b(?:birthday|bday)\s+(?:is|was|isn't|is not|shows|showing|says)\s+(?:\w+\s+)?(?:wrong|incorrect|listed|showing|saved|set|entered|missing|not showing|displayed|shown|blank|empty|as)\b")),
        (DetailKind.Birthday, Rx(@"\b(?:birthday|bday)\s+(?:on|in|from|to)\s+(?:my|the|your|our)\s+(?:\w+\s+)?(?:account|profile|file|system|records|record|app|settings|details|membership|card|form)\b")),
        (DetailKind.Birthday, Rx(@"\b(?:birthday|bday)\s+(?:field|reward|rewards|discount|coupon|offer|club|points|voucher|promo|code|treat|freebie|bonus|credit|email|sale|deal|perk|special|gift card|offer)\b")),
        (null, Rx(@"\b(?:phone|battery|laptop|computer|pc|car|engine|printer|tv|television|router|device|screen|console|tablet|ipad|iphone|watch|charger|headphones|earbuds|airpods|speaker|modem|fridge|freezer|washer|dryer|dishwasher|machine|light|bulb|app|kindle|mouse|keyboard|hard drive|drive|server|card|controller|remote|it|thing|vacuum|camera|heater|boiler|oven|plant|plants|connection|wifi|internet|signal|account|subscription|order|package|parcel|game|system|website|site|page|session|chat|call|line|link|code|deal|offer|promotion|conversation|project|trend|feature|ps5|xbox|switch|monitor|display|fan|motor|pump|phone's|battery's)\s+(?:\w+\s+){0,7}(?:died|has died|just died|is dying|was dying|dying|passed away|kicked the bucket|is dead|dead|keeps dying|died on me)\b")),
        // Things die "again" and "on me"; people and pets do not.
        (DetailKind.Bereavement, Rx(@"\b(?:died|dies|dying|dead)\s+(?:again|on me|on us|in the middle of|mid-)\b|\b(?:keeps|kept|keep)\s+dying\b")),
        (DetailKind.Health, Rx(@"\b(?:start|starts|starting|begin|work|works|working|job|shift|shifts)\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:hospital|clinic)\b|\b(?:computer|laptop|phone|pc|mac|tablet|website|site|account|system|server|file|files|email|it|router|device|machine|network|ipad|iphone|inbox)\s+(?:\w+\s+){0,2}(?:virus|bug|malware|infection|infected)\b|\b(?:surgery|doctor's|gp|clinic)\s+(?:appointment|appointments|hours|opening|reception|receptionist|phone|number|website|app|booking|portal)\b")),
        (DetailKind.Health, Rx(@"\b(?:website|site|app|design|game|song|track|car|ride|view|deal|price|that|this|it|you|u|new look|update|phone|trick|beat|show|party)\s+(?:is|was|looks|'s|are|were)\s+(?:so\s+|well\s+|really\s+|pretty\s+|proper\s+)?(?:sick|ill)\b|\b(?:sick of|sick and tired|sick to death|sick to my stomach of|stroke of|cold (?:water|weather|brew|start|call|calls|feet|air|drinks|storage|wallet|outreach|snap|turkey|case|email|emails|shoulder|hard cash)|ill-fitting|ill fitting|ill-advised|ill advised|treatment of customers|the treatment i|poor treatment|operation (?:failed|timed out|not permitted|completed|was successful on|cancelled by)|scan (?:the|my|your|this|it|a|qr|barcode|code)|(?:qr|barcode|virus|malware|security|document|full|quick|system) scan|virus (?:scan|protection|software)|computer virus|a virus on|bug (?:in|with|report|fix)|this bug|the bug|a bug in|app bug|software bug|data recovery|account recovery|password recovery|recovery (?:email|code|key|phone|mode|option|options)|recover (?:my|the|your) (?:account|password|data|files|email|login|order))\b")),
        (DetailKind.Event, Rx(@"\b(?:third party|third-party|3rd party|other party|political party|responsible party|party line|party of|party pack|party size|parties involved|conference call|conference calls|conference room|conference line|video conference|web conference|zoom conference|conferencing|the game (?:keeps|won't|doesn't|crashes|crashed|is crashing|isn't)|game (?:pass|code|key|disc|controller)|play store|the show (?:keeps|won't)|show (?:me|us|my)|match (?:my|the|your|our)|price match|race condition|exam (?:results|board)|interview with (?:your|the) (?:bot|support))\b")),
        (DetailKind.Moving, Rx(@"\b(?:moving parts|moving forward|moving on|move on|move forward|moving along|moving picture|moving average|moving target|moving money|move money|moving funds|move the money|moving my money|moving the money|move my (?:money|order|appointment|delivery|booking|subscription|account|funds|call|meeting|reservation|payment)|house move cover)\b")),
        (DetailKind.Travel, Rx(@"\b(?:flight mode|airplane mode|aeroplane mode|travel mode|travel size|travel adapter|travel mug|travel pillow|travel insurance policy|travel card|travel router|travel charger|travel kit|travel case|travel bag|travel version|vacation mode|vacation hold|vacation responder|vacation settings|vacation auto-reply|holiday mode|holiday hours|holiday return|holiday returns|holiday policy|holiday sale|holiday deals|holiday shipping|holiday pay|holiday entitlement|holiday allowance|holiday request|holiday booking system|trip meter|trip computer|trip the|tripped|on the go|go (?:to|into|through) (?:settings|the settings|your account|my account|the app|the website|the menu|the page|checkout|the checkout|support|the link))\b")),
        (DetailKind.Celebration, Rx(@"\b(?:(?:in|into|after|early in|until|till|by|over|for|through) the new year|new year's resolution|new years resolution|new year resolution|new year, new me|the new year sale)\b")),
        (DetailKind.Celebration, Rx(@"\b(?:black friday|cyber monday|prime day|boxing day sale|christmas (?:sale|deals|delivery deadline|shipping deadline|cutoff|cut-off|last order|returns|return policy|opening hours|hours|closure|schedule)|holiday (?:return policy|returns|hours|sale|deals|shipping|cutoff|deadline|schedule|closure)|easter (?:sale|deals|opening hours|hours)|new year (?:sale|deals|offer)|new year's (?:sale|deals|offer))\b")),
        (DetailKind.NewJob, Rx(@"\b(?:retirement (?:account|plan|fund|savings|pension|calculator|age|portfolio|contribution|contributions|income|benefits)|promotion (?:code|codes|email|offer|link|price|ends|expired|period)|the promotion (?:ended|expired|isn't|is not|wasn't|was not|didn't|did not)|(?:this|that|your|the|a) promotion (?:on|for)|print job|the job (?:was|is) (?:done|finished|completed)|job (?:id|number|queue))\b")),
        (DetailKind.Graduation, Rx(@"\b(?:graduated (?:pricing|payments|plan|rate|rates|scale|tiers|discount)|pass (?:the|this|my) (?:test|exam) (?:on|in) (?:your|the) (?:app|website|course))\b")),
        (DetailKind.Hardship, Rx(@"\b(?:storm (?:chaser|edition|collection|series|mode)|brainstorm|fire (?:tv|stick|tablet|hd|phone|alarm|extinguisher|pit|safe|proof|resistant|rated)|kindle fire|amazon fire|on fire|fire up|fire off|fired up|fire away|flood of|flooded with (?:emails|calls|messages|requests|orders|notifications|spam)|a storm of|perfect storm|bad (?:time|week|day) (?:to|for) (?:buy|order|contact|call|reach))\b")),
        (DetailKind.NewBaby, Rx(@"\b(?:baby (?:monitor|formula|wipes|stroller|pram|clothes|bottle|bottles|shampoo|carrier|seat|gate|bath|products|registry|food|oil|powder|lotion|blanket|toys)|baby boomer|crying like a baby|such a baby|pregnancy test kit|newborn photography|newborn size|born in (?:19|20)\d\d)\b")),
        (DetailKind.Health, Rx(@"\b(?:twins|triplets|baby|babies|newborn|little one|little girl|little boy)\s+(?:came|come|coming|was brought|were brought|are|is)\s+home\s+from\s+(?:the\s+)?(?:hospital|maternity ward|nicu)\b")),
        (DetailKind.Pet, Rx(@"\b(?:dog|cat|pet|puppy)-(?:grooming|groomer|walking|walker|sitting|sitter|friendly|boarding|training|trainer|food)\b|\b(?:pet (?:hair|mode|food|insurance policy|friendly|friendly hotels|supplies|store|shop|products|fee|fees|deposit|rent|policy)|dog (?:food|bed|toy|treats|walker|sitter|friendly|days)|cat (?:food|litter|tree|flap|toy|6|5e|5|cable)|hot dog|top dog|cat ?\d)\b")),
        (DetailKind.Anniversary, Rx(@"\b(?:anniversary (?:sale|edition|collection|promo|offer|deal|deals|special|discount|bundle|event|celebration sale)|(?:\d+(?:st|nd|rd|th)|company|store|brand) anniversary (?:sale|edition|event|offer|promo)|your (?:\d+(?:st|nd|rd|th) )?anniversary)\b")),
        (null, Rx(@"\b(?:(?:add|update|change|enter|edit|correct|set|fix|amend|remove)\s+(?:in\s+)?(?:my|the|our|your)\s+(?:wedding|anniversary|birth|moving|move-in|move in|retirement|graduation)\s+date|(?:wedding|anniversary|birth|move-in|retirement|graduation)\s+date\s+(?:in|on|from)\s+(?:the|my|your|our)\s+(?:app|account|profile|system|records|file|settings|form)|(?:wedding|anniversary|birth|move-in|retirement|graduation)\s+date\s+(?:is|was|shows|says)\s+(?:\w+\s+)?(?:wrong|incorrect|missing|blank))\b")),
        (DetailKind.Wedding, Rx(@"\b(?:wedding (?:planner pro|dress shop|registry website|season sale)|wedding planner app)\b")),
    ];

    private static readonly Dictionary<string, string> Typos = new(StringComparer.Ordinal)
    {
        ["tommorow"] = "tomorrow", ["tomorow"] = "tomorrow", ["tommorrow"] = "tomorrow", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmrow"] = "tomorrow", ["2moro"] = "tomorrow",
        ["2morrow"] = "tomorrow", ["tomoz"] = "tomorrow", ["tmw"] = "tomorrow", ["tomm"] = "tomorrow", ["2day"] = "today", ["tdy"] = "today", ["2nite"] = "tonight", ["tonite"] = "tonight",
        ["yday"] = "yesterday", ["yest"] = "yesterday", ["ystrdy"] = "yesterday", ["yesterdy"] = "yesterday",
        ["bday"] = "birthday", ["b-day"] = "birthday", ["b'day"] = "birthday", ["birthdy"] = "birthday", ["brithday"] = "birthday", ["bithday"] = "birthday", ["birtday"] = "birthday",
        ["birhtday"] = "birthday", ["bdays"] = "birthdays", ["birfday"] = "birthday", ["bday's"] = "birthday's", ["anniv"] = "anniversary", ["aniversary"] = "anniversary", ["annivesary"] = "anniversary",
        ["anniversery"] = "anniversary", ["anniverary"] = "anniversary", ["vacay"] = "vacation", ["vaca"] = "vacation", ["vaction"] = "vacation", ["vacaton"] = "vacation", ["vacatoin"] = "vacation",
        ["hols"] = "holiday", ["hosptial"] = "hospital", ["hospitol"] = "hospital", ["hospial"] = "hospital", ["hosp"] = "hospital", ["hopsital"] = "hospital", ["surgury"] = "surgery", ["sugery"] = "surgery",
        ["surgey"] = "surgery", ["weding"] = "wedding", ["wedd"] = "wedding", ["graduaton"] = "graduation", ["graduatoin"] = "graduation", ["grad"] = "graduation", ["xmas"] = "christmas",
        ["x-mas"] = "christmas", ["chrismas"] = "christmas", ["christmass"] = "christmas", ["crimbo"] = "christmas", ["nye"] = "new year's eve", ["thanksgivin"] = "thanksgiving",
        ["funral"] = "funeral", ["dianosed"] = "diagnosed", ["diagnosied"] = "diagnosed", ["dauther"] = "daughter", ["daugher"] = "daughter", ["dauhgter"] = "daughter", ["daugter"] = "daughter",
        ["daughters"] = "daughter's", ["neice"] = "niece", ["freind"] = "friend", ["frend"] = "friend", ["grandaughter"] = "granddaughter", ["gf"] = "girlfriend", ["bf"] = "boyfriend",
        ["hubby"] = "husband", ["wknd"] = "weekend", ["wkend"] = "weekend", ["w/e"] = "weekend", ["nxt"] = "next", ["wk"] = "week", ["wks"] = "weeks", ["mnth"] = "month", ["mth"] = "month",
        ["yr"] = "year", ["yrs"] = "years", ["fri"] = "friday", ["weds"] = "wednesday", ["wednes"] = "wednesday", ["thurs"] = "thursday", ["thur"] = "thursday", ["tues"] = "tuesday",
        ["u"] = "you", ["ur"] = "your", ["im"] = "i'm", ["ive"] = "i've", ["dont"] = "don't", ["cant"] = "can't", ["wont"] = "won't", ["isnt"] = "isn't", ["didnt"] = "didn't",
        ["doesnt"] = "doesn't", ["wasnt"] = "wasn't", ["arent"] = "aren't", ["havent"] = "haven't", ["hasnt"] = "hasn't", ["couldnt"] = "couldn't", ["shouldnt"] = "shouldn't",
        ["wouldnt"] = "wouldn't", ["theyre"] = "they're", ["youre"] = "you're", ["its"] = "it's", ["thats"] = "that's", ["whats"] = "what's", ["gonna"] = "going to",
        ["wanna"] = "want to", ["gotta"] = "got to", ["cuz"] = "because", ["coz"] = "because", ["bc"] = "because", ["b/c"] = "because", ["pls"] = "please", ["plz"] = "please",
        ["thx"] = "thanks", ["ty"] = "thanks", ["mums"] = "mum's", ["moms"] = "mom's", ["dads"] = "dad's", ["sons"] = "son's", ["wifes"] = "wife's",
        ["husbands"] = "husband's", ["sisters"] = "sister's", ["brothers"] = "brother's", ["grandmas"] = "grandma's", ["grandpas"] = "grandpa's", ["nans"] = "nan's", ["friends"] = "friends",
        ["travling"] = "traveling", ["travelin"] = "traveling", ["flyin"] = "flying", ["goin"] = "going", ["movin"] = "moving", ["headin"] = "heading",
        ["leavin"] = "leaving", ["passd"] = "passed", ["pased"] = "passed", ["promted"] = "promoted", ["promototed"] = "promoted", ["retirment"] = "retirement", ["retiremnt"] = "retirement",
        ["concer"] = "concert", ["confrence"] = "conference", ["conferance"] = "conference", ["marathan"] = "marathon", ["pregnat"] = "pregnant", ["preggers"] = "pregnant",
        ["preggo"] = "pregnant", ["doggy"] = "dog", ["doggie"] = "dog", ["pupper"] = "puppy", ["kitteh"] = "kitten", ["cya"] = "see you", ["hosiptal"] = "hospital",
        ["aniversery"] = "anniversary", ["honeymon"] = "honeymoon", ["honey-moon"] = "honeymoon", ["weekend's"] = "weekend", ["nite"] = "night",
        ["defo"] = "definitely", ["prob"] = "probably", ["hrs"] = "hours", ["mins"] = "minutes", ["y'all"] = "you all", ["ya"] = "you", ["abt"] = "about", ["b4"] = "before",
        ["gr8"] = "great", ["l8r"] = "later", ["thru"] = "through", ["tho"] = "though", ["bout"] = "about", ["alot"] = "a lot", ["kinda"] = "kind of",
        ["sorta"] = "sort of", ["outta"] = "out of", ["lemme"] = "let me", ["gimme"] = "give me", ["dunno"] = "do not know", ["surgeryy"] = "surgery",
        ["chemo's"] = "chemo", ["op's"] = "op", ["uni's"] = "uni", ["newyear"] = "new year", ["newyears"] = "new years", ["b-days"] = "birthdays",
    };

    private static IEnumerable<TenseCue> Tense(Sentence sentence) => TenseCue.Read(sentence, TenseRx, (m, from, to) =>
        m.Groups["ed"].Success && !NotPast.Contains(m.Groups["edv"].Value) ? new TenseCue(from, to, DetailTiming.Past, true)
        : m.Groups["prog"].Success && !IngNouns.Contains(m.Groups["v"].Value) ? new TenseCue(from, to, DetailTiming.Ongoing, true, Progressive: true)
        : null);

    private static readonly HashSet<string> NotPast = new(StringComparer.Ordinal)
    {
        "excited", "supposed", "interested", "worried", "scared", "stressed", "tired", "based", "married", "engaged", "booked", "scheduled", "planned", "need", "embed",
        "concerned", "confused", "pleased", "thrilled", "delighted", "prepared", "located", "used", "expected", "required", "needed", "involved", "retired", "bored", "annoyed",
    };

    private static readonly HashSet<string> IngNouns = new(StringComparer.Ordinal)
    {
        "wedding", "morning", "evening", "thanksgiving", "building", "meeting", "ceiling", "clothing", "ring", "thing", "something", "nothing", "anything", "everything", "spring",
        "king", "sibling", "darling", "offspring", "christening", "housewarming", "outing", "pudding", "string", "wing", "swing", "bring", "sing", "booking", "listing", "setting",
        "ending", "beginning", "feeling", "painting", "parking", "shopping", "training", "learning", "landing", "filling", "funding", "hearing", "reading", "wording", "tracking",
    };

    private static readonly Regex TenseRx = Rx(
        @"\b(?<ong>right now|currently|at the moment|atm|as we speak|these days|at present|ongoing|since|still (?:in|on|at|recovering|sick|ill|unwell|going through|dealing|waiting|away|abroad|here|there)|in the middle of|all week|all month|for days|for weeks|for the past (?:few |couple of )?(?:days|weeks|week|months)|for the last (?:few |couple of )?(?:days|weeks|week|months)|lately|these past|(?:i'm|im|i am|we're|we are|is|are|she's|he's|they're|she is|he is|\w+'s)\s+(?:currently\s+|still\s+|now\s+)?(?:on holiday|on vacation|on honeymoon|on leave|on sick leave|on (?:maternity|paternity|parental|medical|compassionate|bereavement|adoption|shared parental) leave|in hospital|in the hospital|at the hospital|in intensive care|in icu|in rehab|at the (?:emergency |local |24-hour )?(?:vet|vets|vet's)|away|abroad|overseas|stuck|stranded|out of the country|out of town|in the middle of|going through|dealing with)|(?:has|have|'ve|i've|we've|she's|he's|it's|its|has|have) been|still|(?:i|we|she|he|they) (?:have|has|'ve got|have got|now have) (?:a|an|our|my|two) (?:new|newborn|little|tiny))\b" +
        @"|\b(?<fut>will|wil|shall|going to|about to|plan to|plans to|planning to|planning|booked|scheduled|upcoming|coming up|soon|can't wait|cannot wait|looking forward|excited for|excited about|so excited|counting down|getting ready|preparing|expecting|is due|are due|due to|due on|due in|next|leave for|leaving for|off to|ahead of|tomorrow|tonight|later today|this coming|in a few|in two|in three|in a couple|in a week|in a month|gonna|is on|are on|i'll|we'll|she'll|he'll|they'll|it'll|you'll|'ll|want it by|need it by|needs to arrive|need it before|need it for|need them for|need this for)\b" +
        @"|\b(?<past>(?:just|recently) been|was|were|had|did|went|got back|came back|got home|came home|back from|home from|got back home|came back home|now back home|i'm back home|we're back home|just back home|back home after|flew|came|returned|passed|died|lost|finished|graduated|retired|moved|bought|adopted|celebrated|ran|ruined|cancelled|canceled|missed|welcomed|gave|born|ago|recently|earlier|the other day|used to|left|spent|enjoyed|visited|traveled|travelled|arrived|started|began|opened|launched|broke|hurt|injured|damaged|flooded|destroyed|happened|took|became|got engaged|got married|got promoted|got hired|promoted|hired|fired|laid off|attended|survived|completed|won|yesterday|last night|this morning|earlier today|got|had to|were able|went through|delivered|wrecked|spoiled|spoilt|postponed|passed away|diagnosed|rescued|landed|sold|closed on)\b" +
        @"|\b(?<wfut>for|before|by|in time for|need|needs|hoping|hope|in time|until)\b" +
        @"|\b(?<wpast>just|finally|did)\b" +
        @"|\b(?<wong>now|today|it's|its|it is|today's|in the house|at home now)\b" +
        @"|\b(?<ed>(?:i|we|they|he|she|just|recently|finally|have|has|had|i've|we've|they've|already|then|who|you)\s+(?<edv>\w{3,}ed))\b" +
        @"|\b(?<prog>(?:i'm|im|i am|we're|we are|she's|he's|she is|he is|they're|they are|is|are|am)\s+(?:\w+\s+)?(?<v>\w+ing))\b");

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private const string MonthRx = @"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    private static int MonthNumber(string m)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i].StartsWith(m, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static readonly Regex DateRx = Rx(
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
        @"|\b(?<hmod>this|next|last|at|for|before|after|over|on|by|until|till|since|during|around|in time for|ahead of)?\s*(?<hol>christmas eve|christmas|xmas|boxing day|new year's eve|new years eve|hogmanay|new year's day|new year|new years|halloween|valentine's day|valentines day|st patrick's day|fourth of july|4th of july|thanksgiving|easter)\b");

    private static IReadOnlyList<DateCue> Dates(Sentence sentence, DateOnly today)
    {
        var cues = new List<DateCue>();
        foreach (Match m in CompiledPatterns.Fastest(DateRx).Matches(sentence.Text))
        {
            var from = sentence.TokenAt(m.Index);
            var to = sentence.TokenAt(m.Index + m.Length - 1) + 1;
            var g = m.Groups;
            DateCue? cue = null;
            if (g["dat"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(2), today.AddDays(2), DetailTiming.Future);
            }
            else if (g["dbt"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-2), today.AddDays(-2), DetailTiming.Past);
            }
            else if (g["tom"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(1), today.AddDays(1), DetailTiming.Future);
            }
            else if (g["tonight"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Future);
            }
            else if (g["thismorning"].Success)
            {
                cue = new DateCue(from, to, today, today, DetailTiming.Past);
            }
            else if (g["today"].Success)
            {
                cue = DateCue.Fixed(from, to, today);
            }
            else if (g["yest"].Success)
            {
                cue = new DateCue(from, to, today.AddDays(-1), today.AddDays(-1), DetailTiming.Past);
            }
            else if (g["dow"].Success)
            {
                var day = (DayOfWeek)Array.IndexOf(Weekdays, g["dow"].Value);
                var mod = g["dmod"].Success ? g["dmod"].Value : string.Empty;
                var ahead = DateMath.NextWeekday(today, day, includeToday: mod is "this" or "this coming" or "coming");
                var behind = DateMath.PreviousWeekday(today, day);
                cue = mod switch
                {
                    "last" or "this past" or "past" or "the previous" => new DateCue(from, to, behind, behind, DetailTiming.Past),
                    "since" => new DateCue(from, to, behind, behind, null),
                    "next" or "this coming" or "coming" or "the following" or "until" or "till" or "by" => new DateCue(from, to, ahead, ahead, DetailTiming.Future),
                    _ => new DateCue(from, to, ahead, behind, null),
                };
            }
            else if (g["weekend"].Success)
            {
                var mod = g["wmod"].Success ? g["wmod"].Value : string.Empty;
                var ahead = DateMath.ThisWeekend(today);
                var behind = DateMath.PreviousWeekday(today, DayOfWeek.Saturday);
                cue = mod switch
                {
                    "next" or "this coming" or "coming" => new DateCue(from, to, today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? ahead.AddDays(7) : ahead, null, DetailTiming.Future),
                    "last" or "this past" or "past" or "over the" => new DateCue(from, to, behind, behind, mod == "over the" ? null : DetailTiming.Past),
                    _ => new DateCue(from, to, ahead, behind, null),
                };
            }
            else if (g["unit"].Success)
            {
                var mod = g["umod"].Value;
                var unit = g["unit"].Value;
                var amount = unit switch { "fortnight" or "couple of weeks" => 14, "couple of days" or "few days" => 3, "few weeks" => 21, "few months" => 90, _ => 0 };
                var seasonal = unit is "summer" or "winter" or "spring" or "autumn" or "fall" or "semester" or "term";
                DateOnly Step(int sign) => amount > 0 ? today.AddDays(sign * amount) : seasonal ? today.AddMonths(sign * 4) : DateMath.Shift(today, sign, unit);
                cue = mod switch
                {
                    "next" or "coming" or "the following" or "the coming" => new DateCue(from, to, Step(1), Step(1), DetailTiming.Future),
                    "last" or "past" or "the previous" or "the past" => new DateCue(from, to, Step(-1), Step(-1), DetailTiming.Past),
                    _ => seasonal ? new DateCue(from, to, null, null, null) : DateCue.Fixed(from, to, today),
                };
            }
            else if (g["inunit"].Success)
            {
                var n = DateMath.SmallNumber(g["inn"].Value) ?? 1;
                var date = DateMath.Shift(today, n, g["inunit"].Value);
                cue = new DateCue(from, to, date, date, DetailTiming.Future);
            }
            else if (g["agounit"].Success)
            {
                var n = DateMath.SmallNumber(g["agon"].Value) ?? 1;
                var date = DateMath.Shift(today, -n, g["agounit"].Value);
                cue = new DateCue(from, to, date, date, DetailTiming.Past);
            }
            else if (g["earlier"].Success)
            {
                cue = new DateCue(from, to, null, null, DetailTiming.Past);
            }
            else if (g["later"].Success)
            {
                cue = new DateCue(from, to, null, null, DetailTiming.Future);
            }
            else if (g["dom"].Success)
            {
                var day = int.Parse(g["dom"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var (ahead, behind) = g["domm"].Success ? DateMath.MonthDay(today, MonthNumber(g["domm"].Value), day) : DateMath.DayOfMonth(today, day);
                cue = ahead is null && behind is null ? null : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["md_m"].Success || g["dm_m"].Success)
            {
                var month = MonthNumber(g["md_m"].Success ? g["md_m"].Value : g["dm_m"].Value);
                var day = int.Parse(g["md_d"].Success ? g["md_d"].Value : g["dm_d"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var (ahead, behind) = DateMath.MonthDay(today, month, day);
                cue = ahead is null && behind is null ? null : new DateCue(from, to, ahead, behind, null);
            }
            else if (g["mon"].Success)
            {
                var (ahead, behind) = DateMath.Month(today, MonthNumber(g["mon"].Value));
                cue = g["mmod"].Value switch
                {
                    "next" or "until" or "by" => new DateCue(from, to, ahead, ahead, DetailTiming.Future),
                    "last" => new DateCue(from, to, behind, behind, DetailTiming.Past),
                    "since" => new DateCue(from, to, behind, behind, null),
                    _ => new DateCue(from, to, ahead, behind, null),
                };
            }
            else if (g["hol"].Success)
            {
                var key = g["hol"].Value switch
                {
                    "xmas" => "christmas",
                    "new years eve" => "new year's eve",
                    "new year's day" or "new years" => "new year",
                    "valentines day" => "valentine's day",
                    "4th of july" => "fourth of july",
                    var other => other,
                };
                var (ahead, behind) = DateMath.HolidayAround(key, today);
                var mod = g["hmod"].Success ? g["hmod"].Value : string.Empty;
                cue = mod switch
                {
                    "next" or "until" or "till" or "before" or "by" or "in time for" or "ahead of" => new DateCue(from, to, ahead, ahead, DetailTiming.Future),
                    "last" or "since" => new DateCue(from, to, behind, behind, DetailTiming.Past),
                    _ => HolidayCue(from, to, ahead, behind, today),
                };
            }

            if (cue is not null)
            {
                cues.Add(cue);
            }
        }

        return cues;
    }

    /// <summary>A holiday named without "next" or "last": the coming one, unless it was only days ago.</summary>
    internal static DateCue HolidayCue(int from, int to, DateOnly? ahead, DateOnly? behind, DateOnly today) => new(from, to, ahead, behind, null);

    private static PhraseBook Phrases()
    {
        var nouns = new Dictionary<DetailKind, IReadOnlyDictionary<string, string>>
        {
            [DetailKind.Travel] = Map("trip", "holiday", "holidays:holiday", "hols:holiday", "vacation", "vacay:vacation", "cruise", "honeymoon", "getaway", "road trip", "flight", "flights:flight",
                "city break", "travels", "safari", "break:trip", "trek", "tour", "weekend away", "visit", "staycation", "journey:trip", "business trip", "business:business trip", "a cruise:cruise",
                "a trip:trip", "a business trip:business trip", "a road trip:road trip", "my travels:travels", "our travels:travels"),
            [DetailKind.Birthday] = Map("birthday"),
            [DetailKind.Anniversary] = Map("anniversary", "wedding:wedding anniversary", "work:work anniversary", "dating:anniversary", "engagement:anniversary", "first:anniversary"),
            [DetailKind.Wedding] = Map("wedding", "wedding day:wedding", "wedding reception:wedding", "nuptials:wedding", "engagement", "engagement party:engagement", "got engaged:engagement",
                "just engaged:engagement", "getting engaged:engagement", "vow renewal", "renewing our vows:vow renewal"),
            [DetailKind.NewBaby] = Map("baby", "baby girl", "baby boy", "babies:baby", "little one", "newborn:baby", "twins", "triplets", "bundle of joy:baby", "son:baby boy", "daughter:baby girl",
                "boy:baby boy", "girl:baby girl", "grandson", "granddaughter", "new grandson:grandson", "new granddaughter:granddaughter", "new grandbaby:grandchild", "new grandchild:grandchild",
                "first grandchild:grandchild", "first grandbaby:grandchild", "new niece:niece", "new nephew:nephew"),
            [DetailKind.Moving] = Map("move", "house:home", "home", "flat:home", "apartment:home", "place:home", "condo:home", "neighbourhood:home", "neighborhood:home"),
            [DetailKind.NewJob] = Map("job", "new job:job", "role", "new role:role", "new position:role", "position:role", "post:role", "promotion", "got promoted:promotion", "been promoted:promotion",
                "was promoted:promotion", "getting promoted:promotion", "promoted to:promotion", "made partner:promotion", "made manager:promotion", "retirement", "retirement party:retirement",
                "retiring:retirement", "retire:retirement", "retired:retirement", "business", "new business:business", "new company:business", "new shop:business", "new restaurant:business",
                "new cafe:business", "new café:business", "new bakery:business", "new venture:business", "own business:business", "new career:career", "first job", "dream job:job", "new gig:job", "job offer",
                "gig:job"),
            [DetailKind.Graduation] = Map("graduation", "graduating:graduation", "graduated:graduation", "graduates:graduation", "graduate:graduation", "commencement:graduation", "convocation:graduation",
                "graduation ceremony:graduation", "graduation party:graduation", "grad party:graduation", "driving test", "driver's test:driving test", "drivers test:driving test",
                "driving exam:driving test", "road test:driving test", "theory test", "exams", "exam:exams", "finals:exams", "final exams:exams", "bar exam", "bar:bar exam", "boards:exams",
                "a-levels", "a levels:a-levels", "gcses", "test:exams", "tests:exams", "thesis", "dissertation", "phd", "viva:phd", "degree", "diploma", "masters:degree", "master's:degree",
                "doctorate:phd", "mba:degree", "bachelor's:degree", "driving licence", "driver's license:driving license", "drivers license:driving license", "driving license", "licence:driving licence",
                "license:driving license", "results", "exam results:results", "a-level results:results", "gcse results:results", "acceptance letter:university place", "qualification",
                "certification", "results day:results", "back to school:first day at school", "kindergarten:first day at school", "nursery:first day at school", "school:first day at school",
                "reception:first day at school", "big school:first day at school", "high school:first day at school", "secondary school:first day at school", "primary school:first day at school",
                "uni:first day at university", "university:first day at university", "college:first day at university", "med school:first day at university", "law school:first day at university"),
            [DetailKind.Event] = Map("conference", "convention", "trade show", "tradeshow:trade show", "trade fair:trade show", "trade expo:trade show", "expo", "summit", "concert", "festival", "marathon",
                "half marathon", "half-marathon:half marathon", "half:half marathon", "5k:race", "10k:race", "triathlon", "ironman:triathlon", "fun run", "charity run:fun run", "charity walk", "gala", "recital",
                "tournament", "reunion", "prom", "hackathon", "fundraiser", "christening", "baptism", "bar mitzvah", "bat mitzvah", "quinceañera", "quinceanera:quinceañera", "sweet sixteen",
                "housewarming", "house party:party", "dinner party", "bachelor party", "bachelorette party", "hen do", "stag do", "buck's party:stag do", "bucks party:stag do", "buck's night:stag do", "bucks night:stag do", "hens party:hen do", "hen's party:hen do", "hens night:hen do", "hen's night:hen do", "hen party:hen do", "stag party:stag do", "party", "championship",
                "championships:championship", "competition", "ball", "gig", "exhibition", "book launch", "launch party", "awards", "awards ceremony:awards", "ceremony", "showcase", "meetup",
                "retreat", "workshop", "seminar", "exams", "exam", "finals:exams", "midterms:exams", "mocks:exams", "a-levels:exams", "a levels:exams", "gcses:exams", "sats:exams", "boards:exams",
                "bar exam:exams", "interview", "job interview:interview", "presentation", "audition", "race", "performance", "show", "play", "match", "game", "talk", "pitch", "keynote",
                "speech", "thesis defense:thesis defence", "defence:thesis defence", "viva:thesis defence", "tryouts", "trials:tryouts", "test:exam", "tests:exams", "ultramarathon:marathon",
                "ultra:marathon", "bbq:barbecue", "barbecue", "musical", "opera", "ballet", "theatre", "theater"),
            [DetailKind.Health] = Map("recovery", "surgery", "operation", "op:operation", "procedure", "chemo:treatment", "chemotherapy:treatment", "radiotherapy:treatment", "radiation:treatment",
                "dialysis:treatment", "transplant", "biopsy:procedure", "physio:recovery", "physiotherapy:recovery", "knee replacement:surgery", "hip replacement:surgery", "c-section:recovery",
                "appendectomy:surgery", "treatment", "cancer treatment:treatment", "mri:scan", "scan"),
            [DetailKind.Bereavement] = Map("loss"),
            [DetailKind.Hardship] = Map("time", "storm", "storms:storm", "hurricane", "tornado", "typhoon:storm", "cyclone:storm", "flood:flooding", "floods:flooding", "flooding", "wildfire:fire",
                "wildfires:fire", "bushfire:fire", "earthquake", "blizzard:storm", "ice storm:storm", "hailstorm:storm", "house fire:fire", "fire", "landslide", "mudslide:landslide",
                "week", "weeks:week", "month", "months:month", "year", "days:week", "period:time", "patch:time", "stretch:time", "spell:time", "weekend:week", "few days:week",
                "couple of weeks:week", "couple of months:month", "flooded:flooding", "was flooded:flooding", "got flooded:flooding", "burned down:fire", "burnt down:fire", "caught fire:fire"),
            [DetailKind.Pet] = Map("dog", "dogs", "puppy", "puppies", "pup:puppy", "cat", "cats", "kitten", "kittens", "kitty:cat", "rabbit", "bunny", "rabbits", "hamster", "guinea pig", "guinea pigs",
                "parrot", "budgie", "horse", "pony", "tortoise", "turtle", "ferret", "goldfish", "pet", "pets", "fur baby:pet", "furbaby:pet", "fur babies:pets", "doggo:dog", "pooch:dog",
                "labrador:dog", "spaniel:dog", "terrier:dog", "retriever:dog", "greyhound:dog", "lab:dog", "cocker spaniel:dog", "springer:dog", "golden retriever:dog", "poodle:dog", "beagle:dog",
                "collie:dog", "border collie:dog", "dachshund:dog", "sausage dog:dog", "husky:dog", "pug:dog", "bulldog:dog", "french bulldog:dog", "frenchie:dog", "whippet:dog", "lurcher:dog",
                "alsatian:dog", "german shepherd:dog", "shepherd:dog", "corgi:dog", "chihuahua:dog", "schnauzer:dog", "cockapoo:dog", "labradoodle:dog", "cavapoo:dog", "cavalier:dog",
                "staffie:dog", "staffy:dog", "boxer:dog", "rottweiler:dog", "jack russell:dog", "shih tzu:dog", "maltese:dog", "dalmatian:dog", "great dane:dog", "greyhounds:dogs",
                "tabby:cat", "siamese:cat", "persian:cat", "ragdoll:cat", "maine coon:cat", "bengal:cat", "gerbil", "lizard", "chinchilla", "hedgehog", "cockatiel", "rescue dog:dog", "rescue cat:cat", "rescue pup:puppy",
                "vet:pet", "vets:pet", "vet's:pet", "veterinarian:pet", "animal hospital:pet", "emergency vet:pet"),
            [DetailKind.NewPurchase] = Map("car", "house:home", "home", "flat", "apartment", "condo", "motorbike", "motorcycle", "truck", "van", "caravan", "camper", "campervan", "rv", "boat", "piano",
                "place:home", "sofa", "couch:sofa"),
            [DetailKind.Celebration] = Map("holiday season"),
            [DetailKind.Loyalty] = Map("loyalty"),
        };

        var defaults = new Dictionary<DetailKind, string>
        {
            [DetailKind.Travel] = "trip", [DetailKind.Birthday] = "birthday", [DetailKind.Anniversary] = "anniversary", [DetailKind.Wedding] = "wedding", [DetailKind.NewBaby] = "baby",
            [DetailKind.Moving] = "move", [DetailKind.NewJob] = "job", [DetailKind.Graduation] = "graduation", [DetailKind.Event] = "event", [DetailKind.Health] = "recovery",
            [DetailKind.Bereavement] = "loss", [DetailKind.Hardship] = "time", [DetailKind.Pet] = "pet", [DetailKind.NewPurchase] = "car", [DetailKind.Celebration] = "holiday season",
            [DetailKind.Loyalty] = "loyalty",
        };

        var fixedWords = new[]
        {
            "your", "the", "a", "to", "in", "new", "first", "his", "her", "their", "loss", "of", "with", "us", "years", "year", "difficult", "rough", "time", "damage", "at", "day", "school",
            "university", "arrival", "event", "trip", "wedding", "anniversary", "birthday", "move", "home", "job", "loyalty", "recovery", "pet", "car", "holiday", "season",
            "christmas", "eve", "boxing", "thanksgiving", "diwali", "eid", "hanukkah", "kwanzaa", "ramadan", "lunar", "chinese", "new", "year", "year's", "hogmanay", "easter", "passover",
            "rosh", "hashanah", "holi", "navratri", "vesak", "halloween", "mother's", "father's", "valentine's", "st", "patrick's", "fourth", "of", "july", "independence", "canada", "carnival",
            "mardi", "gras", "oktoberfest", "festive", "place", "business", "own", "people", "week", "month", "career", "offer", "storm", "flooding", "fire", "earthquake", "landslide",
            "hurricane", "tornado",
        };
        var words = PhraseBook.WordsOf(fixedWords.Concat(nouns.Values.SelectMany(t => t.Values)).Concat(RelationWords.Values).Concat(CelebrationNames.Values));

        return new PhraseBook { Nouns = nouns, DefaultNoun = defaults, Build = Build, Words = words };
    }

    /// <summary>Holiday as written → how a phrase names it.</summary>
    internal static readonly Dictionary<string, string> CelebrationNames = new(StringComparer.Ordinal)
    {
        ["christmas"] = "Christmas", ["christmas day"] = "Christmas", ["christmas eve"] = "Christmas Eve", ["boxing day"] = "Boxing Day", ["hanukkah"] = "Hanukkah", ["chanukah"] = "Hanukkah",
        ["hanukah"] = "Hanukkah", ["kwanzaa"] = "Kwanzaa", ["thanksgiving"] = "Thanksgiving", ["thanksgiving weekend"] = "Thanksgiving", ["diwali"] = "Diwali", ["deepavali"] = "Diwali",
        ["eid"] = "Eid", ["eid al-fitr"] = "Eid", ["eid al-adha"] = "Eid", ["eid ul-fitr"] = "Eid", ["eid ul-adha"] = "Eid", ["eid-ul-fitr"] = "Eid", ["eid mubarak"] = "Eid", ["ramadan"] = "Ramadan",
        ["ramadan kareem"] = "Ramadan", ["lunar new year"] = "Lunar New Year", ["happy lunar new year"] = "Lunar New Year", ["chinese new year"] = "Chinese New Year", ["new year's eve"] = "New Year's Eve",
        ["new years eve"] = "New Year's Eve", ["new year's day"] = "New Year", ["new year's"] = "New Year", ["new years"] = "New Year", ["new year"] = "New Year", ["happy new year"] = "New Year",
        ["hogmanay"] = "Hogmanay", ["easter"] = "Easter", ["happy easter"] = "Easter", ["passover"] = "Passover", ["pesach"] = "Passover", ["chag sameach"] = "the holidays",
        ["rosh hashanah"] = "Rosh Hashanah", ["shana tova"] = "Rosh Hashanah", ["holi"] = "Holi", ["navratri"] = "Navratri", ["vesak"] = "Vesak", ["halloween"] = "Halloween",
        ["mother's day"] = "Mother's Day", ["mothers day"] = "Mother's Day", ["father's day"] = "Father's Day", ["fathers day"] = "Father's Day", ["valentine's day"] = "Valentine's Day",
        ["valentines day"] = "Valentine's Day", ["valentine's"] = "Valentine's Day", ["st patrick's day"] = "St Patrick's Day", ["saint patrick's day"] = "St Patrick's Day",
        ["paddy's day"] = "St Patrick's Day", ["fourth of july"] = "the Fourth of July", ["4th of july"] = "the Fourth of July", ["independence day"] = "Independence Day",
        ["canada day"] = "Canada Day", ["the holidays"] = "the holidays", ["holiday season"] = "the holidays", ["festive season"] = "the festive season", ["the festive period"] = "the festive season",
        ["carnival"] = "Carnival", ["mardi gras"] = "Mardi Gras", ["oktoberfest"] = "Oktoberfest", ["merry christmas"] = "Christmas", ["happy diwali"] = "Diwali", ["happy hanukkah"] = "Hanukkah",
        ["happy holidays"] = "the holidays", ["happy thanksgiving"] = "Thanksgiving", ["season's greetings"] = "the holidays", ["seasons greetings"] = "the holidays",
    };

    private static Dictionary<string, string> Map(params string[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                map[entry] = entry;
            }
            else
            {
                map[entry[..colon]] = entry[(colon + 1)..];
            }
        }

        return map;
    }

    private static string Owner(PhraseParts p, string own = "your")
    {
        if (p.Name is { } name)
        {
            return name + "'s";
        }

        return p.Relation switch
        {
            null => own,
            "his" or "her" or "their" => p.Relation,
            var rel when PluralRelations.Contains(rel) => $"your {rel}'",
            var rel => $"your {rel}'s",
        };
    }

    private static string OrdinalText(int? n)
    {
        if (n is not { } v)
        {
            return string.Empty;
        }

        var suffix = (v % 100) is 11 or 12 or 13 ? "th" : (v % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{v}{suffix} ";
    }

    private static readonly HashSet<string> PersonalEvents = new(StringComparer.Ordinal)
    {
        "exams", "exam", "interview", "presentation", "audition", "race", "recital", "performance", "talk", "pitch", "keynote", "speech", "thesis defence", "tryouts", "show", "play", "match", "game",
    };

    private static string Build(PhraseParts p) => p.Kind switch
    {
        DetailKind.Travel when p.Place is { } place => $"{Owner(p)} {(p.Noun is "travels" ? "trip" : p.Noun)} to {place}",
        DetailKind.Travel => $"{Owner(p)} {p.Noun}",
        DetailKind.Birthday when p.Relation is null && p.Name is null && p.Noun == "the" => "the birthday",
        DetailKind.Birthday => $"{Owner(p)} {OrdinalText(p.Ordinal)}birthday",
        DetailKind.Anniversary => $"{Owner(p)} {OrdinalText(p.Ordinal)}{p.Noun}",
        DetailKind.Wedding when p.Noun == "the" => "the wedding",
        DetailKind.Wedding => $"{Owner(p)} {p.Noun}",
        DetailKind.NewBaby when p.Timing == DetailTiming.Future => p.Relation is null ? "the new baby" : $"{Owner(p)} new baby",
        DetailKind.NewBaby when p.Noun is "twins" or "triplets" => $"the {p.Noun}",
        DetailKind.NewBaby when p.Noun is "grandson" or "granddaughter" or "grandchild" or "niece" or "nephew" => $"your new {p.Noun}",
        DetailKind.NewBaby => p.Relation is null ? "your new baby" : $"{Owner(p)} new baby",
        DetailKind.Moving when p.Place is { } place => $"{Owner(p)} move to {place}",
        DetailKind.Moving when p.Noun == "home" => $"{Owner(p)} new home",
        DetailKind.Moving => $"{Owner(p)} move",
        DetailKind.NewJob => p.Noun switch
        {
            "promotion" or "retirement" or "first job" or "job offer" => $"{Owner(p)} {p.Noun}",
            "business" => $"{Owner(p)} new business",
            "career" => $"{Owner(p)} new career",
            var n => $"{Owner(p)} new {n}",
        },
        DetailKind.Graduation => p.Noun switch
        {
            "first day at school" or "university place" => $"{Owner(p)} {p.Noun}",
            var n => $"{Owner(p)} {n}",
        },
        DetailKind.Event when p.Relation is not null || p.Name is not null => $"{Owner(p)} {p.Noun}",
        DetailKind.Event when PersonalEvents.Contains(p.Noun) => $"your {p.Noun}",
        DetailKind.Event => $"the {p.Noun}",
        DetailKind.Health => $"{Owner(p)} {p.Noun}",
        DetailKind.Bereavement when p.Relation is "his" or "her" or "their" or null => "your loss",
        DetailKind.Bereavement => $"the loss of your {p.Relation}",
        DetailKind.Hardship => p.Noun switch
        {
            "storm" => "the storm damage",
            "flooding" => "the flooding",
            "fire" or "earthquake" or "hurricane" or "tornado" or "landslide" => $"the {p.Noun}",
            "week" => "a rough week",
            "month" => "a rough month",
            "year" => "a rough year",
            _ => "a difficult time",
        },
        DetailKind.Pet => p.IsNew ? $"{Owner(p)} new {p.Noun}" : $"{Owner(p)} {p.Noun}",
        DetailKind.NewPurchase => $"{Owner(p)} {(p.IsNew ? "new" : "first")} {p.Noun}",
        DetailKind.Celebration => p.Noun,
        DetailKind.Loyalty when p.Years is { } years => $"your {years} years with us",
        DetailKind.Loyalty => "your loyalty",
        _ => string.Empty,
    };
}
