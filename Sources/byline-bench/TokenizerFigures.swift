import BylineIndex
import Foundation
import GRDB

/// What English stemming costs: the full-text index of the same reports built with `porter
/// unicode61` (what Byline uses) and with `unicode61` alone, each as a contentless FTS5 table
/// in a scratch database, compared by size, build time and the time of the same queries.
enum TokenizerFigures {
    static func print(dbPath: String, scratch: String, textBytes: Int64, queries: [[String]]) throws {
        Swift.print("stemming (porter) against plain unicode61, full-text index alone, built from the same reports:")
        var results: [(name: String, bytes: Int64, seconds: Double, p50: Double, p99: Double, matches: Int)] = []
        for (name, tokenizer) in [("porter unicode61", "porter unicode61 remove_diacritics 2"), ("unicode61", "unicode61 remove_diacritics 2")] {
            let path = scratch + "/tokenizer-\(name.replacingOccurrences(of: " ", with: "-")).sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 32768")
                try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [dbPath])
                try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, body, content = '', tokenize = '\(tokenizer)')")
                try db.execute(sql: "INSERT INTO t(t, rank) VALUES ('hashsize', \(8 << 20))")
            }
            let seconds = try Timing.seconds {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "INSERT INTO t(rowid, title, body) SELECT id, title, body FROM source.article")
                    try db.execute(sql: "INSERT INTO t(t) VALUES ('optimize')")
                    try db.execute(sql: "DETACH DATABASE source")
                    try db.execute(sql: "VACUUM")
                }
            }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            var times: [Double] = []
            var matches = 0
            try queue.read { db in
                let statement = try db.makeStatement(sql: """
                    SELECT rowid, bm25(t, \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight)) AS score FROM t WHERE t MATCH ? ORDER BY score LIMIT 10
                    """)
                let count = try db.makeStatement(sql: "SELECT count(*) FROM t WHERE t MATCH ?")
                for q in queries {
                    let match = q.map { "\"\($0)\"" }.joined(separator: " ")
                    _ = try Row.fetchAll(statement, arguments: [match])  // warm
                    times.append(try Timing.seconds {
                        matches += try Int.fetchOne(count, arguments: [match]) ?? 0
                        _ = try Row.fetchAll(statement, arguments: [match])
                    })
                }
            }
            results.append((name, bytes, seconds, Timing.percentile(times, 50), Timing.percentile(times, 99), matches))
            try? FileManager.default.removeItem(atPath: path)
        }
        for r in results {
            Swift.print("  \(r.name.padding(toLength: 17, withPad: " ", startingAt: 0)) \(String(format: "%.2f", Double(r.bytes) / Double(textBytes))) × the text "
                + "(\(Bench.mb(r.bytes))), built in \(String(format: "%.1f", r.seconds)) s; count + top 10 p50 \(Timing.ms(r.p50)), p99 \(Timing.ms(r.p99)); "
                + "\((r.matches / max(1, queries.count)).formatted()) matches per query")
        }
        if results.count == 2 {
            Swift.print("  porter / unicode61: size \(String(format: "%.2f", Double(results[0].bytes) / Double(max(1, results[1].bytes)))), "
                + "build \(String(format: "%.2f", results[0].seconds / results[1].seconds)), query p50 \(String(format: "%.2f", results[0].p50 / results[1].p50))")
        }
    }
}
