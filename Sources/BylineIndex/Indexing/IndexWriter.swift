import BylineCore
import GRDB

/// The indexer's writes, inside the write transaction of one batch.
///
/// Holds what it learnt across batches of one run (entity ids, entities already marked
/// stale); a run that fails drops the writer with its transaction.
final class IndexWriter {
    private var entityIds: [String: Int64] = [:]
    private var markedStale: Set<Int64> = []
    /// The entities this run stored first, counted as their appearances are written
    /// (`EntityTotals.refresh` writes them out).
    private(set) var tallies: [Int64: EntityTally] = [:]
    /// The appearances this run wrote of entities stored before it, counted the same way
    /// (`EntityTotals.refresh` adds them to the stored totals).
    private(set) var changes: [Int64: EntityTally] = [:]
    /// The id of the batch's first new report. SQLite gives a new row one more than the largest
    /// id stored, so the rows from it on are the batch's new reports; the largest id when the
    /// batch began is no such mark, as a batch replacing the report that holds it reuses it.
    private var firstNewId: Int64?
    /// The changes to `entityPair` and `entityDay` since they were last written.
    private var counts = CoOccurrence()
    /// CPU seconds spent counting them as reports were stored (for `WriterTimes`).
    private(set) var countingSeconds = 0.0
    /// Set on a large first run: the reports' text goes to this builder instead of the
    /// index's full-text table (see `FullTextBuilder`).
    var fullText: FullTextBuilder?
    /// Reports deleted since their stems' counts were last brought down (`StemList`).
    private var removedReports: Int64 = 0

    /// Call first in each batch's transaction.
    func beginBatch(in db: Database) throws {
        firstNewId = nil
    }

    /// Writes the co-occurrence counts of the reports stored and deleted since the last call;
    /// on a first run (`fullText` set) only when `last`, the run's last commit, or when more
    /// than `heldCountsLimit` changes wait (they take about 40 bytes each).
    ///
    /// A first run's counts are all additions to empty tables, and a commit every few seconds
    /// rewrote the pages of every pair that its reports named (at 100,000 reports, 553,800
    /// rows) again and again; held until the end, each row is written once, in key order. A
    /// first run killed before its end leaves the full-text mark (`FullTextBuilder.pendingKey`),
    /// and the next run counts everything again (`FullTextBuilder.repair`).
    func flushCounts(last: Bool, in db: Database) throws {
        guard fullText == nil || last || counts.changeCount > Self.heldCountsLimit else { return }
        try counts.flush(in: db)
    }

    static let heldCountsLimit = 2_000_000

    /// Whether counts are waiting for the run's last commit (see `flushCounts`).
    var holdsCounts: Bool { fullText != nil && !counts.isEmpty }

    /// Call last in each batch's transaction (`last` for the run's last): writes the
    /// co-occurrence counts not yet written (`flushCounts`), takes the deleted reports off
    /// their stems' counts, and adds the batch's new reports to the full-text index in one
    /// statement (see `IndexSchema` for why not a trigger) and their stems to `stem`, or hands
    /// them to `fullText`.
    func endBatch(last: Bool, in db: Database) throws {
        try flushCounts(last: last, in: db)
        try settleRemovals(in: db)
        if let fullText {
            fullText.flush()
            firstNewId = nil
            return
        }
        guard let first = firstNewId else { return }
        try db.execute(sql: "INSERT INTO articleText(rowid, title, body) SELECT id, title, body FROM article WHERE id >= ?", arguments: [first])
        try StemList.add(reportsFrom: first, in: db)
        firstNewId = nil
    }

    /// Takes the reports deleted since the last call off their stems' counts (`StemList`): at
    /// the end of each batch, and after removals outside one.
    func settleRemovals(in db: Database) throws {
        guard removedReports > 0 else { return }
        try StemList.settleRemovals(in: db)
        removedReports = 0
    }

    /// Stores the files gone from the folder as deleted, with everything hanging off them.
    /// Its co-occurrence counts go at once, as a removal may come outside a batch; its stems'
    /// counts with the next `settleRemovals`.
    func remove(_ file: StoredFile, in db: Database) throws {
        try counts.subtractReports(ofFile: file.id, in: db)
        try StemList.noteRemoval(ofReportsOf: file.id, number: &removedReports, in: db)
        try db.cachedStatement(sql: "DELETE FROM file WHERE id = ?").execute(arguments: [file.id])
        try counts.flush(in: db)
    }

