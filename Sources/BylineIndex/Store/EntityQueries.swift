import BylineCore
import Foundation
import GRDB

/// Entity lists, lookups by name and entity pages.
enum EntityQueries {
    /// An entity found by name, with its row id for joins.
    struct Match: Equatable {
        var id: Int64
        var summary: EntitySummary
    }

    private static let summaryColumns = "e.id, e.key, e.name, e.kind, e.articleCount, e.mentionCount"
    private static let ranking = "ORDER BY e.mentionCount DESC, e.articleCount DESC, e.name, e.key"

    /// Entities, most mentioned first.
    static func list(kind: Entity.Kind?, limit: Int, in db: Database) throws -> [EntitySummary] {
        let filter = kind == nil ? "" : "WHERE e.kind = ?"
        let arguments: StatementArguments = kind.map { [$0.rawValue, max(0, limit)] } ?? [max(0, limit)]
        return try Row.fetchAll(db, sql: "SELECT \(summaryColumns) FROM entity e \(filter) \(ranking) LIMIT ?", arguments: arguments)
            .compactMap(summary)
    }

    /// Entities named `name`, ignoring case and accents: by any name or alias the corpus gives
    /// them, failing that by another spelling or script of one (`EntityKey`), and failing that
    /// (for people) by surname, i.e. the last words of a name. Most mentioned first.
    static func matching(name: String, kind: Entity.Kind?, in db: Database) throws -> [Match] {
        let folded = NameFolding.fold(name)
        guard !folded.isEmpty else { return [] }
        let kindFilter = kind == nil ? "" : "AND e.kind = ?"
        let kindArgument: [any DatabaseValueConvertible] = kind.map { [$0.rawValue] } ?? []
        let exact = try Row.fetchAll(db, sql: """
            SELECT \(summaryColumns) FROM entity e
            WHERE e.id IN (SELECT entityId FROM alias WHERE folded = ?) \(kindFilter) \(ranking)
            """, arguments: StatementArguments([folded] + kindArgument))
        if !exact.isEmpty { return exact.compactMap(match) }
        // Another spelling of a name the corpus has: `Dmitry Volkov` for `Dmitri Volkov`,
        // `Назарбаев` for `Nazarbayev`.
        let keys = (kind.map { [$0] } ?? Entity.Kind.allCases).map { EntityKey.make(kind: $0, name: name) }
        let spelled = try Row.fetchAll(db, sql: """
            SELECT \(summaryColumns) FROM entity e WHERE e.key IN (\(databaseQuestionMarks(count: keys.count))) \(ranking)
            """, arguments: StatementArguments(keys))
        if !spelled.isEmpty { return spelled.compactMap(match) }
        guard kind == nil || kind == .person else { return [] }
        let pattern = "% " + folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return try Row.fetchAll(db, sql: """
            SELECT \(summaryColumns) FROM entity e
            WHERE e.kind = 'person' AND e.id IN (SELECT entityId FROM alias WHERE folded LIKE ? ESCAPE '\\') \(ranking)
            """, arguments: [pattern]).compactMap(match)
    }

    /// Everything the index knows about one entity, reports newest first.
    static func page(key: String, paths: ReportPaths, in db: Database) throws -> EntityPage? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(summaryColumns) FROM entity e WHERE e.key = ?", arguments: [key]),
              let entity = summary(row) else { return nil }
        let id: Int64 = row[0]
        let aliases = try String.fetchAll(db, sql: """
            SELECT name FROM alias WHERE entityId = ? AND name != ? ORDER BY articleCount DESC, name
            """, arguments: [id, entity.name])
        let roles = try String.fetchAll(db, sql: "SELECT role FROM role WHERE entityId = ? ORDER BY articleCount DESC, role", arguments: [id])

        // One pass over the reports naming it: each is read once for its title and its sentences.
        var appearances: [EntityPage.Appearance] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT a.id, a.key, f.path, a.title, a.date, p.mentions, a.blocks, a.body
            FROM appearance p
            JOIN article a ON a.id = p.articleId
            JOIN file f ON f.id = a.fileId
            WHERE p.entityId = ?
            ORDER BY p.articleId
            """), arguments: [id])
        while let row = try rows.next() {
            let list = MentionList(encoded: row[5] as String)
            let mentions = try row.withUnsafeData(atIndex: 7) { body in
                (body ?? Data()).withUnsafeBytes { MentionSentences.cut(list, body: $0, blocks: row[6]) }
            }
            appearances.append(EntityPage.Appearance(
                id: row[1], path: paths.path(for: row[2]), title: row[3],
                date: (row[4] as String?).flatMap(ArticleDate.init(iso:)), mentions: mentions))
        }
        // Newest first, undated last.
        let articles = appearances.sorted { x, y in
            switch (x.date, y.date) {
            case let (a?, b?): return a != b ? a > b : x.id < y.id
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return x.id < y.id
            }
        }
        return EntityPage(key: entity.key, name: entity.name, kind: entity.kind, aliases: aliases, roles: roles, articles: articles)
    }

    private static func summary(_ row: Row) -> EntitySummary? {
        guard let kind = Entity.Kind(rawValue: row[3]) else { return nil }
        return EntitySummary(key: row[1], name: row[2], kind: kind, articles: row[4], mentions: row[5])
    }

    private static func match(_ row: Row) -> Match? {
        summary(row).map { Match(id: row[0], summary: $0) }
    }
}
