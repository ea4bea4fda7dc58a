import GRDB
import GRDBSQLite

/// Binds values straight into a prepared statement and runs it.
///
/// The indexer inserts a few dozen rows per report, millions for a large corpus; GRDB's
/// `execute(arguments:)` builds an argument array per call, which costs as much as SQLite's own
/// work on these small rows. Binding in place halves the writer's time. Values are bound in
/// column order:
///
///     var row = RowInsert(try db.cachedStatement(sql: "INSERT INTO t(a, b) VALUES (?, ?)"))
///     row.int(42)
///     row.text("Okafor")
///     try row.run()
struct RowInsert {
    private let statement: SQLiteStatement
    private var index: Int32 = 1

    init(_ statement: Statement) {
        self.statement = statement.sqliteStatement
        sqlite3_reset(self.statement)
        sqlite3_clear_bindings(self.statement)
    }

    mutating func int(_ value: Int) {
        sqlite3_bind_int64(statement, index, Int64(value))
        index += 1
    }

    mutating func int(_ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
        index += 1
    }

    mutating func bool(_ value: Bool) {
        int(value ? 1 : 0)
    }

    mutating func text(_ value: String?) {
        if var value {
            value.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress {
                        _ = sqlite3_bind_text(statement, index, base, Int32(chars.count), sqliteTransient)
                    } else {
                        // An empty buffer may have no address; a null pointer would bind NULL, not ''.
                        _ = sqlite3_bind_text(statement, index, "", 0, sqliteTransient)
                    }
                }
            }
        } else {
            sqlite3_bind_null(statement, index)
        }
        index += 1
    }

    mutating func blob(_ value: [UInt8]) {
        value.withUnsafeBytes { bytes in
            // An empty buffer may have no address; a null pointer would bind NULL, not x''.
            _ = sqlite3_bind_blob(statement, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), sqliteTransient)
        }
        index += 1
    }

    /// Steps the statement once; throws SQLite's error (a broken constraint, a full disk).
    func run() throws {
        let code = sqlite3_step(statement)
        defer { sqlite3_reset(statement) }
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(statement)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }
}

/// `SQLITE_TRANSIENT`, which Swift does not import: SQLite copies the bytes before returning.
let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
