import BylineCore

/// Builds articles for tests: paragraphs, and entities whose mentions are every whole-word
/// occurrence of their name and aliases in those paragraphs.
enum Reports {
    struct Named {
        var name: String
        var kind: Entity.Kind
        var key: String
        var aliases: [String] = []
        var roles: [String] = []
    }

    static func person(_ name: String, key: String, aliases: [String] = [], roles: [String] = []) -> Named {
        Named(name: name, kind: .person, key: key, aliases: aliases, roles: roles)
    }

    static func place(_ name: String, key: String) -> Named {
        Named(name: name, kind: .place, key: key)
    }

    static func org(_ name: String, key: String) -> Named {
        Named(name: name, kind: .organisation, key: key)
    }

    static func article(_ title: String, date: String? = nil, _ paragraphs: [String], naming: [Named] = [],
                        captions: [Caption] = [], quotes: [Quote] = [], tags: [String] = [], warnings: [String] = []) -> Article {
        let blocks = paragraphs.map { Block(kind: $0.hasPrefix("## ") ? .subhead : .paragraph, text: $0.hasPrefix("## ") ? String($0.dropFirst(3)) : $0) }
        let entities = naming.map { named -> Entity in
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
        return Article(id: "", path: "", format: .text, title: title, date: date.flatMap(ArticleDate.init(iso:)), dateText: date,
                       byline: "Newsdesk", source: "Source link", blocks: blocks, captions: captions, entities: entities,
                       quotes: quotes, tags: tags, warnings: warnings)
    }

    /// Whole-word occurrences, in Unicode scalar offsets.
    static func occurrences(of needle: String, in text: String) -> [Range<Int>] {
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
