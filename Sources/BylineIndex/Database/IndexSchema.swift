import Foundation
import GRDB

/// The index's tables, created and upgraded by numbered migrations.
///
/// - `file`: one row per file of the corpus folder, with what `stat` said and a hash of its
///   bytes, so the next run can tell unchanged files without reading them. A file that gave
///   no report keeps its warning here, so unchanged skipped files stay skipped and are shown.
/// - `folder`: every folder of the corpus (the root as "") with its modification time when it
///   was last listed, so a query can find added, removed and renamed files with one `stat` per
///   folder (`FolderCheck`); `meta` says when the folders and the files were last checked
///   (`IndexChecks`).
/// - `article`: one row per report. `body` holds the story's blocks joined by line breaks and is
///   the content of the full-text table; `blocks` says where each block lies in it
///   (`BlockLayout`), and `details` holds captions, quotes, tags and warnings (`ArticleDetails`).
/// - `articleText`: the FTS5 index over `article.title` and `article.body` (external content,
///   so the text is stored once), `unicode61` with diacritics removed and English words cut to
///   their stems (`porter`: `election` and `elections` are one term), ranked by BM25 with the
///   title weighted above the body. An exact form (`=election`, a quoted phrase) is matched by
///   stem and then checked against the stored text (`ExactForm`), so the index holds each
///   word once.
/// - `articleVocab`: the stems of `articleText` with the number of reports holding each (an
///   `fts5vocab` view, which stores nothing), for "did you mean" (`SearchSuggestions`).
/// - `stem` (migration 5): the stems of `articleText` again, in a table of their own with
///   their lengths, which "did you mean" walks without reading the stems' matches (`StemList`);
///   with the number of reports holding each since migration 6, kept by every batch.
/// - `tag`: each report's front-matter tags, folded as names are (`NameFolding`), for `tag:`.
/// - `entity`: one row per person, place or organisation across the corpus, keyed by
///   `Entity.key`; `appearance` links it to each report naming it, with the names, aliases and
///   roles that report gives and every mention with its sentence (`MentionList`: offsets are
///   Unicode scalars within the mention's block, as in `Mention`; packed by migration 7).
/// - `reportEntities`: for each report, its day (`ArticleDate.dayNumber`) and its entities with
///   the sentences naming each, packed (`ReportEntities`), from which connections and timelines
///   are counted without reading `appearance`'s wide rows.
/// - `entityLink` (migration 2): each short form (a surname alone, initials) with the entity it
///   stands for, stored at the end of a run for connections (`EntityLinks`).
/// - `alias` and `role`: every name and role the corpus gives an entity, derived from the
///   appearances when a run ends, for lookups by name and for entity pages; `alias.nameCount`
///   (migration 3) counts the reports giving the name as the entity's own.
/// - `appearanceGone` (migration 3): the appearances deleted since the entity totals were last
///   brought up to date, which `EntityTotals` takes from them; empty between runs.
/// - `entityPair`, `entityDay` and `entityLinkReport` (migration 4): the co-occurrence and
///   per-day counts connections and timelines read, kept with the reports (`CoOccurrence`).
///
/// The indexer adds a batch's reports to `articleText` with one statement at the end of the
/// batch's transaction rather than through an insert trigger: FTS5 flushes its pending terms at
/// every statement boundary inside a transaction, so a row-by-row trigger would write one
/// segment per report and make indexing several times slower. FTS5 also writes a segment each
/// time its pending terms pass `hashsize` (1 MB by default), several per batch; at 8 MB a
/// batch of 2,000 reports is written as one, which took 25-35% less CPU in the sqlite3 module
/// (10,000 reports in batches of 2,000, with the final merge) for 8 MB more memory while
/// indexing.
///
/// Deleting a file cascades to its reports, their appearances (with their mentions), and the
/// full-text rows (through a delete trigger); entities left with no appearance are removed when the run
/// ends. Migrations are never edited once released: a change is a new numbered migration.
/// Until then, `layout` names the shape migration 1 makes, and an index of another layout (from
/// an earlier build) is erased and rebuilt on opening: it only holds what the reports give again.
public enum IndexSchema {
    /// The BM25 weights of the title and body columns.
    public static let titleWeight = 5.0
    public static let bodyWeight = 1.0

    /// Bytes of pending full-text terms FTS5 holds in memory before writing a segment.
    static let fullTextHashSize = 8 << 20
    /// How `articleText` cuts text into words and stems (`porter` over `unicode61`, accents
    /// folded); `StemList` cuts a batch's reports the same way.
    static let fullTextTokenizer = "porter unicode61 remove_diacritics 2"

