import BylineCore
import BylineIndex
import BylineUI
import Foundation
import Synchronization

/// The corpus through its SQLite index. The reader opens on what the index already holds and
/// the indexer brings it up to date on a background thread; the list is reloaded from the
/// committed batches about once a second, with progress in the status line.
///
/// The reader may read through a read-only connection (`IndexDatabase(readingOnly:)`), which
/// opens without writing anything; then the indexing thread opens the index for writing
/// itself, so that the disk flushes this takes happen after the first screen and off the
/// thread that draws.
///
/// An index found damaged, as the thread opens it or during a run, is set aside and rebuilt
/// at once, as `byline index` does; the reader then reads the new index, which fills as the
/// run commits, instead of the file that was moved aside.
final class IndexCorpus: CorpusProvider {
    private(set) var store: any ArticleStore
    let name: String
    private let writer: Writer
    private let clock: () -> Int

    /// Where the indexer writes: the database the reader reads, or one opened for writing on
    /// the indexing thread (once, and again after a damaged one was set aside; the thread
    /// keeps it for rescans).
    private final class Writer: Sendable {
        let path: String
        let database: Mutex<IndexDatabase?>
        init(path: String, database: IndexDatabase?) {
            self.path = path
            self.database = Mutex(database)
        }
    }

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
            /// Set when the index was found damaged and rebuilt.
            var warning: String?
            /// The index made in place of a damaged one, until the reader switches to it.
            var replacement: IndexDatabase?
        }
        let state = Mutex(State())
    }

    private let shared = Shared()
    private var batchesShown = 0
    private var lastReload = 0
    private var reported = true
    private var rescanned = false

    /// Reads and indexes through `database`.
    convenience init(corpus: String, database: IndexDatabase, clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) {
        self.init(corpus: corpus, reading: database, writer: Writer(path: database.path, database: database), clock: clock)
    }

    /// Reads through `database` (which may be read-only) and indexes into the index at
    /// `writingTo`, opened for writing when indexing first starts.
    convenience init(corpus: String, reading database: IndexDatabase, writingTo path: String,
         clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) {
        self.init(corpus: corpus, reading: database, writer: Writer(path: path, database: nil), clock: clock)
    }

    private init(corpus: String, reading database: IndexDatabase, writer: Writer, clock: @escaping () -> Int) {
        store = IndexStore(database: database, corpus: corpus)
        self.writer = writer
        self.corpus = corpus
        name = URL(fileURLWithPath: corpus).standardizedFileURL.lastPathComponent
        self.clock = clock
    }

    private let corpus: String
    /// The folder of a temporary index (`temporary(corpus:)`), removed by `stop()`.
    private var temporaryFolder: String?

    /// Indexes `corpus` into a new index in a folder of its own under the system's temporary
    /// folder, for a session whose own index cannot be opened; `stop()` removes it.
    static func temporary(corpus: String) throws -> IndexCorpus {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("byline-reader-" + UUID().uuidString)
        do {
            let indexCorpus = IndexCorpus(corpus: corpus, database: try IndexDatabase(path: folder + "/index.sqlite"))
            indexCorpus.temporaryFolder = folder
            return indexCorpus
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    /// The indexer starts on the second poll, after the first frame is on screen, so that it
    /// does not compete with drawing it; until then the status line says indexing is due.
    private var polls = 0

    func poll() -> CorpusUpdate {
        polls += 1
        if polls == 1 { return CorpusUpdate(progress: BackgroundProgress(label: "indexing", done: 0, total: nil)) }
        if polls == 2 { start() }
        let s = shared.state.withLock { state in
            defer { state.replacement = nil }
            return state
        }
        var update = CorpusUpdate()
        if let replacement = s.replacement {
            store = IndexStore(database: replacement, corpus: corpus)
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

    func rescan() {
        rescanned = true
        start()
    }

    /// Asks the indexer to stop after the batch it is writing and waits for it (up to a few
    /// seconds); what was committed stays, and the next run continues from there. A
    /// temporary index is removed.
    func stop() {
        shared.state.withLock { $0.stopRequested = true }
        for _ in 0..<300 where shared.state.withLock({ $0.running }) { usleep(10_000) }
        if let temporaryFolder, !shared.state.withLock({ $0.running }) {
            try? FileManager.default.removeItem(atPath: temporaryFolder)
        }
    }

    private func start() {
        let alreadyRunning = shared.state.withLock { state -> Bool in
            if state.running { return true }
            state = Shared.State(running: true, replacement: state.replacement)  // not yet taken by `poll`
            return false
        }
        guard !alreadyRunning else { return }
        reported = false
        batchesShown = 0
        let shared = self.shared, writer = self.writer, corpus = self.corpus
        let thread = Thread {
            do {
                let summary: IndexSummary
                do {
                    summary = try Self.index(corpus, into: writer, reporting: shared)
                } catch let IndexError.damaged(path, reason) {
                    // The damaged file has been moved aside; opening again starts a new index.
                    writer.database.withLock { $0 = nil }
                    shared.state.withLock { $0.warning = IndexDatabase.rebuiltWarning(path: path, reason: reason) }
                    summary = try Self.index(corpus, into: writer, reporting: shared)
                }
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

    /// One indexing run; on the indexing thread.
    private static func index(_ corpus: String, into writer: Writer, reporting shared: Shared) throws(IndexError) -> IndexSummary {
        let indexer = Indexer(database: try open(writer, reporting: shared), corpus: corpus)
        return try indexer.update(progress: { progress in
            shared.state.withLock {
                $0.progress = progress
                $0.batches += 1
            }
        }, shouldStop: { shared.state.withLock { $0.stopRequested } })
    }

    /// The database to index into; on the indexing thread. One made in place of a damaged
    /// index is handed to the reader too, whose connections still read the moved file.
    private static func open(_ writer: Writer, reporting shared: Shared) throws(IndexError) -> IndexDatabase {
        if let database = writer.database.withLock({ $0 }) { return database }
        let database = try IndexDatabase(path: writer.path)
        writer.database.withLock { $0 = database }
        shared.state.withLock { state in
            // Rebuilt as it opened, or opened again after the run found the index damaged.
            if let warning = database.warning { state.warning = warning }
            if state.warning != nil { state.replacement = database }
        }
        return database
    }
}
