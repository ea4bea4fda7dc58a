import BylineCore
import Foundation
import Synchronization

/// Reports read into memory from a folder, on a background thread so the first screen shows at
/// once; the list fills in as files are read, with progress in the status line. A rescan reads
/// the folder again the same way.
public final class MemoryCorpus: CorpusProvider {
    public private(set) var store: any ArticleStore
    public let name: String
    public let folder: String
    /// One line per file that gave no report, from the last complete read.
    public private(set) var warnings: [String] = []

    /// What the reading thread has done so far; shared with it under a lock.
    private final class Reading: Sendable {
        struct State {
            var generation = 0
            var articles: [Article] = []
            var warnings: [String] = []
            var done = 0
            var total: Int?
            var finished = false
        }
        let state = Mutex(State())
    }

    private let reading = Reading()
    private var published = -1
    private var lastPublish = 0
    private var announced = false
    private var rescanned = false
    private let clock: () -> Int

    /// Starts reading `folder` in the background.
    public init(folder: String, clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) {
        self.folder = folder
        self.clock = clock
        name = folder.split(separator: "/").last.map(String.init) ?? folder
        store = MemoryStore(articles: [])
        startReading()
    }

    /// A corpus over reports already in memory (tests).
    public init(store: MemoryStore, name: String) {
        self.store = store
        self.name = name
        folder = name
        clock = { 0 }
        reading.state.withLock {
            $0.finished = true
            $0.articles = store.articles
            $0.done = store.articles.count
            $0.total = store.articles.count
        }
        published = store.articles.count
        announced = true
    }

    /// Waits until the folder has been read (the plain-text list needs it all).
    public func waitUntilRead() {
        while !reading.state.withLock({ $0.finished }) { usleep(5_000) }
        _ = poll()
    }

    public func poll() -> CorpusUpdate {
        let (count, done, total, finished) = reading.state.withLock { ($0.articles.count, $0.done, $0.total, $0.finished) }
        var update = CorpusUpdate()
        if !finished { update.progress = BackgroundProgress(label: "reading", done: done, total: total) }
        let now = clock()
        // Publish what was read once it is all there, and every second while reading a big folder.
        if count != published, finished || now - lastPublish >= 1000 {
            let (articles, warnings) = reading.state.withLock { ($0.articles, $0.warnings) }
            store = MemoryStore(articles: articles)
            published = count
            lastPublish = now
            update.reloaded = true
            if finished { self.warnings = warnings }
        }
        if finished, !announced {
            // After a rescan say what was read; after the first read only what went wrong.
            announced = true
            let skipped = warnings.isEmpty ? "" : "; \(plural(warnings.count, "file")) skipped: \(warnings[0])"
            if rescanned {
                update.message = "Read \(plural(count, "report"))\(skipped)"
            } else if count == 0 {
                update.message = "No reports found in \(folder)\(skipped)"
            } else if !warnings.isEmpty {
                update.message = "\(plural(warnings.count, "file")) skipped: \(warnings[0])"
            }
        }
        return update
    }

    public func rescan() {
        rescanned = true
        startReading()
    }

    private func startReading() {
        announced = false
        published = -1
        let generation = reading.state.withLock { state -> Int in
            state = Reading.State(generation: state.generation + 1)
            return state.generation
        }
        let reading = self.reading, folder = self.folder
        let thread = Thread {
            let scan = CorpusScanner().scan(root: folder)
            let loader = ArticleLoader()
            reading.state.withLock {
                guard $0.generation == generation else { return }
                $0.total = scan.files.count
                $0.warnings = scan.warnings
            }
            for file in scan.files {
                let result = loader.load(path: file.path, relativePath: file.relativePath)
                let current = reading.state.withLock { state -> Bool in
                    guard state.generation == generation else { return false }
                    state.articles += result.articles
                    if let failure = result.failure { state.warnings.append(failure) }
                    state.done += 1
                    return true
                }
                if !current { return }
            }
            reading.state.withLock { if $0.generation == generation { $0.finished = true } }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
