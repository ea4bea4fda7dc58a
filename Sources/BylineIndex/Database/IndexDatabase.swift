import Foundation
import GRDB

/// An open index database: a pool of SQLite connections in WAL mode, migrated to the current
/// schema (or, for one command that only reads, a single read-only connection).
///
/// One writer (the `Indexer`) and any number of readers (an `IndexStore`) can use the same
/// `IndexDatabase` from different threads at once: readers see the last committed batch and
/// never wait for the writer. Two processes indexing the same file take turns.
public final class IndexDatabase: Sendable {
    /// The database file.
    public let path: String
    /// A `DatabasePool`, or a read-only `DatabaseQueue` for `init(readingOnce:)`.
    let pool: any DatabaseWriter
    /// Set when the index was found damaged and rebuilt: one line for the user.
    public let warning: String?

    /// Opens (creating it and its folder when needed) the index at `path` and migrates it.
    /// A damaged index is moved to `PATH.damaged` and an empty one made in its place (see
    /// `warning`): the index only holds what can be read again from the reports.
    ///
    /// - Throws: `IndexError` when the folder cannot be made or written, the file is not an
    ///   index, or a newer Byline wrote it.
    public init(path: String) throws(IndexError) {
        self.path = path
        try Self.prepareFolder(for: path)
        do {
            pool = try Self.openPool(path: path)
            warning = nil
        } catch {
            let failure = Self.openFailure(path: path, error)
            guard case let .damaged(_, reason) = failure else { throw failure }
            try Self.setAside(path: path)
            do {
                pool = try Self.openPool(path: path)
            } catch {
                throw Self.openFailure(path: path, error)
            }
            warning = Self.rebuiltWarning(path: path, reason: reason)
        }
    }

    /// The line telling the user that the index at `path` was found damaged (`reason`), set
    /// aside and made again.
    public static func rebuiltWarning(path: String, reason: String) -> String {
        "the index \(path) was damaged (\(reason)); moved it to \(path).damaged and rebuilt it"
    }

    /// Opens an index that exists and is current, for reading only. Nothing is written, so
    /// opening waits for no lock and no disk flush (the reader shows its first screen from
    /// it). What the index lacks is `init(path:)`'s work: making, migrating or rebuilding it.
    ///
    /// - Throws: `IndexError` when there is no index at `path`, or it is not current.
    public init(readingOnly path: String) throws(IndexError) {
        self.path = path
        warning = nil
        do {
            pool = try Self.openPool(path: path, readOnly: true)
        } catch {
            throw Self.openFailure(path: path, error)
        }
    }

    /// Opens an index that exists and is current through one read-only connection, for a
    /// command that reads it once and exits (`byline search`). Unlike `init(path:)` it writes
    /// nothing: opening a pool sets WAL mode with a write of its own, and closing its last
    /// connection checkpoints the log with two disk flushes. And unlike `init(readingOnly:)` the
    /// schema is read by one connection, not by the pool's check and again by its reader.
    ///
    /// - Throws: `IndexError` when there is no index at `path`, or it is not current: then
    ///   `init(path:)` makes, migrates or rebuilds it.
    public init(readingOnce path: String) throws(IndexError) {
        self.path = path
        warning = nil
        do {
            if Self.isEmpty(path) { throw IndexError.database(path: path, reason: "there is no index yet") }
            if let truncation = Self.truncation(path: path) { throw Damage(reason: truncation) }
            // SQLite reads the file through a memory map instead of copying each 32 KB page
            // it reads into its cache: those copies, and the fresh heap pages they land in,
            // were about a third of a search's page faults. The map is read-only.
            var config = Self.configuration(readOnly: true, pragmas: "PRAGMA mmap_size = \(Self.mapSize)")
            config.prepareDatabase { PlainRead.removeAuthorizer($0) }
            // Foreign keys are checked as rows are written, and this connection writes none:
            // turning them on was a statement of its own.
            config.foreignKeysEnabled = false
            let queue = try DatabaseQueue(path: path, configuration: config)
            // One a newer Byline migrated is left to `init(path:)`, which says so.
            guard try queue.read(Self.holdsExactlyTheCurrentSchema) else {
                throw IndexError.database(path: path, reason: "the index must be brought up to date before it can be read")
            }
            pool = queue
        } catch {
            throw Self.openFailure(path: path, error)
        }
    }

    /// The most of the file `init(readingOnce:)` maps: SQLite's own limit (2 GB); any pages
    /// past it are read as usual.
    static let mapSize: Int64 = 0x7fff_0000

    /// Whether the index holds every migration and the current layout.
    private static func isCurrent(_ db: Database) throws -> Bool {
        try IndexSchema.migrator.hasCompletedMigrations(db) && IndexSchema.hasCurrentLayout(db)
    }

    /// Whether the index holds this build's migrations and no other (an earlier Byline's lacks
    /// some, a newer one's has more), and the current layout: `isCurrent` and not
    /// `hasBeenSuperseded`, read with one statement where the migrator reads its table twice,
    /// each through a generic fetch that costs a scan of the runtime's conformances.
    static func holdsExactlyTheCurrentSchema(_ db: Database) throws -> Bool {
        var layout: String?
        var applied: [String] = []
        try PlainRead.rows(db, sql: "SELECT (SELECT value FROM meta WHERE key = 'layout'), identifier FROM grdb_migrations") { row in
            layout = row.text(0)
            applied.append(row.text(1) ?? "")
        }
        return layout == IndexSchema.layout && applied.sorted() == IndexSchema.migrationNames.sorted()
    }

