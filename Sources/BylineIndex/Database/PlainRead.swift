import GRDB
import GRDBSQLite

/// Runs a query through SQLite's own calls and reads its columns in place, for the few small
/// reads on the way to a one-shot search: whether the index is current, when it was last
/// checked, which folders changed.
///
/// GRDB's fetches are generic over rows and values, and the first use of each in a process
/// costs the Swift runtime a scan of every protocol conformance in the binary (about half a
/// million instructions, a sixtieth of a whole `byline search`); each also builds a statement
/// object and a row. These reads take a few text and integer columns and run once:
///
///     try PlainRead.rows(db, sql: "SELECT key, value FROM meta") { row in
///         values[row.text(0) ?? ""] = row.text(1)
///     }
///
/// SQLite errors are thrown as GRDB's `DatabaseError`, so callers map them as any other.
struct PlainRead {
    private let statement: SQLiteStatement

    /// Column `column` as text (an integer as its digits), nil when NULL.
    func text(_ column: Int32) -> String? {
        sqlite3_column_text(statement, column).map { String(cString: $0) }
    }

    /// Column `column` as an integer, nil when NULL.
    func int64(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }

    /// Prepares `sql`, binds `argument` (if any) to its one parameter, and calls `body` with
    /// each row.
    static func rows(_ db: Database, sql: String, argument: String? = nil, _ body: (PlainRead) throws -> Void) throws {
        let connection = db.sqliteConnection
        var prepared: SQLiteStatement?
        let code = sqlite3_prepare_v3(connection, sql, -1, 0, &prepared, nil)
        guard code == SQLITE_OK, let statement = prepared else { throw failure(code, connection, sql) }
        defer { sqlite3_finalize(statement) }
        if let argument {
            _ = sqlite3_bind_text(statement, 1, argument, -1, sqliteTransient)
        }
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return }
            guard step == SQLITE_ROW else { throw failure(step, connection, sql) }
            try body(PlainRead(statement: statement))
        }
    }

    /// Runs `sql`, one or more statements that return nothing to read (pragmas), as one call.
    static func execute(_ db: Database, sql: String) throws {
        let connection = db.sqliteConnection
        let code = sqlite3_exec(connection, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw failure(code, connection, sql) }
    }

    /// Removes GRDB's statement authorizer from a read-only connection without observers.
    ///
    /// SQLite calls the authorizer for every table and column a statement names while it is
    /// prepared; GRDB's records them into sets and dictionaries keyed by table, for database
    /// observation, schema-cache invalidation and transaction tracking, none of which a
    /// read-only connection that no one observes uses (GRDB installs no observation broker on
    /// one). Its first call costs two scans of the runtime's conformances, and every call
    /// builds strings and sets: about 2 million instructions of a whole `byline search`.
    static func removeAuthorizer(_ db: Database) {
        precondition(db.configuration.readonly, "the authorizer tracks writes")
        sqlite3_set_authorizer(db.sqliteConnection, nil, nil)
    }

    private static func failure(_ code: Int32, _ connection: SQLiteConnection?, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }
}
