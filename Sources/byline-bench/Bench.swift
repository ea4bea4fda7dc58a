import BylineCore
import BylineIndex
import CorpusGenerator
import Foundation
import GRDB

/// `make bench`: indexes a corpus and measures indexing, size, search and entity pages,
/// printing one line per figure, then times whole `byline search` processes side by side with
/// raw FTS5 (in-process and the sqlite3 shell), `grep -rilF` and `rg -il` on the same folder.
///
///     byline-bench [--reports N] [--work DIR] [--corpus DIR] [--search-only] [--process-only] [--relations-only] [--index-only] [--grep-queries N]
///
/// A generated corpus is written into DIR/corpus-N once and kept for the next run; `--corpus`
/// measures any folder instead. The index is rebuilt from scratch every run, unless
/// `--search-only` measures queries on the last one; `--process-only` measures only searches (in
/// this process, then the whole-process table) on the last index; `--relations-only` measures
/// only connections and timelines, on the last index (built first if there is none);
/// `--index-only` builds the index from scratch and prints its time and size, nothing else.
@main
struct Bench {
    static func main() throws {
        var reports = 100_000
        var work = NSTemporaryDirectory() + "byline-bench"
        var given: String?
        var searchOnly = false
        var relationsOnly = false
        var processOnly = false
        var indexOnly = false
        var grepQueries = 20
        var postgres: String?
        var args = CommandLine.arguments.dropFirst()
        while let arg = args.popFirst() {
            switch arg {
            case "--reports": reports = args.popFirst().flatMap(Int.init) ?? reports
            case "--work": work = args.popFirst() ?? work
            case "--corpus": given = args.popFirst()
            case "--search-only": searchOnly = true
            case "--relations-only": relationsOnly = true
            case "--process-only": processOnly = true
                searchOnly = true
            case "--index-only": indexOnly = true
            case "--grep-queries": grepQueries = args.popFirst().flatMap(Int.init) ?? grepQueries
            case "--postgres": postgres = args.popFirst()
            default:
                print("usage: byline-bench [--reports N] [--work DIR] [--corpus DIR] [--search-only] [--process-only] [--relations-only] [--index-only] [--grep-queries N] [--postgres URL]")
                exit(2)
            }
        }
        let generator = CorpusGenerator(seed: 1)
        let corpus = given.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? work + "/corpus-\(reports)"
        let label = given.map { "the folder \($0)" } ?? "\(reports.formatted()) generated reports"
        print("Byline benchmark: \(label), \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(Timing.loadAverage())")
        if given == nil, !FileManager.default.fileExists(atPath: corpus + "/.complete") {
            try? FileManager.default.removeItem(atPath: corpus)
            var bytes = 0
            let t = try Timing.seconds { bytes = try generator.write(count: reports, to: corpus) }
            _ = FileManager.default.createFile(atPath: corpus + "/.complete", contents: Data())
            print("corpus generated: \(mb(Int64(bytes))) in \(String(format: "%.1f", t)) s (\(corpus))")
        }
        let textBytes = CorpusScanner().scan(root: corpus).files.reduce(Int64(0)) { $0 + $1.size }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let dbPath = work + "/index-" + (given.map { _ in "given" } ?? "\(reports)") + ".sqlite"
        if relationsOnly, FileManager.default.fileExists(atPath: dbPath) {
            // A run with nothing to read: it stores the short forms' links if the index has
            // none yet (one made by an earlier build).
            let database = try IndexDatabase(path: dbPath)
            _ = try Indexer(database: database, corpus: corpus).update()
            try relationsFigures(store: IndexStore(database: database, corpus: corpus))
            return
        }
        var indexSeconds: Double?
        if !searchOnly {
            indexSeconds = try indexFromScratch(corpus: corpus, dbPath: dbPath, textBytes: textBytes, generated: given == nil, generator: generator)
        }
        let database = try IndexDatabase(path: dbPath)
        try database.checkpoint()
        let dbBytes = database.sizeOnDisk()
        print("database: \(mb(dbBytes)) for \(mb(textBytes)) of reports = \(String(format: "%.2f", Double(dbBytes) / Double(textBytes))) × the text")
        try SizeFigures.print(dbPath: dbPath, textBytes: textBytes)
        if indexOnly { return }
        if relationsOnly {
            try relationsFigures(store: IndexStore(database: database, corpus: corpus))
            return
        }

        let store = IndexStore(database: database, corpus: corpus)
        let queries = try QuerySet.make(database: dbPath)
        try SearchFigures.inProcess(store: store, dbPath: dbPath, queries: queries)
        if !processOnly {
            try TokenizerFigures.print(dbPath: dbPath, scratch: work, textBytes: textBytes, queries: queries)
            try personFigures(store: store)
            try relationsFigures(store: store)
        }
        try SearchFigures.wholeProcess(corpus: corpus, dbPath: dbPath, queries: queries, grepQueries: grepQueries, generator: generator)
        if let postgres {
            let loader = given == nil ? chooseLoader(corpus: corpus, generator: generator).0 : .standard
            try PostgresBench.run(url: postgres, corpus: corpus, loader: loader, textBytes: textBytes, queries: queries,
                                  sqlite: (indexSeconds, dbBytes, store))
        }
    }

