import GRDB

/// The stems of the full-text index in a table of their own (`stem`), each with the number of
/// reports holding it, for "did you mean" (`SearchSuggestions`).
///
/// `articleVocab` (an `fts5vocab` table) lists the stems too, but it counts the reports holding
/// each by reading the stem's whole list of matches: walking the stems of one first letter
/// took 130–470 ms on 100,000 reports, and counting one common stem near a query word (`the`)
/// 32 ms. `stem` holds each stem by its length in characters with its count, so suggestions
/// read just the stems of one first letter in each length of a band, counts included.
///
/// Every batch keeps the counts exact: the reports it adds go through a scratch full-text table
/// of the connection's own, made with the index's tokenizer (`IndexSchema.fullTextTokenizer`),
/// whose vocabulary then holds just their stems, each counted once per report
/// (`add(reportsFrom:in:)`); the reports it deletes or replaces go through another before they
/// go (`noteRemoval(ofReportsOf:in:)`) and are taken off at the end (`settleRemovals`). A stem
/// no report holds any more leaves the table, which then lists what `articleVocab` lists. A
/// large first run fills it from the finished full-text index (`FullTextBuilder`).
/// `meta.stems` says the table lists every stem, `meta.stemReports` that every count is
/// exact; an index made before the table or its counts existed has neither until an indexing
/// run fills them (`fillIfMissing`), and suggestions ask `articleVocab` meanwhile.
enum StemList {
    /// The `meta` key set once `stem` holds every stem of the full-text index.
    static let filledKey = "stems"
    /// The `meta` key set once `stem.reports` holds every stem's count (`filledKey` too).
    static let countedKey = "stemReports"

    /// A stem with its length and the number of reports holding it: one row of `stem`.
    struct Stem: Equatable {
        var length: Int
        var term: String
        var reports: Int
    }

    /// The length `stem` files a term under and suggestions compare: its characters.
    static func length(of term: String) -> Int { term.count }

    /// `bylineCharacterCount(text)`: `length(of:)` in SQL.
    static let characterCount = DatabaseFunction("bylineCharacterCount", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(length(of:))
    }

