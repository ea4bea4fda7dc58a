import BylineCore
import Foundation
import Testing
@testable import BylineUI

@Suite struct MemoryCorpusTests {
    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    func pollUntilRead(_ corpus: MemoryCorpus) -> [CorpusUpdate] {
        var updates: [CorpusUpdate] = []
        for _ in 0..<2000 {
            let u = corpus.poll()
            updates.append(u)
            if u.progress == nil, u.reloaded || updates.count > 1 && updates.contains(where: \.reloaded) { break }
            usleep(2_000)
        }
        return updates
    }

    @Test func theFolderIsReadInTheBackgroundAndThenPublished() throws {
        let dir = try folder([
            "a.txt": "2024-05-01\n\nRotterdam opens a dike\n\nMayor Marianne de Graaf opened the new dike in Rotterdam.\n",
            "b.txt": "2024-05-02\n\nDelft study published\n\nDr Ingrid van der Berg published the study in Delft.\n",
            "empty.txt": "",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = MemoryCorpus(folder: dir.path)
        let updates = pollUntilRead(corpus)
        #expect(updates.last?.progress == nil)
        #expect(updates.contains { $0.reloaded })
        #expect(try corpus.store.summaries().map(\.title) == ["Delft study published", "Rotterdam opens a dike"])
        #expect(corpus.warnings == ["empty.txt: skipped, empty file"])
        #expect(updates.compactMap(\.message) == ["1 file skipped: empty.txt: skipped, empty file"])
    }

    @Test func aRescanPicksUpNewFilesAndSaysWhatItRead() throws {
        let dir = try folder(["a.txt": "2024-05-01\n\nRotterdam opens a dike\n\nThe new dike opened.\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = MemoryCorpus(folder: dir.path)
        _ = pollUntilRead(corpus)
        try "2024-05-03\n\nGeneva summit ends\n\nThe summit ended.\n".write(to: dir.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        corpus.rescan()
        let updates = pollUntilRead(corpus)
        #expect(try corpus.store.summaries().count == 2)
        #expect(updates.compactMap(\.message) == ["Read 2 reports"])
    }

    @Test func anEmptyFolderSaysSo() throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = MemoryCorpus(folder: dir.path)
        let updates = pollUntilRead(corpus)
        #expect(updates.compactMap(\.message) == ["No reports found in \(dir.path)"])
    }
}
