import BylineCore
import Foundation

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

    public func sharedReports(key: String, with other: String) throws -> [SharedReport] {
        try database.read { try SharedReports.between(key, other, paths: paths, in: $0) }
    }
}
