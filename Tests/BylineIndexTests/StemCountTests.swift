import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// `stem.reports`, the number of reports holding each stem (`StemList`), kept by every batch:
/// after any change it says what `articleVocab` counts from the full-text index itself.
@Suite struct StemCountTests {
    /// Each stem with its count, as `stem` holds them.
    static func counts(_ database: IndexDatabase) throws -> [String] {
        try database.read { try String.fetchAll($0, sql: "SELECT term || ' ' || reports FROM stem ORDER BY term") }
    }

    /// Each stem with its count, as the full-text index counts them.
    static func vocabulary(_ database: IndexDatabase) throws -> [String] {
        try database.read { try String.fetchAll($0, sql: "SELECT term || ' ' || doc FROM articleVocab ORDER BY term") }
    }

    /// Whether every stem is listed under its own length.
    static func lengthsHold(_ database: IndexDatabase) throws -> Bool {
        try database.read { try Bool.fetchOne($0, sql: "SELECT NOT EXISTS (SELECT 1 FROM stem WHERE length != bylineCharacterCount(term))") } ?? false
    }

    static func read(_ corpus: FixtureCorpus, _ file: String) throws -> String {
        try String(contentsOfFile: corpus.folder + "/" + file, encoding: .utf8)
    }

    static func write(_ corpus: FixtureCorpus, _ file: String, _ text: String) throws {
        try corpus.write(file, data: Data(text.utf8))
    }

    @Test func theCountsSayWhatTheFullTextIndexCountsAfterAddsEditsRemovalsAndRenames() throws {
        let corpus = try FullTextBuilderTests.copyOfTheBundledArticles()
        let database = try corpus.openDatabase()
        func check(_ step: String) throws {
            let counts = try Self.counts(database)
            #expect(counts.count > 1_000, "\(step)")
            #expect(counts == (try Self.vocabulary(database)), "\(step)")
            #expect(try Self.lengthsHold(database), "\(step)")
            #expect(try database.read(StemList.isCounted), "\(step)")
        }
        try FullTextBuilderTests.index(corpus, into: database, separateFrom: .max)
        try check("batch by batch")

        let herders = "2024-03-09-balkhash-herders.txt", strike = "2024-06-03-valparaiso-strike-begins.txt"
        // In place: one report gains words no other report holds, another loses most of its own.
        try Self.write(corpus, herders, try Self.read(corpus, herders) + "\n\nZyxwvut quorblings gathered near the quorbling lake.\n")
        let struck = try Self.read(corpus, strike)
        try Self.write(corpus, strike, String(struck.prefix(struck.count / 3)))
        var summary = try FullTextBuilderTests.index(corpus, into: database, separateFrom: .max)
        #expect(summary.updated == 2)
        try check("edited in place")
        #expect(try Self.counts(database).contains("quorbl 1"))

        // Removed, renamed into a new folder, and added (a copy of a report, so every one of its
        // stems counts one report more).
        try corpus.remove("2024-06-10-geneva-summit-opens.txt")
        try corpus.move("2024-06-12-hydrogen-talks-tokyo.txt", to: "asia/hydrogen-talks.txt")
        try Self.write(corpus, "copies/herders-again.txt", try Self.read(corpus, herders))
        summary = try FullTextBuilderTests.index(corpus, into: database, separateFrom: .max)
        #expect(summary.removed == 1 && summary.renamed == 1 && summary.added == 1)
        try check("removed, renamed, added")
        #expect(try Self.counts(database).contains("quorbl 2"))

        // The words only one report held go with it.
        try corpus.remove(herders)
        try corpus.remove("copies/herders-again.txt")
        try FullTextBuilderTests.index(corpus, into: database, separateFrom: .max)
        try check("removed again")
        #expect(!(try Self.counts(database)).contains { $0.hasPrefix("quorbl ") })
    }

    @Test func aFirstRunBuildingTheFullTextAlongsideCountsWhatBatchByBatchIndexingCounts() throws {
        let alongside = try FullTextBuilderTests.copyOfTheBundledArticles(), inBatches = try FullTextBuilderTests.copyOfTheBundledArticles()
        let separate = try alongside.openDatabase(), batched = try inBatches.openDatabase()
        try FullTextBuilderTests.index(alongside, into: separate, separateFrom: 1)
        try FullTextBuilderTests.index(inBatches, into: batched, separateFrom: .max)
        let counts = try Self.counts(separate)
        #expect(counts.count > 1_000)
        #expect(counts == (try Self.counts(batched)))
        #expect(counts == (try Self.vocabulary(separate)))
        #expect(try Self.lengthsHold(separate))
        #expect(try separate.read(StemList.isCounted))
    }

    @Test func anIndexCountedByNoEarlierBuildSuggestsTheSameAndTheNextRunCountsIt() throws {
        let corpus = try FullTextBuilderTests.copyOfTheBundledArticles()
        let database = try corpus.openDatabase()
        try FullTextBuilderTests.index(corpus, into: database, separateFrom: .max)
        let store = corpus.store(database)
        let words = ["balkash", "herdrs", "okafr", "rotterdm", "hydrogn", "delf", "valparaso"]
        func suggestions() throws -> [[SearchSuggestion]] { try words.map { try store.search($0, limit: 10).suggestions } }
        let counted = try suggestions()
        #expect(counted.filter { !$0.isEmpty }.count >= 5)
        // As migration 6 leaves an index made by an earlier build: stems listed, not counted.
        try database.write { db in
            try db.execute(sql: "UPDATE stem SET reports = NULL; DELETE FROM meta WHERE key = ?", arguments: [StemList.countedKey])
        }
        #expect(try suggestions() == counted)
        try corpus.write("2024-03-09-balkhash-herders.txt", data: Data("Herders and rotterdam traders met.\n".utf8))
        try FullTextBuilderTests.index(corpus, into: database, separateFrom: .max)
        #expect(try database.read(StemList.isCounted))
        #expect(try Self.counts(database) == (try Self.vocabulary(database)))
    }
}
