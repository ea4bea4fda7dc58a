import BylineCore
import BylineIndex
import CorpusGenerator
import Foundation
import GRDB

/// Search timings: in this process against raw FTS5, then whole processes side by side.
enum SearchFigures {
    /// The raw FTS5 query the comparisons run: the count, then the top 10 by the index's own
    /// BM25 weights with title and snippet.
    static func rawSQL(_ match: String) -> String {
        let quoted = match.replacingOccurrences(of: "'", with: "''")
        return """
            SELECT count(*) FROM articleText WHERE articleText MATCH '\(quoted)';
            SELECT rowid, title, bm25(articleText, \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight)) AS score,
                   snippet(articleText, 1, '[', ']', '…', 24)
            FROM articleText WHERE articleText MATCH '\(quoted)' ORDER BY score LIMIT 10;
            """
    }

    static func inProcess(store: IndexStore, dbPath: String, queries: [[String]]) throws {
        let raw = try SizeFigures.readOnly(dbPath)
        func rawTop(_ words: [String]) throws -> [(Int64, Double)] {
            try raw.read { db in
                let match = words.map { "\"\($0)\"" }.joined(separator: " ")
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM articleText WHERE articleText MATCH ?", arguments: [match])
                return try Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(articleText, \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight)) AS score,
                           title, snippet(articleText, 1, '[', ']', '…', 24)
                    FROM articleText WHERE articleText MATCH ? ORDER BY score LIMIT 10
                    """, arguments: [match]).map { ($0[0], -($0[1] as Double)) }
            }
        }
        for q in queries {  // warm the page cache for both
            _ = try store.search(q.joined(separator: " "), limit: 10)
            _ = try rawTop(q)
        }
        var byline: [Double] = [], direct: [Double] = []
        var matches = 0, exact = 0, over5000 = 0
        for q in queries {
            var results: SearchResults?
            byline.append(try Timing.seconds { results = try store.search(q.joined(separator: " "), limit: 10) })
            var top: [(Int64, Double)] = []
            direct.append(try Timing.seconds { top = try rawTop(q) })
            matches += results?.total ?? 0
            if (results?.total ?? 0) > 5_000 { over5000 += 1 }
            // The same scores in the same order (ties may list different reports).
            let scores = results?.hits.map(\.score) ?? []
            if scores.count == top.count, zip(scores, top.map(\.1)).allSatisfy({ abs($0 - $1) <= 1e-9 * max(1, abs($1)) }) { exact += 1 }
        }
        let p50 = Timing.percentile(byline, 50), p99 = Timing.percentile(byline, 99)
        let r50 = Timing.percentile(direct, 50), r99 = Timing.percentile(direct, 99)
        print("search in process, \(queries.count) queries (1 and 2 words, top 10 with snippets): p50 \(Timing.ms(p50)), p99 \(Timing.ms(p99)), "
            + "mean \((matches / queries.count).formatted()) matches, \(over5000) queries over 5,000 matches")
        print("  exact BM25 top 10 (scores equal to raw bm25() in order): \(exact) of \(queries.count) queries")
        print("raw FTS5 in process, same queries (count + top 10 by bm25 with title and snippet): p50 \(Timing.ms(r50)), p99 \(Timing.ms(r99))")
        print("  Byline / raw: p50 \(String(format: "%.2f", p50 / r50)), p99 \(String(format: "%.2f", p99 / r99)), "
            + "total \(String(format: "%.2f", byline.reduce(0, +) / direct.reduce(0, +)))")
    }

    /// `byline search` as a user runs it, unchanged, after touching a file and after adding a
    /// folder, beside the sqlite3 shell, grep and ripgrep on the same folder.
    static func wholeProcess(corpus: String, dbPath: String, queries: [[String]], grepQueries: Int, generator: CorpusGenerator) throws {
        let byline = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("byline").path
        guard access(byline, X_OK) == 0 else { throw BenchError("\(byline) is missing: build it with swift build -c release --product byline") }
        print("whole process (spawn to exit), \(queries.count) queries; load average \(Timing.loadAverage()):")
        var rows: [(String, [Double])] = []
        _ = try ProcessTimings.searches(byline: byline, corpus: corpus, index: dbPath, queries: queries)  // warm
        let unchanged = try ProcessTimings.searches(byline: byline, corpus: corpus, index: dbPath, queries: queries)
        rows.append(("byline search, corpus unchanged", unchanged))

        let files = CorpusScanner().scan(root: corpus).files
        if let file = files.first {
            utimes(file.path, nil)  // now: the file's time moves on, its folder's does not
            rows.append(("byline search, after touching one file", try ProcessTimings.searches(byline: byline, corpus: corpus, index: dbPath, queries: queries)))
        }
        let added = corpus + "/bench-added"
        try? FileManager.default.removeItem(atPath: added)
        for n in 0..<100 {
            let report = generator.report(number: 10_000_000 + n)
            try Data(report.text.utf8).write(to: URL(fileURLWithPath: added + "/report-\(n).txt").creatingFolder())
        }
        let afterAdding = try ProcessTimings.searches(byline: byline, corpus: corpus, index: dbPath, queries: queries)
        rows.append(("byline search, after adding a folder of 100 reports", afterAdding))
        try FileManager.default.removeItem(atPath: added)
        let removal = ProcessTimings.run([byline, "index", corpus, "--index", dbPath])

        let sqlite3 = ProcessTimings.which("sqlite3")
        if let sqlite3 {
            let times = queries.map { q in ProcessTimings.run([sqlite3, "-readonly", dbPath, rawSQL(q.map { "\"\($0)\"" }.joined(separator: " "))]).seconds }
            rows.append(("sqlite3 shell, raw FTS5 (count + top 10 + snippet)", times))
        }
        let sample = Array(queries.prefix(grepQueries))
        if let grep = ProcessTimings.which("grep") {
            rows.append(("grep -rilF, first word, \(sample.count) queries", sample.map { ProcessTimings.run([grep, "-rilF", $0[0], corpus]).seconds }))
        }
        if let rg = ProcessTimings.which("rg") {
            rows.append(("rg -il, first word, \(sample.count) queries", sample.map { ProcessTimings.run([rg, "-il", $0[0], corpus]).seconds }))
        } else {
            print("  (rg not installed: apt-get install ripgrep)")
        }
        let width = rows.map(\.0.count).max() ?? 0
        let base = Timing.percentile(unchanged, 50)
        for (name, times) in rows {
            let ratio = Timing.percentile(times, 50) / base
            print("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + ProcessTimings.percentiles(times)
                + String(format: "  (p50 %.2f× byline)", ratio))
        }
        print("  first call after adding the folder (indexes the 100 reports): \(Timing.ms(afterAdding.first ?? 0)); "
            + "byline index after removing it again: \(Timing.ms(removal.seconds))")
        if ProcessTimings.dropCaches() {
            let cold = ProcessTimings.run([byline, "search", "--dir", corpus, "--index", dbPath, "--limit", "10"] + (queries.first ?? ["water"]))
            print("  first byline search after dropping the page cache: \(Timing.ms(cold.seconds))")
        } else {
            print("  first call after dropping the page cache: not measured (writing /proc/sys/vm/drop_caches is not allowed here)")
        }
    }
}

extension URL {
    /// The URL, after making the folder it is in.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