    /// The shape of the tables migration 1 makes; changed whenever migration 1 changes.
    static let layout = "9"  // 4: entity keys spelled in Latin (NameSpelling); 5: names not in capitals; 6: mentions in appearance, FTS5 hashsize; 7: alias.folded without punctuation (NameFolding); 8: reportEntities, folder times, the recogniser of issue 16; 9: porter stemming, tag table

    /// Whether the index has the tables this build of Byline expects.
    static func hasCurrentLayout(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'layout'") == layout
    }

    /// Drops every table (and the record of migrations), so that migrating again starts afresh.
    /// Unlike GRDB's `erase()`, this works while another process has the index open.
    static func dropEverything(_ db: Database) throws {
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        try db.inTransaction {
            // The full-text table first: dropping it drops its shadow tables.
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                ORDER BY sql LIKE 'CREATE VIRTUAL TABLE%' DESC, name
                """)
            for table in tables where try db.tableExists(table) {
                try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
            }
            return .commit
        }
    }

    /// Every migration's name, oldest first: what `migrator` registers, and all that
    /// `grdb_migrations` holds in a current index (read without building a migrator, which
    /// costs a search half a million instructions).
    static let migrationNames = [
        "1 files, reports, full text, entities",
        "2 stored entity links",
        "3 entity totals brought up to date by differences",
        "4 co-occurrence counts",
        "5 stems for did you mean",
        "6 report counts of stems",
        "7 mentions and report entities packed",
    ]

    /// The migrator that brings any earlier index up to date.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        let steps: [@Sendable (Database) throws -> Void] = [version1, version2, version3, version4, version5, version6, version7]
        precondition(steps.count == migrationNames.count, "each migration has a name")
        for (name, migrate) in zip(migrationNames, steps) {
            migrator.registerMigration(name, migrate: migrate)
        }
        return migrator
    }

    /// `appearance.mentions` and `reportEntities.entities` as `Varint`s (`MentionList.packed`,
    /// `ReportEntities.encoded`) instead of decimal text and 32-bit words: at 100,000 reports,
    /// 23 MB of text and 13.5 MB of words become about 12 MB and 5 MB. The appearances are
    /// copied into a table whose check fits the new column, and the report entities rewritten;
    /// the pages this frees are given back.
    static func version7(_ db: Database) throws {
        let packMentions = DatabaseFunction("bylinePackMentions", argumentCount: 1, pure: true) { values in
            Data(MentionList(encoded: String.fromDatabaseValue(values[0]) ?? "").packed)
        }
        let packEntities = DatabaseFunction("bylinePackReportEntities", argumentCount: 1, pure: true) { values in
            let words = Data.fromDatabaseValue(values[0]) ?? Data()
            return Data(words.withUnsafeBytes { ReportEntities(words: $0) }.encoded)
        }
        db.add(function: packMentions)
        db.add(function: packEntities)
        defer {
            db.remove(function: packMentions)
            db.remove(function: packEntities)
        }
        try remake("appearance", column: "mentions", as: """
            mentions BLOB NOT NULL CHECK (typeof(mentions) = 'blob' AND length(mentions) BETWEEN 5 * mentionCount AND 50 * mentionCount)
            """, values: "articleId, entityId, ordinal, name, aliases, roles, mentionCount, bylinePackMentions(mentions)", in: db)
        // Rewritten in place, the shorter rows would leave their pages two-thirds empty.
        try db.execute(sql: """
            CREATE TEMP TABLE packedEntities AS SELECT articleId, day, bylinePackReportEntities(entities) AS entities FROM reportEntities;
            DELETE FROM reportEntities;
            INSERT INTO reportEntities(articleId, day, entities) SELECT articleId, day, entities FROM temp.packedEntities ORDER BY articleId;
            DROP TABLE temp.packedEntities;
            """)
        // The old appearances' pages go back to the file system.
        try db.execute(sql: "PRAGMA incremental_vacuum")
    }

    /// Makes `table` again with `column`, which must be its last before `PRIMARY KEY`, defined
    /// as `definition` (SQLite cannot change a column's type or check in place), filling it
    /// from the old table through `values`, a select list over it, in key order; its indexes
    /// and triggers are made again as they were.
    static func remake(_ table: String, column: String, as definition: String, values: String, in db: Database) throws {
        let quoted = table.quotedDatabaseIdentifier, remade = (table + "Remade").quotedDatabaseIdentifier
        let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table]) ?? ""
        var lines = sql.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let open = sql.firstIndex(of: "("),
              let first = trimmed.firstIndex(where: { $0.hasPrefix(column + " ") }),
              let key = trimmed.firstIndex(where: { $0.hasPrefix("PRIMARY KEY (") }), first < key else {
            throw DatabaseError(message: "\(table).\(column) is not as an earlier build made it")
        }
        lines.replaceSubrange(first..<key, with: ["    " + definition + ","])
        let create = "CREATE TABLE \(remade) " + lines.joined(separator: "\n").dropFirst(sql.distance(from: sql.startIndex, to: open))
        let keyColumns = trimmed[key].dropFirst("PRIMARY KEY (".count).prefix { $0 != ")" }
        let others = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL
            """, arguments: [table])
        try db.execute(sql: create)
        try db.execute(sql: "INSERT INTO \(remade) SELECT \(values) FROM \(quoted) ORDER BY \(keyColumns)")
        try db.execute(sql: "DROP TABLE \(quoted)")
        try db.execute(sql: "ALTER TABLE \(remade) RENAME TO \(quoted)")
        for statement in others { try db.execute(sql: statement) }
    }