    /// Opens and migrates the pool (or, read-only, checks that it needs no migrating), or
    /// throws what SQLite (or the truncation check) said.
    private static func openPool(path: String, readOnly: Bool = false) throws -> DatabasePool {
        if let truncation = truncation(path: path) { throw Damage(reason: truncation) }
        let config = configuration(readOnly: readOnly)
        // Two processes making or migrating the same index at once would both create its
        // tables ("table meta already exists"): they take turns, as indexing runs do. An index
        // that is already current is opened without waiting.
        var turn = isEmpty(path) && !readOnly ? try IndexLock(databasePath: path, waiting: {}) : nil
        defer { turn?.release() }
        let pool = try DatabasePool(path: path, configuration: config)
        let migrator = IndexSchema.migrator
        let isCurrent = { try pool.read(Self.isCurrent) }
        if readOnly {
            guard try isCurrent() else {
                throw IndexError.database(path: path, reason: "the index must be brought up to date before it can be read")
            }
            return pool
        }
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            throw IndexError.newerSchema(path: path)
        }
        if try !isCurrent() {
            if turn == nil { turn = try IndexLock(databasePath: path, waiting: {}) }
            try migrator.migrate(pool)
            if try !pool.read(IndexSchema.hasCurrentLayout) {
                try pool.writeWithoutTransaction(IndexSchema.dropEverything)
                try migrator.migrate(pool)
            }
        }
        // The writer keeps more of the full-text index's pages at hand while it merges segments.
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -65536") }
        return pool
    }

    /// Each connection's settings and SQL functions; `pragmas`, more settings run with the
    /// usual ones.
    private static func configuration(readOnly: Bool, pragmas: String? = nil) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(Double(busyMilliseconds) / 1000)
        config.prepareDatabase { db in
            db.add(function: NameFolding.sqlFunction)
            db.add(function: BlockLayout.sqlFunction)
            db.add(function: ExactForm.sqlFunction)
            db.add(function: StemList.characterCount)
            TopRank.register(in: db)
            HitTextFunction.register(in: db)
            if !db.configuration.readonly {
                // Both only take effect on a new database. Reports are about 3 KB: with 4 KB
                // pages each takes a page of its own and an eighth of the file is empty space.
                try db.execute(sql: "PRAGMA page_size = 32768")
                // Lets a large run give back the pages its merged full-text segments freed.
                try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
            }
            // WAL with synchronous=NORMAL keeps every committed batch across a crash of the
            // process; only a power cut can lose the last batches, which the next run redoes.
            // A cache of 16 MB per connection. One call runs them all: through GRDB each is
            // a statement object of its own.
            try PlainRead.execute(db, sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384" + (pragmas.map { "; " + $0 } ?? ""))
        }
        return config
    }

    /// Whether there is no index at `path` yet: no file, or an empty one.
    private static func isEmpty(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) != 0 || info.st_size == 0
    }

    /// `work`, with SQLite failures mapped to `IndexError` naming this index.
    private func mappingFailures<T>(_ work: () throws -> T) throws(IndexError) -> T {
        do {
            return try work()
        } catch let error as IndexError {
            throw error
        } catch {
            throw Self.failure(path: path, error)
        }
    }

    /// Runs a read in one consistent snapshot, mapping SQLite failures to `IndexError`.
    func read<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        try mappingFailures { try pool.read(body) }
    }

    /// Runs `body` in one write transaction, mapping SQLite failures to `IndexError`.
    func write<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        try mappingFailures { try pool.write(body) }
    }

    /// Runs `body` on the writer connection outside any transaction: the indexer opens and
    /// commits its own transactions in it, and runs pragmas such as `incremental_vacuum`.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        try mappingFailures { try pool.writeWithoutTransaction(body) }
    }

    /// The names of the migrations applied, oldest first.
    public func appliedMigrations() throws(IndexError) -> [String] {
        try read { try IndexSchema.migrator.appliedMigrations($0) }
    }

    /// The bytes the database takes on disk, write-ahead log included.
    public func sizeOnDisk() -> Int64 {
        [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value
            return total + (size ?? 0)
        }
    }

    /// Moves the write-ahead log into the database file, so `sizeOnDisk` measures the database.
    public func checkpoint() throws(IndexError) {
        do {
            _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        } catch {
            throw Self.failure(path: path, error)
        }
    }

    /// Moves the write-ahead log into the database file and empties it, as closing the last
    /// connection does, unless another connection (in any process) is reading: then it gives
    /// up at once instead of waiting, and the log is folded in later.
    public func checkpointIfIdle() {
        try? pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Self.busyMilliseconds)") }
            _ = try? db.checkpoint(.truncate)
        }
    }

    /// How long a connection waits for another's lock before it fails.
    static let busyMilliseconds = 30_000

    /// A short reason from an SQLite or file-system error, without GRDB's SQL echo.
    static func reason(_ error: any Error) -> String {
        if let damage = error as? Damage { return damage.reason }
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return "\(error.localizedDescription)"
    }
}
