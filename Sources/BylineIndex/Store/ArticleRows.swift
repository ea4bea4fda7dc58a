import BylineCore
import Foundation
import GRDB

/// Reads a whole report back from its rows.
enum ArticleRows {
    static func article(key: String, paths: ReportPaths, in db: Database) throws -> Article? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.*, f.path AS filePath FROM article a JOIN file f ON f.id = a.fileId WHERE a.key = ?
            """, arguments: [key]) else { return nil }
        let record = try ArticleRecord(row: row)
        guard let articleId = record.id, let format = ArticleFormat(rawValue: record.format) else { return nil }
        let scalars = Array(record.body.unicodeScalars)
        let blocks = BlockLayout(encoded: record.blocks).entries.map { block -> Block in
            let lower = min(max(0, block.start), scalars.count), upper = min(max(lower, block.start + block.length), scalars.count)
            return Block(kind: block.kind, text: String(String.UnicodeScalarView(scalars[lower..<upper])))
        }
        let details = ArticleDetails.decode(record.details)

        let entities = try Row.fetchAll(db, sql: """
            SELECT p.name, p.aliases, p.roles, e.key, e.kind, p.mentions
            FROM appearance p JOIN entity e ON e.id = p.entityId
            WHERE p.articleId = ? ORDER BY p.ordinal
            """, arguments: [articleId]).compactMap { e -> Entity? in
            guard let kind = Entity.Kind(rawValue: e[4]) else { return nil }
            return Entity(name: e[0], kind: kind, aliases: decodeStrings(e[1]), roles: decodeStrings(e[2]), key: e[3],
                          mentions: MentionList(packed: e[5] as Data).items.map(\.mention))
        }
        return Article(id: record.key, path: paths.path(for: row["filePath"]), format: format, title: record.title,
                       titleDerived: record.titleDerived, date: record.date.flatMap(ArticleDate.init(iso:)),
                       dateText: record.dateText, byline: record.byline, source: record.source, dateline: record.dateline,
                       blocks: blocks, captions: details.captions(blocks: blocks), entities: entities, quotes: details.quotes(blocks: blocks),
                       tags: details.tags, warnings: details.warnings)
    }

    private static func decodeStrings(_ json: String?) -> [String] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
