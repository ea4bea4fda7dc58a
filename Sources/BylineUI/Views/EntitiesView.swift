import BylineCore

/// A list of entities: those named in one report, or those of the whole corpus.
public struct EntitiesView: Sendable {
    public enum Scope: Sendable, Equatable {
        /// People first, then places and organisations, of one report.
        case article(id: String, title: String)
        /// Entities of the corpus, of one kind or all.
        case corpus(Entity.Kind?)
        /// The entities a name could mean.
        case named(String)
    }

    public var scope: Scope
    public internal(set) var items: [EntitySummary] = []
    public internal(set) var roles: [String: String] = [:]
    public internal(set) var loaded = false
    public internal(set) var error: String?
    public var cursor = ListCursor()

    public init(scope: Scope) {
        self.scope = scope
    }

    /// The entities of `article`, people first, each with its mentions in the report.
    mutating func load(article: Article) {
        var byKey: [String: EntitySummary] = [:]
        var order: [String] = []
        for e in article.entities {
            if var s = byKey[e.key] {
                s.mentions += e.mentions.count
                byKey[e.key] = s
            } else {
                byKey[e.key] = EntitySummary(key: e.key, name: e.name, kind: e.kind, articles: 1, mentions: e.mentions.count)
                order.append(e.key)
                if let role = e.roles.first { roles[e.key] = role }
            }
        }
        let rank: [Entity.Kind: Int] = [.person: 0, .place: 1, .organisation: 2]
        items = order.compactMap { byKey[$0] }.sorted { a, b in
            (rank[a.kind]!, -a.mentions, a.name) < (rank[b.kind]!, -b.mentions, b.name)
        }
        loaded = true
    }

    mutating func load(_ entities: [EntitySummary]) {
        items = entities
        loaded = true
    }

    mutating func fail(_ message: String) {
        error = message
        loaded = true
    }

    public var selected: EntitySummary? { items.indices.contains(cursor.selected) ? items[cursor.selected] : nil }
}
