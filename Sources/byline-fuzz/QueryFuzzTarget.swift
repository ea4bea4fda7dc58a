import BylineCore
import BylineIndex
import Foundation

/// Runs arbitrary bytes as a search (and as an entity name, opening the page of the entity it
/// finds) against a small index built once per process from the bundled `Articles/` folder's
/// kind of reports.
///
/// The query language promises that no input is an error: whatever the user types is read as
/// well as possible, with notes. So any error here, above all an SQLite one such as an FTS5
/// syntax error, is a bug, and the target stops with the query that caused it.
enum QueryFuzzTarget {
    static let store: IndexStore = {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("byline-fuzz-query-\(getpid())")
        let corpus = root.appendingPathComponent("reports")
        try? fm.removeItem(at: root)
        try! fm.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in reports {
            try! Data(text.utf8).write(to: corpus.appendingPathComponent(name))
        }
        let database = try! IndexDatabase(path: root.appendingPathComponent("index.sqlite").path)
        let summary = try! Indexer(database: database, corpus: corpus.path).update()
        precondition(summary.added == reports.count, "the fuzzing index holds \(summary.added) reports, not \(reports.count)")
        atexit { try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("byline-fuzz-query-\(getpid())").path) }
        return IndexStore(database: database, corpus: corpus.path)
    }()

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let query = String(decoding: bytes, as: UTF8.self)
        do {
            let results = try store.search(query, limit: 5)
            precondition(results.total >= results.hits.count, "total below the hits shown for \(query.debugDescription)")
            for hit in results.hits {
                precondition(hit.snippet.marks.allSatisfy { $0.upperBound <= hit.snippet.text.unicodeScalars.count })
            }
            // A name that finds an entity opens its page, which cuts every mention's sentence
            // out of the stored reports.
            if let entity = try store.lookupEntities(name: query).first {
                let page = try store.entityPage(key: entity.key)
                precondition(page?.articles.isEmpty == false, "no reports on the page of \(entity.key)")
                for mention in page?.articles.flatMap(\.mentions) ?? [] {
                    precondition(0 <= mention.start && mention.start < mention.end && mention.end <= mention.sentence.unicodeScalars.count,
                                 "mention outside its sentence on the page of \(entity.key)")
                }
            }
        } catch {
            fatalError("search for \(query.debugDescription) failed: \(error)")
        }
    }

    private static let reports: [(String, String)] = [
        ("balkhash.txt", """
        March 9, 2024

        Herders leave Lake Balkhash

        ALMATY, Kazakhstan — Herders around Lake Balkhash moved north as the water retreated, Energy Minister Dmitri Volkov said on Monday. “We cannot wait for rain,” Volkov told Reuters.
        """),
        ("valparaiso.md", """
        ---
        title: Dockworkers strike in Valparaíso
        date: 2024-06-03
        author: Lucía Fernández
        tags: [strike, ports]
        ---
        VALPARAÍSO, Chile — Union leader José Ignacio Peña Álvarez said the strike at the Port of Valparaíso would go on. Gulf Meridian Lines chief executive Khalid bin Rashid called it costly.
        """),
        ("tokyo.json", """
        {"title": "東京 talks on green hydrogen", "text": "Chief negotiator Kenji Watanabe (渡辺健二) met Commissioner Sofia Lindqvist in Tokyo. The e-mail said don't wait.", "publish_date": "2024-06-12"}
        """),
    ]
}
