import BylineCore
import BylineIndex
import CorpusGenerator
import Foundation
import GRDB

/// `make bench`: indexes a generated corpus and measures indexing, size, search and entity
/// pages, printing one line per figure.
///
///     byline-bench [--reports N] [--work DIR] [--search-only]
///
/// The corpus is generated into DIR/corpus-N once and kept for the next run; the index is
/// rebuilt from scratch every run, unless `--search-only` measures queries on the last one.
@main
struct Bench {
    static func main() throws {
        var reports = 100_000
        var work = NSTemporaryDirectory() + "byline-bench"
        var searchOnly = false
        var postgres: String?
        var args = CommandLine.arguments.dropFirst()
        while let arg = args.popFirst() {
            switch arg {
            case "--reports": reports = args.popFirst().flatMap(Int.init) ?? reports
            case "--work": work = args.popFirst() ?? work
            case "--search-only": searchOnly = true
            case "--postgres": postgres = args.popFirst()
            default:
                print("usage: byline-bench [--reports N] [--work DIR] [--search-only] [--postgres URL]")
                exit(2)
            }
        }
        let generator = CorpusGenerator(seed: 1)
        let corpus = work + "/corpus-\(reports)"
        let marker = corpus + "/.complete"
        print("Byline benchmark: \(reports.formatted()) generated reports, \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(Timing.loadAverage())")
        if !FileManager.default.fileExists(atPath: marker) {
            try? FileManager.default.removeItem(atPath: corpus)
            var bytes = 0
            let t = try Timing.seconds { bytes = try generator.write(count: reports, to: corpus) }
            _ = FileManager.default.createFile(atPath: marker, contents: Data())
            print("corpus generated: \(mb(Int64(bytes))) in \(String(format: "%.1f", t)) s (\(corpus))")
        }
        let textBytes = CorpusScanner().scan(root: corpus).files.reduce(Int64(0)) { $0 + $1.size }

        let dbPath = work + "/index-\(reports).sqlite"
        if searchOnly {
            // Measures queries again on the index the last full run left.
            let database = try IndexDatabase(path: dbPath)
            let store = IndexStore(database: database, corpus: corpus)
            try searchFigures(store: store, dbPath: dbPath, vocabulary: generator.vocabulary)
            try personFigures(store: store)
            return
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
        let database = try IndexDatabase(path: dbPath)
        let (chosen, entitySource) = chooseLoader(corpus: corpus, generator: generator)
        let readingCPU = CPUTally()
        let loader = ReportLoader { data, file, path in
            let start = Timing.threadCPUSeconds()
            defer { readingCPU.add(Timing.threadCPUSeconds() - start) }
            return chosen.load(data, file, path)
        }
        let indexer = Indexer(database: database, corpus: corpus, loader: loader)

        var first = IndexSummary()
        let (cpu0, written0, load0) = (Timing.cpuSeconds(), Timing.bytesWritten(), Timing.loadAverage())
        let writer0 = Timing.threadCPUSeconds()
        let indexSeconds = try Timing.seconds { first = try indexer.update() }
        let writerCPU = Timing.threadCPUSeconds() - writer0
        let (cpu1, written1, load1) = (Timing.cpuSeconds(), Timing.bytesWritten(), Timing.loadAverage())
        print("index from scratch: \(String(format: "%.1f", indexSeconds)) s for \(first.reports.formatted()) reports, "
            + "\(String(format: "%.1f", Double(textBytes) / 1e6 / indexSeconds)) MB/s, "
            + "\(Int(Double(first.reports) / indexSeconds).formatted()) reports/s (entities: \(entitySource))")
        print("  CPU \(String(format: "%.1f", cpu1 - cpu0)) s on all threads: reading and recognising reports "
            + "\(String(format: "%.1f", readingCPU.seconds)) s (on \(indexer.workers) threads), writing the index \(String(format: "%.1f", writerCPU)) s (one thread)")
        let w = first.writer
        print("  writing thread: rows \(String(format: "%.1f", w.rows)) s, full text \(String(format: "%.1f", w.fullText)) s, "
            + "commits \(String(format: "%.1f", w.commits)) s, entity totals \(String(format: "%.1f", w.entityTotals)) s, "
            + "final merge \(String(format: "%.1f", w.merge)) s (CPU); waited \(String(format: "%.1f", w.waiting)) s for parsed files")
        print("  \(mb(written1 - written0)) written to disk; load average \(load0) before, \(load1) after "
            + "(other work on the machine slows the wall time)")
        var second = IndexSummary()
        let noopSeconds = try Timing.seconds { second = try indexer.update() }
        print("second run, nothing changed: \(String(format: "%.2f", noopSeconds)) s (\(second.unchanged.formatted()) files unchanged, \(second.added + second.updated) read)")

        try database.checkpoint()
        let dbBytes = database.sizeOnDisk()
        print("database: \(mb(dbBytes)) for \(mb(textBytes)) of reports = \(String(format: "%.2f", Double(dbBytes) / Double(textBytes))) × the text")

        let store = IndexStore(database: database, corpus: corpus)
        try searchFigures(store: store, dbPath: dbPath, vocabulary: generator.vocabulary)
        try personFigures(store: store)
        if let postgres {
            try PostgresBench.run(url: postgres, corpus: corpus, loader: chosen, textBytes: textBytes, vocabulary: generator.vocabulary,
                                  sqlite: (indexSeconds, dbBytes, store))
        }
    }

    /// The standard loader when entity recognition fills entities; the generator's gazetteer
    /// when it does not (recognition not merged yet).
    static func chooseLoader(corpus: String, generator: CorpusGenerator) -> (ReportLoader, String) {
        let sample = CorpusScanner().scan(root: corpus).files.prefix(20)
        let recognised = sample.contains { file in
            ArticleLoader().load(path: file.path, relativePath: file.relativePath).articles.contains { !$0.entities.isEmpty }
        }
        if recognised { return (.standard, "entity recognition") }
        return (GazetteerLoader(generator: generator).loader, "generator's gazetteer; entity recognition not merged")
    }

    static func searchFigures(store: IndexStore, dbPath: String, vocabulary: Vocabulary) throws {
        let queries = QuerySet.make(vocabulary)
        var config = Configuration()
        config.readonly = true
        let raw = try DatabaseQueue(path: dbPath, configuration: config)
        func rawSearch(_ words: [String]) throws -> Int {
            try raw.read { db in
                let match = words.joined(separator: " ")
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM articleText WHERE articleText MATCH ?", arguments: [match]) ?? 0
                let rows = try Row.fetchAll(db, sql: """
                    SELECT rowid, title, rank, snippet(articleText, 1, '[', ']', '…', 24) FROM articleText
                    WHERE articleText MATCH ? ORDER BY rank LIMIT 10
                    """, arguments: [match])
                return total + rows.count
            }
        }
        for q in queries {  // warm the page cache for both
            _ = try store.search(q.joined(separator: " "), limit: 10)
            _ = try rawSearch(q)
        }
        var byline: [Double] = [], direct: [Double] = []
        var fullByline: [Double] = [], fullDirect: [Double] = []
        var hits = 0, windowed = 0
        for q in queries {
            var results: SearchResults?
            byline.append(try Timing.seconds { results = try store.search(q.joined(separator: " "), limit: 10) })
            hits += results?.total ?? 0
            direct.append(try Timing.seconds { _ = try rawSearch(q) })
            if results?.hint != nil {
                windowed += 1
            } else {
                fullByline.append(byline[byline.count - 1])
                fullDirect.append(direct[direct.count - 1])
            }
        }
        let p50 = Timing.percentile(byline, 50), p99 = Timing.percentile(byline, 99)
        let r50 = Timing.percentile(direct, 50), r99 = Timing.percentile(direct, 99)
        print("search, \(queries.count) queries (1 and 2 words, top 10 with snippets): p50 \(Timing.ms(p50)), p99 \(Timing.ms(p99)), "
            + "mean \(hits / queries.count) matches")
        print("  \(windowed) of \(queries.count) queries matched over 5,000 reports: title matches ranked first, then the best of the 2,000 indexed last")
        print("raw FTS5, same queries (count + top 10 by rank with title and snippet): p50 \(Timing.ms(r50)), p99 \(Timing.ms(r99))")
        print("Byline / raw: p50 \(String(format: "%.2f", p50 / r50)), p99 \(String(format: "%.2f", p99 / r99)), "
            + "total \(String(format: "%.2f", byline.reduce(0, +) / direct.reduce(0, +)))")
        let f50 = Timing.percentile(fullByline, 50) / Timing.percentile(fullDirect, 50)
        print("Byline / raw on the \(fullByline.count) queries both rank in full (the overhead): p50 \(String(format: "%.2f", f50)), "
            + "total \(String(format: "%.2f", fullByline.reduce(0, +) / fullDirect.reduce(0, +)))")
    }

    static func personFigures(store: any ArticleStore) throws {
        var times: [Double] = []
        var sizes: [String] = []
        for person in Cast.recurring + [Cast.Person(name: "Aisha Andersen", short: "Aisha Andersen", role: "")] {
            var page: EntityPage?
            let t = try Timing.seconds {
                let found = try store.lookupEntities(name: person.short)
                if let key = found.first?.key { page = try store.entityPage(key: key) }
            }
            times.append(t)
            if let page {
                sizes.append("\(person.short) \(Timing.ms(t)) (\(page.articles.count.formatted()) reports, \(page.articles.reduce(0) { $0 + $1.mentions.count }.formatted()) mentions)")
            }
        }
        print("person (lookup by surname + whole entity page): p50 \(Timing.ms(Timing.percentile(times, 50))), max \(Timing.ms(times.max() ?? 0))")
        for line in sizes { print("  " + line) }
    }

    static func mb(_ bytes: Int64) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}
