import BylineCore
import GRDB

/// The article list in the index's order: newest first, undated last, and of the reports of
/// one day (or the undated ones) the last indexed first.
///
/// That is the `article_date` index's own order (date, then row id) read backwards, so a page
/// is found by walking that index alone, without reading or sorting the reports before it:
/// the first screen of a 100,000-report index reads one page of rows, and so does the last
/// (2 ms to skip 50,000 entries; breaking ties by key instead sorted each day's reports, 17 ms).
enum ArticleListQuery {
    private static let columns = "a.key, f.path, a.title, a.date, a.byline, a.source, a.personCount"

    /// Every report.
    static func all(paths: ReportPaths, in db: Database) throws -> [ArticleSummary] {
        try summaries(sql: """
            SELECT \(columns) FROM article a JOIN file f ON f.id = a.fileId
            ORDER BY a.date IS NULL, a.date DESC, a.id DESC
            """, arguments: [], paths: paths, in: db)
    }

    /// The reports at positions `range` of `all`'s order: dated ones first, then undated.
    static func page(_ range: Range<Int>, paths: ReportPaths, in db: Database) throws -> [ArticleSummary] {
        guard range.lowerBound >= 0, !range.isEmpty else { return [] }
        var rows = try dated(limit: range.count, offset: range.lowerBound, paths: paths, in: db)
        guard rows.count < range.count else { return rows }
        // The page runs past the dated reports: the rest comes from the undated ones.
        let undatedOffset = rows.isEmpty ? range.lowerBound - (try datedCount(in: db)) : 0
        rows += try undated(limit: range.count - rows.count, offset: max(0, undatedOffset), paths: paths, in: db)
        return rows
    }

    /// How many reports there are, counted on the smallest index.
    static func count(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
    }

    private static func datedCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE date IS NOT NULL") ?? 0
    }

    // The inner SELECT reads only the `article_date` index (date and row id); the rows of the
    // page are read afterwards, by row id.
    private static func dated(limit: Int, offset: Int, paths: ReportPaths, in db: Database) throws -> [ArticleSummary] {
        try summaries(sql: """
            SELECT \(columns) FROM (
                SELECT id FROM article WHERE date IS NOT NULL ORDER BY date DESC, id DESC LIMIT ? OFFSET ?
            ) p JOIN article a ON a.id = p.id JOIN file f ON f.id = a.fileId
            ORDER BY a.date DESC, a.id DESC
            """, arguments: [limit, offset], paths: paths, in: db)
    }

    private static func undated(limit: Int, offset: Int, paths: ReportPaths, in db: Database) throws -> [ArticleSummary] {
        try summaries(sql: """
            SELECT \(columns) FROM (
                SELECT id FROM article WHERE date IS NULL ORDER BY id DESC LIMIT ? OFFSET ?
            ) p JOIN article a ON a.id = p.id JOIN file f ON f.id = a.fileId
            ORDER BY a.id DESC
            """, arguments: [limit, offset], paths: paths, in: db)
    }

    private static func summaries(sql: String, arguments: StatementArguments, paths: ReportPaths, in db: Database) throws -> [ArticleSummary] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { row in
            ArticleSummary(id: row[0], path: paths.path(for: row[1]), title: row[2], date: (row[3] as String?).flatMap(ArticleDate.init(iso:)),
                           byline: row[4], source: row[5], personCount: row[6])
        }
    }
}