    /// Indexes `corpus` into a new database at `dbPath` and prints the time, CPU and disk
    /// writes; returns the wall time.
    @discardableResult
    static func indexFromScratch(corpus: String, dbPath: String, textBytes: Int64, generated: Bool, generator: CorpusGenerator) throws -> Double {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
        let database = try IndexDatabase(path: dbPath)
        let (chosen, entitySource) = generated ? chooseLoader(corpus: corpus, generator: generator) : (.standard, "entity recognition")
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
            + "co-occurrence counts \(String(format: "%.1f", w.coOccurrence)) s, commits \(String(format: "%.1f", w.commits)) s, entity totals \(String(format: "%.1f", w.entityTotals)) s, "
            + "final merge \(String(format: "%.1f", w.merge)) s (CPU); waited \(String(format: "%.1f", w.waiting)) s for parsed files")
        print("  \(mb(written1 - written0)) written to disk; load average \(load0) before, \(load1) after "
            + "(other work on the machine slows the wall time)")
        var second = IndexSummary()
        let noopSeconds = try Timing.seconds { second = try indexer.update() }
        print("second run, nothing changed (a check of every file): \(String(format: "%.2f", noopSeconds)) s (\(second.unchanged.formatted()) files unchanged, \(second.added + second.updated) read)")
        var folders: [String]?
        let folderSeconds = try Timing.seconds { folders = try FolderCheck.changedFolders(corpus: corpus, in: database) }
        print("folder check, nothing changed (what a query does): \(Timing.ms(folderSeconds)) for \(try SizeFigures.count("SELECT count(*) FROM folder", dbPath: dbPath)) folders, \(folders?.count ?? -1) changed")
        return indexSeconds
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

    /// Connections (the 50 best) and timeline of each recurring person (each named in about a
    /// fifth of the reports), read from the stored co-occurrence counts (as pages are answered)
    /// and counted report by report from the reports' blobs (as before the counts were stored,
    /// and while a run writes): the two alternate, eleven runs each, so the machine's load
    /// weighs on both alike.
    static func relationsFigures(store: IndexStore) throws {
        print("connections + timeline (relations, 50 best; 11 runs each, stored counts / report by report, alternating;")
        print("  median and p90 of the wall time, then of the CPU time of the thread, which other work disturbs less):")
        var all: [[Double]] = [[], [], [], []]
        for person in Cast.recurring {
            guard let key = try store.lookupEntities(name: person.short).first?.key else { continue }
            var stored: [Double] = [], scanned: [Double] = [], storedCPU: [Double] = [], scannedCPU: [Double] = []
            var relations: EntityRelations?, again: EntityRelations?
            for _ in 0..<11 {
                var cpu = Timing.threadCPUSeconds()
                stored.append(try Timing.seconds { relations = try store.relations(key: key, limit: 50) })
                storedCPU.append(Timing.threadCPUSeconds() - cpu)
                cpu = Timing.threadCPUSeconds()
                scanned.append(try Timing.seconds { again = try store.relationsCountingReports(key: key, limit: 50) })
                scannedCPU.append(Timing.threadCPUSeconds() - cpu)
            }
            guard let relations else { continue }
            for (n, xs) in [stored, scanned, storedCPU, scannedCPU].enumerated() { all[n] += xs }
            let same = relations == again ? "same answer" : "ANSWERS DIFFER"
            print("  \(person.short) wall \(spread(stored)) / \(spread(scanned)), CPU \(spread(storedCPU)) / \(spread(scannedCPU)) "
                  + "(\(relations.reports.formatted()) reports, \(relations.connections.count) connections, "
                  + "\(relations.timeline.buckets.count) \(relations.timeline.granularity.rawValue)s; \(same))")
        }
        print("  all of them: wall \(spread(all[0])) / \(spread(all[1])), CPU \(spread(all[2])) / \(spread(all[3]))")
    }

    /// `12.34 ms (p90 15.00 ms)`
    static func spread(_ xs: [Double]) -> String {
        "\(Timing.ms(Timing.percentile(xs, 50))) (p90 \(Timing.ms(Timing.percentile(xs, 90))))"
    }

    static func mb(_ bytes: Int64) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}
