import Foundation
import Testing

/// `byline show` on files holding several reports (a JSON array, JSON Lines), and `PATH#N`.
@Suite struct ShowSeveralReportsTests {
    static let lines = """
    {"title": "Okafor opens the Geneva water summit", "date": "2024-06-10", "author": "Ana Ruiz", "content": "Amara Okafor opened the summit in Geneva on Monday."}
    {"title": "Delegates trade drafts on shared rivers", "date": "2024-06-11", "author": "Ana Ruiz", "content": "Sofia Lindqvist said the draft was close."}
    {"title": "Summit closes with a water pledge", "date": "2024-06-12", "author": "Ana Ruiz", "content": "Okafor called the pledge a start."}
    """

    @Test func aFileOfSeveralReportsPrintsEachInTurn() throws {
        let scratch = try ShowCommandTests.Scratch()
        let path = try scratch.write("summit.jsonl", Self.lines)
        let run = try runByline(["show", "--width", "60", path])
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        let titles = run.out.split(separator: "\n").filter { $0.hasSuffix("summit") || $0.hasSuffix("rivers") || $0.hasSuffix("pledge") }
        #expect(titles == ["Okafor opens the Geneva water summit", "Delegates trade drafts on shared rivers", "Summit closes with a water pledge"])
        #expect(run.out.contains("Sofia Lindqvist said the draft was close."))
    }

    @Test func jsonPrintsOneObjectPerReportAndLine() throws {
        let scratch = try ShowCommandTests.Scratch()
        let path = try scratch.write("summit.jsonl", Self.lines)
        let run = try runByline(["show", "--json", path])
        #expect(run.status == 0)
        let objects = try run.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["id"] as? String } == ["summit#1", "summit#2", "summit#3"])
        #expect(objects.map { $0["date"] as? String } == ["2024-06-10", "2024-06-11", "2024-06-12"])
    }

    @Test func aNumberAfterTheHashPrintsOnlyThatReport() throws {
        let scratch = try ShowCommandTests.Scratch()
        let path = try scratch.write("summit.jsonl", Self.lines)
        let run = try runByline(["show", "--json", path + "#2"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "summit#2")
        #expect(object["title"] as? String == "Delegates trade drafts on shared rivers")
    }

    @Test func aNumberPastTheLastReportSaysHowManyThereAre() throws {
        let scratch = try ShowCommandTests.Scratch()
        let path = try scratch.write("summit.jsonl", Self.lines)
        let run = try runByline(["show", path + "#4"])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "byline: \(path) holds 3 reports, so #4 is not one of them; use #1 to #3, or \(path) for all of them.\n")
    }

    @Test func aFileWhoseOwnNameEndsInHashNumberIsReadAsItIs() throws {
        let scratch = try ShowCommandTests.Scratch()
        let path = try scratch.write("notes#2", "Sat. Mar 9th, 2024\n\nVolkov said the ministry would release water from the reservoir.\n")
        let run = try runByline(["show", "--json", path])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(object["date"] as? String == "2024-03-09")
    }
}
