namespace GraciousBot.Closing.Details;

/// <summary>
/// The proper nouns a phrase may carry: places (a gazetteer, plus capitalized words that pass strict checks) and
/// first names (a list). Anything else the customer typed never reaches a sign-off.
/// </summary>
internal static class Gazetteer
{
    // Written as they should appear; matched case-insensitively. Exonyms for es, fr and de are included.
    private const string PlaceList = """
        Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Cambodia|Cameroon|Canada|Chile|China|Colombia|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Dominican Republic|Ecuador|Egypt|El Salvador|England|Estonia|Ethiopia|Fiji|Finland|France|Georgia|Germany|Ghana|Greece|Greenland|Guatemala|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|South Korea|Kosovo|Kuwait|Laos|Latvia|Lebanon|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Nigeria|Northern Ireland|North Macedonia|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Singapore|Slovakia|Slovenia|South Africa|Spain|Sri Lanka|Sweden|Switzerland|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Türkiye|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|United States|USA|the States|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Zambia|Zimbabwe|Europe|Asia|Africa|South America|North America|Central America|Scandinavia|the Caribbean|Caribbean|Antarctica|the Alps|Alps|the Balkans|the Middle East|Patagonia|Lapland|Tuscany|Provence|Normandy|Brittany|Bavaria|Andalusia|Catalonia|the Algarve|Algarve|Cornwall|Devon|the Lake District|the Highlands|the Cotswolds|Yorkshire|Bali|Java|Phuket|Hawaii|Maui|Oahu|Alaska|Florida|California|Texas|New York|New Jersey|Arizona|Colorado|Nevada|Utah|Oregon|Washington|Montana|Idaho|Wyoming|Vermont|Maine|Massachusetts|Connecticut|Rhode Island|Pennsylvania|Ohio|Michigan|Illinois|Indiana|Iowa|Wisconsin|Minnesota|Missouri|Kansas|Nebraska|Oklahoma|Arkansas|Louisiana|Mississippi|Alabama|Tennessee|Kentucky|Virginia|West Virginia|North Carolina|South Carolina|Maryland|Delaware|New Mexico|New Hampshire|North Dakota|South Dakota|Ontario|Quebec|British Columbia|Alberta|Nova Scotia|Queensland|Tasmania|Sicily|Sardinia|Corsica|Crete|Santorini|Mykonos|Rhodes|Corfu|Cyprus|Mallorca|Majorca|Menorca|Ibiza|Tenerife|Lanzarote|Gran Canaria|Fuerteventura|the Canaries|Canary Islands|Madeira|the Azores|Azores|Malta|Gozo|Capri|Amalfi|the Amalfi Coast|Lake Como|Lake Garda|Dubrovnik|Split|Zanzibar|Jersey|Guernsey|Isle of Wight|Skye|Iceland|Tahiti|Fiji|Bora Bora|Cancun|Cancún|Cabo|Tulum|Disneyland|Disney World|Disneyland Paris|Yosemite|Yellowstone|the Grand Canyon|Grand Canyon|Niagara Falls|Machu Picchu|the Outer Banks|Cape Cod|the Hamptons|Napa|Napa Valley|the Keys|Key West|the Rockies|
        London|Paris|Lisbon|Porto|Madrid|Barcelona|Seville|Sevilla|Valencia|Malaga|Málaga|Granada|Bilbao|San Sebastian|San Sebastián|Rome|Milan|Venice|Florence|Naples|Turin|Bologna|Verona|Pisa|Berlin|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Dresden|Leipzig|Düsseldorf|Dusseldorf|Nuremberg|Heidelberg|Vienna|Salzburg|Innsbruck|Zurich|Zürich|Geneva|Bern|Basel|Lucerne|Amsterdam|Rotterdam|The Hague|Utrecht|Brussels|Bruges|Antwerp|Ghent|Copenhagen|Stockholm|Oslo|Bergen|Helsinki|Reykjavik|Dublin|Cork|Galway|Belfast|Edinburgh|Glasgow|Aberdeen|Inverness|Cardiff|Swansea|Manchester|Liverpool|Leeds|Birmingham|Bristol|Bath|Oxford|Cambridge|Brighton|York|Newcastle|Sheffield|Nottingham|Leicester|Norwich|Exeter|Plymouth|Southampton|Bournemouth|Blackpool|Prague|Budapest|Warsaw|Krakow|Kraków|Gdansk|Athens|Thessaloniki|Istanbul|Antalya|Bodrum|Moscow|Kyiv|Kiev|Bucharest|Sofia|Belgrade|Zagreb|Ljubljana|Tallinn|Riga|Vilnius|Marseille|Lyon|Nice|Bordeaux|Toulouse|Nantes|Strasbourg|Lille|Montpellier|Cannes|Monaco|Monte Carlo|Marrakech|Marrakesh|Casablanca|Fez|Cairo|Luxor|Dubai|Abu Dhabi|Doha|Tel Aviv|Jerusalem|Amman|Beirut|Mumbai|Delhi|New Delhi|Goa|Bangalore|Jaipur|Kolkata|Chennai|Kathmandu|Colombo|Bangkok|Chiang Mai|Hanoi|Ho Chi Minh City|Saigon|Singapore|Kuala Lumpur|Jakarta|Manila|Hong Kong|Macau|Shanghai|Beijing|Taipei|Seoul|Busan|Tokyo|Kyoto|Osaka|Sapporo|Okinawa|Hiroshima|Sydney|Melbourne|Brisbane|Perth|Adelaide|Cairns|Auckland|Wellington|Queenstown|Christchurch|Cape Town|Johannesburg|Durban|Nairobi|Lagos|Accra|Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa|Quebec City|Halifax|Banff|Whistler|New York City|NYC|Manhattan|Brooklyn|Boston|Chicago|Los Angeles|LA|San Francisco|San Diego|Seattle|Portland|Denver|Austin|Dallas|Houston|San Antonio|Phoenix|Las Vegas|Vegas|Miami|Orlando|Tampa|Atlanta|Nashville|Memphis|New Orleans|Charlotte|Raleigh|Philadelphia|Philly|Pittsburgh|Baltimore|Washington DC|DC|Detroit|Minneapolis|St Louis|St. Louis|Kansas City|Salt Lake City|Honolulu|Anchorage|Savannah|Charleston|Santa Fe|Sacramento|Palm Springs|Mexico City|Guadalajara|Monterrey|Oaxaca|Havana|Bogota|Bogotá|Medellin|Medellín|Cartagena|Lima|Cusco|Quito|Santiago|Buenos Aires|Montevideo|Rio|Rio de Janeiro|São Paulo|Sao Paulo|
        Londres|Lisboa|Roma|Milán|Venecia|Florencia|Nápoles|Berlín|Múnich|Viena|Zúrich|Ginebra|Ámsterdam|Bruselas|Copenhague|Estocolmo|Atenas|Estambul|Moscú|Praga|Varsovia|Nueva York|Francia|Alemania|Italia|Inglaterra|Escocia|Irlanda|Japón|Grecia|Suiza|Bélgica|Países Bajos|Holanda|Suecia|Noruega|Dinamarca|Polonia|Turquía|Marruecos|Egipto|Brasil|Perú|México|Méjico|Canadá|Estados Unidos|Reino Unido|Tailandia|Canarias|Mallorca|
        Lisbonne|Rome|Milan|Venise|Florence|Naples|Berlin|Munich|Vienne|Genève|Bruxelles|Copenhague|Athènes|Moscou|Varsovie|Barcelone|Séville|Madrid|Londres|Édimbourg|Dublin|New York|Espagne|Allemagne|Italie|Angleterre|Écosse|Irlande|Japon|Grèce|Suisse|Belgique|Pays-Bas|Suède|Norvège|Danemark|Pologne|Turquie|Maroc|Égypte|Brésil|Pérou|Mexique|Canada|États-Unis|Royaume-Uni|Thaïlande|Corse|Bretagne|Provence|Normandie|Alsace|Martinique|Guadeloupe|la Réunion|Réunion|
        Lissabon|Rom|Mailand|Venedig|Florenz|Neapel|München|Wien|Zürich|Genf|Brüssel|Kopenhagen|Athen|Moskau|Warschau|Prag|Barcelona|Sevilla|London|Paris|Köln|Nürnberg|Spanien|Deutschland|Italien|England|Schottland|Irland|Japan|Griechenland|Schweiz|Belgien|Niederlande|Holland|Schweden|Norwegen|Dänemark|Polen|Türkei|Marokko|Ägypten|Brasilien|Peru|Mexiko|Kanada|USA|Amerika|Thailand|Österreich|Frankreich|Kroatien|Portugal|Mallorca|Sylt|Rügen|Usedom|Bayern|Ostsee|Nordsee|Schwarzwald|Bodensee|Tirol
        """;

