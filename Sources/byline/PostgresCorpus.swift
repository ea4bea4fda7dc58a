import BylineCore
import BylineIndex
import BylinePostgres
import BylineUI
import Foundation
import Synchronization

/// A corpus on a PostgreSQL server, for the reader: it reads what the server holds at once,
/// and when this machine has the folder, brings the corpus up to date on a background thread
/// (taking turns with other users' runs), reloading the list from the committed batches about
/// once a second, as `IndexCorpus` does for SQLite.
final class PostgresCorpus: CorpusProvider {
    let store: any ArticleStore
    let name: String
    private let options: CorpusOptions
    private let location: PostgresLocation
    private let clock: () -> Int

    private final class Shared: Sendable {
        struct State: Sendable {
            var running = false
            var stopRequested = false
            var progress: IndexProgress?
            var batches = 0
            var summary: IndexSummary?
            var error: String?
        }
        let state = Mutex(State())
    }

    private let shared = Shared()
    private var polls = 0
    private var batchesShown = 0
    private var lastReload = 0
    private var reported = true
    private var rescanned = false

    /// Connects; when the server has no such corpus yet and the folder is here, the first run
    /// makes it (the list fills as it commits).
    init(options: CorpusOptions, location: PostgresLocation, clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) throws {
        self.options = options
        self.location = location
        self.clock = clock
        name = options.corpusName ?? URL(fileURLWithPath: options.corpus).standardizedFileURL.lastPathComponent
        store = try Self.openStore(options: options, location: location)
    }

    private static func openStore(options: CorpusOptions, location: PostgresLocation) throws -> PostgresStore {
        do {
            return try PostgresStore(location: location, corpus: options.corpus, corpusName: options.corpusName)
        } catch {
            guard error.kind == .noIndex, FileManager.default.fileExists(atPath: options.corpus) else { throw error }
        }
        // Nothing indexed yet: make the tables and the corpus first, then read it as it fills.
        let indexer = PostgresIndexer(location: location, corpus: options.corpus, corpusName: options.corpusName)
        _ = try indexer.update(shouldStop: { true })
        return try PostgresStore(location: location, corpus: options.corpus, corpusName: options.corpusName)
    }

    private var hasFolder: Bool { FileManager.default.fileExists(atPath: options.corpus) }

    func poll() -> CorpusUpdate {
        polls += 1
        guard hasFolder else { return .idle }
        if polls == 1 { return CorpusUpdate(progress: BackgroundProgress(label: "indexing", done: 0, total: nil)) }
        if polls == 2 { start() }
        let s = shared.state.withLock { $0 }
        var update = CorpusUpdate()
        if s.running {
            update.progress = BackgroundProgress(label: "indexing", done: s.progress?.filesDone ?? 0, total: s.progress?.filesTotal)
        }
        let now = clock()
        if s.batches != batchesShown, !s.running || now - lastReload >= 1000 {
            batchesShown = s.batches
            lastReload = now
            update.reloaded = true
        }
        if !s.running, !reported {
            reported = true
            if let error = s.error {
                update.message = "Indexing stopped: \(error)"
            } else if let summary = s.summary, summary.changedIndex || rescanned || !summary.newWarnings.isEmpty {
                let warning = (summary.newWarnings.first ?? summary.readWarnings.first).map { "; \($0)" } ?? ""
                update.message = IndexReport.line(summary) + warning
                update.reloaded = update.reloaded || summary.changedIndex
            }
        }
        return update
    }

    func rescan() {
        rescanned = true
        if hasFolder { start() }
    }

    /// Asks the indexer to stop after its batch and waits for it (up to a few seconds).
    func stop() {
        shared.state.withLock { $0.stopRequested = true }
        for _ in 0..<300 where shared.state.withLock({ $0.running }) { usleep(10_000) }
    }

    private func start() {
        let alreadyRunning = shared.state.withLock { state -> Bool in
            if state.running { return true }
            state = Shared.State(running: true)
            return false
        }
        guard !alreadyRunning else { return }
        reported = false
        batchesShown = 0
        let shared = self.shared
        let indexer = PostgresIndexer(location: location, corpus: options.corpus, corpusName: options.corpusName)
        let thread = Thread {
            do {
                let summary = try indexer.update(progress: { progress in
                    shared.state.withLock {
                        $0.progress = progress
                        $0.batches += 1
                    }
                }, shouldStop: { shared.state.withLock { $0.stopRequested } })
                shared.state.withLock {
                    $0.summary = summary
                    $0.running = false
                }
            } catch {
                shared.state.withLock {
                    $0.error = "\(error)"
                    $0.running = false
                }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
