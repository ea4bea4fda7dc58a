/// The people a byline names as the report's authors: `By Maria Santos and John Doe`,
/// `Hana Sato, Hannah Becker`, `Claire Dubois | Reuters`. Each becomes a person of the report
/// with the role `author` (the same person when the story names them too); a generic byline
/// (`admin`, `Newsdesk`, `Staff Reporter`, `Agencies`, an agency's name) names no one and stays
/// a byline only.
public enum BylineAuthors {
    /// The role of a person who wrote the report.
    public static let role = "author"

    /// The personal names in `byline`, in order.
    ///
    ///     BylineAuthors.names(in: "By Maria L. Santos and John Doe/Reuters")  // ["Maria L. Santos", "John Doe"]
    public static func names(in byline: String) -> [String] {
        names(in: byline, lexicon: .shared)
    }

    static func names(in byline: String, lexicon: Lexicon) -> [String] {
        // Separators: commas, `and` (`et`), `&`, `|`, `/`, `;`, ` - `, and `By` (`Par`, `Por`)/`with` before a name.
        var parts: [[Substring]] = [[]]
        for word in byline.split(whereSeparator: \.isWhitespace) {
            var word = word
            var ends = false
            while let last = word.last, ",;|/&".contains(last) {
                word = word.dropLast()
                ends = true
            }
            let lower = word.lowercased()
            if ["and", "et", "&", "|", "/", "-", "–", "—", "with", "by", "par", "por"].contains(lower) || word.isEmpty {
                if !(parts.last?.isEmpty ?? true) { parts.append([]) }
            } else if word.contains("/") {
                // `Santos/Reuters`: the name, then who distributed it.
                let pieces = word.split(separator: "/")
                for (i, piece) in pieces.enumerated() {
                    parts[parts.count - 1].append(piece)
                    if i < pieces.count - 1 { parts.append([]) }
                }
            } else {
                parts[parts.count - 1].append(word)
            }
            if ends && !(parts.last?.isEmpty ?? true) { parts.append([]) }
        }
        return parts.compactMap { words in isPersonalName(words, lexicon) ? words.joined(separator: " ") : nil }
    }

    /// Two to five words, each capitalised (or an initial, or a particle such as `de`), none
    /// a generic byline word, none a news agency or organisation word, the first a given name
    /// the census knows or followed by a surname it knows.
    private static func isPersonalName(_ words: [Substring], _ lexicon: Lexicon) -> Bool {
        guard (2...5).contains(words.count) else { return false }
        for (i, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first else { return false }
            let key = TokenKey.word(String(word))
            if generic.contains(word.lowercased()) || word.contains(where: \.isNumber) || word.contains("@") { return false }
            let classes = lexicon.classes(key)
            if !classes.intersection([.newsAgency, .organisation, .orgHead, .title, .honorific]).isEmpty { return false }
            if particles.contains(word.lowercased()) && i > 0 && i < words.count - 1 { continue }
            guard ScalarClass.isUpper(first) else { return false }
            // A word in capitals longer than an initial is an agency or a desk (`AFP`, `NEWS`).
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.count > 2 && letters.allSatisfy({ ScalarClass.isUpper($0) }) { return false }
        }
        return true
    }

    /// Particles inside a surname (`Ingrid van der Berg`, `Marianne de Graaf`).
    private static let particles: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "di", "bin", "al", "el", "ibn", "ter", "ten"]

    /// Words of bylines that name a desk, a job or a service rather than a person.
    private static let generic: Set<String> = [
        "admin", "administrator", "newsdesk", "news", "desk", "staff", "reporter", "reporters", "correspondent",
        "correspondents", "editor", "editors", "editorial", "agencies", "agency", "team", "board", "bureau",
        "wire", "wires", "service", "services", "online", "web", "digital", "writer", "writers", "contributor",
        "contributors", "guest", "author", "authors", "press", "media", "network", "report", "reports",
        "times", "post", "daily", "herald", "tribune", "journal", "gazette", "magazine", "tv", "radio", "group",
        "international", "global", "world", "national", "local", "sports", "business", "opinion", "unknown",
        "anonymous", "user", "webmaster", "moderator", "office", "department", "our", "the", "a",
    ]

    /// `entities` with each author of `byline` among them: an entity of the report with the
    /// same name (or a name ending in the author's, or whose name the author's ends in) gets
    /// the role; otherwise the author is added as a person with no mention in the story.
    static func adding(byline: String?, to entities: [Entity], lexicon: Lexicon) -> [Entity] {
        guard let byline else { return entities }
        var entities = entities
        for name in names(in: byline, lexicon: lexicon) {
            let form = NameForm(name).spelled
            let same = entities.firstIndex { e in
                e.kind == .person && (NameForm(e.name).spelled == form || e.aliases.contains { NameForm($0).spelled == form })
            }
            if let i = same {
                if !entities[i].roles.contains(role) { entities[i].roles.append(role) }
            } else {
                entities.append(Entity(name: name, kind: .person, roles: [role], key: EntityKey.make(kind: .person, form: NameForm(name))))
            }
        }
        return entities
    }
}