    private const string FirstNameList = """
        Aaron|Abby|Abigail|Adam|Adrian|Aidan|Aisha|Alan|Alex|Alexa|Alexander|Alexandra|Alice|Alicia|Alison|Amanda|Amber|Amelia|Amy|Ana|Andrea|Andrew|Andy|Angela|Anna|Anne|Annie|Anthony|Arthur|Ashley|Ava|Barbara|Bella|Ben|Benjamin|Beth|Bethany|Betty|Bill|Bob|Brandon|Brian|Brianna|Caleb|Cameron|Carl|Carlos|Carmen|Carol|Caroline|Catherine|Charles|Charlie|Charlotte|Chloe|Chris|Christina|Christopher|Claire|Clara|Daniel|Dana|Daniela|Danny|David|Deborah|Diana|Diego|Dylan|Ed|Eddie|Edward|Elena|Eli|Elijah|Elizabeth|Ella|Ellie|Emily|Emma|Eric|Erin|Ethan|Eva|Evan|Evelyn|Fatima|Finn|Fiona|Frank|Freya|Gabriel|Gavin|George|Georgia|Grace|Hannah|Harper|Harry|Hazel|Helen|Henry|Holly|Hugo|Ian|Isaac|Isabel|Isabella|Isla|Ivy|Jack|Jacob|Jake|James|Jamie|Jane|Jason|Jay|Jen|Jennifer|Jess|Jessica|Jim|Joe|John|Jonathan|Jordan|Jose|José|Joseph|Josh|Joshua|Julia|Julie|Justin|Karen|Kate|Katie|Kayla|Kevin|Kim|Kyle|Laura|Lauren|Layla|Leah|Leo|Liam|Lily|Linda|Lisa|Logan|Louis|Lucas|Lucy|Luis|Luke|Luna|Maria|María|Mark|Mary|Mason|Matt|Matthew|Max|Maya|Megan|Mia|Michael|Michelle|Mike|Mila|Mohammed|Muhammad|Molly|Nathan|Nicole|Noah|Nora|Oliver|Olivia|Omar|Oscar|Owen|Paul|Peter|Poppy|Priya|Rachel|Rebecca|Richard|Riley|Robert|Rose|Ruby|Ryan|Sam|Samantha|Samuel|Sara|Sarah|Scarlett|Sean|Sofia|Sophia|Sophie|Stella|Stephen|Steve|Susan|Thomas|Tom|Tony|Tyler|Victoria|Violet|Will|William|Zoe|Zoë|Ahmed|Ali|Fatma|Yusuf|Raj|Arjun|Ananya|Wei|Mei|Hiroshi|Yuki|Kenji|Sakura|
        Alejandro|Alba|Álvaro|Antonio|Carla|Carolina|Daniela|Elena|Francisco|Javier|Jorge|Juan|Lucía|Manuel|Marta|Miguel|Pablo|Paula|Pedro|Raúl|Sergio|Valentina|Camila|Mateo|Santiago|Sebastián|Ximena|
        Amélie|Antoine|Camille|Chloé|Clément|Élise|Émilie|Hugo|Inès|Jules|Julien|Léa|Léo|Louise|Lucas|Manon|Margaux|Mathilde|Maxime|Nicolas|Pierre|Théo|Thomas|Zoé|
        Anja|Ben|Emil|Felix|Finn|Hanna|Jan|Jonas|Julia|Karl|Klaus|Lea|Lena|Leon|Lukas|Marie|Mia|Niklas|Paul|Sophie|Tim|Tobias|Ursula|Jürgen|Sabine|Stefan|Katrin|Greta
        """;

