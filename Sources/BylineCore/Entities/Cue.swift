/// The evidence `EntityClassifier` weighs, and what each piece is worth: one table, so a weight
/// is read, compared and changed in one place. A candidate's person, place and organisation
/// scores are sums of these; `Threshold` says what a score must reach.
///
/// Negative weights are evidence against the kind. The census rates multiply a name's census
/// frequency rank (0-10, see `CensusNames`).
enum Cue: CaseIterable, Sendable {
    // MARK: A person: titles and the name itself
    /// `Mrs`, `Dr`, `Sheikh` among the title words before the name.
    case honorificTitle
    /// A capitalised title before the name (`Kazakh President`).
    case title
    /// A lower-case role just before the name (`minister Dmitri Volkov`).
    case roleBefore
    /// An initial inside the name, not at its end (`J. R. Ewing`).
    case initialInName
    /// A given name from the lexicon counts as at least this census rank.
    case givenNameLexiconRank
    /// Per census rank of the first word as a given name, in a name of two or more words.
    case givenNameRate
    /// Per census rank of the surname, in a name of two or more words.
    case surnameRate
    /// The surname has a surname's ending (`-ov`, `-escu`, `-ski`).
    case surnameShape
    /// Every word looks like part of a name, in a name of up to three words.
    case namePartsShort
    /// Every word looks like part of a name, in a longer name.
    case namePartsLong
    /// Two or three capitalised words no lexicon knows, not opening a sentence.
    case unknownWords
    /// The same, opening a sentence or in a caseless script.
    case unknownWordsAtSentenceStart
    /// One word that heads or builds other names (`Association`, `Dinamo`).
    case headWordAlone
    /// Per census rank of a single word as a surname.
    case singleSurnameRate
    /// Per census rank of a single word as a given name.
    case singleGivenNameRate
    /// A single word with a surname's ending.
    case singleSurnameShape
    /// A single word the given-name lexicon knows.
    case singleGivenName
    /// A single word that is a common word, a month or a weekday.
    case singleCommonWord
    /// A single word in capitals.
    case singleAllCaps
    /// Lower-case `the` before the name (`the Cardinals`).
    case afterThe
    /// A known organisation inside the name (`Reynard Honda`).
    case holdsOrganisation
    /// An organisation's head word before the name's last word (`Major League Baseball`).
    case innerOrganisationHead

    // MARK: A person: the words around the name
    /// A verb of saying after the name (`Okafor said`).
    case saidAfter
    /// And a quotation closing just before the name (`…,” Tokayev said`).
    case quoteThenSpeaker
    /// A verb of saying before the name (`said Okafor`).
    case saidBefore
    /// A quotation, then a verb of saying, then the name (`” said Washington .`).
    case quoteSaidName
    /// A verb people do after the name (`Okafor told`).
    case personVerbAfter
    /// A cricket dismissal before the name (`c Knight b Hollioake`).
    case dismissal
    /// A goal time in brackets after the name (`( 53rd )`).
    case goalTime
    /// An age in commas after the name (`, 68 ,`).
    case age
    /// An apposition with a role or title (`, the European Commissioner`).
    case roleApposition
    /// `, who` after the name.
    case whoAfter
    /// `, which` after the name.
    case whichAfter
    /// `named` or `called` after a person noun (`a man named …`).
    case namedPerson
    /// `named` or `called` otherwise.
    case named
    /// A country or nationality in brackets after the name (`( Croatia )`).
    case bracketedCountry
    /// A role in brackets after the name (`( captain )`).
    case bracketedRole

    // MARK: A place
    /// `in`, `at`, `near`, `outside` before the name.
    case locativeBefore
    /// Another preposition of place before the name.
    case placePrepositionBefore
    /// `At Tunbridge Wells :` a venue heading.
    case venueHeading
    /// `the city of …`, `the island of …`.
    case placeNounOf
    /// A facility after the name (`Stansted airport`).
    case facilityAfter
    /// An apposition with a place noun (`, a city on the Caspian`).
    case placeApposition
    /// A landform after a one-word name (`the Ili river`).
    case landformAfter

