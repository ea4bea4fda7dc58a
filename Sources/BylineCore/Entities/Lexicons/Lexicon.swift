/// Every word list entity recognition consults, loaded once per process.
///
/// Hand-written lists are parsed with the same tokenizer as report text, so an entry matches
/// exactly the tokens it would be split into (`U.S.`, `Bosnia and Herzegovina`). Single words
/// (with their census scores) and phrases are looked up by `TokenKey`.
struct Lexicon: Sendable {
    /// The lexicon every recognizer shares; built on first use.
    static let shared = Lexicon()

    let tokenizer: Tokenizer
    let censusNames: CensusNames
    private let words: WordTable
    private let phrases: WordTable
    /// The most tokens in any phrase entry.
    let longestPhrase: Int

    @inline(__always)
    func classes(_ key: UInt64) -> WordClass { words.lookup(key)?.classes ?? [] }

    /// Census scores of the word with `key`, when it is a census name.
    @inline(__always)
    func census(_ key: UInt64) -> CensusNames.Info? { censusNames.lookup(key) }

    /// The classes of the phrase whose key `TokenKey.phrase` built, or `[]`.
    func phrase(_ key: UInt64) -> WordClass { phrases.lookup(key)?.classes ?? [] }

    init() {
        censusNames = CensusNames()
        var words = WordTable(capacity: 6_000)
        var abbreviations = Set<UInt64>()
        Self.forEachEntry(CommonWords.abbreviations, Tokenizer(abbreviations: [])) { tokens in
            if let t = tokens.first { abbreviations.insert(t.key) }
        }
        tokenizer = Tokenizer(abbreviations: abbreviations)
        var phrases = WordTable(capacity: 1_000)
        var longest = 1
        for (list, classes) in Self.lists {
            Self.forEachEntry(list, tokenizer) { tokens in
                let first = tokens[0].key
                if tokens.count == 1 {
                    words.update(first) { $0.classes.formUnion(classes) }
                    return
                }
                words.update(first) { $0.classes.insert(.phraseStart) }
                let key = tokens.dropFirst().reduce(first) { TokenKey.phrase($0, $1.key) }
                phrases.update(key) { $0.classes.formUnion(classes) }
                longest = max(longest, tokens.count)
            }
        }
        self.words = words
        self.phrases = phrases
        longestPhrase = longest
    }

    /// Calls `body` with the tokens of each entry of `list`; entries are separated by `;` or
    /// line breaks.
    private static func forEachEntry(_ list: String, _ tokenizer: Tokenizer, _ body: ([Token]) -> Void) {
        let scalars = Array(list.unicodeScalars)
        let tokens = scalars.withUnsafeBufferPointer { tokenizer.tokenize($0) }
        var entry: [Token] = []
        for t in tokens {
            if t.flags.contains(.lineStart) || (t.isPunctuation && t.first == ";") {
                if !entry.isEmpty { body(entry) }
                entry.removeAll(keepingCapacity: true)
            }
            if !(t.isPunctuation && t.first == ";") { entry.append(t) }
        }
        if !entry.isEmpty { body(entry) }
    }

    private static let lists: [(String, WordClass)] = [
        (PlaceNames.countries, [.place, .country]),
        (PlaceNames.cities, [.place, .city]),
        (PlaceNames.divisions, [.place]),
        (PlaceNames.regions, [.place, .region]),
        (Nationalities.words, .nationality),
        (OrganisationNames.known, .organisation),
        (OrganisationNames.heads, .orgHead),
        (OrganisationNames.headsTakingOf, [.orgHead, .orgHeadOf]),
        (OrganisationNames.prefixes, .orgPrefix),
        (OrganisationNames.nouns, .orgNoun),
        (PersonCues.honorifics, .honorific),
        (PersonCues.titles, .title),
        (PersonCues.titleModifiers, .titleModifier),
        (PersonCues.roleNouns, .roleNoun),
        (PersonCues.roleModifiers, .titleModifier),
        (PersonCues.particles, .particle),
        (PersonCues.speechVerbs, .speechVerb),
        (PersonCues.pronouns, .pronoun),
        (PersonCues.personVerbs, .personVerb),
        (PersonCues.personNouns, .personNoun),
        (PersonCues.nameSuffixes, .nameSuffix),
        (PersonCues.givenNames, .givenName),
        (PersonCues.fictionalCharacters, .fictional),
        (CommonWords.functionWords, [.function, .common]),
        (CommonWords.nonNames, .common),
        (CommonWords.landforms, .landform),
        (CommonWords.eventHeads, .eventHead),
        (CommonWords.placeHeads, .placeHead),
        (CommonWords.placePrefixes, .placePrefix),
        (CommonWords.compass, .compass),
        (CommonWords.placeNouns, .placeNoun),
        (CommonWords.placePrepositions, .placePreposition),
        (CommonWords.connectors, .connector),
        (CommonWords.sportsVerbs, .sportsVerb),
        (CommonWords.sportsWords, .sportsWord),
        (CommonWords.abbreviations, .abbreviation),
        (CommonWords.months, .month),
        (CommonWords.weekdays, .weekday),
    ]
}