    /// <summary>Capitalized words that are never a place, even after "to": brands, stores, apps, job words.</summary>
    private const string NotPlaces = """
        I|I'm|The|A|An|My|Our|Your|This|That|It|We|You|He|She|They|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Thanksgiving|Diwali|Eid|Hanukkah|Halloween|Amazon|Walmart|Target|Costco|Tesco|Asda|Sainsbury's|Lidl|Aldi|IKEA|Ikea|Apple|Google|Microsoft|Samsung|Netflix|Spotify|Uber|Airbnb|Facebook|Instagram|Twitter|WhatsApp|PayPal|Visa|Mastercard|Support|Customer|Service|Services|Settings|Account|Premium|Pro|Plus|Basic|Gold|Silver|Platinum|Business|Enterprise|Team|Teams|Hospital|Work|School|College|University|Uni|Church|Home|Bed|Town|Office|Store|Shop|Mall|Gym|Bank|Court|Doctor|Dentist|Vet|Airport|Heaven|Hell|Mum|Mom|Dad|Grandma|Grandpa|Manager|Sales|Billing|Order|Orders|Delivery|Refund|Returns|Checkout|Cart|App|Website|Portal|Dashboard|Help|Chat|Agent|Bot|Hi|Hello|Thanks|Thank|Please|Yes|No|OK|Okay|Sorry|Here|There|Now|Then|Today|Tomorrow|Yesterday|Next|Last|New|Old|Big|Little|Great|Good|Bad|Best|Worst|Friend|Friends|Family|Mr|Mrs|Ms|Dr|Flat|Apartment|Apt|Unit|Suite|Room|Building|Block|House|Cottage|Farm|Lodge|Manor|Villa|Number|No|Box|Hotel|Motel|Inn|Hostel|Resort|Station|Terminal|Gate|Platform|Street|Road|Avenue|Lane|Drive|Close|Court|Way|Square|Park|Centre|Center|Mall|Plaza|Tower|Towers|Hall|House|Care|Clinic|Surgery|Practice|Ward|Unit|Campus|Office|Offices|HQ|Headquarters|Depot|Warehouse
        """;

