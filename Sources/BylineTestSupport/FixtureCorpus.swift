import BylineCore
import BylineIndex
import Foundation

/// A corpus folder in a temporary directory whose files hold hand-built articles as JSON, with
/// a loader that reads them back, so tests control every entity and mention.
///
/// The loader counts the files it parses, which is how tests see that a run read nothing.
/// The folder is removed when the corpus is released.
///
///     let corpus = try FixtureCorpus()
///     try corpus.write("2024/drought.txt", Reports.article("Drought", ["Rain is late."]))
///     let database = try corpus.openDatabase()
///     try corpus.index(database)
///     let hits = try corpus.store(database).search("rain", limit: 10).hits
public final class FixtureCorpus: @unchecked Sendable {
    public let root: String
    public let folder: String
    public let indexPath: String
    /// Files the loader parsed.
    public let parses = Counter()

    public init() throws {
        root = NSTemporaryDirectory() + "byline-index-test-" + UUID().uuidString
        folder = root + "/reports"
        indexPath = root + "/cache/index.sqlite"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Writes `article` (its id and path are set from the file's place when read).
    public func write(_ relativePath: String, _ article: Article) throws {
        let data = try JSONEncoder().encode(article)
        try write(relativePath, data: data)
    }

    public func write(_ relativePath: String, data: Data) throws {
        let path = folder + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
    }

    public func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(atPath: folder + "/" + relativePath)
    }

    public func move(_ from: String, to: String) throws {
        let target = folder + "/" + to
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder + "/" + from, toPath: target)
    }

    /// Sets a file's modification time without changing its bytes.
    public func touch(_ relativePath: String, secondsLater: Int = 60) throws {
        let path = folder + "/" + relativePath
        let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date ?? Date()
        try FileManager.default.setAttributes([.modificationDate: date.addingTimeInterval(TimeInterval(secondsLater))], ofItemAtPath: path)
    }

    /// Reads fixture JSON; anything else gives no report and a warning naming the file.
    public var loader: ReportLoader {
        let parses = self.parses
        return ReportLoader { data, file, path in
            parses.increment()
            guard var article = try? JSONDecoder().decode(Article.self, from: data) else {
                return .init(articles: [], failure: "\(file.relativePath): not a fixture report")
            }
            article.id = ArticleID.make(relativePath: file.relativePath)
            article.path = path
            return .init(articles: [article])
        }
    }

    public func openDatabase() throws -> IndexDatabase {
        try IndexDatabase(path: indexPath)
    }

    /// Runs the indexer once over the folder.
    @discardableResult
    public func index(_ database: IndexDatabase) throws -> IndexSummary {
        var indexer = Indexer(database: database, corpus: folder, loader: loader)
        indexer.batchSize = 2  // several batches and commits even in small tests
        indexer.commitInterval = 0
        return try indexer.update()
    }

    /// The index as the reader and the commands read it; paths in results start with
    /// `shownAs` (the folder itself by default).
    public func store(_ database: IndexDatabase, shownAs corpus: String? = nil) -> IndexStore {
        IndexStore(database: database, corpus: corpus ?? folder)
    }
}

/// A thread-safe count.
public final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    public init() {}

    public func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    /// The count so far, and zero for the next call.
    public func take() -> Int {
        lock.lock()
        defer { count = 0; lock.unlock() }
        return count
    }
}
