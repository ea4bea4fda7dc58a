import BylineCore
import BylineIndex
import Foundation
import PostgresNIO

/// Brings a corpus on a PostgreSQL server up to date with its folder, reading only what changed,
/// as `Indexer` does for SQLite: the same plan from `stat` (`IndexPlan`), the same reading and
/// parsing on every core (`ReportLoader`, `PreparedArticle`), and one writer committing every
/// `commitInterval` seconds, so a run stopped at any moment (the process killed, the server
/// stopped, the connection cut) keeps every committed batch and the next run does the rest.
///
/// Runs on one corpus take turns across processes and machines through a PostgreSQL advisory
/// lock held by the run's connection (released by the server if the process dies). Readers
/// see each batch as it commits.
///
///     let indexer = PostgresIndexer(location: try PostgresLocation(url: url), corpus: "Articles")
///     let summary = try indexer.update()
public struct PostgresIndexer: Sendable {
    public let location: PostgresLocation
    /// The corpus folder as the user named it.
    public let corpus: String
    /// The corpus's key in the database (`PostgresCorpusName`).
    public let corpusName: String
    public var loader: ReportLoader = .standard
    public var scanner = CorpusScanner()
    public var batchSize = 256
    public var commitInterval = 2.0
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init(location: PostgresLocation, corpus: String, corpusName: String? = nil) {
        self.location = location
        self.corpus = corpus
        self.corpusName = corpusName ?? PostgresCorpusName.defaultName(forFolder: corpus)
    }

    /// Runs the indexer once; see `Indexer.update` for the callbacks.
    ///
    /// - Throws: `PostgresStoreError` when the server fails, `IndexError` when the folder
    ///   cannot be read.
    public func update(progress: (IndexProgress) -> Void = { _ in },
                       shouldStop: () -> Bool = { false },
                       waiting: () -> Void = {}) throws -> IndexSummary {
        let started = ContinuousClock.now
        func elapsed() -> Double {
            let d = ContinuousClock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory) else {
            throw IndexError.corpusUnreadable(path: corpus, reason: "No such file or directory")
        }
        let session = try PostgresSession(location)
        session.reconnects = false
        defer { session.close() }
        try PostgresSchema.migrate(session)
        let corpusId = try PostgresCorpusName.ensure(corpusName, in: session)
        try lock(corpusId, session: session, waiting: waiting)

        var scan = scanner.scan(root: corpus)
        scan.files.sort(by: IndexPlan.inPathOrder)
        let root = URL(fileURLWithPath: corpus).standardizedFileURL.path
        var binds = PostgresBindings()
        binds.append(corpusId)
        let storedRoot = try session.query("SELECT root FROM corpus WHERE id = $1", binds).first.flatMap { try? $0.decode(String?.self) }
        let stored = try session.query("SELECT id, path, size, mtime, hash, warning FROM file WHERE corpus_id = $1 ORDER BY path", binds)
        var cursor = stored.makeIterator()
        let plan = IndexPlan(files: scan.files, recheckAll: storedRoot != nil && storedRoot != root) {
            cursor.next().flatMap { row -> StoredFile? in
                guard let (id, path, size, mtime, hash, warning) = try? row.decode((Int64, String, Int64, Int64, Int64, String?).self) else { return nil }
                return StoredFile(id: id, path: path, size: size, mtime: mtime, hash: hash, warning: warning)
            }
        }
        var summary = IndexSummary()
        summary.unchanged = plan.unchanged
        let writer = PostgresWriter(session: session, corpusId: corpusId)
        if !plan.gone.isEmpty {
            try session.transaction { () throws(PostgresStoreError) in try writer.remove(plan.gone.map(\.id)) }
            summary.removed += plan.gone.filter { $0.warning == nil }.count
        }

        let loader = self.loader
        let batches = stride(from: 0, to: plan.work.count, by: batchSize).map {
            Array(plan.work[$0..<min($0 + batchSize, plan.work.count)])
        }
        let pipeline = ParallelBatches(batches: batches, workers: workers, lookahead: workers * 2) { work in
            FileOutcome.read(work, loader: loader)
        }
        defer { pipeline.cancel() }
        var done = 0
        var open = false
        var lastCommit = elapsed()
        var unreadable: [String] = []
        do {
            while let outcomes = pipeline.next() {
                if shouldStop() {
                    summary.stopped = true
                    break
                }
                if !open {
                    try session.begin()
                    open = true
                }
                try writer.write(outcomes, summary: &summary, unreadable: &unreadable)
                if elapsed() - lastCommit >= commitInterval {
                    try session.commit()
                    open = false
                    lastCommit = elapsed()
                }
                done += outcomes.count
                summary.bytesRead += outcomes.reduce(0) { $0 + $1.bytes }
                progress(IndexProgress(filesDone: done, filesTotal: plan.work.count, bytesRead: summary.bytesRead, elapsed: elapsed()))
            }
            if open {
                try session.commit()
                open = false
            }
        } catch {
            if open { session.rollback() }
            throw error
        }

        try session.transaction { () throws(PostgresStoreError) in
            if !summary.stopped {
                var binds = PostgresBindings()
                binds.append(root)
                binds.append(corpusId)
                try session.query("UPDATE corpus SET root = $1 WHERE id = $2", binds)
            }
            try PostgresTotals.refresh(corpusId: corpusId, in: session)
        }
        let counts = try session.query("SELECT count(*) FROM article WHERE corpus_id = $1", binds)
        summary.reports = counts.first.flatMap { try? $0.decode(Int.self) } ?? 0
        let failures = try session.query("SELECT warning FROM file WHERE corpus_id = $1 AND warning IS NOT NULL ORDER BY path", binds)
            .compactMap { try? $0.decode(String.self) }
        summary.warnings = scan.warnings + failures + unreadable
        summary.skipped = summary.warnings.count
        summary.seconds = elapsed()
        return summary
    }

