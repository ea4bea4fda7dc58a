import Foundation
import GRDB

/// Builds a large first run's full-text index on a thread of its own, in a file of its own,
/// and moves it into the index when the run ends.
///
/// On a first run over 100,000 reports, FTS5's tokenising and segment writing took 40% of the
/// writing thread's CPU time, and that thread set the pace while the parsing threads waited.
/// SQLite writes one database from one thread at a time, so the full-text index is built in a
/// scratch database next to the index (`PATH.fulltext`, no journal: it is thrown away if
/// anything fails) by this builder's thread, while the writing thread stores the rows. At the
/// end it is merged into one segment there and its three data tables are copied into the
/// index's (`moveInto`), while this thread lists its stems with their counts (`StemList`),
/// which are stored last; the result holds exactly what the same reports added one batch at
/// a time and merged would (tests compare them).
///
/// Until the copy, searches of the index being built find nothing, and say why (`pendingNote`),
/// and no two entities are counted together yet (the run writes those counts at its end).
/// The run records that in `meta` (`pendingKey`) first, so a run killed before the copy leaves
/// a mark from which the next run rebuilds the full-text index and the counts from the stored
/// reports (`repair`).
final class FullTextBuilder: @unchecked Sendable {
    /// The `meta` key a run sets while the full-text index is being built elsewhere.
    static let pendingKey = "fullTextElsewhere"
    /// What a search says while `pendingKey` is set, instead of silently finding nothing.
    static let pendingNote = "The index is being built for the first time: words find reports once that run ends (browsing and filters work now)."
    /// The most index data FTS5 holds in memory before it writes a segment (its `hashsize`),
    /// unless the indexer says otherwise (`Indexer.fullTextMemory`).
    ///
    /// The builder indexes every report in one transaction, so FTS5 writes a segment only when
    /// this much is pending. At 100,000 reports (343 MB of text, 190 MB of index) it never
    /// fills: the index is written once, as one segment, and the final merge has nothing to
    /// do. That raised the run's peak memory from 323 to 547 MB there (559 MB with the stems
    /// listed in memory), and took the run from 75 to 64 s (medians of three). Text staged in a table and indexed 24 MB at a time, in a
    /// transaction each, had written 15 segments to merge at the end while the rest of the run
    /// waited, and had stalled the writing thread while each 24 MB was indexed. Larger folders
    /// get one segment each time this fills, merged at the end.
    static let pendingIndexBytes = 256 << 20

    /// The scratch database.
    let path: String
    private let createSQL: String
    /// FTS5's `hashsize` (see `pendingIndexBytes`).
    private let pendingBytes: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var queued: [[Row]] = []
    private var inputEnded = false
    /// Set once the index is written and merged, and may be copied (the stems come later).
    private var indexWritten = false
    private var finished = false
    /// The index's stems (`StemList.listed`), read once `finished`.
    private var stems: [StemList.Stem] = []
    private var failure: (any Error)?
    /// CPU seconds the builder's thread spent, read after `finish()`.
    private(set) var cpuSeconds = 0.0
    /// Batches the writer may run ahead of the builder before it waits (bounds memory).
    private let maxQueued = 8
    /// Rows handed in since the last `flush()`; touched by the writing thread only.
    private var batch: [Row] = []

    struct Row {
        let id: Int64
        let title: String
        let body: String
    }

    /// Makes the scratch database beside the index at `databasePath`, with a full-text table
    /// made by the index's own `CREATE VIRTUAL TABLE` statement, and starts the thread.
    init(databasePath: String, pendingBytes: Int = pendingIndexBytes, in db: Database) throws {
        path = databasePath + ".fulltext"
        self.pendingBytes = pendingBytes
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'articleText'") else {
            throw DatabaseError(message: "the index has no full-text table")
        }
        createSQL = sql
        Self.removeScratch(at: path)
        let thread = Thread { [self] in run() }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Takes one stored report's title and body (on the writing thread).
    func add(id: Int64, title: String, body: String) {
        batch.append(Row(id: id, title: title, body: body))
    }

    /// Hands the reports taken since the last call to the builder's thread, waiting if it is
    /// `maxQueued` batches behind.
    func flush() {
        guard !batch.isEmpty else { return }
        condition.lock()
        while queued.count >= maxQueued && failure == nil && !finished { condition.wait() }
        queued.append(batch)
        condition.broadcast()
        condition.unlock()
        batch = []
    }

