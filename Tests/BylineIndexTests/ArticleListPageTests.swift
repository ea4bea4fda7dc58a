import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// The article list read a page at a time (as the reader does) and through a read-only open.
@Suite struct ArticleListPageTests {
    /// Five dated reports (two on one day) and two undated ones, indexed in file order.
    private static func corpus() throws -> (FixtureCorpus, IndexDatabase) {
        let corpus = try FixtureCorpus()
        let reports = [
            ("a-strike.txt", Reports.article("Dockworkers strike in Valparaíso", date: "2024-06-03", ["The port closed."])),
            ("b-study.txt", Reports.article("Delft study on sea levels", date: "2024-06-03", ["Water rises."])),
            ("c-summit.txt", Reports.article("Geneva water summit opens", date: "2024-06-10", ["Delegates met."])),
            ("d-drought.txt", Reports.article("Drought at Lake Balkhash", date: "2024-05-02", ["Herders moved."])),
            ("e-talks.txt", Reports.article("Hydrogen talks in Tokyo", date: "2024-07-03", ["Talks resumed."])),
            ("f-notes.txt", Reports.article("Notes from Rotterdam", ["No date given."])),
            ("g-letter.txt", Reports.article("A letter from Almaty", ["No date either."])),
        ]
        for (path, article) in reports { try corpus.write(path, article) }
        let database = try corpus.openDatabase()
        try corpus.index(database)
        return (corpus, database)
    }

    @Test func theListIsNewestFirstLastIndexedFirstWithinADayUndatedLast() throws {
        let (corpus, database) = try Self.corpus()
        #expect(try corpus.store(database).summaries().map(\.id) == ["e-talks", "c-summit", "b-study", "a-strike", "d-drought", "g-letter", "f-notes"])
    }

    @Test(arguments: [1, 2, 3, 4, 8])
    func pagesOfAnySizeJoinUpToTheWholeList(size: Int) throws {
        let (corpus, database) = try Self.corpus()
        let store = corpus.store(database)
        var paged: [ArticleSummary] = []
        for start in stride(from: 0, to: 7, by: size) {
            paged += try store.summaries(in: start..<(start + size))
        }
        #expect(paged == (try store.summaries()))
        #expect(try store.summaryCount() == 7)
    }

    @Test func aPageInsideTheUndatedReportsStartsAtTheRightOne() throws {
        let (corpus, database) = try Self.corpus()
        let store = corpus.store(database)
        #expect(try store.summaries(in: 6..<9).map(\.id) == ["f-notes"])
        #expect(try store.summaries(in: 4..<6).map(\.id) == ["d-drought", "g-letter"])
        #expect(try store.summaries(in: 7..<9).isEmpty)
    }

    /// The index read through `open`: the list, a search and a report read as they were
    /// written, and the file byte for byte as it was.
    private func expectReadingWritesNothing(_ open: (String) throws -> IndexDatabase) throws {
        let (corpus, database) = try Self.corpus()
        try database.checkpoint()
        let before = try Data(contentsOf: URL(fileURLWithPath: corpus.indexPath))
        let store = corpus.store(try open(corpus.indexPath))
        #expect(try store.summaries(in: 0..<2).map(\.id) == ["e-talks", "c-summit"])
        #expect(try store.search("strike", limit: 10).hits.map(\.id).contains("a-strike"))
        #expect(try store.article(id: "a-strike").title == "Dockworkers strike in Valparaíso")
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.indexPath)) == before)
    }

    @Test func aReadOnlyOpenReadsTheIndexAndWritesNothing() throws {
        try expectReadingWritesNothing { try IndexDatabase(readingOnly: $0) }
    }

    @Test func aOneShotOpenReadsTheIndexThroughOneConnectionAndWritesNothing() throws {
        try expectReadingWritesNothing { try IndexDatabase(readingOnce: $0) }
    }

    @Test func aOneShotOpenLeavesAMissingOrNewerIndexToTheWritingOpen() throws {
        let corpus = try FixtureCorpus()
        #expect(throws: IndexError.self) { try IndexDatabase(readingOnce: corpus.indexPath) }
        #expect(!FileManager.default.fileExists(atPath: corpus.indexPath))
        _ = try corpus.openDatabase()
        let queue = try DatabaseQueue(path: corpus.indexPath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('99 from the future')") }
        try queue.close()
        #expect(throws: IndexError.self) { try IndexDatabase(readingOnce: corpus.indexPath) }
    }

    @Test func aReadOnlyOpenOfAMissingIndexFails() throws {
        let corpus = try FixtureCorpus()
        #expect(throws: IndexError.self) { try IndexDatabase(readingOnly: corpus.indexPath) }
        #expect(!FileManager.default.fileExists(atPath: corpus.indexPath))
    }
}
