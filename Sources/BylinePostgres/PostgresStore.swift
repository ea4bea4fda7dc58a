import BylineCore
import BylineIndex
import Foundation
import PostgresNIO

/// A corpus on a PostgreSQL server as an `ArticleStore`: what the reader and the commands read,
/// with the same answers as the SQLite `IndexStore` (see `PostgresSearch` for how ranking
/// differs).
///
/// One connection, used by one call at a time (a lock keeps calls from two threads apart).
/// Each call is one statement or a few, each seeing what indexing runs have committed so
/// far; a connection lost between calls (the server restarted) is opened again.
///
///     let store = try PostgresStore(location: PostgresLocation(url: "postgresql://news@db/archive"), corpus: "Articles")
///     let results = try store.search("water rights -drought", limit: 10)
public final class PostgresStore: ArticleStore, @unchecked Sendable {
    public let location: PostgresLocation
    /// The corpus folder as the user named it; paths in results start with it.
    public let corpus: String
    public let corpusName: String
    let corpusId: Int
    let paths: ReportPaths
    let session: PostgresSession
    private let lock = NSLock()
    /// Short-form links (`ShortForms`) as of the corpus's `generation`.
    var cachedLinks: (generation: Int64, links: ShortForms)?

    /// Connects and checks that the database holds this corpus.
    ///
    /// - Throws: `PostgresStoreError` when the server cannot be reached, the database has no
    ///   Byline tables, or no corpus of that name.
    public init(location: PostgresLocation, corpus: String, corpusName: String? = nil) throws(PostgresStoreError) {
        self.location = location
        self.corpus = corpus
        let name = corpusName ?? PostgresCorpusName.defaultName(forFolder: corpus)
        self.corpusName = name
        session = try PostgresSession(location)
        try PostgresSchema.check(session)
        guard let id = try PostgresCorpusName.find(name, in: session) else {
            throw PostgresStoreError(location.description, problem: "the database has no corpus \(name)",
                                     advice: "run byline index DIR --index \(location) first (or give its --corpus-name)", kind: .noIndex)
        }
        corpusId = id
        var isDirectory: ObjCBool = true
        let exists = FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory)
        paths = ReportPaths(corpus: corpus, corpusIsFile: exists && !isDirectory.boolValue)
    }

    /// The names of the schema migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try locked { try PostgresSchema.appliedNames(session) }
    }

    /// The bytes the whole database takes on the server (`pg_database_size`).
    public static func databaseSize(location: PostgresLocation) throws -> Int64 {
        let session = try PostgresSession(location)
        defer { session.close() }
        return try session.query("SELECT pg_database_size(current_database())").first.flatMap { try? $0.decode(Int64.self) } ?? 0
    }

    /// Runs `body` with the session to itself.
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The corpus id as the first bind.
    var corpusBinds: PostgresBindings {
        var binds = PostgresBindings()
        binds.append(corpusId)
        return binds
    }

    private static let summaryColumns = "a.key, f.path, a.title, a.date, a.byline, a.source, a.person_count"
    private static let listOrder = "ORDER BY a.date DESC NULLS LAST, a.id DESC"

    public func summaries() throws -> [ArticleSummary] {
        try locked { try summaryRows(suffix: "", binds: corpusBinds) }
    }

    public func summaryCount() throws -> Int {
        try locked {
            try session.query("SELECT count(*) FROM article WHERE corpus_id = $1", corpusBinds).first.flatMap { try? $0.decode(Int.self) } ?? 0
        }
    }

    public func summaries(in range: Range<Int>) throws -> [ArticleSummary] {
        guard range.lowerBound >= 0, !range.isEmpty else { return [] }
        var binds = corpusBinds
        binds.append(range.count)
        binds.append(range.lowerBound)
        return try locked { try summaryRows(suffix: " LIMIT $2 OFFSET $3", binds: binds) }
    }

    private func summaryRows(suffix: String, binds: PostgresBindings) throws -> [ArticleSummary] {
        try session.query("""
            SELECT \(Self.summaryColumns) FROM article a JOIN file f ON f.id = a.file_id
            WHERE a.corpus_id = $1 \(Self.listOrder)\(suffix)
            """, binds).compactMap { row in
            guard let (key, path, title, date, byline, source, people) = try? row.decode((String, String, String, String?, String?, String?, Int).self) else { return nil }
            return ArticleSummary(id: key, path: paths.path(for: path), title: title, date: date.flatMap(ArticleDate.init(iso:)),
                                  byline: byline, source: source, personCount: people)
        }
    }

    /// - Throws: `StoreError` when no report has this id.
    public func article(id: String) throws -> Article {
        guard let article = try locked({ try PostgresArticleRows.article(key: id, store: self) }) else {
            throw StoreError("no report with id \(id) in the index")
        }
        return article
    }

    public func search(_ query: String, limit: Int) throws -> SearchResults {
        try locked { try PostgresSearch(store: self).search(query, limit: limit) }
    }

    public func entities(kind: Entity.Kind?, limit: Int) throws -> [EntitySummary] {
        try locked { try PostgresEntities(store: self).list(kind: kind, limit: limit) }
    }

    public func lookupEntities(name: String) throws -> [EntitySummary] {
        try locked { try PostgresEntities(store: self).matching(name: name, kind: nil).map(\.summary) }
    }

    public func entityPage(key: String) throws -> EntityPage? {
        try locked { try PostgresEntities(store: self).page(key: key) }
    }

    /// Counted from the `mention` table as the SQLite index counts from `reportEntities`.
    public func relations(key: String, limit: Int) throws -> EntityRelations? {
        try locked {
            let forms = try PostgresEntities(store: self).shortForms()
            return try PostgresRelations(store: self, forms: forms).relations(key: key, limit: limit)
        }
    }

    /// The sentences are cut out on the server, as for entity pages.
    public func sharedReports(key: String, with other: String) throws -> [SharedReport] {
        try locked {
            let forms = try PostgresEntities(store: self).shortForms()
            return try PostgresSharedReports(store: self, forms: forms).between(key, other)
        }
    }

    /// The file's content hash and the report's place in the file, as `IndexStore` writes it,
    /// so marks survive renames on a shared corpus too.
    public func contentKey(id: String) throws -> String? {
        try locked { () throws(PostgresStoreError) -> String? in
            var binds = corpusBinds
            binds.append(id)
            return try session.query("""
                SELECT f.hash, a.ordinal FROM article a JOIN file f ON f.id = a.file_id WHERE a.corpus_id = $1 AND a.key = $2
                """, binds).first.flatMap { row in
                (try? row.decode((Int64, Int).self)).map { IndexStore.contentKey(hash: $0.0, ordinal: $0.1) }
            }
        }
    }

    /// The report of this corpus whose file has the hash, first by path when copies exist.
    public func reportID(contentKey: String) throws -> String? {
        let parts = contentKey.split(separator: "/")
        guard parts.count == 2, let hash = UInt64(parts[0], radix: 16), let ordinal = Int(parts[1]) else { return nil }
        return try locked { () throws(PostgresStoreError) -> String? in
            var binds = corpusBinds
            binds.append(ordinal)
            binds.append(Int64(bitPattern: hash))
            return try session.query("""
                SELECT a.key FROM file f JOIN article a ON a.file_id = f.id AND a.ordinal = $2
                WHERE f.corpus_id = $1 AND f.hash = $3 ORDER BY f.path LIMIT 1
                """, binds).first.flatMap { try? $0.decode(String.self) }
        }
    }
}
