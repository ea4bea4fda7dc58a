import Foundation
import PostgresNIO

/// The tables of a shared corpus on PostgreSQL, made and upgraded by numbered migrations, and
/// the same model as the SQLite index (`IndexSchema`): files, reports, entities, their
/// appearances, aliases, roles and mentions. Every table is keyed by `corpus`, so several
/// corpora share one database.
///
/// Full text: `article.search` is a generated `tsvector` over the title (weight A) and body
/// (weight B) in the `byline_stem` configuration (`unaccent`, then Snowball's original Porter
/// stemmer with no stop words: accents and case ignored and words kept by stem, as the SQLite
/// index's `porter unicode61 remove_diacritics`), with a GIN index. `tag` holds each report's
/// front-matter tags, folded by `NameFolding`, for `tag:`.
///
/// Migrations are applied in order, each in its own transaction, under an advisory lock so two
/// processes never apply one twice; `byline_migration` records them. A migration is never
/// edited once released: a change is a new number.
enum PostgresSchema {
    /// The advisory lock key for migrating (any corpus).
    static let migrationLock: Int64 = 0x6279_6C69_6E65_0001

    static let migrations: [(version: Int, name: String, sql: String)] = [
        (1, "files, reports, full text, entities", version1),
        (2, "porter stemming, tags", version2),
    ]

    static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// Brings the database up to date; a database a newer Byline migrated is refused.
    static func migrate(_ session: PostgresSession) throws(PostgresStoreError) {
        if try appliedVersion(session) == currentVersion { return }
        try session.query("SELECT pg_advisory_lock(\(migrationLock))", timeout: .some(nil))
        defer { _ = try? session.query("SELECT pg_advisory_unlock(\(migrationLock))") }
        try session.query("""
            CREATE TABLE IF NOT EXISTS byline_migration (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied timestamptz NOT NULL DEFAULT now()
            )
            """)
        let applied = try appliedVersion(session) ?? 0
        if applied > currentVersion { throw newer(session, applied) }
        if applied == 0 { try checkCharacterClasses(session) }
        for migration in migrations where migration.version > applied {
            try session.transaction { () throws(PostgresStoreError) in
                // postgres-nio sends each query as one prepared statement, so one at a time.
                for statement in statements(migration.sql) { try session.query(statement) }
                var binds = PostgresBindings()
                binds.append(migration.version)
                binds.append(migration.name)
                try session.query("INSERT INTO byline_migration(version, name) VALUES ($1, $2)", binds)
            }
        }
    }

    /// Checks, without writing, that the database has the current tables (for readers).
    static func check(_ session: PostgresSession) throws(PostgresStoreError) {
        guard let applied = try appliedVersion(session) else {
            throw PostgresStoreError(session.location.description, problem: "the database has no Byline index",
                                     advice: "run byline index DIR --index \(session.location) first", kind: .noIndex)
        }
        if applied > currentVersion { throw newer(session, applied) }
        if applied < currentVersion {
            throw PostgresStoreError(session.location.description, problem: "the index was made by an older Byline",
                                     advice: "run byline index DIR --index \(session.location) to upgrade it", kind: .noIndex)
        }
    }

    /// The highest migration applied, or nil when the database has no Byline tables.
    static func appliedVersion(_ session: PostgresSession) throws(PostgresStoreError) -> Int? {
        let exists = try session.query("SELECT to_regclass('byline_migration') IS NOT NULL")
        guard let row = exists.first, (try? row.decode(Bool.self)) == true else { return nil }
        let rows = try session.query("SELECT coalesce(max(version), 0) FROM byline_migration")
        return rows.first.flatMap { try? $0.decode(Int.self) }
    }

    /// The names of the migrations applied, oldest first.
    static func appliedNames(_ session: PostgresSession) throws(PostgresStoreError) -> [String] {
        try session.query("SELECT name FROM byline_migration ORDER BY version").compactMap { try? $0.decode(String.self) }
    }

