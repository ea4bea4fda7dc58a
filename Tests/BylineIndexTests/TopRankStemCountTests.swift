import BylineCore
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// `TopRank` takes each word's number of reports from the index's stem counts
/// (`TopRank.phraseReports(of:in:)`) instead of counting its matches again as `bm25()` does:
/// the count is the one FTS5 gives, and the ranking is the same to the last bit.
@Suite struct TopRankStemCountTests {
    /// The generated corpus of `ExactRankingTests`: 5,200 reports, words common and rare.
    static var index: ExactRankingTests.GeneratedIndex {
        get throws { try ExactRankingTests.corpus.get() }
    }

    /// Results of `engine` for `query`: the total, then each hit's report and score.
    static func outcome(_ query: String, limit: Int = 10, stemCounts: Bool, paths: ReportPaths, in database: IndexDatabase) throws -> [String] {
        let results = try database.read { db in
            var engine = SearchEngine(paths: paths)
            engine.usesStemCounts = stemCounts
            return try engine.search(query, limit: limit, in: db)
        }
        return ["\(results.total)"] + results.hits.map { "\($0.id) \($0.score.bitPattern)" }
    }

    /// Words as the reports write them: every word of the first `reports` reports.
    static func words(ofFirst reports: Int, in db: Database) throws -> [String] {
        let texts = try String.fetchAll(db, sql: "SELECT title || ' ' || body FROM article ORDER BY id LIMIT ?", arguments: [reports])
        var seen = Set<String>()
        return texts.flatMap { $0.split { !$0.isLetter }.map { String($0) } }.filter { seen.insert($0.lowercased()).inserted }
    }

    @Test func aWordsStemCountIsTheNumberOfReportsFTS5MatchesForIt() throws {
        let index = try Self.index
        try index.database.read { db in
            let words = try Self.words(ofFirst: 300, in: db)
            #expect(words.count > 1_000)
            var common = 0
            for word in words {
                let entry = try #require(try TopRank.phraseReports(of: QueryParser.parse(word), in: db), "\(word)")
                // What `bm25()` counts with `xQueryPhrase`: the reports matching the word alone.
                let matching = try Int.fetchOne(db, sql: "SELECT count(*) FROM articleText WHERE articleText MATCH ?",
                                                arguments: [FTS5Expression.string(SearchQuery.Term(word))]) ?? 0
                #expect(entry == "1:\(matching)", "\(word)")
                if matching > 2_600 { common += 1 }
            }
            #expect(common > 10)
        }
    }

    @Test func whatIsNotOneStemIsLeftToFTS5() throws {
        let index = try Self.index
        try index.database.read { db in
            func entry(_ query: String) throws -> String? { try TopRank.phraseReports(of: QueryParser.parse(query), in: db) }
            let the = try #require(try entry("the"))
            #expect(try entry("gov*") == "1:")
            #expect(try entry(#""the government""#) == "2:")
            #expect(try entry("zzzqqq") == "1:")
            #expect(try entry("the -said")?.hasPrefix(the + " 1:") == true)
            #expect(try entry("government OR the")?.hasSuffix(" " + the) == true)
            // A term with no word in it would be no phrase for FTS5 (the parser leaves such
            // terms out; a query built otherwise may hold one).
            var query = QueryParser.parse("the")
            query.groups.append([SearchQuery.Term("--")])
            #expect(try TopRank.phraseReports(of: query, in: db) == nil)
        }
    }

    @Test(arguments: [
        // Common words, alone, together and with OR (more than 5,000 of 5,200 reports).
        "the", "said", "they", "the said", "said the government", "government OR the", "water the",
        // Rarer words, and a word no report holds.
        "water", "drought", "minister", "zzzqqq the", "the zzzqqq",
        // Exclusions, prefixes, phrases, exact forms and a field the language does not know.
        "the -water", "the NOT government", "the -said", "gov* the", "\"the government\" said", "=said the", "title:the", "the title:water",
    ])
    func rankingWithStemCountsIsRankingWithFTS5sOwnCounts(query: String) throws {
        let index = try Self.index
        let paths = ReportPaths(corpus: index.root + "/reports", corpusIsFile: false)
        for limit in [1, 10, 50] {
            let counted = try Self.outcome(query, limit: limit, stemCounts: true, paths: paths, in: index.database)
            let recounted = try Self.outcome(query, limit: limit, stemCounts: false, paths: paths, in: index.database)
            #expect(counted == recounted, "\(query) \(limit)")
        }
    }

    @Test func topRankWithStemCountsScoresAsWithout() throws {
        let index = try Self.index
        try index.database.read { db in
            for query in ["the", "they said", "water", "government OR the", "the -water", "drought minister"] {
                let parsed = QueryParser.parse(query)
                let match = try #require(FTS5Expression.expression(for: parsed))
                let phrases = try #require(try TopRank.phraseReports(of: parsed, in: db))
                #expect(!phrases.contains(": ") && !phrases.hasSuffix(":"), "\(query): \(phrases)")
                for limit in [1, 10, 300] {
                    let counted = try TopRank.best(match: match, limit: limit, phrases: phrases, in: db)
                    let recounted = try TopRank.best(match: match, limit: limit, in: db)
                    #expect(counted.total == recounted.total && counted.total > 0, "\(query)")
                    #expect(counted.hits.map(\.rowid) == recounted.hits.map(\.rowid), "\(query) \(limit)")
                    #expect(counted.hits.map(\.rank.bitPattern) == recounted.hits.map(\.rank.bitPattern), "\(query) \(limit)")
                }
            }
        }
    }

    @Test func countsThatDoNotFitTheExpressionAreIgnored() throws {
        let index = try Self.index
        try index.database.read { db in
            let recounted = try TopRank.best(match: "the AND said", limit: 10, in: db)
            // Too few phrases, a phrase of the wrong size, a count above the number of reports.
            for phrases in ["1:5", "2:5 1:5", "1:5 1:999999999", "1:x 1:5"] {
                let ranked = try TopRank.best(match: "the AND said", limit: 10, phrases: phrases, in: db)
                #expect(ranked.hits.map(\.rank.bitPattern) == recounted.hits.map(\.rank.bitPattern), "\(phrases)")
            }
            // A count that fits is taken as given.
            let given = try TopRank.best(match: "the AND said", limit: 10, phrases: "1:5 1:5", in: db)
            #expect(given.hits.map(\.rank) != recounted.hits.map(\.rank))
        }
    }

    @Test func filteredSearchesAndIndexesWithoutCountsRankAsBefore() throws {
        let (corpus, database, _) = try SampleReports.indexed()
        let paths = ReportPaths(corpus: corpus.folder, corpusIsFile: false)
        for query in ["water person:Volkov", "said person:Okafor", "the author:Okafor", "water -person:Volkov", "said after:2024", "water rights", "the"] {
            let counted = try Self.outcome(query, stemCounts: true, paths: paths, in: database)
            let recounted = try Self.outcome(query, stemCounts: false, paths: paths, in: database)
            #expect(counted == recounted, "\(query)")
        }
        // An index whose stems are not counted yet (one from an earlier build) leaves every
        // count to FTS5.
        try database.write { try $0.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [StemList.countedKey]) }
        #expect(try database.read { try TopRank.phraseReports(of: QueryParser.parse("water"), in: $0) } == nil)
        #expect(try Self.outcome("water", stemCounts: true, paths: paths, in: database).count > 1)
    }
}
