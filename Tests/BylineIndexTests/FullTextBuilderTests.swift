import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// A large first run builds the full-text index on a thread of its own and moves it in at the
/// end (`FullTextBuilder`); these tests lower the threshold to the bundled articles' size.
@Suite struct FullTextBuilderTests {
    /// The bundled articles copied into a fixture folder.
    static func copyOfTheBundledArticles() throws -> FixtureCorpus {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Articles").path
        let corpus = try FixtureCorpus()
        try FileManager.default.removeItem(atPath: corpus.folder)
        try FileManager.default.copyItem(atPath: articles, toPath: corpus.folder)
        return corpus
    }

    /// Indexes with the standard loader, building the full text alongside from `separateFrom` files.
    @discardableResult
    static func index(_ corpus: FixtureCorpus, into database: IndexDatabase, separateFrom: Int,
                      memory: Int = FullTextBuilder.pendingIndexBytes, shouldStop: () -> Bool = { false }) throws -> IndexSummary {
        var indexer = Indexer(database: database, corpus: corpus.folder)
        indexer.fullTextMemory = memory
        indexer.batchSize = 3
        indexer.commitInterval = 0
        indexer.firstRunCommitInterval = 0
        indexer.separateFullTextFrom = separateFrom
        return try indexer.update(shouldStop: shouldStop)
    }

    /// Everything the full-text index holds, as text: each term's every occurrence (report,
    /// column, offset), each report's column sizes and the corpus totals BM25 reads.
    static func fullTextContent(_ database: IndexDatabase) throws -> [String] {
        try database.read { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.occurrences USING fts5vocab(main, 'articleText', 'instance')")
            var rows = try String.fetchAll(db, sql: "SELECT term || ' ' || doc || ' ' || col || ' ' || offset FROM temp.occurrences ORDER BY term, doc, col, offset")
            rows += try String.fetchAll(db, sql: "SELECT 'size ' || id || ' ' || hex(sz) FROM articleText_docsize ORDER BY id")
            rows += try String.fetchAll(db, sql: "SELECT 'totals ' || hex(block) FROM articleText_data WHERE id = 1")
            return rows
        }
    }

    static func hits(_ corpus: FixtureCorpus, _ database: IndexDatabase, _ query: String) throws -> [String] {
        try corpus.store(database).search(query, limit: 50).hits.map { "\($0.id) \($0.score)" }
    }

    /// FTS5's own check of its index against the stored reports; throws when they differ.
    static func checkFullText(_ database: IndexDatabase) throws {
        try database.write { try $0.execute(sql: "INSERT INTO articleText(articleText, rank) VALUES ('integrity-check', 1)") }
    }

    @Test func aFirstRunBuildingTheFullTextAlongsideFindsWhatBatchByBatchIndexingFinds() throws {
        let alongside = try Self.copyOfTheBundledArticles(), inBatches = try Self.copyOfTheBundledArticles()
        let separate = try alongside.openDatabase(), batched = try inBatches.openDatabase()
        let summary = try Self.index(alongside, into: separate, separateFrom: 1)
        try Self.index(inBatches, into: batched, separateFrom: .max)
        #expect(summary.reports == 27)

        let content = try Self.fullTextContent(separate)
        #expect(content.count > 10_000)
        #expect(content == (try Self.fullTextContent(batched)))
        try Self.checkFullText(separate)
        for query in ["balkhash", "water rights", "okafor OR strike", "\"port of rotterdam\"", "herd*"] {
            let found = try Self.hits(alongside, separate, query)
            #expect(!found.isEmpty, "\(query)")
            #expect(found == (try Self.hits(inBatches, batched, query)), "\(query)")
        }
        #expect(try separate.read(FullTextBuilder.isPending) == false)
        #expect(!FileManager.default.fileExists(atPath: alongside.indexPath + ".fulltext"))
        // Both list every stem of the full text, for "did you mean".
        let stems = try Self.stems(separate)
        #expect(stems.count > 1_000)
        #expect(stems == (try Self.stems(batched)))
        #expect(stems == (try separate.read { try String.fetchAll($0, sql: "SELECT term FROM articleVocab ORDER BY term") }))
        #expect(try separate.read(StemList.isFilled))
        // The co-occurrence counts, written at the run's end, are those of its reports.
        #expect(try separate.read(CoOccurrence.stored) == (try separate.read(CoOccurrence.computed)))
        #expect(try separate.read(CoOccurrence.stored) == (try batched.read(CoOccurrence.stored)))
    }

