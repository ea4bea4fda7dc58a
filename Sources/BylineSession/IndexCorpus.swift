import BylineCore
import BylineIndex
import BylineUI
import Foundation
import Synchronization

/// The corpus through its SQLite index, as a `BackgroundCorpus`: the reader opens on what the
/// index already holds and the indexer brings it up to date on the background thread.
///
/// The reader may read through a read-only connection (`IndexDatabase(readingOnly:)`), which
/// opens without writing anything; then the indexing thread opens the index for writing
/// itself, so that the disk flushes this takes happen after the first screen and off the
/// thread that draws.
///
/// An index found damaged, as the thread opens it or during a run, is set aside and rebuilt
/// at once, as `byline index` does; the reader then reads the new index, which fills as the
/// run commits, instead of the file that was moved aside.
public enum IndexCorpus {
    /// Reads and indexes through `database`.
    public static func make(corpus: String, database: IndexDatabase, loader: ReportLoader = .standard,
                            clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) -> BackgroundCorpus {
        make(corpus: corpus, reading: database, writer: Writer(path: database.path, database: database), loader: loader, clock: clock)
    }

    /// Reads through `database` (which may be read-only) and indexes into the index at
    /// `writingTo`, opened for writing when indexing first starts.
    public static func make(corpus: String, reading database: IndexDatabase, writingTo path: String, loader: ReportLoader = .standard,
                            clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) -> BackgroundCorpus {
        make(corpus: corpus, reading: database, writer: Writer(path: path, database: nil), loader: loader, clock: clock)
    }

    /// Indexes `corpus` into a new index in a folder of its own under the system's temporary
    /// folder, for a session whose own index cannot be opened; `stop()` removes it.
    public static func temporary(corpus: String, loader: ReportLoader = .standard) throws -> BackgroundCorpus {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("byline-reader-" + UUID().uuidString)
        do {
            let database = try IndexDatabase(path: folder + "/index.sqlite")
            return make(corpus: corpus, reading: database, writer: Writer(path: database.path, database: database),
                        loader: loader, temporaryFolder: folder, clock: ReaderSession.monotonicMilliseconds)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

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

    private static func make(corpus: String, reading database: IndexDatabase, writer: Writer, loader: ReportLoader,
                             temporaryFolder: String? = nil, clock: @escaping () -> Int) -> BackgroundCorpus {
        let name = URL(fileURLWithPath: corpus).standardizedFileURL.lastPathComponent
        return BackgroundCorpus(name: name, store: IndexStore(database: database, corpus: corpus),
                                temporaryFolder: temporaryFolder, clock: clock) { run in
            do {
                return try index(corpus, loader: loader, into: writer, run)
            } catch let IndexError.damaged(path, reason) {
                // The damaged file has been moved aside; opening again starts a new index.
                writer.database.withLock { $0 = nil }
                run.warn(IndexDatabase.rebuiltWarning(path: path, reason: reason))
                return try index(corpus, loader: loader, into: writer, run)
            }
        }
    }

    /// One indexing run; on the indexing thread.
    private static func index(_ corpus: String, loader: ReportLoader, into writer: Writer, _ run: BackgroundRun) throws(IndexError) -> IndexSummary {
        let indexer = Indexer(database: try open(writer, corpus: corpus, run), corpus: corpus, loader: loader)
        return try indexer.update(progress: run.committed, shouldStop: { run.shouldStop })
    }

    /// The database to index into; on the indexing thread. One made in place of a damaged
    /// index is handed to the reader too, whose connections still read the moved file.
    private static func open(_ writer: Writer, corpus: String, _ run: BackgroundRun) throws(IndexError) -> IndexDatabase {
        if let database = writer.database.withLock({ $0 }) { return database }
        let database = try IndexDatabase(path: writer.path)
        writer.database.withLock { $0 = database }
        // Rebuilt as it opened, or opened again after the run found the index damaged.
        if let warning = database.warning { run.warn(warning) }
        if run.hasWarned { run.switchStore { IndexStore(database: database, corpus: corpus) } }
        return database
    }
}
