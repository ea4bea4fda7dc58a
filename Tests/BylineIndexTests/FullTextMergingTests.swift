import BylineTestSupport
import GRDB
import Testing
@testable import BylineIndex

@Suite struct FullTextMergingTests {
    let corpus: FixtureCorpus
    let database: IndexDatabase

    init() throws {
        (corpus, database) = try SampleReports.written()
    }

    /// FTS5's stored merge settings, by name.
    func settings() throws -> [String: Int] {
        try database.read { db in
            var found: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT k, v FROM articleText_config WHERE k IN ('automerge', 'crisismerge')") {
                found[row[0]] = row[1]
            }
            return found
        }
    }

    @Test func deferringMergesStoresFTS5sSettingsAndMergingAsItGoesRestoresItsDefaults() throws {
        try database.write { try FullTextMerging.set(.deferred, in: $0) }
        #expect(try settings() == ["automerge": 0, "crisismerge": 64])
        #expect(try database.read(FullTextMerging.current) == .deferred)
        try database.write { try FullTextMerging.set(.asItGoes, in: $0) }
        #expect(try settings() == ["automerge": 4, "crisismerge": 16])
        #expect(try database.read(FullTextMerging.current) == .asItGoes)
    }

    @Test func aNewIndexMergesAsItGoesWithoutStoringAnything() throws {
        #expect(try settings() == [:])
        #expect(try database.read(FullTextMerging.current) == .asItGoes)
    }

    @Test func aRunAfterOneKilledWhileMergesWereDeferredMergesAsItGoesAgain() throws {
        try corpus.index(database)
        // What a large run leaves when it is killed before its end.
        try database.write { try FullTextMerging.set(.deferred, in: $0) }
        try corpus.write("2024/late-report.txt", Reports.article("A late report", date: "2024-05-01", ["The gannet colony returned on Monday."]))
        let summary = try corpus.index(database)
        #expect(summary.added == 1)
        #expect(try settings() == ["automerge": 4, "crisismerge": 16])
        #expect(try corpus.store(database).search("gannet", limit: 5).total == 1)
    }
}