    /// Whether `stem` holds every stem of the index.
    static func isFilled(in db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [filledKey]) != nil
    }

    /// Whether `stem` holds every stem of the index with its count.
    static func isCounted(in db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [countedKey]) != nil
    }

    /// Records that `stem` is complete (an empty index: it holds no stem yet).
    static func markFilled(in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'filled')", arguments: [filledKey])
    }

    /// Records that `stem` is complete and counted.
    static func markCounted(in db: Database) throws {
        try markFilled(in: db)
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'counted')", arguments: [countedKey])
    }

    /// Fills `stem` with its counts from the whole vocabulary when it is not complete (an
    /// index made by an earlier build, or a full-text index rebuilt from the stored reports):
    /// one walk of every stem's matches, about as long as reading the full-text index once.
    static func fillIfMissing(in db: Database) throws {
        guard try !(isFilled(in: db) && isCounted(in: db)) else { return }
        try db.execute(sql: "DELETE FROM stem")
        try copy(from: "articleVocab", in: db)
        try markCounted(in: db)
    }

    /// Adds the stems of `vocabulary` (an `fts5vocab` table of type `row`) with their counts,
    /// or adds their counts to those of stems already listed.
    static func copy(from vocabulary: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO stem(length, term, reports) SELECT \(characterCount.name)(term), term, doc FROM \(vocabulary) WHERE true
            ON CONFLICT (length, term) DO UPDATE SET reports = reports + excluded.reports
            """)
    }

    /// The stems of `vocabulary` (an `fts5vocab` table of type `row`) with their counts, in the
    /// order of `stem`'s key: by length, and by term within a length, as the vocabulary lists
    /// them. Walking every stem's matches to count its reports takes seconds at 100,000 reports.
    static func listed(from vocabulary: String, in db: Database) throws -> [Stem] {
        var byLength: [[Stem]] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT term, doc FROM \(vocabulary)")
        while let row = try rows.next() {
            let term: String = row[0]
            let stem = Stem(length: length(of: term), term: term, reports: row[1])
            while byLength.count <= stem.length { byLength.append([]) }
            byLength[stem.length].append(stem)
        }
        return byLength.flatMap { $0 }
    }

    /// Stores `stems` in an empty `stem` table; in its key order (`listed`), each row goes
    /// after the one before.
    static func store(_ stems: [Stem], in db: Database) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO stem(length, term, reports) VALUES (?, ?, ?)")
        for stem in stems {
            var values = RowInsert(insert)
            values.int(stem.length)
            values.text(stem.term)
            values.int(stem.reports)
            try values.run()
        }
    }

    /// Adds the stems of the reports with an id from `first` on (a batch's new reports).
    static func add(reportsFrom first: Int64, in db: Database) throws {
        try makeScratch("reportStems", in: db)
        try db.execute(sql: "INSERT INTO temp.reportStems(rowid, title, body) SELECT id, title, body FROM article WHERE id >= ?", arguments: [first])
        try copy(from: "temp.reportStemsVocab", in: db)
        try db.execute(sql: "INSERT INTO temp.reportStems(reportStems) VALUES ('delete-all')")
    }

    /// Notes the stems of the reports of the file `fileId`, about to be deleted, for
    /// `settleRemovals` to take off. `number` numbers the reports noted since the last
    /// settling (the scratch table counts a number noted twice as one report).
    static func noteRemoval(ofReportsOf fileId: Int64, number: inout Int64, in db: Database) throws {
        try makeScratch("goneStems", in: db)
        try db.cachedStatement(sql: """
            INSERT INTO temp.goneStems(rowid, title, body) SELECT ? + row_number() OVER (ORDER BY id), title, body FROM article WHERE fileId = ?
            """).execute(arguments: [number, fileId])
        number += Int64(db.changesCount)
    }

    /// Takes the reports noted by `noteRemoval` off their stems' counts; drops the stems no
    /// report holds any more.
    static func settleRemovals(in db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM temp.sqlite_master WHERE name = 'goneStems'") != nil else { return }
        let length = characterCount.name
        try db.execute(sql: """
            UPDATE stem SET reports = reports - gone.doc FROM temp.goneStemsVocab AS gone
            WHERE stem.length = \(length)(gone.term) AND stem.term = gone.term;
            DELETE FROM stem WHERE (length, term) IN (SELECT \(length)(term), term FROM temp.goneStemsVocab) AND reports = 0;
            INSERT INTO temp.goneStems(goneStems) VALUES ('delete-all');
            """)
    }

    /// Makes the scratch full-text table `name` (and its vocabulary, `nameVocab`) on this
    /// connection unless it is there.
    private static func makeScratch(_ name: String, in db: Database) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM temp.sqlite_master WHERE name = ?"), arguments: [name]) == nil else { return }
        try db.execute(sql: """
            CREATE VIRTUAL TABLE temp.\(name) USING fts5(title, body, content = '', detail = none, columnsize = 0, tokenize = '\(IndexSchema.fullTextTokenizer)');
            CREATE VIRTUAL TABLE temp.\(name)Vocab USING fts5vocab(temp, \(name), row);
            """)
    }

    /// The stems from `first` up to but not including `next` (those starting with a letter)
    /// that are `length` characters long, in order (terms alone: a row with the count cost a
    /// walk of thousands of stems more than looking up the few near ones).
    static func stems(from first: String, below next: String, length: Int, in db: Database) throws -> FastDatabaseValueCursor<String> {
        try String.fetchCursor(db.cachedStatement(sql: "SELECT term FROM stem WHERE length = ? AND term >= ? AND term < ?"),
                               arguments: [length, first, next])
    }

    /// The number of reports holding `stem` (`length` characters long); nil when none does.
    /// Until the stems are counted (an index from an earlier build), `articleVocab` counts it.
    static func reports(holding stem: String, length: Int, in db: Database) throws -> Int? {
        if let counted = try Int.fetchOne(db.cachedStatement(sql: "SELECT reports FROM stem WHERE length = ? AND term = ?"), arguments: [length, stem]) {
            return counted
        }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT doc FROM articleVocab WHERE term = ?"), arguments: [stem])
    }
}
