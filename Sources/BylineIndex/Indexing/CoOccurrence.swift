import GRDB

/// Per-entity counts that connections and timelines read instead of every report naming the
/// entity: for each pair of entities named in one report, how many reports name both
/// (`entityPair`), and for each entity, how many reports name it on each day (`entityDay`).
///
/// The indexer keeps them as it writes: each report stored adds its pairs and day, each report
/// deleted takes them away (read back from its `reportEntities` blob first), and the changes
/// are written in the transaction that writes the reports, so the counts always equal what
/// `computed(in:)` gives from the blobs, from scratch; a large first run writes them in its
/// last transaction instead (`IndexWriter.flushCounts`). A pair row is deleted when its count
/// reaches zero.
///
///     var counts = CoOccurrence()
///     counts.add(ReportEntities(encoded: blob).entries, day: 19_876)
///     try counts.flush(in: db)   // in the same transaction as the report
struct CoOccurrence: Equatable {
    /// Reports naming both, of them those where one sentence names both, and those sentences.
    struct Pair: Equatable {
        var reports: Int32 = 0
        var sentenceReports: Int32 = 0
        var sentences: Int32 = 0

        var isZero: Bool { reports == 0 && sentenceReports == 0 && sentences == 0 }
    }

    /// Changes (or, from `computed`, totals) by `entityId << 32 | otherId`, both directions.
    private(set) var pairs: [UInt64: Pair] = [:]
    /// Changes by `entityId << 32 | day` (the day as a 32-bit pattern).
    private(set) var days: [UInt64: Int32] = [:]

    init() {}

    var isEmpty: Bool { pairs.isEmpty && days.isEmpty }

    /// The pair and day changes waiting to be written.
    var changeCount: Int { pairs.count + days.count }

    /// Counts one report, or takes it away again (`sign` -1), from its packed entities.
    mutating func add(_ entries: [ReportEntities.Entry], day: Int?, sign: Int32 = 1) {
        for (i, a) in entries.enumerated() {
            if let day { days[Self.key(a.entityId, UInt32(bitPattern: Int32(truncatingIfNeeded: day))), default: 0] += sign }
            for b in entries[(i + 1)...] where b.entityId != a.entityId {
                let together = Int32(EntityConnections.intersectionCount(a.sentences, b.sentences))
                let change = Pair(reports: sign, sentenceReports: together > 0 ? sign : 0, sentences: sign * together)
                pairs[Self.key(a.entityId, UInt32(truncatingIfNeeded: b.entityId)), default: Pair()].add(change)
                pairs[Self.key(b.entityId, UInt32(truncatingIfNeeded: a.entityId)), default: Pair()].add(change)
            }
        }
    }

