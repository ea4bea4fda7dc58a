import Foundation
import Testing

@Suite struct EntitiesCommandTests {
    /// A folder with one file, removed afterwards.
    private func withFile(_ name: String, _ text: String, _ body: (String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    @Test func plainJSONLinesGiveScalarOffsetsOfTheFile() throws {
        try withFile("doc007.txt", "Peña Álvarez told Reuters in Valparaíso .\nDockers cheered Peña Álvarez .") { path in
            let run = try runByline(["entities", "--plain", "--jsonl", path])
            #expect(run.status == 0)
            #expect(run.err.isEmpty)
            #expect(run.out == """
                {"doc":"doc007","persons":[[0,12],[58,70]],"locations":[[29,39]],"organizations":[[18,25]],"names":["Peña Álvarez"]}

                """)
        }
    }

    @Test func reportsAreReadWithTheirStructureAndOffsetsStillCountTheFile() throws {
        let report = """
            Mon. Jun 3rd, 2024

            Mayor Marianne de Graaf opened the barrier in Rotterdam on Monday.

            Source link
            """
        try withFile("rotterdam.txt", report) { path in
            let run = try runByline(["entities", "--jsonl", path])
            #expect(run.status == 0)
            #expect(run.out == """
                {"doc":"rotterdam","persons":[[26,43]],"locations":[[66,75]],"organizations":[],"names":["Marianne de Graaf"]}

                """)
        }
    }

    @Test func withoutJSONLinesEachNameIsALine() throws {
        try withFile("geneva.txt", "Amara Okafor spoke in Geneva.") { path in
            let run = try runByline(["entities", "--plain", path])
            #expect(run.out == "geneva\n  person        0-12  Amara Okafor\n  place         22-28  Geneva\n")
        }
    }

    @Test func anUnreadableFileIsOneLineOnStderrAndTheOthersStillPrint() throws {
        try withFile("ok.txt", "Amara Okafor spoke.") { path in
            let run = try runByline(["entities", "--plain", "--jsonl", "/nonexistent/missing.txt", path])
            #expect(run.status == 1)
            #expect(run.err == "byline: /nonexistent/missing.txt: No such file or directory\n")
            #expect(run.out == "{\"doc\":\"ok\",\"persons\":[[0,12]],\"locations\":[],\"organizations\":[],\"names\":[\"Amara Okafor\"]}\n")
        }
    }
}
