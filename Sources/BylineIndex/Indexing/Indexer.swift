import BylineCore
import Foundation
import GRDB

/// Brings an index up to date with its corpus folder, reading only what changed.
///
/// A run scans the folder and compares each file's size and modification time with what the
/// index stored; only new files and files whose stat changed are read, and of those only the
/// ones whose bytes changed are parsed (a touched file is recognised by its hash, a moved file
/// by its hash matching a file that is gone). Reading and parsing run on every core; one
/// thread writes, committing every `commitInterval` seconds, so a run killed at any moment
/// leaves an index that opens, holding everything committed so far, and the next run picks up
/// the rest.
///
/// `update` may be called from a background thread while an `IndexStore` on the same database
/// reads: readers see what has been committed so far.
///
///     let indexer = Indexer(database: try IndexDatabase(path: dbPath), corpus: "Articles")
///     let summary = try indexer.update { progress in print(progress.filesDone) }
public struct Indexer: Sendable {
    public let database: IndexDatabase
    /// The corpus folder as the user named it; reports' paths start with it.
    public let corpus: String
    public var loader: ReportLoader
    public var scanner: CorpusScanner
    /// Files read and parsed together, and between progress reports.
    public var batchSize = 256
    /// Seconds between commits. Each commit is a point a killed run resumes from; longer
    /// transactions write the shared entity pages fewer times.
    public var commitInterval = 2.0
    /// Threads reading and parsing files.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Seconds between commits in a first run (see `separateFullTextFrom`): there is no
    /// full text to show before its end, and each commit rewrites the pages of the entity and
    /// co-occurrence tables it touches, so it commits less often.
    public var firstRunCommitInterval = 10.0
    /// A first run over at least this many files builds the full-text index on a thread of
    /// its own (`FullTextBuilder`); searches during that run find nothing until it ends.
    public var separateFullTextFrom = 1_000
    /// Bytes of full-text index such a run holds in memory before writing a segment; one
    /// segment needs no merge at the end (see `FullTextBuilder.pendingIndexBytes`).
    public var fullTextMemory = FullTextBuilder.pendingIndexBytes

    public init(database: IndexDatabase, corpus: String, loader: ReportLoader = .standard, scanner: CorpusScanner = CorpusScanner()) {
        self.database = database
        self.corpus = corpus
        self.loader = loader
        self.scanner = scanner
    }

    /// Runs the indexer once.
    ///
    /// - Parameters:
    ///   - progress: called on the calling thread after each batch of `batchSize` files is
    ///     written (it is visible to readers at the next commit, within `commitInterval`).
    ///   - shouldStop: polled between batches; returning true commits what was written and ends
    ///     the run early (the summary says `stopped`); the next run does the rest.
    ///   - waiting: called once, before waiting, when another run (in any process) is
    ///     updating the same index; runs take turns (see `IndexLock`).
    /// - Throws: `IndexError` when the folder cannot be read or the database fails.
    ///   - scope: `.everything` stats every file (finding edits in place); `.folders` lists
    ///     only the folders a `FolderCheck` found changed (see `IndexScope`).
    public func update(scope: IndexScope = .everything,
                       progress: (IndexProgress) -> Void = { _ in },
                       shouldStop: () -> Bool = { false },
                       waiting: () -> Void = {}) throws(IndexError) -> IndexSummary {
        let lock = try IndexLock(databasePath: database.path, waiting: waiting)
        defer { lock.release() }
        let started = ContinuousClock.now
        func elapsed() -> Double {
            let d = ContinuousClock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let root = Self.absolute(corpus)
        let (listing, scan, plan, _) = try compare(scope: scope, root: root)
        var summary = IndexSummary()
        summary.unchanged = plan.unchanged
        var run = Run(gone: plan.gone, newFileSizes: Set(plan.work.filter { $0.stored == nil }.map(\.file.size)))

        // A run killed while it built the full text elsewhere left the index without it.
        if try database.read(FullTextBuilder.isPending) {
            try database.write { try FullTextBuilder.repair(in: $0, databasePath: database.path) }
        }
        if try isFirstRun(plan) {
            try database.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'building')", arguments: [FullTextBuilder.pendingKey])
                run.writer.fullText = try FullTextBuilder(databasePath: database.path, pendingBytes: fullTextMemory, in: db)
            }
        }
        // Stops the builder's thread if the run fails; after `moveInto` there is nothing to stop.
        defer { run.writer.fullText?.cancel() }

