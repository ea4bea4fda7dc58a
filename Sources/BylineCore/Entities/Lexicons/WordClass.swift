/// What the hand-written lexicons say a word or phrase can be. A word may be several things
/// (`Georgia` is a place and a first name; `May` a month and a first name).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    // Places
    /// A country, city, region, sea, state or other named place.
    static let place = WordClass(rawValue: 1 << 0)
    /// A country (its national team in a sports report is the country too).
    static let country = WordClass(rawValue: 1 << 1)
    /// Ends a place name: `Sea`, `River`, `Island`, `Peninsula`, `Street`.
    static let placeHead = WordClass(rawValue: 1 << 2)
    /// Opens a place name: `Lake`, `Mount`, `Cape`, `Fort`.
    static let placePrefix = WordClass(rawValue: 1 << 3)
    /// A lower-case landform noun that makes a place of the adjective before it
    /// (`Crimean peninsula`).
    static let landform = WordClass(rawValue: 1 << 4)
    /// A compass word that opens a place name (`North`, `Southern`).
    static let compass = WordClass(rawValue: 1 << 5)

    // Organisations
    /// A known organisation or its usual acronym.
    static let organisation = WordClass(rawValue: 1 << 6)
    /// Ends an organisation's name: `Inc`, `Ministry`, `Council`, `University`, `Party`.
    static let orgHead = WordClass(rawValue: 1 << 7)
    /// An organisation head that takes `of`/`for`/`on` after it (`Bank of England`,
    /// `Council on Foreign Relations`).
    static let orgHeadOf = WordClass(rawValue: 1 << 8)
    /// A news organisation (`Reuters`); also a cue after `told`.
    static let newsAgency = WordClass(rawValue: 1 << 9)

    // People
    /// A nationality or people (`Kazakh`, `Russians`); never a name of its own.
    static let nationality = WordClass(rawValue: 1 << 10)
    /// `Mr`, `Mrs`, `Dr`, `Sir`: a person's name follows.
    static let honorific = WordClass(rawValue: 1 << 11)
    /// A capitalised title before a name (`President`, `Minister`, `Secretary`, `Coach`).
    static let title = WordClass(rawValue: 1 << 12)
    /// Words that build titles without being one (`Prime`, `Foreign`, `Deputy`, `State`).
    static let titleModifier = WordClass(rawValue: 1 << 13)
    /// A lower-case role before a name (`spokesman`, `striker`, `leader`).
    static let roleNoun = WordClass(rawValue: 1 << 14)
    /// A given name common outside the US census lists (`Vladimir`, `Jürgen`, `Mohammed`).
    static let givenName = WordClass(rawValue: 1 << 15)
    /// A lower-case particle inside names (`de`, `van`, `der`, `bin`, `al`).
    static let particle = WordClass(rawValue: 1 << 16)
    /// Nouns for people that `named X` follows (`a woman named Kuralai`).
    static let personNoun = WordClass(rawValue: 1 << 17)
    /// Verbs of saying (`said`, `told`, `says`, `added`).
    static let speechVerb = WordClass(rawValue: 1 << 18)
    /// Pronouns that stand for a speaker (`he`, `she`).
    static let pronoun = WordClass(rawValue: 1 << 19)

    // Not names
    /// Capitalised words that are not names (`The`, `Security`, `Protesters`, `However`).
    static let common = WordClass(rawValue: 1 << 20)
    static let month = WordClass(rawValue: 1 << 21)
    static let weekday = WordClass(rawValue: 1 << 22)
    /// Lower-case words that join the parts of a longer name (`of`, `for`, `on`, `and`).
    static let connector = WordClass(rawValue: 1 << 23)
    /// Prepositions that usually take a place (`in`, `at`, `near`, `from`).
    static let placePreposition = WordClass(rawValue: 1 << 24)
    /// Words that take a full stop as part of themselves (`Mr.`, `Inc.`, `Gen.`).
    static let abbreviation = WordClass(rawValue: 1 << 25)
    /// Words after which a capitalised team name follows in sports reports (`beat`, `against`).
    static let sportsVerb = WordClass(rawValue: 1 << 26)
    /// Lower-case nouns for a kind of place (`city`, `town`, `village`, `province`).
    static let placeNoun = WordClass(rawValue: 1 << 27)
    /// Lower-case nouns for a kind of organisation (`company`, `club`, `party`, `agency`).
    static let orgNoun = WordClass(rawValue: 1 << 28)
    /// The first word of some multi-word lexicon entry.
    static let phraseStart = WordClass(rawValue: 1 << 29)
    /// Opens a club or company name (`Real Madrid`, `FC Porto`).
    static let orgPrefix = WordClass(rawValue: 1 << 33)
    /// Function words and sentence adverbs (`The`, `But`, `However`): never a name's edge.
    static let function = WordClass(rawValue: 1 << 34)
    /// Ends the name of an event or prize, which is none of the three kinds (`Open`, `Cup`).
    static let eventHead = WordClass(rawValue: 1 << 35)
    /// A word that marks a sports report (`innings`, `striker`, `halftime`).
    static let sportsWord = WordClass(rawValue: 1 << 36)
    /// Verbs whose subject is almost always a person (`resigned`, `smiled`, `spoke`).
    static let personVerb = WordClass(rawValue: 1 << 37)
    /// A word that makes the name it ends a person's relative title (`Jr`, `III`).
    static let nameSuffix = WordClass(rawValue: 1 << 30)
    /// A place that is a region or continent rather than a country or city.
    static let region = WordClass(rawValue: 1 << 31)
    /// A city: in a sports result it stands for its club.
    static let city = WordClass(rawValue: 1 << 32)
    /// A character of fiction (`Sherlock Holmes`): named like a person, but not a person of the
    /// report.
    static let fictional = WordClass(rawValue: 1 << 38)
}
