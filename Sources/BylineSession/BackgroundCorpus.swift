import BylineCore
import BylineIndex
import BylineUI
import Foundation
import Synchronization

/// A corpus the reader reads at once while a background thread brings it up to date: the
/// list is reloaded from the committed batches about once a second, with progress in the
/// status line, and the run's outcome is one status message.
///
/// What a run does is the configuration's (`IndexCorpus` for SQLite, the executable's
/// `PostgresCorpus` for a server); this type owns the thread, the shared state, the polling,
/// switching the session to a store made in place of a damaged one, and stopping.
public final class BackgroundCorpus: CorpusProvider {
    public private(set) var store: any ArticleStore
    public let name: String
    /// The folder of a temporary index, removed by `stop()`.
    public let temporaryFolder: String?

    /// One indexing run, on the background thread.
    public typealias Work = @Sendable (BackgroundRun) throws -> IndexSummary

    private let work: Work
    private let canIndex: () -> Bool
    private let clock: () -> Int
    private let run = BackgroundRun()
    private var polls = 0
    private var batchesShown = 0
    private var lastReload = 0
    private var reported = true
    private var rescanned = false

    /// Reads `store` now; `work` runs from the second poll on, and again on `rescan()`, while
    /// `canIndex` holds (a server corpus whose folder is on another machine never indexes).
    public init(name: String, store: any ArticleStore, temporaryFolder: String? = nil,
                canIndex: @escaping () -> Bool = { true },
                clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds,
                work: @escaping Work) {
        self.name = name
        self.store = store
        self.temporaryFolder = temporaryFolder
        self.canIndex = canIndex
        self.clock = clock
        self.work = work
    }

    /// True while a run is on the background thread.
    public var isRunning: Bool { run.state.withLock { $0.running } }

    /// The indexer starts on the second poll, after the first frame is on screen, so that it
    /// does not compete with drawing it; until then the status line says indexing is due.
    public func poll() -> CorpusUpdate {
        polls += 1
        guard canIndex() else { return .idle }
        if polls == 1 { return CorpusUpdate(progress: BackgroundProgress(label: "indexing", done: 0, total: nil)) }
        if polls == 2 { start() }
        let s = run.state.withLock { state in
            defer { state.replacement = nil }
            return state
        }
        var update = CorpusUpdate()
        if let replacement = s.replacement {
            store = replacement()
            update.reloaded = true
        }
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
            } else if let warning = s.warning {
                update.message = warning
            } else if let summary = s.summary, summary.changedIndex || rescanned || !summary.newWarnings.isEmpty {
                let warning = (summary.newWarnings.first ?? summary.readWarnings.first).map { "; \($0)" } ?? ""
                update.message = IndexReport.line(summary) + warning
                update.reloaded = update.reloaded || summary.changedIndex
            }
        }
        return update
    }

    public func rescan() {
        rescanned = true
        if canIndex() { start() }
    }

    /// Asks the run to stop after the batch it is writing and waits for its thread (up to a
    /// few seconds); what was committed stays, and the next run continues from there. A
    /// temporary index is removed once the thread has ended.
    public func stop() {
        run.state.withLock { $0.stopRequested = true }
        _ = run.finished.wait(timeout: .now() + 3)
        if let temporaryFolder, !isRunning {
            try? FileManager.default.removeItem(atPath: temporaryFolder)
        }
    }

    /// Waits for the current run's thread to end, without asking it to stop.
    public func waitForRun() {
        run.finished.wait()
    }

    private func start() {
        let alreadyRunning = run.state.withLock { state -> Bool in
            if state.running { return true }
            state = BackgroundRun.State(running: true, replacement: state.replacement)  // not yet taken by `poll`
            return false
        }
        guard !alreadyRunning else { return }
        reported = false
        batchesShown = 0
        let run = self.run, work = self.work
        run.finished.enter()
        let thread = Thread {
            defer { run.finished.leave() }
            do {
                let summary = try work(run)
                run.state.withLock {
                    $0.summary = summary
                    $0.running = false
                }
            } catch {
                run.state.withLock {
                    $0.error = "\(error)"
                    $0.running = false
                }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
