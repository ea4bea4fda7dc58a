import BylineCore
import Foundation
import GRDB

/// The index as an `ArticleStore`: what the reader and the commands read.
///
/// Every call reads one consistent snapshot of the database, so an `Indexer` may write to the
/// same `IndexDatabase` from another thread meanwhile; calls see the batches it committed.
///
///     let database = try IndexDatabase(path: IndexLocation.defaultPath(forCorpus: "Articles"))
///     _ = try Indexer(database: database, corpus: "Articles").update()
///     let store = IndexStore(database: database, corpus: "Articles")
///     let results = try store.search("water rights -drought", limit: 10)
public final class IndexStore: ArticleStore, Sendable {
    public let database: IndexDatabase
    /// The corpus folder as the user named it; paths in results start with it.
    public let corpus: String
    private let paths: ReportPaths

    public init(database: IndexDatabase, corpus: String) {
        self.database = database
        self.corpus = corpus
        var isDirectory: ObjCBool = true
        let exists = FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory)
        paths = ReportPaths(corpus: corpus, corpusIsFile: exists && !isDirectory.boolValue)
    }

    public func summaries() throws -> [ArticleSummary] {
        try database.read { try ArticleListQuery.all(paths: paths, in: $0) }
    }

    /// Counted in SQL, so a long list opens without reading every row.
    public func summaryCount() throws -> Int {
        try database.read { try ArticleListQuery.count(in: $0) }
    }

    /// One page of the list, found on the date index without reading the rows before it.
    public func summaries(in range: Range<Int>) throws -> [ArticleSummary] {
        guard range.lowerBound >= 0, !range.isEmpty else { return [] }
        return try database.read { try ArticleListQuery.page(range, paths: paths, in: $0) }
    }

    /// - Throws: `StoreError` when no report has this id.
    public func article(id: String) throws -> Article {
        guard let article = try database.read({ try ArticleRows.article(key: id, paths: paths, in: $0) }) else {
            throw StoreError("no report with id \(id) in the index")
        }
        return article
    }

    public func search(_ query: String, limit: Int) throws -> SearchResults {
        try database.read { try SearchEngine(paths: paths).search(query, limit: limit, in: $0) }
    }

    public func entities(kind: Entity.Kind?, limit: Int) throws -> [EntitySummary] {
        try database.read { try EntityQueries.list(kind: kind, limit: limit, in: $0) }
    }

    public func lookupEntities(name: String) throws -> [EntitySummary] {
        try database.read { try EntityQueries.matching(name: name, kind: nil, in: $0).map(\.summary) }
    }

    public func entityPage(key: String) throws -> EntityPage? {
        try database.read { try EntityQueries.page(key: key, paths: paths, in: $0) }
    }

    /// Counted from `reportEntities`; see `EntityConnections`.
    public func relations(key: String, limit: Int) throws -> EntityRelations? {
        try database.read { try EntityConnections.relations(key: key, limit: limit, in: $0) }
    }

    /// `relations(key:limit:)` as an index without stored links answers it, working the short
    /// forms' links out on the call (for `make bench`, which times both).
    public func relationsWorkingLinksOut(key: String, limit: Int) throws -> EntityRelations? {
        try database.read { try EntityConnections.relations(key: key, limit: limit, storedLinks: false, in: $0) }
    }

    /// `relations(key:limit:)` counted report by report from each report's blob, as an index
    /// answers while a run is writing, rather than from the stored co-occurrence counts (for
    /// `make bench`, which times both, and for tests, which compare them).
    public func relationsCountingReports(key: String, limit: Int) throws -> EntityRelations? {
        try database.read { try EntityConnections.relations(key: key, limit: limit, source: .reports, in: $0) }
    }

    public func sharedReports(key: String, with other: String) throws -> [SharedReport] {
        try database.read { try SharedReports.between(key, other, paths: paths, in: $0) }
    }

    /// The file's content hash and the report's place in the file: `9f3a…c2/0`.
    public func contentKey(id: String) throws -> String? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT f.hash, a.ordinal FROM article a JOIN file f ON f.id = a.fileId WHERE a.key = ?",
                             arguments: [id]).map { Self.contentKey(hash: $0[0], ordinal: $0[1]) }
        }
    }

    /// Looks the hash up among the files (a scan of the file table: only marks whose report
    /// moved need it).
    public func reportID(contentKey: String) throws -> String? {
        let parts = contentKey.split(separator: "/")
        guard parts.count == 2, let hash = UInt64(parts[0], radix: 16), let ordinal = Int(parts[1]) else { return nil }
        return try database.read { db in
            try String.fetchOne(db, sql: """
                SELECT a.key FROM file f JOIN article a ON a.fileId = f.id AND a.ordinal = ? WHERE f.hash = ? ORDER BY f.path LIMIT 1
                """, arguments: [ordinal, Int64(bitPattern: hash)])
        }
    }

    /// A mark's key from a file's content hash and the report's place in it (shared with the
    /// PostgreSQL store, so a mark means the same report in either).
    public static func contentKey(hash: Int64, ordinal: Int) -> String {
        String(UInt64(bitPattern: hash), radix: 16) + "/" + String(ordinal)
    }
}