        // A run that will end by merging the full-text index need not merge it as it goes.
        let merging: FullTextMerging = Self.worthOptimizing(changed: plan.work.count, total: plan.work.count + plan.unchanged)
            ? .deferred : .asItGoes
        if try database.read(FullTextMerging.current) != merging {
            try database.write { try FullTextMerging.set(merging, in: $0) }
        }

        // Entities a killed or failed run left stale are recounted in full at the end; the
        // rest get this run's differences (see `EntityTotals`).
        let leftStale = try database.read { Set(try Int64.fetchAll($0, sql: "SELECT id FROM entity WHERE stale = 1")) }

        // Readers work links out afresh while the reports change (see `EntityLinks`).
        if !plan.work.isEmpty || !plan.gone.isEmpty {
            try database.write { try EntityLinks.markStale(in: $0) }
        }

        // Gone files that no new file can have been renamed from (a rename keeps the size) go
        // first, so their report ids are free for new files.
        if !run.goneForSure.isEmpty {
            try database.write { db in
                for file in run.goneForSure { try run.writer.remove(file, in: db) }
                try run.writer.settleRemovals(in: db)
            }
        }

        let loader = self.loader, sources = run.renameSources
        let batches = stride(from: 0, to: plan.work.count, by: batchSize).map {
            Array(plan.work[$0..<min($0 + batchSize, plan.work.count)])
        }
        let pipeline = ParallelBatches(batches: batches, workers: workers, lookahead: workers * 2) { work in
            Self.read(work, loader: loader, renameSources: sources)
        }
        defer { pipeline.cancel() }
        try writeAll(from: pipeline, total: plan.work.count, run: &run, summary: &summary, elapsed: elapsed,
                     progress: progress, shouldStop: shouldStop)