    /// Takes this corpus's turn: at once when no other run holds it, otherwise after saying so.
    private func lock(_ corpusId: Int, session: PostgresSession, waiting: () -> Void) throws(PostgresStoreError) {
        var binds = PostgresBindings()
        binds.append(PostgresCorpusName.lockKey(corpusId))
        let got = try session.query("SELECT pg_try_advisory_lock($1)", binds).first.flatMap { try? $0.decode(Bool.self) } ?? false
        if got { return }
        waiting()
        try session.query("SELECT pg_advisory_lock($1)", binds, timeout: .some(nil))
    }
}

/// How a corpus is named in a database shared by several: by default the folder's absolute
/// path (as the SQLite index is one file per folder); a team whose members mount the archive
/// at different paths gives one name with `--corpus-name`.
public enum PostgresCorpusName {
    public static func defaultName(forFolder folder: String) -> String {
        URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// The corpus's id, making its row when it is new.
    static func ensure(_ name: String, in session: PostgresSession) throws(PostgresStoreError) -> Int {
        var binds = PostgresBindings()
        binds.append(name)
        try session.query("INSERT INTO corpus(name) VALUES ($1) ON CONFLICT (name) DO NOTHING", binds)
        guard let id = try session.query("SELECT id FROM corpus WHERE name = $1", binds).first.flatMap({ try? $0.decode(Int.self) }) else {
            throw PostgresStoreError(session.location.description, problem: "could not make the corpus \(name)", advice: "see the server's log", kind: .server)
        }
        return id
    }

    /// The corpus's id, or nil when the database has no such corpus.
    static func find(_ name: String, in session: PostgresSession) throws(PostgresStoreError) -> Int? {
        var binds = PostgresBindings()
        binds.append(name)
        return try session.query("SELECT id FROM corpus WHERE name = $1", binds).first.flatMap { try? $0.decode(Int.self) }
    }

    /// The advisory lock key of indexing runs on one corpus.
    static func lockKey(_ corpusId: Int) -> Int64 {
        0x6279_6C69_6E65_0000 &+ 0x1_0000 &+ Int64(corpusId)
    }
}