    /// Refuses a database whose LC_CTYPE is `C`: PostgreSQL's text parser then takes every
    /// non-ASCII character for a letter, so `water”.` would be one word and never match `water`.
    static func checkCharacterClasses(_ session: PostgresSession) throws(PostgresStoreError) {
        let ctype = try session.query("SELECT datctype FROM pg_database WHERE datname = current_database()")
            .first.flatMap { try? $0.decode(String.self) } ?? ""
        guard ctype == "C" || ctype == "POSIX" else { return }
        throw PostgresStoreError(session.location.description, problem: "the database's LC_CTYPE is \(ctype), which makes full-text search treat punctuation as letters",
                                 advice: "create it with a UTF-8 locale: CREATE DATABASE \(session.location.database) LC_CTYPE 'C.UTF-8' TEMPLATE template0", kind: .server)
    }

    /// The statements of a migration's SQL: split at each `;` that ends a line, outside `$$`
    /// function bodies.
    static func statements(_ sql: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("--") && !inBody { continue }
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            if !inBody && trimmed.hasSuffix(";") {
                out.append(current.trimmingCharacters(in: .whitespacesAndNewlines).dropLast().description)
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    private static func newer(_ session: PostgresSession, _ applied: Int) -> PostgresStoreError {
        PostgresStoreError(session.location.description, problem: "a newer Byline made this index (schema \(applied), this one knows \(currentVersion))",
                           advice: "upgrade Byline", kind: .newerSchema)
    }

    static let version1 = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION byline_text (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION byline_text
            ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart WITH unaccent, simple;

        CREATE TABLE corpus (
            id serial PRIMARY KEY,
            name text NOT NULL UNIQUE,
            root text,
            -- Bumped when a run's entity totals are written, so readers know their cached
            -- short-form links are out of date.
            generation bigint NOT NULL DEFAULT 0
        );

        CREATE TABLE file (
            id bigserial PRIMARY KEY,
            corpus_id integer NOT NULL REFERENCES corpus(id) ON DELETE CASCADE,
            path text COLLATE "C" NOT NULL,
            size bigint NOT NULL CHECK (size >= 0),
            mtime bigint NOT NULL,
            hash bigint NOT NULL,
            warning text,
            UNIQUE (corpus_id, path)
        );

        CREATE TABLE article (
            id bigserial PRIMARY KEY,
            corpus_id integer NOT NULL REFERENCES corpus(id) ON DELETE CASCADE,
            file_id bigint NOT NULL REFERENCES file(id) ON DELETE CASCADE,
            ordinal integer NOT NULL CHECK (ordinal >= 0),
            key text COLLATE "C" NOT NULL,
            format text NOT NULL CHECK (format IN ('text', 'markdown', 'json', 'html')),
            title text NOT NULL,
            title_derived boolean NOT NULL,
            date text CHECK (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
            date_text text,
            byline text,
            -- The byline folded by NameFolding, for `author:` (as `bylineFold` in SQLite).
            byline_folded text,
            source text,
            dateline text,
            body text NOT NULL,
            blocks text NOT NULL,
            person_count integer NOT NULL CHECK (person_count >= 0),
            details text NOT NULL,
            search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('byline_text'::regconfig, title), 'A') ||
                setweight(to_tsvector('byline_text'::regconfig, body), 'B')) STORED,
            UNIQUE (corpus_id, key),
            UNIQUE (file_id, ordinal)
        );
        CREATE INDEX article_search ON article USING gin (search);
        CREATE INDEX article_list ON article (corpus_id, date DESC NULLS LAST, id DESC);

        CREATE TABLE entity (
            id bigserial PRIMARY KEY,
            corpus_id integer NOT NULL REFERENCES corpus(id) ON DELETE CASCADE,
            key text COLLATE "C" NOT NULL,
            kind text NOT NULL CHECK (kind IN ('person', 'place', 'organisation')),
            name text NOT NULL,
            article_count integer NOT NULL DEFAULT 0 CHECK (article_count >= 0),
            mention_count integer NOT NULL DEFAULT 0 CHECK (mention_count >= 0),
            stale boolean NOT NULL DEFAULT true,
            UNIQUE (corpus_id, key)
        );
        CREATE INDEX entity_ranking ON entity (corpus_id, mention_count DESC, article_count DESC);
        CREATE INDEX entity_stale ON entity (corpus_id) WHERE stale;

        -- One row per report naming an entity: the names that report gives it (`names[0]` is
        -- the name it uses, `folded` the same names folded by NameFolding) and its roles.
        CREATE TABLE appearance (
            article_id bigint NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            entity_id bigint NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            ordinal integer NOT NULL CHECK (ordinal >= 0),
            name text NOT NULL,
            aliases jsonb NOT NULL CHECK (jsonb_typeof(aliases) = 'array'),
            folded jsonb NOT NULL CHECK (jsonb_typeof(folded) = 'array'),
            roles jsonb NOT NULL CHECK (jsonb_typeof(roles) = 'array'),
            mention_count integer NOT NULL CHECK (mention_count >= 0),
            PRIMARY KEY (article_id, entity_id)
        );
        CREATE INDEX appearance_entity ON appearance (entity_id);

        -- Offsets are Unicode scalars within the mention's block, as in `Mention`; the sentence
        -- around the mention is given by its bounds in the same block. `block_start` is where
        -- the block starts in `article.body`, so that an entity page has the server cut the
        -- sentences out (`substr`) instead of sending every report's body.
        CREATE TABLE mention (
            article_id bigint NOT NULL,
            entity_id bigint NOT NULL,
            block integer NOT NULL CHECK (block >= 0),
            block_start integer NOT NULL CHECK (block_start >= 0),
            start_at integer NOT NULL,
            end_at integer NOT NULL,
            sentence_start integer NOT NULL,
            sentence_end integer NOT NULL,
            -- In the photo credit of the caption `block` (offsets in the credit, not the body).
            in_credit boolean NOT NULL,
            CHECK (0 <= sentence_start AND sentence_start <= start_at AND start_at < end_at AND end_at <= sentence_end),
            FOREIGN KEY (article_id, entity_id) REFERENCES appearance(article_id, entity_id) ON DELETE CASCADE
        );
        CREATE INDEX mention_appearance ON mention (article_id, entity_id);

        CREATE TABLE alias (
            entity_id bigint NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            name text COLLATE "C" NOT NULL,
            folded text COLLATE "C" NOT NULL,
            article_count integer NOT NULL CHECK (article_count > 0),
            PRIMARY KEY (entity_id, name)
        );
        CREATE INDEX alias_folded ON alias (folded);

        CREATE TABLE role (
            entity_id bigint NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
            role text COLLATE "C" NOT NULL,
            article_count integer NOT NULL CHECK (article_count > 0),
            PRIMARY KEY (entity_id, role)
        );

        -- An entity whose appearances change is recounted when the run ends (`PostgresTotals`).
        CREATE FUNCTION byline_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE entity SET stale = true WHERE id = OLD.entity_id AND NOT stale;
            RETURN NULL;
        END $$;
        CREATE TRIGGER appearance_delete AFTER DELETE ON appearance
            FOR EACH ROW EXECUTE FUNCTION byline_mark_stale();
        """

    /// Porter stemming as the SQLite index's FTS5 `porter` (Snowball's `porter` language is the
    /// original algorithm; its `english` is Porter2 and drops stop words), and the tag table.
    /// Every file is marked changed (hash 0), so the next run reads each report again and
    /// fills its tags.
    static let version2 = """
        CREATE TEXT SEARCH DICTIONARY byline_porter (TEMPLATE = snowball, Language = porter);
        CREATE TEXT SEARCH CONFIGURATION byline_stem (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION byline_stem
            ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart WITH unaccent, byline_porter;

        ALTER TABLE article DROP COLUMN search;
        ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('byline_stem'::regconfig, title), 'A') ||
            setweight(to_tsvector('byline_stem'::regconfig, body), 'B')) STORED;
        CREATE INDEX article_search ON article USING gin (search);

        CREATE TABLE tag (
            article_id bigint NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            folded text COLLATE "C" NOT NULL,
            PRIMARY KEY (folded, article_id)
        );
        CREATE INDEX tag_article ON tag (article_id);

        UPDATE file SET hash = 0;
        """
}
