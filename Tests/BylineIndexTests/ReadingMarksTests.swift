import BylineCore
import BylineTestSupport
import Foundation
import Testing
@testable import BylineIndex

/// The reading trail in its own state file: kept by content, so it survives indexing again
/// and renames, and never written into the reports folder.
@Suite struct ReadingMarksTests {
    let corpus: FixtureCorpus
    let marks: MarksDatabase

    init() throws {
        corpus = try FixtureCorpus()
        try corpus.write("geneva.json", Reports.article("Geneva summit", date: "2024-06-03", ["Amara Okafor spoke."], naming: []))
        try corpus.write("drought.json", Reports.article("Drought deepens", date: "2024-05-28", ["The lake shrank."], naming: []))
        marks = try MarksDatabase(path: corpus.root + "/state/byline/marks.sqlite")
    }

    private func indexed() throws -> IndexStore {
        let database = try corpus.openDatabase()
        try corpus.index(database)
        return corpus.store(database)
    }

    private func id(_ file: String) -> String { ArticleID.make(relativePath: file) }

    @Test func marksAreReadBackByReportID() throws {
        let store = try indexed()
        try marks.setMarks(ReportMarks(read: true, starred: true, note: "call the rapporteur"), id: id("geneva.json"), in: store, now: 1)
        #expect(try marks.marks(in: store) == [id("geneva.json"): ReportMarks(read: true, starred: true, note: "call the rapporteur")])
        // Clearing every mark removes the record.
        try marks.setMarks(ReportMarks(), id: id("geneva.json"), in: store, now: 2)
        #expect(try marks.records().isEmpty)
    }

    @Test func marksSurviveDeletingTheIndexAndIndexingAgain() throws {
        var store = try indexed()
        try marks.setMarks(ReportMarks(starred: true), id: id("drought.json"), in: store, now: 1)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: corpus.indexPath + suffix) }
        store = try indexed()
        #expect(try marks.marks(in: store) == [id("drought.json"): ReportMarks(starred: true)])
    }

    @Test func aRenamedReportKeepsItsMarksUnderItsNewName() throws {
        var store = try indexed()
        try marks.setMarks(ReportMarks(read: true, note: "follow up"), id: id("geneva.json"), in: store, now: 1)
        try corpus.move("geneva.json", to: "2024/geneva-summit.json")
        store = try indexed()
        let now = try marks.marks(in: store)
        #expect(now == [id("2024/geneva-summit.json"): ReportMarks(read: true, note: "follow up")])
        // The record follows the new name, so the next read needs no search.
        #expect(try marks.records().map(\.reportID) == [id("2024/geneva-summit.json")])
    }

    @Test func anEditedReportKeepsItsMarksInItsPlace() throws {
        var store = try indexed()
        try marks.setMarks(ReportMarks(starred: true), id: id("drought.json"), in: store, now: 1)
        try corpus.write("drought.json", Reports.article("Drought deepens further", date: "2024-05-29", ["The lake shrank again."], naming: []))
        store = try indexed()
        #expect(try marks.marks(in: store) == [id("drought.json"): ReportMarks(starred: true)])
    }

    @Test func aRemovedReportDropsOutButItsMarksComeBackWithIt() throws {
        var store = try indexed()
        try marks.setMarks(ReportMarks(starred: true), id: id("geneva.json"), in: store, now: 1)
        let saved = try Data(contentsOf: URL(fileURLWithPath: corpus.folder + "/geneva.json"))
        try corpus.remove("geneva.json")
        store = try indexed()
        #expect(try marks.marks(in: store).isEmpty)
        try corpus.write("geneva.json", data: saved)
        store = try indexed()
        #expect(try marks.marks(in: store) == [id("geneva.json"): ReportMarks(starred: true)])
    }

    @Test func nothingIsWrittenIntoTheReportsFolder() throws {
        let store = try indexed()
        try marks.setMarks(ReportMarks(read: true), id: id("geneva.json"), in: store, now: 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.folder).sorted() == ["drought.json", "geneva.json"])
        #expect(MarksDatabase.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/byline/marks.sqlite")
        #expect(MarksDatabase.defaultPath(environment: ["HOME": "/home/u", "XDG_STATE_HOME": "/s"]) == "/s/byline/marks.sqlite")
    }
}