    private static readonly Dictionary<string, string> Places = Build(PlaceList);
    private static readonly Dictionary<string, string> FirstNames = Build(FirstNameList);
    private static readonly HashSet<string> Excluded = new(Split(NotPlaces), StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest place name in the gazetteer, in words.</summary>
    public const int MaxPlaceWords = 4;

    /// <summary>Every place name and first name, as written, for the safety vocabulary.</summary>
    public static IEnumerable<string> AllProperNouns => Places.Values.Concat(FirstNames.Values);

    /// <summary>Gazetteer entries that are also ordinary words; they count only when typed with a capital.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "nice", "split", "bath", "cork", "java", "rom", "turkey", "chile", "the keys", "keys", "la", "dc", "mobile", "reading", "rio", "cabo",
    };

    /// <summary>Looks a place up; <paramref name="typedWithCapital"/> says whether the customer capitalized it.</summary>
    public static bool TryPlace(string words, bool typedWithCapital, out string place)
    {
        var key = Key(words);
        if (Places.TryGetValue(key, out var found) && (typedWithCapital || !CommonWords.Contains(key)))
        {
            // Abbreviations such as "LA" must be typed in capitals.
            if (found.Length <= 3 && found.All(char.IsUpper) && !typedWithCapital && found is not ("UK" or "USA" or "UAE" or "NYC"))
            {
                place = string.Empty;
                return false;
            }

            place = found;
            return true;
        }

        place = string.Empty;
        return false;
    }

    public static bool TryFirstName(string word, out string name)
    {
        if (FirstNames.TryGetValue(Key(word), out var found))
        {
            name = found;
            return true;
        }

        name = string.Empty;
        return false;
    }

    public static bool IsExcluded(string word) => Excluded.Contains(word.Trim('\'', '’'));

    /// <summary>A name the caller gave (not the customer's text): letters, spaces, hyphens, apostrophes; first word only.</summary>
    public static string? SafeFirstName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var first = name.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
        if (first.Length is < 1 or > 30 || !first.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.') || !char.IsLetter(first[0]))
        {
            return null;
        }

        // "dana" → "Dana"; "DANA" → "Dana"; "McKenzie" stays.
        return first.All(c => !char.IsLetter(c) || char.IsLower(c)) || first.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? char.ToUpperInvariant(first[0]) + first[1..].ToLowerInvariant()
            : first;
    }

    private static string Key(string words) => string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static IEnumerable<string> Split(string list) => list.Split(['|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, string> Build(string list)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Split(list))
        {
            map.TryAdd(Key(entry), entry);
        }

        return map;
    }
}
