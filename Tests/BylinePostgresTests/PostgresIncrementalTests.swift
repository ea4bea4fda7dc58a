import BylineCore
import BylineIndex
import Foundation
import Testing
@testable import BylinePostgres

@Suite(.enabled(if: PostgresTestServer.available, "needs a throwaway PostgreSQL server (scripts/postgres-throwaway.sh start)"))
struct PostgresIncrementalTests {
    func counts(_ s: IndexSummary) -> [String: Int] {
        ["added": s.added, "updated": s.updated, "removed": s.removed, "skipped": s.skipped, "unchanged": s.unchanged, "reports": s.reports]
    }

    @Test func onlyNewChangedAndRemovedFilesAreReadAgain() throws {
        let corpus = try ServerCorpus()
        #expect(counts(try corpus.index()) == ["added": 24, "updated": 0, "removed": 0, "skipped": 0, "unchanged": 0, "reports": 27])
        #expect(counts(try corpus.index()) == ["added": 0, "updated": 0, "removed": 0, "skipped": 0, "unchanged": 24, "reports": 27])

        try corpus.write("2024-06-03-delft-sea-level-study.txt", "June 4, 2024\n\nDelft study revised\n\nResearcher Pieter Zwart said the sea rose faster.\n")
        try FileManager.default.removeItem(atPath: corpus.folder + "/2024-06-07-rotterdam-ships-backlog.txt")
        try corpus.write("new-report.txt", "June 5, 2024\n\nA new report\n\nMinister Dmitri Volkov visited Almaty on Monday.\n")
        #expect(counts(try corpus.index()) == ["added": 1, "updated": 1, "removed": 1, "skipped": 0, "unchanged": 22, "reports": 27])

        let store = try corpus.store()
        #expect(try store.article(id: "2024-06-03-delft-sea-level-study").title == "Delft study revised")
        #expect(try store.search("backlog", limit: 10).hits.allSatisfy { $0.id != "2024-06-07-rotterdam-ships-backlog" })
        #expect(try store.lookupEntities(name: "Pieter Zwart").map(\.articles) == [1])
    }

    @Test func aReportReadBackHasItsBlocksEntitiesAndQuotesAsIndexed() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let sqlite = try corpus.sqliteStore()
        let store = try corpus.store()
        for summary in try sqlite.summaries() {
            #expect(try store.article(id: summary.id) == sqlite.article(id: summary.id))
        }
        #expect(try store.summaries() == sqlite.summaries())
        #expect(try store.summaries(in: 5..<9) == sqlite.summaries(in: 5..<9))
    }

    @Test func aFileThatGivesNoReportIsSkippedWithItsWarning() throws {
        let corpus = try ServerCorpus()
        try Data([0, 1, 2, 255, 0]).write(to: URL(fileURLWithPath: corpus.folder + "/binary.txt"))
        let summary = try corpus.index()
        #expect(summary.skipped == 1)
        #expect(summary.warnings.contains { $0.hasPrefix("binary.txt") })
        #expect(try corpus.index().warnings == summary.warnings)
    }
}
