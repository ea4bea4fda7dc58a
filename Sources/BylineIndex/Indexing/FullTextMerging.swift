import GRDB

/// When FTS5 merges the full-text index's segments: as it goes (its default), or not until a
/// large run merges everything at its end (`Indexer.worthOptimizing`).
///
/// Each commit adds a segment, and by default FTS5 merges small segments into larger ones as
/// later commits arrive; a run that ends by merging the whole index into one segment does that
/// work twice. Measured on 100,000 generated reports committed 1,000 at a time: 17.5 CPU-s for
/// the full-text index with merging as it goes, 13.1 CPU-s deferred. The setting is stored in
/// the database, so every run sets the mode it needs: a run killed while merging was deferred
/// leaves it deferred only until the next run starts.
enum FullTextMerging: Equatable {
    /// FTS5's defaults: merge when 4 segments of a level exist, force it at 16.
    case asItGoes
    /// No merging while the run writes, except when 64 segments of one level pile up (so a
    /// search during a very long run stays fast enough).
    case deferred

    private var settings: (automerge: Int, crisismerge: Int) {
        switch self {
        case .asItGoes: return (4, 16)
        case .deferred: return (0, 64)
        }
    }

    /// The mode the database is in (FTS5 stores only settings that were changed).
    static func current(in db: Database) throws -> FullTextMerging {
        let automerge = try Int.fetchOne(db, sql: "SELECT v FROM articleText_config WHERE k = 'automerge'")
        return automerge == deferred.settings.automerge ? .deferred : .asItGoes
    }

    /// Switches to `mode`, writing only when it changes.
    static func set(_ mode: FullTextMerging, in db: Database) throws {
        guard try current(in: db) != mode else { return }
        try db.execute(sql: "INSERT INTO articleText(articleText, rank) VALUES ('automerge', ?)", arguments: [mode.settings.automerge])
        try db.execute(sql: "INSERT INTO articleText(articleText, rank) VALUES ('crisismerge', ?)", arguments: [mode.settings.crisismerge])
    }
}