    /// A folder whose full text outgrows the memory the run may hold it in gets a segment each
    /// time that fills (the bundled articles' index is 45 KB: 16 KB gives 14 segments); they
    /// are merged into one at the end, holding what indexing batch by batch holds.
    @Test func aFirstRunWhoseFullTextOutgrowsItsMemoryMergesItsSegmentsIntoOne() throws {
        let small = try Self.copyOfTheBundledArticles(), inBatches = try Self.copyOfTheBundledArticles()
        let separate = try small.openDatabase(), batched = try inBatches.openDatabase()
        try Self.index(small, into: separate, separateFrom: 1, memory: 16 << 10)
        try Self.index(inBatches, into: batched, separateFrom: .max)
        #expect(try Self.fullTextContent(separate) == (try Self.fullTextContent(batched)))
        try Self.checkFullText(separate)
        #expect(try Self.stems(separate) == (try Self.stems(batched)))
        #expect(try separate.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT segid) FROM articleText_idx") } == 1)
    }

    static func stems(_ database: IndexDatabase) throws -> [String] {
        try database.read { try String.fetchAll($0, sql: "SELECT term FROM stem ORDER BY term") }
    }

    @Test func aRunStoppedEarlyStillSearchesTheReportsItStored() throws {
        let corpus = try Self.copyOfTheBundledArticles()
        let database = try corpus.openDatabase()
        var batches = 0
        let summary = try Self.index(corpus, into: database, separateFrom: 1) {
            batches += 1
            return batches > 2
        }
        #expect(summary.stopped)
        let stored = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
        #expect(stored == 6)
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articleText_docsize") } == stored)
        try Self.checkFullText(database)

        // The next run is not a first run: it adds the rest batch by batch.
        try Self.index(corpus, into: database, separateFrom: 1)
        try Self.checkFullText(database)
        let inOneRun = try Self.copyOfTheBundledArticles()
        let whole = try inOneRun.openDatabase()
        try Self.index(inOneRun, into: whole, separateFrom: .max)
        #expect(try Self.fullTextContent(database) == (try Self.fullTextContent(whole)))
    }

    @Test func aRunKilledBeforeMovingTheFullTextInLeavesTheNextRunToRebuildIt() throws {
        let corpus = try Self.copyOfTheBundledArticles()
        let database = try corpus.openDatabase()
        try Self.index(corpus, into: database, separateFrom: .max)
        let wanted = try Self.fullTextContent(database)
        // What a run killed while building the full text elsewhere leaves: reports stored,
        // an empty full-text index, no co-occurrence counts, the mark, and the scratch file.
        let counts = try database.read(CoOccurrence.stored)
        try database.write { db in
            try db.execute(sql: "INSERT INTO articleText(articleText) VALUES ('delete-all')")
            try db.execute(sql: "DELETE FROM entityPair; DELETE FROM entityDay")
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, 'building')", arguments: [FullTextBuilder.pendingKey])
        }
        _ = FileManager.default.createFile(atPath: corpus.indexPath + ".fulltext", contents: Data("partial".utf8))
        #expect(try Self.hits(corpus, database, "balkhash").isEmpty)
        // Meanwhile a search says why its words find nothing, instead of an empty answer alone.
        #expect(try corpus.store(database).search("balkhash", limit: 50).hint == FullTextBuilder.pendingNote)

        let summary = try Self.index(corpus, into: database, separateFrom: .max)
        #expect(summary.unchanged == 24)
        #expect(try Self.fullTextContent(database) == wanted)
        #expect(try database.read(CoOccurrence.stored) == counts)
        #expect(!(try Self.hits(corpus, database, "balkhash")).isEmpty)
        #expect(try corpus.store(database).search("balkhash", limit: 50).hint == nil)
        #expect(try database.read(FullTextBuilder.isPending) == false)
        #expect(!FileManager.default.fileExists(atPath: corpus.indexPath + ".fulltext"))
    }
}