    /// `stem`: the stems of the full-text index by their length in characters, which "did you
    /// mean" walks instead of `articleVocab` (`StemList`). An index with no report has
    /// them all already; one with reports gets them from its next indexing run.
    static func version5(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE stem (
                length INTEGER NOT NULL,
                term TEXT NOT NULL,
                PRIMARY KEY (length, term)
            ) WITHOUT ROWID;
            """)
        if try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM article)") ?? false {
            try StemList.markFilled(in: db)
        }
    }

    /// `stem.reports`: the number of reports holding each stem, as `articleVocab` counts them
    /// but without reading the stem's matches (`StemList`). An index with no report has
    /// them all already (none); one with reports gets them from its next indexing run, and
    /// until then they are NULL and "did you mean" asks `articleVocab`.
    static func version6(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE stem ADD COLUMN reports INTEGER CHECK (reports >= 0)")
        if try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM article)") ?? false {
            try StemList.markCounted(in: db)
        }
    }

    /// What `EntityTotals` needs to add a run's differences to an entity's totals instead of
    /// recounting them from every report naming it: `alias.nameCount`, the reports giving each
    /// name as the entity's name (not only as an alias), from which the name is chosen; and
    /// `appearanceGone`, each appearance deleted since the totals were last brought up to date,
    /// kept by the delete trigger.
    static func version3(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE alias ADD COLUMN nameCount INTEGER NOT NULL DEFAULT 0 CHECK (nameCount >= 0 AND nameCount <= articleCount);
            UPDATE alias SET nameCount = named.n
                FROM (SELECT entityId, name, count(*) AS n FROM appearance GROUP BY entityId, name) AS named
                WHERE named.entityId = alias.entityId AND named.name = alias.name;

            CREATE TABLE appearanceGone (
                entityId INTEGER NOT NULL,
                name TEXT NOT NULL,
                aliases TEXT,
                roles TEXT,
                mentionCount INTEGER NOT NULL
            );
            DROP TRIGGER appearance_delete;
            CREATE TRIGGER appearance_delete AFTER DELETE ON appearance BEGIN
                UPDATE entity SET stale = 1 WHERE id = old.entityId AND stale = 0;
                INSERT INTO appearanceGone(entityId, name, aliases, roles, mentionCount)
                    VALUES (old.entityId, old.name, old.aliases, old.roles, old.mentionCount);
            END;
            """)
    }

    /// `entityLink`: each short form with the entity it stands for, as `EntityLinks` works them
    /// out at the end of a run; `meta.entityLinks` says whether they are current.
    static func version2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE entityLink (
                entityId INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
                targetId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE
            );
            INSERT OR REPLACE INTO meta(key, value) VALUES ('entityLinks', 'stale');
            """)
    }

    /// `entityPair` and `entityDay`: the counts connections and timelines read (`CoOccurrence`),
    /// kept by the indexer with the reports; `entityLinkReport`: the reports naming two forms of
    /// one entity (a full name and its surname alone), which those counts would count twice,
    /// stored with the links (`EntityLinks`). The migration counts the reports already indexed.
    ///
    /// The pair and day tables name entities without a foreign key: a check per row would cost
    /// two lookups on every count the indexer writes, and an entity is deleted only when no
    /// report names it, by which time its counts have gone to zero and their rows with them.
    static func version4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE entityPair (
                entityId INTEGER NOT NULL,
                otherId INTEGER NOT NULL,
                reports INTEGER NOT NULL CHECK (reports >= 0),
                sentenceReports INTEGER NOT NULL CHECK (sentenceReports BETWEEN 0 AND reports),
                sentences INTEGER NOT NULL CHECK (sentences >= sentenceReports),
                PRIMARY KEY (entityId, otherId)
            ) WITHOUT ROWID;
            CREATE TABLE entityDay (
                entityId INTEGER NOT NULL,
                day INTEGER NOT NULL,
                reports INTEGER NOT NULL CHECK (reports >= 0),
                PRIMARY KEY (entityId, day)
            ) WITHOUT ROWID;
            CREATE TABLE entityLinkReport (
                articleId INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE
            );
            """)
        try CoOccurrence.rebuild(in: db)
        try EntityLinks.storeReportsNamingTwoForms(in: db)
    }

    static func version1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE file (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL CHECK (size >= 0),
                mtime INTEGER NOT NULL,
                hash INTEGER NOT NULL,
                warning TEXT
            );

            CREATE TABLE folder (
                path TEXT PRIMARY KEY NOT NULL,
                mtime INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE article (
                id INTEGER PRIMARY KEY,
                fileId INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
                key TEXT NOT NULL UNIQUE,
                format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'json', 'html')),
                title TEXT NOT NULL,
                titleDerived INTEGER NOT NULL CHECK (titleDerived IN (0, 1)),
                date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                dateText TEXT,
                byline TEXT,
                source TEXT,
                dateline TEXT,
                body TEXT NOT NULL,
                blocks TEXT NOT NULL,
                personCount INTEGER NOT NULL CHECK (personCount >= 0),
                details TEXT NOT NULL,
                UNIQUE (fileId, ordinal)
            );
            CREATE INDEX article_date ON article(date);

            CREATE VIRTUAL TABLE articleText USING fts5(
                title, body,
                content = 'article', content_rowid = 'id',
                tokenize = '\(fullTextTokenizer)'
            );
            CREATE VIRTUAL TABLE articleVocab USING fts5vocab(articleText, row);
            INSERT INTO meta(key, value) VALUES ('layout', '\(layout)');
            INSERT INTO articleText(articleText, rank) VALUES ('rank', 'bm25(\(titleWeight), \(bodyWeight))');
            INSERT INTO articleText(articleText, rank) VALUES ('hashsize', \(fullTextHashSize));
            CREATE TRIGGER article_text_delete AFTER DELETE ON article BEGIN
                INSERT INTO articleText(articleText, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
            END;
            CREATE TRIGGER article_text_update AFTER UPDATE OF title, body ON article BEGIN
                INSERT INTO articleText(articleText, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                INSERT INTO articleText(rowid, title, body) VALUES (new.id, new.title, new.body);
            END;

            CREATE TABLE entity (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'organisation')),
                name TEXT NOT NULL,
                articleCount INTEGER NOT NULL DEFAULT 0 CHECK (articleCount >= 0),
                mentionCount INTEGER NOT NULL DEFAULT 0 CHECK (mentionCount >= 0),
                stale INTEGER NOT NULL DEFAULT 1 CHECK (stale IN (0, 1))
            );
            CREATE INDEX entity_ranking ON entity(mentionCount DESC, articleCount DESC);
            CREATE INDEX entity_stale ON entity(stale) WHERE stale = 1;

            CREATE TABLE appearance (
                articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
                name TEXT NOT NULL,
                aliases TEXT CHECK (aliases IS NULL OR json_valid(aliases)),
                roles TEXT CHECK (roles IS NULL OR json_valid(roles)),
                mentionCount INTEGER NOT NULL CHECK (mentionCount >= 0),
                mentions TEXT NOT NULL CHECK (mentions NOT GLOB '*[^0-9 ,]*'
                    AND mentionCount = (mentions != '') + length(mentions) - length(replace(mentions, ',', ''))),
                PRIMARY KEY (articleId, entityId)
            ) WITHOUT ROWID;
            CREATE INDEX appearance_entity ON appearance(entityId);
            CREATE TRIGGER appearance_delete AFTER DELETE ON appearance BEGIN
                UPDATE entity SET stale = 1 WHERE id = old.entityId AND stale = 0;
            END;

            CREATE TABLE reportEntities (
                articleId INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                day INTEGER,
                entities BLOB NOT NULL
            );

            CREATE TABLE tag (
                articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                folded TEXT NOT NULL,
                PRIMARY KEY (folded, articleId)
            ) WITHOUT ROWID;
            CREATE INDEX tag_article ON tag(articleId);

            CREATE TABLE alias (
                entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                folded TEXT NOT NULL,
                articleCount INTEGER NOT NULL CHECK (articleCount > 0),
                PRIMARY KEY (entityId, name)
            ) WITHOUT ROWID;
            CREATE INDEX alias_folded ON alias(folded);

            CREATE TABLE role (
                entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                articleCount INTEGER NOT NULL CHECK (articleCount > 0),
                PRIMARY KEY (entityId, role)
            ) WITHOUT ROWID;
            """)
    }
}
