import Foundation
import GRDB

/// An open index database: a pool of SQLite connections in WAL mode, migrated to the current
/// schema.
///
/// One writer (the `Indexer`) and any number of readers (an `IndexStore`) can use the same
/// `IndexDatabase` from different threads at once: readers see the last committed batch and
/// never wait for the writer. Two processes indexing the same file take turns.
public final class IndexDatabase: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating it and its folder when needed) the index at `path` and migrates it.
    ///
    /// - Throws: `IndexError` when the folder cannot be made, the file is not an index, or a
    ///   newer Byline wrote it.
    public init(path: String) throws(IndexError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path: folder, reason: Self.reason(error))
            }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            db.add(function: NameFolding.sqlFunction)
            // WAL with synchronous=NORMAL keeps every committed batch across a crash of the
            // process; only a power cut can lose the last batches, which the next run redoes.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw .notAnIndex(path: path, reason: Self.reason(error))
        }
        do {
            let migrator = IndexSchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw IndexError.newerSchema(path: path)
            }
            try migrator.migrate(pool)
        } catch let error as IndexError {
            throw error
        } catch {
            throw .notAnIndex(path: path, reason: Self.reason(error))
        }
    }

    /// Runs a read in one consistent snapshot, mapping SQLite failures to `IndexError`.
    func read<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        do {
            return try pool.read(body)
        } catch let error as IndexError {
            throw error
        } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one write transaction, mapping SQLite failures to `IndexError`.
    func write<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        do {
            return try pool.write(body)
        } catch let error as IndexError {
            throw error
        } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
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
            throw .database(path: path, reason: Self.reason(error))
        }
    }

    /// A short reason from an SQLite or file-system error, without GRDB's SQL echo.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return "\(error.localizedDescription)"
    }
}
