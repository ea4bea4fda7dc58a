/// Capitalised words that are not names: the function words and frequent openers of English
/// sentences, calendar words, and words that news capitalises without naming anyone.
enum CommonWords {
    /// Function words, pronouns and sentence adverbs: never part of a name's edge.
    static let functionWords = """
    a; an; the; this; that; these; those; there; here; it; its; it's; i; i'm; i've; i'd; i'll; me; my
    we; us; our; you; your; he; him; his; she; her; hers; they; them; their; one; ones; someone
    anyone; everyone; no-one; nobody; everybody; something; anything; everything; nothing; who
    whom; whose; which; what; whatever; whoever; whichever; where; wherever; when; whenever; why; how
    and; or; but; nor; so; yet; for; if; unless; because; since; as; although; though; while
    whilst; whereas; after; before; until; till; once; whether; then; than; also; too; still; even
    only; just; already; again; never; always; often; sometimes; perhaps; maybe; indeed; instead
    however; meanwhile; moreover; furthermore; nevertheless; nonetheless; otherwise; therefore
    thus; hence; besides; anyway; overall; finally; first; firstly; second; secondly; third; lastly
    last; next; earlier; later; today; tomorrow; yesterday; tonight; now; soon; recently; currently; already
    in; on; at; by; of; off; to; from; with; without; within; into; onto; upon; about; above; across
    against; along; among; amid; amidst; around; behind; below; beneath; beside; between; beyond
    despite; down; during; except; inside; near; outside; over; past; per; through; throughout
    toward; towards; under; underneath; unlike; up; via; is; are; was; were; be; been; being; am
    has; have; had; do; does; did; will; would; shall; should; can; could; may; might; must; not
    no; yes; all; any; both; each; either; neither; every; few; many; much; more; most; other
    others; some; such; several; another; own; same; very; well; like; unlike; let; please
    according; asked; about; following; including; regarding; given; despite; because
    a.m; p.m; am; pm; ok; okay; oh; ah; hey; hi; hello; thanks; thank
    """

    /// Capitalised words that are not names on their own: calendar words, and words news
    /// capitalises at the start of a sentence or in a headline.
    static let nonNames = """
    january; february; march; april; may; june; july; august; september; october; november
    december; jan; feb; mar; apr; jun; jul; aug; sep; sept; oct; nov; dec; monday; tuesday
    wednesday; thursday; friday; saturday; sunday; mon; tue; tues; wed; thu; thur; thurs; fri; sat
    sun; christmas; easter; ramadan; eid; new year; spring; summer; autumn; winter; weekend
    dozens; hundreds; thousands; millions; billions; some; most; half; none; all; many; several
    police; officials; government; authorities; troops; soldiers; protesters; demonstrators
    security; analysts; experts; investors; traders; dealers; shares; stocks; prices; markets
    sources; witnesses; residents; officers; rebels; militants; critics; supporters; voters
    east-west; north-south; west-east; south-north; northeastern; northwestern; southeastern
    southwestern; midwestern; unrest; violence; armored; armoured; state; national; federal; local; international; global
    breaking; update; updated; exclusive; analysis; opinion; comment; editorial; interview
    photo; photos; video; videos; graphic; factbox; timeline; q&a; advertisement; related; source
    sources; note; notes; results; result; scores; score; standings; table; tables; fixtures
    attendance; half-time; halftime; full-time; teams; team; squad; scorers; scorer; goals
    innings; wickets; runs; overs; round; final; finals; semifinal; semi-final; quarterfinal
    quarter-final; group; division; league; cup; championship; open; tour; race; stage; match
    matches; games; game; points; pts; won; lost; drawn; drew; beat; played; total; totals; average
    tv; tvs; pc; pcs; dvd; dvds; id; ids; gmt; utc; bst; est; edt; pst; cet; mp; mps; mep
    meps; ceo; ceos; cfo; coo; cto; p2p; gdp; gnp; vat; sms; gps; usb; pdf; url; html; hiv; dna
    rna; ipo; ipos; atm; atms; suv; suvs; vip; vips; hq; faq; diy; lcd; led; hd; 3d; 4g; 5g; wifi
    wi-fi; hr; pr; mph; kph; rpm; ppm; ok; ad; bc; bce; nb; ps; fyi; tba
    """

    /// Words that end the names of events, prizes and days (`Hong Kong Open`, `Labor Day`).
    static let eventHeads = """
    Open; Cup; Games; Championship; Championships; Day; Tour; Prix; Trophy; Classic; Masters
    Olympics; War; Award; Awards; Prize; Festival; Series; Marathon; Rally; Derby; Bowl; Week; Plan
    Act; Treaty; Accord; Accords; Agreement; Protocol; Declaration; Doctrine; Index; Average
    """

