import BylineCore
import BylineIndex
import Foundation

/// Feeds arbitrary bytes to `byline search` as a query, against a small real index.
///
/// The promise under test: any input gives results or a hint, never an SQLite error and never
/// a crash. A thrown error is turned into a crash so libFuzzer keeps the input.
enum QueryFuzzTarget {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let query = String(decoding: bytes, as: UTF8.self)
        do {
            let results = try store.search(query, limit: 5)
            precondition(results.total >= results.hits.count, "total below the hits shown for \(query.debugDescription)")
            for hit in results.hits {
                precondition(hit.snippet.marks.allSatisfy { $0.upperBound <= hit.snippet.text.unicodeScalars.count })
            }
        } catch {
            fatalError("search \(query.debugDescription) threw \(error)")
        }
    }

    /// Three reports naming people, places and an organisation, indexed once per process.
    static let store: IndexStore = {
        let folder = NSTemporaryDirectory() + "byline-fuzz-query-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        let reports = [
            ("strike.txt", "Dockworkers strike in Valparaíso\n\nUnion leader José Ignacio Peña Álvarez said the strike would go on.\n"),
            ("summit.txt", "Geneva water summit opens\n\nUN Special Rapporteur Amara Okafor opened the summit on water rights.\n"),
            ("ships.txt", "Ships wait off Rotterdam\n\nGulf Meridian Lines said its ships were waiting off Rotterdam.\n"),
        ]
        do {
            try FileManager.default.createDirectory(atPath: folder + "/reports", withIntermediateDirectories: true)
            for (name, text) in reports {
                try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/reports/" + name))
            }
            let database = try IndexDatabase(path: folder + "/index.sqlite")
            _ = try Indexer(database: database, corpus: folder + "/reports").update()
            return IndexStore(database: database, corpus: folder + "/reports")
        } catch {
            fatalError("cannot build the fuzzing index: \(error)")
        }
    }()
}
