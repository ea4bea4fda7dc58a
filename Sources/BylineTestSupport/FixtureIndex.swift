import BylineCore
import BylineIndex
import Foundation

/// Hand-built reports indexed by the `Indexer` and served by an `IndexStore`, as the reader
/// serves a folder: the store UI tests read, so that they search, look names up and quote
/// sentences exactly as the reader does.
///
/// Each report is written to `ID.txt`, so it keeps its id, and results show its path under
/// `shownAs` (`/corpus/geneva-summit.txt`) rather than the temporary folder's.
///
///     let index = try FixtureIndex([report])
///     let hits = try index.store.search("person:Okafor", limit: 10).hits
public final class FixtureIndex: @unchecked Sendable {
    public let corpus: FixtureCorpus
    public let database: IndexDatabase
    public let store: IndexStore

    public init(_ articles: [Article], shownAs: String = "/corpus") throws {
        corpus = try FixtureCorpus()
        for article in articles { try corpus.write(article.id + ".txt", article) }
        database = try corpus.openDatabase()
        try corpus.index(database)
        store = corpus.store(database, shownAs: shownAs)
    }

    /// Adds `articles` (or replaces those with their ids) and brings the index up to date, as
    /// a rescan does; the store reads them at once.
    public func add(_ articles: [Article]) throws {
        for article in articles { try corpus.write(article.id + ".txt", article) }
        try corpus.index(database)
    }

    /// An index kept until the test process ends (its folder is removed then), for a test
    /// that holds only the store.
    public static func kept(_ articles: [Article], shownAs: String = "/corpus") throws -> FixtureIndex {
        let index = try FixtureIndex(articles, shownAs: shownAs)
        Kept.shared.add(index)
        return index
    }

    /// The indexes `kept` made; their folders go when the process exits.
    private final class Kept: @unchecked Sendable {
        static let shared = Kept()
        private let lock = NSLock()
        private var indexes: [FixtureIndex] = []

        private init() {
            atexit {
                for root in Kept.shared.roots() { try? FileManager.default.removeItem(atPath: root) }
            }
        }

        func add(_ index: FixtureIndex) {
            lock.lock()
            indexes.append(index)
            lock.unlock()
        }

        func roots() -> [String] {
            lock.lock()
            defer { lock.unlock() }
            return indexes.map(\.corpus.root)
        }
    }
}
