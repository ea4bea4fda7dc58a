import BylineCore
import BylineIndex
import CorpusGenerator
import Foundation
@testable import BylinePostgres

/// A folder of reports in a temporary directory, indexed into a fresh database on the shared
/// test server and, for comparisons, into an SQLite index beside it.
final class ServerCorpus: @unchecked Sendable {
    let root: String
    let folder: String
    let url: String
    var location: PostgresLocation { try! PostgresLocation(url: url) }

    /// A copy of `source` (default: the bundled Articles/), or `generated` reports.
    init(copying source: String? = PostgresTestServer.bundledArticles, generated: Int = 0) throws {
        guard let server = PostgresTestServer.shared else { throw PostgresTestServer.Failure(text: PostgresTestServer.unavailableReason) }
        root = NSTemporaryDirectory() + "byline-pg-test-" + UUID().uuidString
        folder = root + "/reports"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if generated > 0 {
            _ = try CorpusGenerator(seed: 7, markdownShare: 0).write(count: generated, to: folder)
        } else if let source {
            try FileManager.default.copyItem(atPath: source, toPath: folder)
        }
        url = try server.freshDatabase()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func indexer() -> PostgresIndexer { PostgresIndexer(location: location, corpus: folder) }

    @discardableResult
    func index() throws -> IndexSummary { try indexer().update() }

    func store() throws -> PostgresStore { try PostgresStore(location: location, corpus: folder) }

    /// The same folder in an SQLite index, for answers to compare.
    func sqliteStore() throws -> IndexStore {
        let database = try IndexDatabase(path: root + "/index.sqlite")
        _ = try Indexer(database: database, corpus: folder).update()
        return IndexStore(database: database, corpus: folder)
    }

    func write(_ relativePath: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + relativePath, atomically: true, encoding: .utf8)
    }
}