        try database.write { db in
            if !summary.stopped {
                for file in run.renameCandidates where !run.renamed.contains(file.id) {
                    try run.writer.remove(file, in: db)
                }
                try run.writer.settleRemovals(in: db)
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('root', ?)", arguments: [root])
                try listing.record(in: db)
            }
            try WriterTimes.measure(&summary.writer.entityTotals) {
                try EntityTotals.refresh(db, counted: run.writer.tallies, changed: run.writer.changes, recount: leftStale)
                if !(try EntityLinks.areCurrent(in: db)) { try EntityLinks.refresh(in: db) }
            }
            try FullTextMerging.set(.asItGoes, in: db)
        }
        if let builder = run.writer.fullText {
            try WriterTimes.measure(&summary.writer.merge) { () throws(IndexError) in
                do {
                    try builder.moveInto(indexPath: database.path)
                } catch {
                    throw IndexDatabase.failure(path: database.path, error)
                }
            }
            summary.writer.fullText += builder.cpuSeconds
            run.writer.fullText = nil
        } else if !summary.stopped && Self.worthOptimizing(changed: summary.added + summary.updated, total: plan.work.count + plan.unchanged) {
            try WriterTimes.measure(&summary.writer.merge) { () throws(IndexError) in
                try database.write { try $0.execute(sql: "INSERT INTO articleText(articleText) VALUES ('optimize')") }
            }
        }
        // An index made before `stem` or its counts existed lists its stems with their counts
        // once (`StemList`); then the pages the run freed go back.
        if !summary.stopped {
            try WriterTimes.measure(&summary.writer.merge) { () throws(IndexError) in
                try database.write(StemList.fillIfMissing)
                try database.writeWithoutTransaction(Self.giveBackFreePages)
            }
        }
        // Counting co-occurrences happened while rows were written: its time moves to its own part.
        summary.writer.rows -= run.writer.countingSeconds
        summary.writer.coOccurrence += run.writer.countingSeconds
        summary.removed += run.goneForSure.count + (summary.stopped ? 0 : run.renameCandidates.count - run.renamed.count)
        let (reports, failures) = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
             try String.fetchAll(db, sql: "SELECT warning FROM file WHERE warning IS NOT NULL ORDER BY path"))
        }
        summary.reports = reports
        summary.warnings = scan.warnings + failures + run.unreadable
        summary.skipped = summary.warnings.count
        summary.seconds = elapsed()
        return summary
    }

    /// Whether a run over every file would change the index: the same listing and comparison
    /// as `update(scope: .everything)`, reading only, with no lock taken and nothing written.
    ///
    /// A command on a small folder checks every file before it answers; when nothing changed it
    /// answers from a read-only connection, as a command on a large folder does after its folder
    /// check, instead of a run that writes the time of the check and leaves a write-ahead log.
    public func hasChanges() throws(IndexError) -> Bool {
        let root = Self.absolute(corpus)
        let (_, _, plan, storedRoot) = try compare(scope: .everything, root: root)
        // A folder indexed under another path is rechecked in full, and a run killed while it
        // built the full text left the index without it: both need a run.
        guard plan.work.isEmpty, plan.gone.isEmpty, storedRoot == root else { return true }
        return try database.read(FullTextBuilder.isPending)
    }

    /// Lists `scope` (leaving out the index's own files) and compares it with what the index
    /// stored: the files to read and the files gone, and the root the index was made for.
    private func compare(scope: IndexScope, root: String) throws(IndexError) -> (FolderListing, CorpusScanner.Result, IndexPlan, storedRoot: String?) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory) else {
            throw .corpusUnreadable(path: corpus, reason: "No such file or directory")
        }
        let listing = try FolderListing(scope: scope, corpus: corpus, root: root, scanner: scanner, database: database)
        var scan = listing.scan
        let indexFiles = indexFilesInside(root: root)
        if !indexFiles.isEmpty { scan.files.removeAll { indexFiles.contains($0.relativePath) } }
        scan.files.sort(by: IndexPlan.inPathOrder)   // in place: a sorted copy is 5 MB at 100,000 files

        let (plan, storedRoot) = try database.read { db in
            let storedRoot = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'root'")
            let plan = try listing.withStoredFiles(in: db) { next in
                try IndexPlan(files: scan.files, recheckAll: storedRoot != nil && storedRoot != root, nextStored: next)
            }
            return (plan, storedRoot)
        }
        return (listing, scan, plan, storedRoot)
    }

    /// Writes the parsed batches as they come, on one connection for the whole run, committing
    /// every `commitInterval`: a transaction per parsing batch would rewrite the same pages of
    /// the entity tables hundreds of times.
    private func writeAll(from pipeline: ParallelBatches<IndexPlan.Work, IndexerRead>, total: Int, run: inout Run,
                          summary: inout IndexSummary, elapsed: () -> Double,
                          progress: (IndexProgress) -> Void, shouldStop: () -> Bool) throws(IndexError) {
        var done = 0
        let interval = run.writer.fullText == nil ? commitInterval : max(commitInterval, firstRunCommitInterval)
        try database.writeWithoutTransaction { db in
            var open = false
            var lastCommit = elapsed()
            func begin() throws {
                try db.beginTransaction(.immediate)
                try run.writer.beginBatch(in: db)
                open = true
            }
            do {
                while let outcomes = next(from: pipeline, waited: &summary.writer.waiting) {
                    if shouldStop() {
                        summary.stopped = true
                        break
                    }
                    if !open { try begin() }
                    let started = WriterTimes.threadCPUSeconds()
                    for outcome in outcomes { try write(outcome, run: &run, summary: &summary, in: db) }
                    run.writer.fullText?.flush()
                    summary.writer.rows += WriterTimes.threadCPUSeconds() - started
                    if elapsed() - lastCommit >= interval {
                        try WriterTimes.measure(&summary.writer.coOccurrence) { try run.writer.flushCounts(last: false, in: db) }
                        try WriterTimes.measure(&summary.writer.fullText) { try run.writer.endBatch(last: false, in: db) }
                        try WriterTimes.measure(&summary.writer.commits) { try db.commit() }
                        open = false
                        lastCommit = elapsed()
                    }
                    done += outcomes.count
                    summary.bytesRead += outcomes.reduce(0) { $0 + $1.bytes }
                    progress(IndexProgress(filesDone: done, filesTotal: total, bytesRead: summary.bytesRead, elapsed: elapsed()))
                }
                // Every report is written: the builder finishes the full text while this thread
                // writes the counts and the entity totals.
                run.writer.fullText?.endInput()
                // A first run writes its co-occurrence counts at its end (`IndexWriter.flushCounts`).
                if !open && run.writer.holdsCounts { try begin() }
                if open {
                    try WriterTimes.measure(&summary.writer.coOccurrence) { try run.writer.flushCounts(last: true, in: db) }
                    try WriterTimes.measure(&summary.writer.fullText) { try run.writer.endBatch(last: true, in: db) }
                    try WriterTimes.measure(&summary.writer.commits) { try db.commit() }
                }
            } catch {
                if open { try? db.rollback() }
                throw error
            }
        }
    }

    /// The pipeline's next batch, adding the wall-clock time spent waiting for it to `waited`.
    private func next(from pipeline: ParallelBatches<IndexPlan.Work, IndexerRead>, waited: inout Double) -> [IndexerRead]? {
        let start = ContinuousClock.now
        defer {
            let d = ContinuousClock.now - start
            waited += Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        return pipeline.next()
    }

    /// What one run keeps track of between batches.
    private struct Run {
        let writer = IndexWriter()
        /// Gone files removed before anything is read.
        var goneForSure: [StoredFile] = []
        /// Gone files kept until the end in case a new file turns out to be one of them.
        var renameCandidates: [StoredFile] = []
        var renameSources: RenameSources
        var renamed: Set<Int64> = []
        /// Warnings of files that could not be read in this run (they are not stored).
        var unreadable: [String] = []

        init(gone: [StoredFile], newFileSizes: Set<Int64>) {
            for file in gone {
                if file.warning == nil && newFileSizes.contains(file.size) {
                    renameCandidates.append(file)
                } else {
                    goneForSure.append(file)
                }
            }
            renameSources = RenameSources(gone: renameCandidates)
        }
    }

    /// Reads one file on a parsing thread and decides what it needs. A new file with the size
    /// and hash of a gone one in `renameSources` is not parsed: it is probably that file, renamed.
    static func read(_ work: IndexPlan.Work, loader: ReportLoader, renameSources: RenameSources) -> IndexerRead {
        switch FileOutcome.open(work) {
        case .settled(let outcome):
            return .file(outcome)
        case .changed(let changed):
            if changed.stored == nil, renameSources.mayMatch(size: changed.file.size, hash: changed.hash) {
                return .possibleRename(changed.file, hash: changed.hash)
            }
            return .file(changed.load(with: loader))
        }
    }

    private func write(_ read: IndexerRead, run: inout Run, summary: inout IndexSummary, in db: Database) throws {
        switch read {
        case let .possibleRename(file, hash):
            if let source = run.renameSources.claim(size: file.size, hash: hash), try run.writer.rename(source, to: file, in: db) {
                run.renamed.insert(source.id)
                summary.renamed += 1
            } else {
                // Another new file claimed the gone one, or its ids could not be carried over.
                let reread = FileOutcome.read(IndexPlan.Work(file: file, stored: nil), loader: loader)
                try write(reread, run: &run, summary: &summary, in: db)
            }
        case let .file(outcome):
            try write(outcome, run: &run, summary: &summary, in: db)
        }
    }

    private func write(_ outcome: FileOutcome, run: inout Run, summary: inout IndexSummary, in db: Database) throws {
        switch outcome {
        case let .sameContent(file, stored):
            try run.writer.touch(stored, as: file, in: db)
            summary.unchanged += 1
        case let .loaded(file, stored, hash, articles, failure):
            try run.writer.save(file, replacing: stored, hash: hash, articles: articles, failure: failure, in: db)
            summary.countRead(file, stored: stored, articles: articles, failure: failure)
        case let .unreadable(_, stored, warning):
            if let stored {
                try run.writer.remove(stored, in: db)
                summary.removed += 1
            }
            run.unreadable.append(warning)
            summary.newWarnings.append(warning)
        }
    }

    /// Whether the run reads at least `separateFullTextFrom` files into an index holding no
    /// report: then the full-text index is built alongside (`FullTextBuilder`).
    private func isFirstRun(_ plan: IndexPlan) throws(IndexError) -> Bool {
        guard plan.work.count >= separateFullTextFrom, plan.unchanged == 0, plan.gone.isEmpty,
              plan.work.allSatisfy({ $0.stored == nil }) else { return false }
        return try database.read { try Bool.fetchOne($0, sql: "SELECT NOT EXISTS (SELECT 1 FROM article)") ?? false }
    }

    /// Whether a run changed enough of the corpus to merge the full-text index into one segment.
    ///
    /// Each batch adds a segment and FTS5 merges them as it goes, but a large run still leaves
    /// dozens, and every search reads each one; one merged segment is also about a tenth
    /// smaller. Merging rewrites the whole full-text index, so small runs skip it.
    static func worthOptimizing(changed: Int, total: Int) -> Bool {
        changed >= 1_000 && changed * 10 >= total
    }

    /// Gives the pages the run freed back to the file system (`auto_vacuum = INCREMENTAL`) once
    /// they are more than a hundredth of the file; fewer are left for the next run to reuse.
    ///
    /// Every few dozen small runs, FTS5's merging as it goes folds a level holding the large
    /// segment of the last full merge into the next: at 100,000 reports the second cycle of
    /// adding 100 reports and removing them rewrote the whole full-text index (5,700 pages of
    /// 32 KB), and the file kept 187 MB of free pages (699 → 894 MB) that only later runs
    /// could use. Giving them back moves as many pages from the end of the file into the holes.
    static func giveBackFreePages(_ db: Database) throws {
        let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
        let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        guard free > 0, free * 100 > pages else { return }
        try db.execute(sql: "PRAGMA incremental_vacuum")
    }

    /// The relative paths of the index database and its WAL files when the user put the index
    /// inside the corpus folder, so that it is not read as a report.
    private func indexFilesInside(root: String) -> Set<String> {
        let index = Self.absolute(database.path)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard index.hasPrefix(prefix) else { return [] }
        let relative = String(index.dropFirst(prefix.count))
        return [relative, relative + "-wal", relative + "-shm", IndexLock.path(for: relative)]
    }

    /// `path` absolute and in standard form, as the index stores its root. A path that is
    /// already absolute and plain (no empty, `.` or `..` part, no slash at the end) is its own
    /// standard form and is taken as it is: standardizing a `URL` costs a scan of the runtime's
    /// conformances (half a million instructions, in every search).
    static func absolute(_ path: String) -> String {
        isPlainAbsolute(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether `path` starts with a slash and each part after it is a name: not empty, `.` or `..`.
    static func isPlainAbsolute(_ path: String) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let bytes = Array(path.utf8)
        guard bytes.count > 1, bytes[0] == slash else { return false }
        var start = 1
        for end in 1...bytes.count where end == bytes.count || bytes[end] == slash {
            let part = bytes[start..<end]
            if part.isEmpty || (part.count <= 2 && part.allSatisfy { $0 == dot }) { return false }
            start = end + 1
        }
        return true
    }
}
