import BylineCore
import BylineTestSupport
import CorpusGenerator
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// Runs the real `byline index` on a generated corpus, kills it with SIGKILL after its first
/// committed batch, and checks the index opens, is sound, and the next run completes it.
@Suite(.serialized) struct KillDuringIndexingTests {
    @Test func anIndexKilledMidRunOpensAndTheNextRunFinishesWithTheRightCounts() throws {
        let work = NSTemporaryDirectory() + "byline-kill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        let folder = work + "/reports", index = work + "/index.sqlite"
        let generator = CorpusGenerator(seed: 4, markdownShare: 0)
        try generator.write(count: 900, to: folder)
        let files = CorpusScanner().scan(root: folder).files
        let expected = files.reduce(0) { $0 + ArticleLoader().load(path: $1.path, relativePath: $1.relativePath).articles.count }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryLocator.binary)
        process.arguments = ["index", folder, "--index", index]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while committed == 0 && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            committed = Self.reportCount(index)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        committed = Self.reportCount(index)
        #expect(committed > 0)
        #expect(committed < expected, "the run ended before it could be killed; nothing was tested")

        // The killed index opens and is sound.
        let database = try IndexDatabase(path: index)
        #expect(try database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try database.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        try database.write { try $0.execute(sql: "INSERT INTO articleText(articleText) VALUES ('integrity-check')") }

        let filesBefore = Self.fileCount(database)
        let second = try Self.indexJSON(folder: folder, index: index)
        #expect(second["reports"] as? Int == expected)
        #expect(second["added"] as? Int == files.count - filesBefore)
        #expect(second["removed"] as? Int == 0)
        let third = try Self.indexJSON(folder: folder, index: index)
        #expect(third["reports"] as? Int == expected)
        #expect(third["added"] as? Int == 0)
        #expect(third["unchanged"] as? Int == files.count)
        #expect(try IndexStore(database: database, corpus: folder).summaries().count == expected)
    }

    /// Reports committed so far; 0 while the database does not exist yet.
    static func reportCount(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") }) ?? 0
    }

    /// Files the index holds.
    static func fileCount(_ database: IndexDatabase) -> Int {
        (try? database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM file") ?? 0 }) ?? 0
    }

    static func indexJSON(folder: String, index: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryLocator.binary)
        process.arguments = ["index", folder, "--index", index, "--json"]
        let out = NSTemporaryDirectory() + "byline-kill-out-" + UUID().uuidString
        try Data().write(to: URL(fileURLWithPath: out))
        defer { try? FileManager.default.removeItem(atPath: out) }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