    // MARK: An organisation
    /// A capital inside the word after small letters (`NationsBank`).
    case camelCase
    /// One short word in capitals (`NATO`, `OPEC`).
    case shortCapitals
    /// An apposition with an organisation noun (`, the company …`).
    case organisationApposition
    /// An organisation noun before the name (`news agency Tanjug`).
    case organisationNounBefore
    /// Shares or stock after the name (`Pirelli shares`).
    case securitiesAfter
    /// `the … party`: `the`, the name, an organisation noun.
    case theNameNoun
    /// `members of …`.
    case membersOf
    /// `shares in …`.
    case holdingIn
    /// Its initials in brackets after it (`… (ABC)`).
    case initialsInBrackets
    /// `…'s chief executive`, `…'s shareholders`.
    case corporatePossessive
    /// `London-based …`.
    case placedOrOwnedBy
    /// `the Greens`: a group called by a plural.
    case pluralGroup
    /// A side of `v` or `versus`.
    case versus

    /// What the cue adds to its score.
    var weight: Double {
        switch self {
        case .honorificTitle: return 6
        case .title: return 4
        case .roleBefore: return 3
        case .initialInName: return 5
        case .givenNameLexiconRank: return 8
        case .givenNameRate: return 0.5
        case .surnameRate: return 0.3
        case .surnameShape: return 3
        case .namePartsShort: return 1.5
        case .namePartsLong: return 1
        case .unknownWords: return 1
        case .unknownWordsAtSentenceStart: return 0.5
        case .headWordAlone: return -3
        case .singleSurnameRate: return 0.25
        case .singleGivenNameRate: return 0.15
        case .singleSurnameShape: return 2.5
        case .singleGivenName: return 1
        case .singleCommonWord: return -3
        case .singleAllCaps: return -3
        case .afterThe: return -3
        case .holdsOrganisation: return -3
        case .innerOrganisationHead: return -3
        case .saidAfter: return 2.5
        case .quoteThenSpeaker: return 2
        case .saidBefore: return 1.5
        case .quoteSaidName: return 3
        case .personVerbAfter: return 1.5
        case .dismissal: return 4
        case .goalTime: return 4
        case .age: return 4
        case .roleApposition: return 3
        case .whoAfter: return 4
        case .whichAfter: return -3
        case .namedPerson: return 5
        case .named: return 2
        case .bracketedCountry: return 3
        case .bracketedRole: return 3
        case .locativeBefore: return 3
        case .placePrepositionBefore: return 1.5
        case .venueHeading: return 3
        case .placeNounOf: return 5
        case .facilityAfter: return 4
        case .placeApposition: return 4
        case .landformAfter: return 3
        case .camelCase: return 3
        case .shortCapitals: return 2.5
        case .organisationApposition: return 3
        case .organisationNounBefore: return 3
        case .securitiesAfter: return 3
        case .theNameNoun: return 3
        case .membersOf: return 3
        case .holdingIn: return 3
        case .initialsInBrackets: return 3
        case .corporatePossessive: return 3
        case .placedOrOwnedBy: return 3
        case .pluralGroup: return 2.5
        case .versus: return 3
        }
    }
}

/// What a score must reach for `EntityClassifier` to decide, beside the `Cue` weights it sums.
enum Threshold {
    /// A person's score (its cues plus its title) decides a person when higher than the others.
    static let person = 4.0
    /// And makes the person certain.
    static let certainPerson = 6.0
    /// A place's score decides a place when at least the others.
    static let place = 3.0
    /// An organisation's score decides an organisation.
    static let organisation = 2.5
    /// A name-like run below `person` is still guessed a person, unless one word opening a
    /// sentence.
    static let guessedPerson = 2.5
    /// Organisation context that outweighs a name's own words (`shares in Ada Lindqvist`).
    static let organisationContext = 3.0
    /// A title weight below which a lexicon organisation stays one (an honorific overrules).
    static let titleOverrulingOrganisation = 6.0
    /// A title weight below which a lexicon place stays one.
    static let titleOverrulingPlace = 4.0
    /// A speaker score at which a lexicon place is read as a person (`” said Washington`).
    static let speakerOverrulingPlace = 4.0
    /// A census rank at which a head word alone may still be a surname (`Church`).
    static let surnameRankOfHeadWord = 6
    /// A census rank at which an organisation's head word inside a name may be a name's part.
    static let nameRankOfInnerHead = 5
    /// A census rank at which a word is a common given name (`hasPersonName`).
    static let givenNameRank = 5
}