    /// Takes away the reports of file `fileId`, before they are deleted.
    mutating func subtractReports(ofFile fileId: Int64, in db: Database) throws {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT r.day, r.entities FROM article a JOIN reportEntities r ON r.articleId = a.id WHERE a.fileId = ?
            """), arguments: [fileId])
        while let row = try rows.next() {
            let day: Int? = row[0]
            let entries = try row.withUnsafeData(atIndex: 1) { data in
                data?.withUnsafeBytes { ReportEntities(encoded: $0).entries } ?? []
            }
            add(entries, day: day, sign: -1)
        }
    }

    /// Writes the changes counted so far into the tables and forgets them.
    ///
    /// A change that could stand as a row of its own is an upsert; any other (one that takes
    /// away, or adds a shared sentence to reports already counted) updates the row it changes,
    /// which must then exist: the tables' checks apply to the row an upsert inserts before a
    /// conflict is found. A row left at zero is deleted.
    mutating func flush(in db: Database) throws {
        guard !isEmpty else { return }
        let addPair = try db.cachedStatement(sql: """
            INSERT INTO entityPair(entityId, otherId, reports, sentenceReports, sentences) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(entityId, otherId) DO UPDATE SET reports = reports + excluded.reports,
                sentenceReports = sentenceReports + excluded.sentenceReports, sentences = sentences + excluded.sentences
            """)
        let changePair = try db.cachedStatement(sql: """
            UPDATE entityPair SET reports = reports + ?3, sentenceReports = sentenceReports + ?4, sentences = sentences + ?5
            WHERE entityId = ?1 AND otherId = ?2
            """)
        let dropPair = try db.cachedStatement(sql: "DELETE FROM entityPair WHERE entityId = ? AND otherId = ? AND reports = 0")
        // In key order, so the B-tree is written page by page.
        for key in pairs.keys.sorted() {
            let p = pairs[key]!
            guard !p.isZero else { continue }
            let (entity, other) = Self.split(key)
            // A change that would pass the checks as a row of its own can be upserted.
            let insertable = p.reports > 0 && (0...p.reports).contains(p.sentenceReports) && p.sentences >= p.sentenceReports
            var row = RowInsert(insertable ? addPair : changePair)
            row.int(entity)
            row.int(other)
            row.int(Int(p.reports))
            row.int(Int(p.sentenceReports))
            row.int(Int(p.sentences))
            try row.run()
            if p.reports < 0 {
                var drop = RowInsert(dropPair)
                drop.int(entity)
                drop.int(other)
                try drop.run()
            }
        }
        let addDay = try db.cachedStatement(sql: """
            INSERT INTO entityDay(entityId, day, reports) VALUES (?, ?, ?)
            ON CONFLICT(entityId, day) DO UPDATE SET reports = reports + excluded.reports
            """)
        let changeDay = try db.cachedStatement(sql: "UPDATE entityDay SET reports = reports + ?3 WHERE entityId = ?1 AND day = ?2")
        let dropDay = try db.cachedStatement(sql: "DELETE FROM entityDay WHERE entityId = ? AND day = ? AND reports = 0")
        for key in days.keys.sorted() {
            let n = days[key]!
            guard n != 0 else { continue }
            let (entity, packedDay) = Self.split(key)
            let day = Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: packedDay)))
            var row = RowInsert(n > 0 ? addDay : changeDay)
            row.int(entity)
            row.int(day)
            row.int(Int(n))
            try row.run()
            if n < 0 {
                var drop = RowInsert(dropDay)
                drop.int(entity)
                drop.int(day)
                try drop.run()
            }
        }
        pairs = [:]
        days = [:]
    }

    /// The counts worked out from every report's blob, as the tables should hold them.
    static func computed(in db: Database) throws -> CoOccurrence {
        var counts = CoOccurrence()
        let rows = try Row.fetchCursor(db, sql: "SELECT day, entities FROM reportEntities")
        while let row = try rows.next() {
            let day: Int? = row[0]
            let entries = try row.withUnsafeData(atIndex: 1) { data in
                data?.withUnsafeBytes { ReportEntities(encoded: $0).entries } ?? []
            }
            counts.add(entries, day: day)
        }
        counts.pairs = counts.pairs.filter { !$0.value.isZero }
        counts.days = counts.days.filter { $0.value != 0 }
        return counts
    }

    /// What the tables hold, in the form of `computed(in:)`, to compare the two.
    static func stored(in db: Database) throws -> CoOccurrence {
        var counts = CoOccurrence()
        let pairs = try Row.fetchCursor(db, sql: "SELECT entityId, otherId, reports, sentenceReports, sentences FROM entityPair")
        while let row = try pairs.next() {
            counts.pairs[key(row[0], UInt32(truncatingIfNeeded: row[1] as Int64))] = Pair(reports: row[2], sentenceReports: row[3], sentences: row[4])
        }
        let days = try Row.fetchCursor(db, sql: "SELECT entityId, day, reports FROM entityDay")
        while let row = try days.next() {
            counts.days[key(row[0], UInt32(bitPattern: Int32(truncatingIfNeeded: row[1] as Int64)))] = row[2]
        }
        return counts
    }

    /// Empties the tables and counts every report again (a migration, or a repair).
    static func rebuild(in db: Database) throws {
        try db.execute(sql: "DELETE FROM entityPair; DELETE FROM entityDay")
        var counts = try computed(in: db)
        try counts.flush(in: db)
    }

    @inline(__always)
    private static func key(_ a: Int64, _ b: UInt32) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: a)) << 32 | UInt64(b)
    }

    private static func split(_ key: UInt64) -> (Int64, Int64) {
        (Int64(key >> 32), Int64(key & 0xFFFF_FFFF))
    }
}

extension CoOccurrence.Pair {
    mutating func add(_ other: Self) {
        reports += other.reports
        sentenceReports += other.sentenceReports
        sentences += other.sentences
    }
}
