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

        var mentions: [Int64: [Mention]] = [:]
        // Through the report's appearances, so both lookups use a primary key: mention's starts
        // with entityId, and a filter on articleId alone scans the whole table (300 ms at
        // 100,000 reports, on every report the reader opens).
        for m in try MentionRecord.fetchAll(db, sql: """
            SELECT m.* FROM appearance p JOIN mention m ON m.entityId = p.entityId AND m.articleId = p.articleId
            WHERE p.articleId = ? ORDER BY m.block, m.start
            """, arguments: [articleId]) {
            mentions[m.entityId, default: []].append(Mention(block: m.block, start: m.start, end: m.end))
        }
        let entities = try Row.fetchAll(db, sql: """
            SELECT p.entityId, p.name, p.aliases, p.roles, e.key, e.kind
            FROM appearance p JOIN entity e ON e.id = p.entityId
            WHERE p.articleId = ? ORDER BY p.ordinal
            """, arguments: [articleId]).compactMap { e -> Entity? in
            guard let kind = Entity.Kind(rawValue: e[5]) else { return nil }
            return Entity(name: e[1], kind: kind, aliases: decodeStrings(e[2]), roles: decodeStrings(e[3]), key: e[4],
                          mentions: mentions[e[0]] ?? [])
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
