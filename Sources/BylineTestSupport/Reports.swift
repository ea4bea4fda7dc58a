import BylineCore

/// Builds articles for tests: paragraphs, and entities whose mentions are every whole-word
/// occurrence of their name and aliases in those paragraphs (no recogniser involved).
///
///     let okafor = Reports.person("Amara Okafor", key: "person:amara-okafor", aliases: ["Okafor"])
///     let report = Reports.article("Geneva water summit opens", date: "2023-11-20",
///                                  ["Amara Okafor opened the summit."], naming: [okafor])
public enum Reports {
    /// An entity to mark in a report's text.
    public struct Named: Sendable {
        public var name: String
        public var kind: Entity.Kind
        public var key: String
        public var aliases: [String]
        public var roles: [String]

        public init(name: String, kind: Entity.Kind, key: String, aliases: [String] = [], roles: [String] = []) {
            self.name = name
            self.kind = kind
            self.key = key
            self.aliases = aliases
            self.roles = roles
        }
    }

    /// The key the recogniser gives an entity of `kind` named `name` (`EntityKey`).
    public static func key(_ name: String, _ kind: Entity.Kind) -> String {
        EntityKey.make(kind: kind, name: name)
    }

    /// An entity of `kind` named `name`, under the key the recogniser would give it.
    public static func entity(_ name: String, _ kind: Entity.Kind) -> Named {
        Named(name: name, kind: kind, key: key(name, kind))
    }

    public static func person(_ name: String, key: String, aliases: [String] = [], roles: [String] = []) -> Named {
        Named(name: name, kind: .person, key: key, aliases: aliases, roles: roles)
    }

    public static func place(_ name: String, key: String) -> Named {
        Named(name: name, kind: .place, key: key)
    }

    public static func org(_ name: String, key: String) -> Named {
        Named(name: name, kind: .organisation, key: key)
    }

    /// A report of `paragraphs` (one starting `## ` is a subhead), bylined "Newsdesk", whose
    /// id and path the fixture corpus sets from its file.
    public static func article(_ title: String, date: String? = nil, _ paragraphs: [String], naming: [Named] = [],
                               captions: [Caption] = [], quotes: [Quote] = [], tags: [String] = [], warnings: [String] = []) -> Article {
        let blocks = paragraphs.map { Block(kind: $0.hasPrefix("## ") ? .subhead : .paragraph, text: $0.hasPrefix("## ") ? String($0.dropFirst(3)) : $0) }
        return Article(id: "", path: "", format: .text, title: title, date: date.flatMap(ArticleDate.init(iso:)), dateText: date,
                       byline: "Newsdesk", source: "Source link", blocks: blocks, captions: captions,
                       entities: entities(naming, in: blocks), quotes: quotes, tags: tags, warnings: warnings)
    }

    /// One entity for each of `named`, mentioned at every whole-word occurrence of its name
    /// or an alias in `blocks` (the longer form first where two overlap), in reading order.
    public static func entities(_ named: [Named], in blocks: [Block]) -> [Entity] {
        named.map { named -> Entity in
            var taken: [Int: [Range<Int>]] = [:]
            var mentions: [Mention] = []
            for form in [named.name] + named.aliases {
                for (b, block) in blocks.enumerated() {
                    for range in occurrences(of: form, in: block.text) where !(taken[b] ?? []).contains(where: { $0.overlaps(range) }) {
                        mentions.append(Mention(block: b, start: range.lowerBound, end: range.upperBound))
                        taken[b, default: []].append(range)
                    }
                }
            }
            mentions.sort { ($0.block, $0.start) < ($1.block, $1.start) }
            return Entity(name: named.name, kind: named.kind, aliases: named.aliases, roles: named.roles, key: named.key, mentions: mentions)
        }
    }

    /// Whole-word occurrences, in Unicode scalar offsets.
    public static func occurrences(of needle: String, in text: String) -> [Range<Int>] {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        guard !n.isEmpty, hay.count >= n.count else { return [] }
        var found: [Range<Int>] = []
        for i in 0...(hay.count - n.count) where Array(hay[i..<i + n.count]) == n {
            let before = i == 0 || !hay[i - 1].properties.isAlphabetic
            let after = i + n.count == hay.count || !hay[i + n.count].properties.isAlphabetic
            if before && after { found.append(i..<i + n.count) }
        }
        return found
    }
}