    /// Lower-case landform nouns that make a place of the capitalised adjective before them.
    static let landforms = """
    peninsula; sea; river; lake; island; islands; mountains; mountain; desert; valley; basin; delta
    strait; straits; gulf; bay; coast; plateau; steppe; archipelago; canal; reservoir; dam; glacier
    oasis; volcano; lagoon; estuary; fjord
    """

    /// Capitalised words that end a place's name (`Caspian Sea`, `Red Square`).
    static let placeHeads = """
    Sea; Ocean; River; Lake; Island; Islands; Isles; Peninsula; Mountains; Mountain; Mount; Hills
    Valley; Desert; Basin; Delta; Strait; Straits; Gulf; Bay; Coast; Plateau; Canal; Channel; Falls
    Street; St; Avenue; Ave; Road; Square; Boulevard; Bridge; Airport; Stadium; Park; Harbour
    Harbor; Province; Region; Oblast; Territory; Territories; Prefecture; Governorate; County
    District; Republic; Kingdom; Emirate; Heights; Plain; Plains; Forest; Glacier; Reef; Cape
    Springs; Beach; Port; Palace; Square; Oval; Arena; Circuit
    """

    /// Capitalised words that open a place's name (`Lake Balkhash`, `Mount Everest`).
    static let placePrefixes = """
    Lake; Mount; Mt; Cape; Fort; Port; Gulf; Bay; Isle; Sierra; Santa; San; Sao; São; Saint; St
    Sainte; Ste; Los; Las; Ras; Wadi; Kuala; New; Greater; Upper; Lower; Avenida; Calle; Plaza
    Rue; Place; Piazza; Via; Palais; Palazzo; Château; Puerto; Porto; Playa; Rio; Río; Monte; Cerro
    Isla; Lago; Bahía; Bahia; Caleta; Praia; Ponte; Pont; Quai
    """

    /// Compass words that open place names (`North Korea`, `Southern Sudan`).
    static let compass = """
    North; South; East; West; Northern; Southern; Eastern; Western; Central; Northeast; Northwest
    Southeast; Southwest; North-East; North-West; South-East; South-West
    """

    /// Lower-case nouns naming a kind of place (`a city on the Caspian Sea`).
    static let placeNouns = """
    city; town; village; capital; port; region; province; state; country; nation; district
    county; island; republic; kingdom; suburb; neighbourhood; neighborhood; settlement; oblast
    """

    static let placePrepositions = """
    in; at; near; from; to; into; outside; across; toward; towards; around; throughout; via
    """

    /// Lower-case words that can join the capitalised parts of one name.
    static let connectors = """
    of; for; on; and; the; de; du; des; del; della; di; da; la; le; upon; in; am; an
    """

    /// Words after which sports reports name a team or player.
    static let sportsVerbs = """
    beat; beats; defeated; defeats; drew; draw; against; versus; vs; v; lost; edged; thrashed
    routed; crushed; overcame; eliminated; knocked; hosts; host; visit; visiting; visitors
    """

    /// Words that mark a sports report (two distinct ones make one).
    static let sportsWords = """
    soccer; football; cricket; baseball; basketball; tennis; golf; rugby; hockey; athletics; cycling
    boxing; skiing; swimming; motorsport; racing; innings; wicket; wickets; goal; goals; scorers; scorer
    halftime; half-time; touchdown; homer; homers; inning; quarterfinal; quarter-final; semifinal
    semi-final; playoff; playoffs; league; championship; tournament; seeded; standings; pitcher
    striker; midfielder; goalkeeper; batsman; bowler; fixtures; postponed; olympic; medal; sprint
    """

    static let months = """
    January; February; March; April; May; June; July; August; September; October; November
    December; Jan; Feb; Mar; Apr; Jun; Jul; Aug; Sep; Sept; Oct; Nov; Dec
    """

    static let weekdays = """
    Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday
    """

    /// Words that take a full stop as part of themselves (`Mr.`, `Inc.`).
    static let abbreviations = """
    mr; mrs; ms; dr; prof; sr; jr; snr; jnr; st; mt; ft; gen; col; lt; maj; capt; cmdr; adm; sgt
    cpl; pte; brig; gov; sen; rep; rev; fr; hon; insp; det; supt; messrs; mme; mlle; inc; corp; ltd
    co; bros; no; nos; vs; v; jan; feb; mar; apr; jun; jul; aug; sep; sept; oct; nov; dec; ave
    """
}