    /// Hands over what is left and lets the builder merge its index while the writer does
    /// other work; `moveInto` waits for it.
    func endInput() {
        flush()
        condition.lock()
        inputEnded = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the builder's index, then copies it into the index at `indexPath` on a
    /// connection of its own while the builder lists the stems, and stores those last, in one
    /// transaction that also clears `pendingKey`; removes the scratch file. A second connection
    /// makes every open connection, the indexer's included, see that the full-text data changed
    /// (FTS5 keeps a copy of its segment list per connection, reloaded when another connection
    /// commits).
    func moveInto(indexPath: String) throws {
        endInput()
        defer { Self.removeScratch(at: path) }
        try waitUntil { $0.indexWritten }
        var config = Configuration()
        config.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: indexPath, configuration: config)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS scratch", arguments: [path])
            defer { try? db.execute(sql: "DETACH DATABASE scratch") }
            try db.inTransaction(.immediate) {
                for table in ["articleText_data", "articleText_idx", "articleText_docsize"] {
                    try db.execute(sql: "DELETE FROM main.\(table)")
                    try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM scratch.\(table)")
                }
                try waitUntil { $0.finished }
                try db.execute(sql: "DELETE FROM main.stem")
                try StemList.store(stems, in: db)
                try db.execute(sql: "DELETE FROM main.meta WHERE key = ?", arguments: [Self.pendingKey])
                try StemList.markCounted(in: db)
                return .commit
            }
        }
        try queue.close()
    }

    /// Waits until `done` holds of the builder or it failed; throws its failure.
    private func waitUntil(_ done: (FullTextBuilder) -> Bool) throws {
        condition.lock()
        while !done(self) && !finished { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }

    /// Stops the thread without copying anything and removes the scratch file (a failed run;
    /// `pendingKey` stays, so the next run rebuilds the full text).
    func cancel() {
        condition.lock()
        inputEnded = true
        queued = []
        failure = failure ?? CancellationError()
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
        Self.removeScratch(at: path)
    }

    /// Whether a run that built the full-text index elsewhere ended before moving it in (the
    /// process was killed).
    static func isPending(in db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [pendingKey]) != nil
    }

    /// Rebuilds the full-text index and its stems from the stored reports after such a run,
    /// and the co-occurrence counts, which a first run writes only at its end
    /// (`IndexWriter.flushCounts`).
    static func repair(in db: Database, databasePath: String) throws {
        try db.execute(sql: "INSERT INTO articleText(articleText) VALUES ('rebuild')")
        try CoOccurrence.rebuild(in: db)
        try db.execute(sql: "DELETE FROM meta WHERE key IN (?, ?, ?)", arguments: [pendingKey, StemList.filledKey, StemList.countedKey])
        try StemList.fillIfMissing(in: db)
        removeScratch(at: databasePath + ".fulltext")
    }

    private static func removeScratch(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The builder's thread: indexes each batch as it comes, all in one transaction (the
    /// scratch file has no journal, and a failed run throws it away), then merges whatever
    /// segments that left into one and lists its stems once the input has ended.
    private func run() {
        let start = WriterTimes.threadCPUSeconds()
        do {
            var config = Configuration()
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA page_size = 32768")
                try db.execute(sql: "PRAGMA journal_mode = OFF")
                try db.execute(sql: "PRAGMA synchronous = OFF")
                try db.execute(sql: "PRAGMA cache_size = -32768")
            }
            let queue = try DatabaseQueue(path: path, configuration: config)
            try queue.writeWithoutTransaction { db in
                // The full-text table names the index's content table, which must exist; it
                // stays empty, as the text goes straight to the full-text table.
                try db.execute(sql: "CREATE TABLE article(id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL)")
                try db.execute(sql: createSQL)
                // Merging waits for the end, as in any large run (`FullTextMerging`).
                try db.execute(sql: "INSERT INTO articleText(articleText, rank) VALUES ('automerge', 0)")
                try db.execute(sql: "INSERT INTO articleText(articleText, rank) VALUES ('crisismerge', 2000)")
                try db.execute(sql: "INSERT INTO articleText(articleText, rank) VALUES ('hashsize', ?)", arguments: [pendingBytes])
                let insert = try db.makeStatement(sql: "INSERT INTO articleText(rowid, title, body) VALUES (?, ?, ?)")
                try db.inTransaction {
                    while let rows = nextBatch() {
                        for row in rows {
                            var values = RowInsert(insert)
                            values.int(row.id)
                            values.text(row.title)
                            values.text(row.body)
                            try values.run()
                        }
                    }
                    return isCancelled() ? .rollback : .commit
                }
                if isCancelled() { return }
                try db.execute(sql: "INSERT INTO articleText(articleText) VALUES ('optimize')")
                condition.lock()
                indexWritten = true
                condition.broadcast()
                condition.unlock()
                // `moveInto` copies the index while the stems are counted. The vocabulary is a
                // temporary table, so nothing here writes the scratch file it reads.
                try db.execute(sql: "CREATE VIRTUAL TABLE temp.articleVocab USING fts5vocab(main, articleText, row)")
                stems = try StemList.listed(from: "temp.articleVocab", in: db)
            }
            try queue.close()
        } catch {
            condition.lock()
            failure = failure ?? error
            condition.unlock()
        }
        condition.lock()
        cpuSeconds = WriterTimes.threadCPUSeconds() - start
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next queued batch; nil once the input has ended and the queue is empty, or when
    /// the build was cancelled.
    private func nextBatch() -> [Row]? {
        condition.lock()
        defer { condition.unlock() }
        while queued.isEmpty && !inputEnded && failure == nil { condition.wait() }
        guard failure == nil, !queued.isEmpty else { return nil }
        let rows = queued.removeFirst()
        condition.broadcast()
        return rows
    }

    private func isCancelled() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return failure != nil
    }
}
