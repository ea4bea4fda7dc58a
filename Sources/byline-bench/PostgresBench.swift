import BylineCore
import BylineIndex
import BylinePostgres
import CorpusGenerator
import Foundation

/// `make bench-postgres`: the same corpus, loader and queries as the SQLite figures, indexed
/// into a PostgreSQL server (on loopback), with each figure beside SQLite's as a ratio.
enum PostgresBench {
    static func run(url: String, corpus: String, loader: ReportLoader, textBytes: Int64, queries words: [[String]],
                    sqlite: (seconds: Double?, bytes: Int64, store: IndexStore)) throws {
        let location = try PostgresLocation(url: url)
        var indexer = PostgresIndexer(location: location, corpus: corpus, corpusName: "bench")
        indexer.loader = loader
        print("PostgreSQL (\(location)), load average \(Timing.loadAverage())")
        var summary = IndexSummary()
        let seconds = try Timing.seconds { summary = try indexer.update() }
        print("index from scratch into PostgreSQL: \(String(format: "%.1f", seconds)) s for \(summary.reports.formatted()) reports, "
            + "\(Int(Double(summary.reports) / seconds).formatted()) reports/s"
            + (sqlite.seconds.map { "; SQLite/PostgreSQL wall time \(String(format: "%.2f", $0 / seconds))" } ?? ""))
        let noop = try Timing.seconds { _ = try indexer.update() }
        print("second run, nothing changed: \(String(format: "%.2f", noop)) s")
        let bytes = try PostgresStore.databaseSize(location: location)
        print("database: \(Bench.mb(bytes)) (pg_database_size, indexes and TOAST included) = \(String(format: "%.2f", Double(bytes) / Double(textBytes))) × the text; "
            + "PostgreSQL/SQLite size \(String(format: "%.2f", Double(bytes) / Double(sqlite.bytes)))")
        let store = try PostgresStore(location: location, corpus: corpus, corpusName: "bench")
        let queries = words.map { $0.joined(separator: " ") }
        for q in queries { _ = try store.search(q, limit: 10) }  // warm both caches
        var pg: [Double] = [], lite: [Double] = [], differ = 0
        for q in queries {
            var a: SearchResults?, b: SearchResults?
            pg.append(try Timing.seconds { a = try store.search(q, limit: 10) })
            lite.append(try Timing.seconds { b = try sqlite.store.search(q, limit: 10) })
            if a?.total != b?.total { differ += 1 }
        }
        let p50 = Timing.percentile(pg, 50), p99 = Timing.percentile(pg, 99)
        print("search on PostgreSQL, \(queries.count) queries (top 10 with snippets): p50 \(Timing.ms(p50)), p99 \(Timing.ms(p99)); "
            + "PostgreSQL/SQLite p50 \(String(format: "%.2f", p50 / Timing.percentile(lite, 50))), p99 \(String(format: "%.2f", p99 / Timing.percentile(lite, 99))); "
            + "\(differ) of \(queries.count) totals differ from SQLite's")
        try Bench.personFigures(store: store)
    }
}
