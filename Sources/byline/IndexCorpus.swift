import BylineCore
import BylineIndex
import BylineUI
import Foundation
import Synchronization

/// The corpus through its SQLite index. The reader opens on what the index already holds and
/// the indexer brings it up to date on a background thread; the list is reloaded from the
/// committed batches about once a second, with progress in the status line.
final class IndexCorpus: CorpusProvider {
    let store: any ArticleStore
    let name: String
    private let indexer: Indexer
    private let clock: () -> Int

    /// What the indexing thread has done; shared with it under a lock.
    private final class Shared: Sendable {
        struct State: Sendable {
            var running = false
            var stopRequested = false
            var progress: IndexProgress?
            /// Batches committed by the current run.
            var batches = 0
            var summary: IndexSummary?
            var error: String?
        }
        let state = Mutex(State())
    }

    private let shared = Shared()
    private var batchesShown = 0
    private var lastReload = 0
    private var reported = true
    private var rescanned = false

    init(corpus: String, database: IndexDatabase, clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) {
        store = IndexStore(database: database, corpus: corpus)
        indexer = Indexer(database: database, corpus: corpus)
        name = URL(fileURLWithPath: corpus).standardizedFileURL.lastPathComponent
        self.clock = clock
    }

    /// The indexer starts on the second poll, after the first frame is on screen, so that it
    /// does not compete with drawing it; until then the status line says indexing is due.
    private var polls = 0

    func poll() -> CorpusUpdate {
        polls += 1
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
                let warning = summary.newWarnings.first.map { "; \($0)" } ?? ""
                update.message = IndexReport.line(summary) + warning
                update.reloaded = update.reloaded || summary.changedIndex
            }
        }
        return update
    }

    func rescan() {
        rescanned = true
        start()
    }

    /// Asks the indexer to stop after the batch it is writing and waits for it (up to a few
    /// seconds); what was committed stays, and the next run continues from there.
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
        let shared = self.shared, indexer = self.indexer
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
