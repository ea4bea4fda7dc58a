import BylineCore
import BylineIndex
import Foundation
import PostgresNIO

/// Reads a whole report back from its rows (as `ArticleRows` does for SQLite).
enum PostgresArticleRows {
    static func article(key: String, store: PostgresStore) throws(PostgresStoreError) -> Article? {
        var binds = store.corpusBinds
        binds.append(key)
        guard let row = try store.session.query("""
            SELECT a.id, a.key, f.path, a.format, a.title, a.title_derived, a.date, a.date_text, a.byline, a.source,
                   a.dateline, a.body, a.blocks, a.details
            FROM article a JOIN file f ON f.id = a.file_id WHERE a.corpus_id = $1 AND a.key = $2
            """, binds).first else { return nil }
        let cells = row.makeRandomAccess()
        func text(_ i: Int) -> String { (try? cells[i].decode(String.self)) ?? "" }
        func optional(_ i: Int) -> String? { try? cells[i].decode(String?.self) }
        guard let articleId = try? cells[0].decode(Int64.self), let format = ArticleFormat(rawValue: text(3)) else { return nil }
        let scalars = Array(text(11).unicodeScalars)
        let blocks = BlockLayout(encoded: text(12)).entries.map { block -> Block in
            let lower = min(max(0, block.start), scalars.count), upper = min(max(lower, block.start + block.length), scalars.count)
            return Block(kind: block.kind, text: String(String.UnicodeScalarView(scalars[lower..<upper])))
        }
        let details = ArticleDetails.decode(text(13))

        var mentionBinds = PostgresBindings()
        mentionBinds.append(articleId)
        var mentions: [Int64: [Mention]] = [:]
        for m in try store.session.query("""
            SELECT entity_id, block, start_at, end_at, in_credit FROM mention WHERE article_id = $1
            ORDER BY entity_id, block, in_credit, start_at
            """, mentionBinds) {
            guard let (entity, block, start, end, inCredit) = try? m.decode((Int64, Int, Int, Int, Bool).self) else { continue }
            mentions[entity, default: []].append(Mention(block: block, start: start, end: end, inCredit: inCredit))
        }
        let entities = try store.session.query("""
            SELECT p.entity_id, p.name, p.aliases::text, p.roles::text, e.key, e.kind
            FROM appearance p JOIN entity e ON e.id = p.entity_id WHERE p.article_id = $1 ORDER BY p.ordinal
            """, mentionBinds).compactMap { e -> Entity? in
            guard let (id, name, aliases, roles, key, kindText) = try? e.decode((Int64, String, String, String, String, String).self),
                  let kind = Entity.Kind(rawValue: kindText) else { return nil }
            return Entity(name: name, kind: kind, aliases: strings(aliases), roles: strings(roles), key: key, mentions: mentions[id] ?? [])
        }
        return Article(id: text(1), path: store.paths.path(for: text(2)), format: format, title: text(4),
                       titleDerived: (try? cells[5].decode(Bool.self)) ?? false, date: optional(6).flatMap(ArticleDate.init(iso:)),
                       dateText: optional(7), byline: optional(8), source: optional(9), dateline: optional(10),
                       blocks: blocks, captions: details.captions(blocks: blocks), entities: entities, quotes: details.quotes(blocks: blocks),
                       tags: details.tags, warnings: details.warnings)
    }

    static func strings(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
