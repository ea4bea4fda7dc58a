import Foundation

/// Every word list entity recognition consults, loaded once per process.
///
/// Hand-written lists are parsed with the same tokenizer as report text, so an entry matches
/// exactly the tokens it would be split into (`U.S.`, `Bosnia and Herzegovina`). Single words
/// and phrases are looked up by `TokenKey`.
struct Lexicon: Sendable {
    /// The lexicon every recognizer shares; built on first use (about 3 ms).
    static let shared = Lexicon()

    let census: CensusNames
    let tokenizer: Tokenizer
    private let words: [UInt64: WordClass]
    private let phrases: [UInt64: WordClass]
    /// The most tokens in any phrase entry.
    let longestPhrase: Int

    func classes(_ key: UInt64) -> WordClass { words[key] ?? [] }

    /// The classes of the phrase whose key `TokenKey.phrase` built, or `[]`.
    func phrase(_ key: UInt64) -> WordClass { phrases[key] ?? [] }

    init() {
        census = CensusNames()
        var abbreviations = Set<UInt64>()
        for entry in Self.entries(CommonWords.abbreviations) { abbreviations.insert(TokenKey.word(entry)) }
        tokenizer = Tokenizer(abbreviations: abbreviations)
        var builder = Builder(tokenizer: tokenizer)
        let lists: [(String, WordClass)] = [
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
            (PersonCues.personNouns, .personNoun),
            (PersonCues.nameSuffixes, .nameSuffix),
            (PersonCues.givenNames, .givenName),
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
            (CommonWords.abbreviations, .abbreviation),
        ]
        for (list, classes) in lists {
            for entry in Self.entries(list) { builder.add(entry, classes) }
        }
        for month in ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                      "Sept", "Oct", "Nov", "Dec"] {
            builder.add(month, .month)
        }
        for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] {
            builder.add(day, .weekday)
        }
        words = builder.words
        phrases = builder.phrases
        longestPhrase = builder.longest
    }

    /// The entries of a list: separated by `;` or line breaks, trimmed.
    static func entries(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    private struct Builder {
        let tokenizer: Tokenizer
        var words: [UInt64: WordClass] = [:]
        var phrases: [UInt64: WordClass] = [:]
        var longest = 1

        mutating func add(_ entry: String, _ classes: WordClass) {
            let scalars = Array(entry.unicodeScalars)
            let keys = scalars.withUnsafeBufferPointer { buffer in
                tokenizer.tokenize(buffer).map(\.key)
            }
            guard let first = keys.first else { return }
            if keys.count == 1 {
                words[first, default: []].formUnion(classes)
                return
            }
            words[first, default: []].insert(.phraseStart)
            let key = keys.dropFirst().reduce(first, TokenKey.phrase)
            phrases[key, default: []].formUnion(classes)
            longest = max(longest, keys.count)
        }
    }
}