    /// Records a new stat for a file whose bytes did not change.
    func touch(_ stored: StoredFile, as file: CorpusFile, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE file SET size = ?, mtime = ? WHERE id = ?")
            .execute(arguments: [file.size, file.modifiedNanoseconds, stored.id])
    }

    /// Stores a file that was read, replacing what an earlier run stored for it.
    func save(_ file: CorpusFile, replacing stored: StoredFile?, hash: Int64, articles: [PreparedArticle], failure: String?, in db: Database) throws {
        let fileId: Int64
        // Another process indexing the same folder may have stored the file since this run read
        // the table; its row is replaced like one this run knew about.
        let existing = try stored?.id ?? Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM file WHERE path = ?"), arguments: [file.relativePath])
        if let existing {
            try counts.subtractReports(ofFile: existing, in: db)
            try StemList.noteRemoval(ofReportsOf: existing, number: &removedReports, in: db)
            try db.cachedStatement(sql: "DELETE FROM article WHERE fileId = ?").execute(arguments: [existing])
            try db.cachedStatement(sql: "UPDATE file SET size = ?, mtime = ?, hash = ?, warning = ? WHERE id = ?")
                .execute(arguments: [file.size, file.modifiedNanoseconds, hash, failure, existing])
            fileId = existing
        } else {
            try db.cachedStatement(sql: "INSERT INTO file(path, size, mtime, hash, warning) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [file.relativePath, file.size, file.modifiedNanoseconds, hash, failure])
            fileId = db.lastInsertedRowID
        }
        for article in articles {
            try insert(article, fileId: fileId, relativePath: file.relativePath, in: db)
        }
    }

    /// Moves a file's stored reports to its new path, re-deriving their ids; false when an id
    /// cannot be re-derived and the file must be read again.
    func rename(_ stored: StoredFile, to file: CorpusFile, in db: Database) throws -> Bool {
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, key, ordinal FROM article WHERE fileId = ?"), arguments: [stored.id])
        var newKeys: [(Int64, String)] = []
        for row in rows {
            let key: String = row["key"], ordinal: Int = row["ordinal"]
            if key == ArticleID.make(relativePath: stored.path) {
                newKeys.append((row["id"], ArticleID.make(relativePath: file.relativePath)))
            } else if key == ArticleID.make(relativePath: stored.path, index: ordinal + 1) {
                newKeys.append((row["id"], ArticleID.make(relativePath: file.relativePath, index: ordinal + 1)))
            } else {
                return false
            }
        }
        try db.cachedStatement(sql: "UPDATE file SET path = ?, size = ?, mtime = ? WHERE id = ?")
            .execute(arguments: [file.relativePath, file.size, file.modifiedNanoseconds, stored.id])
        // Park the old keys first, so that keys swapping between files cannot collide.
        for (id, _) in newKeys {
            try db.cachedStatement(sql: "UPDATE article SET key = char(1) || id WHERE id = ?").execute(arguments: [id])
        }
        for (id, key) in newKeys {
            try db.cachedStatement(sql: "UPDATE article SET key = ? WHERE id = ?").execute(arguments: [uniqueKey(key, fallback: file.relativePath, in: db), id])
        }
        return true
    }

    private func insert(_ article: PreparedArticle, fileId: Int64, relativePath: String, in db: Database) throws {
        let key = try uniqueKey(article.key, fallback: relativePath + (article.ordinal > 0 ? "#\(article.ordinal + 1)" : ""), in: db)
        var row = RowInsert(try db.cachedStatement(sql: """
            INSERT INTO article(fileId, ordinal, key, format, title, titleDerived, date, dateText, byline, source,
                                dateline, body, blocks, personCount, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        row.int(fileId)
        row.int(article.ordinal)
        row.text(key)
        row.text(article.format)
        row.text(article.title)
        row.bool(article.titleDerived)
        row.text(article.date)
        row.text(article.dateText)
        row.text(article.byline)
        row.text(article.source)
        row.text(article.dateline)
        row.text(article.body)
        row.text(article.blocks)
        row.int(article.personCount)
        row.text(article.details)
        try row.run()
        let articleId = db.lastInsertedRowID
        if firstNewId == nil { firstNewId = articleId }
        fullText?.add(id: articleId, title: article.title, body: article.body)
        for tag in article.tags {
            try db.cachedStatement(sql: "INSERT INTO tag(articleId, folded) VALUES (?, ?)").execute(arguments: [articleId, tag])
        }
        let appearanceInsert = try db.cachedStatement(sql: """
            INSERT INTO appearance(articleId, entityId, ordinal, name, aliases, roles, mentionCount, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var packed: [(id: Int64, sentences: [(block: Int, range: Range<Int>)])] = []
        packed.reserveCapacity(article.entities.count)
        for (ordinal, entity) in article.entities.enumerated() {
            let entityId = try self.entityId(for: entity, in: db)
            packed.append((entityId, zip(entity.mentions, entity.sentences).map { ($0.block, $1) }))
            var appearance = RowInsert(appearanceInsert)
            appearance.int(articleId)
            appearance.int(entityId)
            appearance.int(ordinal)
            appearance.text(entity.name)
            appearance.text(entity.aliases)
            appearance.text(entity.roles)
            appearance.int(entity.mentions.count)
            appearance.blob(MentionList(mentions: entity.mentions, sentences: entity.sentences).packed)
            try appearance.run()
            if tallies[entityId] != nil {
                tallies[entityId]!.add(name: entity.name, aliases: entity.aliasList, roles: entity.roleList, mentions: entity.mentions.count)
            } else {
                changes[entityId, default: EntityTally()].add(name: entity.name, aliases: entity.aliasList, roles: entity.roleList,
                                                               mentions: entity.mentions.count)
            }
        }
        var entities = RowInsert(try db.cachedStatement(sql: "INSERT INTO reportEntities(articleId, day, entities) VALUES (?, ?, ?)"))
        entities.int(articleId)
        let day = article.date.flatMap(ArticleDate.init(iso:))?.dayNumber
        if let day { entities.int(day) } else { entities.text(nil) }
        let report = ReportEntities(entities: packed)
        entities.blob(report.encoded)
        try entities.run()
        let started = WriterTimes.threadCPUSeconds()
        counts.add(report.entries, day: day)
        countingSeconds += WriterTimes.threadCPUSeconds() - started
    }

    /// `key` when no other report has it; otherwise the file's own path (two files named
    /// `a.txt` and `a.md` both give the id `a`), numbered if even that is taken.
    private func uniqueKey(_ key: String, fallback: String, in db: Database) throws -> String {
        let taken = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE key = ?")
        if try Bool.fetchOne(taken, arguments: [key]) == nil { return key }
        if try Bool.fetchOne(taken, arguments: [fallback]) == nil { return fallback }
        var n = 2
        while try Bool.fetchOne(taken, arguments: ["\(fallback)~\(n)"]) != nil { n += 1 }
        return "\(fallback)~\(n)"
    }

    /// The entity's row id, creating the row on first sight; either way the entity is marked
    /// stale so the end of the run recounts it.
    private func entityId(for entity: PreparedArticle.PreparedEntity, in db: Database) throws -> Int64 {
        if let id = entityIds[entity.key] {
            if markedStale.insert(id).inserted {
                try db.cachedStatement(sql: "UPDATE entity SET stale = 1 WHERE id = ?").execute(arguments: [id])
            }
            return id
        }
        let id: Int64
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entity WHERE key = ?"), arguments: [entity.key]) {
            id = existing
            try db.cachedStatement(sql: "UPDATE entity SET stale = 1 WHERE id = ?").execute(arguments: [id])
        } else {
            try db.cachedStatement(sql: "INSERT INTO entity(key, kind, name, stale) VALUES (?, ?, ?, 1)")
                .execute(arguments: [entity.key, entity.kind, entity.name])
            id = db.lastInsertedRowID
            tallies[id] = EntityTally()
        }
        entityIds[entity.key] = id
        markedStale.insert(id)
        return id
    }
}
