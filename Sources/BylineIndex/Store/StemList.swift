import GRDB

/// The stems of the full-text index in a table of their own (`stem`), for "did you mean"
/// (`SearchSuggestions`).
///
/// `articleVocab` (an `fts5vocab` table) lists the stems too, but it counts the reports holding
/// each by reading the stem's whole list of matches: walking the stems of one first letter
/// took 130–470 ms on 100,000 reports. `stem` holds each stem by its length in characters, so
/// suggestions read just the stems of one first letter in each length of a band, and only the
/// few within reach of the query word ask `articleVocab` for their count, one stem at a time
/// (an equality on `term`, which FTS5 seeks to directly).
///
/// The table grows with the index and is never pruned: a stem no report holds any more is
/// dropped by that count (`articleVocab` has no row for it). A large first run fills it from
/// the finished full-text index (`FullTextBuilder`); every other batch adds the stems of the
/// reports it added (`add(reportsFrom:in:)`). `meta.stems` says the table is complete; an
/// index made before the table existed has none until an indexing run fills it
/// (`fillIfMissing`), and suggestions walk `articleVocab` meanwhile.
enum StemList {
    /// The `meta` key set once `stem` holds every stem of the full-text index.
    static let filledKey = "stems"

    /// `bylineCharacterCount(text)`: `text.count`, the length suggestions compare.
    static let characterCount = DatabaseFunction("bylineCharacterCount", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0])?.count
    }

    /// Whether `stem` holds every stem of the index.
    static func isFilled(in db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [filledKey]) != nil
    }

    /// Records that `stem` is complete (an empty index: it holds no stem yet).
    static func markFilled(in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'filled')", arguments: [filledKey])
    }

    /// Fills `stem` from the whole vocabulary when it is not complete (an index made by an
    /// earlier build, or a full-text index rebuilt from the stored reports): one walk of every
    /// stem's matches, about as long as reading the full-text index once.
    static func fillIfMissing(in db: Database) throws {
        guard try !isFilled(in: db) else { return }
        try db.execute(sql: "DELETE FROM stem")
        try copy(from: "articleVocab", in: db)
        try markFilled(in: db)
    }

    /// Adds the stems of `vocabulary` (an `fts5vocab` table of type `row`) not yet listed.
    static func copy(from vocabulary: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO stem(length, term) SELECT \(characterCount.name)(term), term FROM \(vocabulary)")
    }

    /// Adds the stems of the reports with an id from `first` on (a batch's new reports): their
    /// text goes through a scratch full-text table of the connection's own, made with the
    /// index's tokenizer (`IndexSchema.fullTextTokenizer`), whose vocabulary then holds just
    /// their stems.
    static func add(reportsFrom first: Int64, in db: Database) throws {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM temp.sqlite_master WHERE name = 'reportStems'") == nil {
            try db.execute(sql: """
                CREATE VIRTUAL TABLE temp.reportStems USING fts5(title, body, content = '', detail = none, columnsize = 0, tokenize = '\(IndexSchema.fullTextTokenizer)');
                CREATE VIRTUAL TABLE temp.reportStemsVocab USING fts5vocab(temp, reportStems, row);
                """)
        }
        try db.execute(sql: "INSERT INTO temp.reportStems(rowid, title, body) SELECT id, title, body FROM article WHERE id >= ?", arguments: [first])
        try copy(from: "temp.reportStemsVocab", in: db)
        try db.execute(sql: "INSERT INTO temp.reportStems(reportStems) VALUES ('delete-all')")
    }

    /// The stems from `first` up to but not including `next` (those starting with a letter)
    /// that are `length` characters long, in order.
    static func stems(from first: String, below next: String, length: Int, in db: Database) throws -> FastDatabaseValueCursor<String> {
        try String.fetchCursor(db.cachedStatement(sql: "SELECT term FROM stem WHERE length = ? AND term >= ? AND term < ?"),
                               arguments: [length, first, next])
    }

    /// The number of reports holding `stem`; nil when none does.
    static func reports(holding stem: String, in db: Database) throws -> Int? {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT doc FROM articleVocab WHERE term = ?"), arguments: [stem])
    }
}
