import BylineCore
import Foundation
import Testing
@testable import BylineIndex

/// Files deleted, rewritten or replaced by a named pipe after the scan listed them and before
/// the indexer read them: each costs at most one warning, the run never blocks, and the next
/// run brings the index in line with the folder.
@Suite struct FilesChangingDuringIndexingTests {
    static func report(_ title: String) -> Data {
        Data("June 3, 2024\n\n\(title)\n\nMayor Marianne de Graaf opened the new flood barrier in Rotterdam on Monday.\n".utf8)
    }

    @Test func filesThatChangeUnderTheIndexerCostOneWarningEachAndNothingHangs() throws {
        let root = NSTemporaryDirectory() + "byline-changing-" + UUID().uuidString
        let folder = root + "/reports"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["a", "b", "c", "d", "e"] {
            try Self.report("Report \(name.uppercased()) from Rotterdam").write(to: URL(fileURLWithPath: "\(folder)/\(name).txt"))
        }
        // Reading a.txt deletes b.txt, rewrites c.txt longer, and puts a named pipe where d.txt was.
        let loader = ReportLoader { data, file, path in
            if file.relativePath == "a.txt" {
                unlink(folder + "/b.txt")
                try? Self.report("Report C rewritten while the indexer ran, twice as long as before it").write(to: URL(fileURLWithPath: folder + "/c.txt"))
                unlink(folder + "/d.txt")
                mkfifo(folder + "/d.txt", 0o600)
            }
            return ReportLoader.standard.load(data, file, path)
        }
        let database = try IndexDatabase(path: root + "/index.sqlite")
        var indexer = Indexer(database: database, corpus: folder, loader: loader)
        indexer.workers = 1
        indexer.batchSize = 2

        let first = try indexer.update()
        #expect(first.warnings == [
            "b.txt: cannot read file (No such file or directory)",
            "d.txt: cannot read file (no longer a regular file)",
        ])
        let store = IndexStore(database: database, corpus: folder)
        #expect(try store.summaries().map(\.title).sorted() == [
            "Report A from Rotterdam", "Report C rewritten while the indexer ran, twice as long as before it", "Report E from Rotterdam",
        ])

        // The next run sees b.txt gone and d.txt no longer a file, and reads nothing again.
        let second = try Indexer(database: database, corpus: folder).update()
        #expect(second.warnings == [])
        #expect(second.reports == 3)
        #expect(try store.summaries().count == 3)
    }
}
