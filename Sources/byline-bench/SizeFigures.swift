import GRDB

/// Where the database's bytes go, from SQLite's `dbstat` table: what to weigh when the
/// database must stay within twice the text.
enum SizeFigures {
    static func print(dbPath: String, textBytes: Int64) throws {
        let queue = try readOnly(dbPath)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC")
        }
        let parts = rows.prefix(8).map { row -> String in
            let bytes: Int64 = row["bytes"]
            return "\(row["name"] as String) \(String(format: "%.2f", Double(bytes) / Double(textBytes)))"
        }
        Swift.print("  by table and index, × the text: " + parts.joined(separator: ", "))
        // What connections and timelines read instead of the reports (`CoOccurrence`).
        let counts = try queue.read { db in
            try ["entityPair", "entityDay", "entityLinkReport"].map { table -> String in
                let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                let bytes = try Int64.fetchOne(db, sql: "SELECT sum(pgsize) FROM dbstat WHERE name = ?", arguments: [table]) ?? 0
                return "\(table) \(rows.formatted()) rows, \(String(format: "%.1f", Double(bytes) / 1e6)) MB"
            }
        }
        Swift.print("  co-occurrence counts: " + counts.joined(separator: ", "))
    }

    static func count(_ sql: String, dbPath: String) throws -> Int {
        try readOnly(dbPath).read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    static func readOnly(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config)
    }
}
