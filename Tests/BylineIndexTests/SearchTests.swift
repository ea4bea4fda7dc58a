import BylineCore
import BylineTestSupport
import CorpusGenerator
import Foundation
import GRDB
import Testing
@testable import BylineIndex

@Suite struct SearchTests {
    let corpus: FixtureCorpus
    let store: IndexStore

    init() throws {
        (corpus, _, store) = try SampleReports.indexed()
    }

    func ids(_ query: String) throws -> [String] {
        try store.search(query, limit: 10).hits.map(\.id)
    }

    @Test func everyWordMustMatchIgnoringCaseAndAccents() throws {
        #expect(Set(try ids("WATER rights")) == ["2023/geneva-summit", "2024/balkhash-drought"])
        #expect(try ids("valparaiso wages") == ["2024/valparaiso-strike"])
        #expect(try ids("VALPARAÍSO pacific") == ["rotterdam-delays"])
    }

    @Test func aPhraseMatchesOnlyWordsInThatOrder() throws {
        #expect(try ids(#""water rights""#).count == 2)
        #expect(try ids(#""rights water""#).isEmpty)
        #expect(try ids(#""the strike in valparaiso""#) == ["rotterdam-delays"])
    }

    @Test func aPrefixMatchesTheStartOfWords() throws {
        #expect(Set(try ids("desal*")) == ["2024/desalination-plant", "2023/geneva-summit"])
        #expect(try ids("desal").isEmpty)
    }

    @Test func orMatchesEitherWord() throws {
        #expect(Set(try ids("harvest OR cranes")) == ["2024/balkhash-drought", "2022/lagos-cranes"])
    }

    @Test func excludedWordsRemoveReports() throws {
        #expect(try ids("water -drought").isEmpty)
        #expect(try ids("strike -wages") == ["rotterdam-delays"])
        #expect(try ids("strike NOT wages") == ["rotterdam-delays"])
        #expect(try ids(#"strike -"until wages""#) == ["rotterdam-delays"])
    }

    @Test func onlyExclusionsListEveryOtherReportNewestFirst() throws {
        let results = try store.search("-water -strike", limit: 10)
        #expect(results.hits.map(\.id) == ["2024/desalination-plant", "2022/lagos-cranes"])
        #expect(results.hits[0].snippet == MarkedText(text: "The council voted for the project after a long debate about costs."))
        #expect(results.hits[0].score == 0)
    }

    @Test func aTitleMatchRanksAboveABodyMatch() throws {
        let hits = try store.search("desalination", limit: 10).hits
        #expect(hits.map(\.id) == ["2024/desalination-plant", "2023/geneva-summit"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test func theSnippetMarksTheMatchesInTheBody() throws {
        let hit = try #require(try store.search("wages", limit: 1).hits.first)
        // The snippet may run across blocks; the line break between them becomes a space.
        #expect(hit.snippet.rendered() == "…Ships wait Peña Álvarez said the strike would last until [wages] were raised.")
        #expect(hit.firstMatchBlock == 2)
        #expect(hit.title == "Dockworkers strike in Valparaíso")
        #expect(hit.date == ArticleDate(year: 2024, month: 6, day: 3))
        #expect(hit.path == corpus.folder + "/2024/valparaiso-strike.txt")
    }

    @Test func aMatchInTheTitleOnlyShowsTheTitleMarked() throws {
        let results = try store.search("desalination plant", limit: 10)
        let hit = try #require(results.hits.first)
        #expect(results.total == 1)
        #expect(hit.snippet.rendered() == "[Desalination] [plant] approved")
        #expect(hit.firstMatchBlock == nil)
    }

    @Test func theTotalCountsAllMatchesBeyondTheLimit() throws {
        let results = try store.search("said", limit: 2)
        #expect(results.total == 5)
        #expect(results.hits.count == 2)
        #expect(try store.search("said", limit: 0).total == 5)
    }

    @Test func personFilterMatchesNameAliasOrSurnameIgnoringAccents() throws {
        #expect(Set(try ids("person:\"Amara Okafor\"")) == ["2024/balkhash-drought", "2023/geneva-summit"])
        #expect(try ids(#"person:"pena alvarez""#) == ["2024/valparaiso-strike"])
        #expect(try ids("person:ÁLVAREZ") == ["2024/valparaiso-strike"])
        #expect(try ids("water person:Volkov") == ["2024/balkhash-drought"])
        // "Okafor" is an alias of two people: reports naming either match.
        #expect(Set(try ids("person:Okafor")) == ["2024/balkhash-drought", "2023/geneva-summit", "2022/lagos-cranes"])
    }

    @Test func placeAndOrgFiltersMatchTheirKindOnly() throws {
        #expect(Set(try ids("place:valparaiso")) == ["2024/valparaiso-strike", "rotterdam-delays"])
        #expect(Set(try ids(#"org:"gulf meridian lines" -place:rotterdam"#)) == ["2024/valparaiso-strike"])
        let results = try store.search("person:Rotterdam", limit: 10)
        #expect(results.hits.isEmpty)
        #expect(results.hint == #"No person named "Rotterdam" in the index."#)
    }

    @Test func dateFiltersAreHalfOpenAndLeaveOutUndatedReports() throws {
        #expect(try ids("after:2024 before:2024-06") == ["2024/balkhash-drought", "2024/desalination-plant"])
        #expect(try ids("said after:2024-06-03") == ["2024/valparaiso-strike"])
        #expect(Set(try ids("said before:2024-06-03")) == ["2024/balkhash-drought", "2023/geneva-summit", "2022/lagos-cranes"])
        let crossed = try store.search("said after:2025 before:2024", limit: 10)
        #expect(crossed.total == 0)
        #expect(crossed.hint == "after:2025-01-01 is not earlier than before:2024-01-01, so no report can match.")
    }

    @Test(arguments: [
        #"water "rights"#, #""""#, "OR", "NOT", "-", "*", "water OR", "AND AND", "(", ")", "{", "^", ":", "title:water",
        "NEAR(water rights)", #"water" rights""#, "\u{0}", "person:\"", "after:", "-person:", "💧", "'", "--water", "water*rights",
    ])
    func anyInputGivesResultsOrAHintAndNeverAnSQLiteError(query: String) throws {
        let results = try store.search(query, limit: 10)
        #expect(results.query == query)
        #expect(results.total >= results.hits.count)
    }

    @Test func anEmptyQueryAsksForWords() throws {
        let results = try store.search("  ", limit: 10)
        #expect(results.total == 0)
        #expect(results.hint == "Type words to search for, as in: water rights -drought")
    }

    @Test func anUnclosedQuoteSearchesThePhraseWithAHint() throws {
        let results = try store.search(#""water rights"#, limit: 10)
        #expect(results.total == 2)
        #expect(results.hint == #"The closing quote was missing; searched for the phrase "water rights"."#)
    }
}

/// Ranking over every match on a generated corpus of 5,200 real-text-like reports: the hits
/// are FTS5's own `bm25()` order with the title weighted as the index weighs it, however many
/// reports match.
@Suite(.serialized) struct ExactRankingTests {
    static let corpus = Result { try GeneratedIndex(reports: 5_200) }

    final class GeneratedIndex: Sendable {
        let root = NSTemporaryDirectory() + "byline-ranking-" + UUID().uuidString
        let database: IndexDatabase
        let store: IndexStore

        init(reports: Int) throws {
            let folder = root + "/reports"
            try CorpusGenerator(seed: 21, markdownShare: 0).write(count: reports, to: folder)
            database = try IndexDatabase(path: root + "/index.sqlite")
            // Title and paragraphs as the generator wrote them; entity recognition has no part
            // in ranking and would make the test slow.
            let loader = ReportLoader { data, file, path in
                let parts = String(decoding: data, as: UTF8.self).components(separatedBy: "\n\n")
                let title = parts[0].split(separator: "\n").last.map(String.init) ?? ""
                let blocks = parts.dropFirst().map { Block(kind: .paragraph, text: $0) }
                return .init(articles: [Article(id: ArticleID.make(relativePath: file.relativePath), path: path, format: .text,
                                                title: title, blocks: Array(blocks))])
            }
            _ = try Indexer(database: database, corpus: folder, loader: loader).update()
            store = IndexStore(database: database, corpus: folder)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        /// The best `limit` by FTS5's `bm25()` itself: (report id, score as Byline shows it).
        func rawTop(_ match: String, limit: Int) throws -> [(String, Double)] {
            try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.key, -bm25(articleText, \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight)) AS score
                    FROM articleText JOIN article a ON a.id = articleText.rowid
                    WHERE articleText MATCH ? ORDER BY score DESC LIMIT ?
                    """, arguments: [match, limit]).map { ($0[0], $0[1]) }
            }
        }
    }

    /// Equal scores in the same order, and the same reports wherever the score is not tied
    /// with the last one shown.
    func expectSameRanking(_ query: String, match: String, limit: Int = 10) throws {
        let index = try Self.corpus.get()
        let results = try index.store.search(query, limit: limit)
        let raw = try index.rawTop(match, limit: limit)
        #expect(results.hits.count == raw.count)
        for (hit, expected) in zip(results.hits, raw) {
            #expect(abs(hit.score - expected.1) <= 1e-9 * max(1, abs(expected.1)), "\(query): \(hit.id) scored \(hit.score), raw \(expected.1)")
        }
        let cut = raw.last?.1 ?? 0
        let sure = { (pairs: [(String, Double)]) in Set(pairs.filter { $0.1 > cut + 1e-9 }.map(\.0)) }
        #expect(sure(results.hits.map { ($0.id, $0.score) }) == sure(raw), "\(query)")
    }

    @Test func aWordInNearlyEveryReportIsRankedOverAllOfThem() throws {
        let index = try Self.corpus.get()
        let total = try index.store.search("said", limit: 10).total
        #expect(total > 5_000)
        try expectSameRanking("said", match: "said")
        try expectSameRanking("the", match: "the")
    }

    @Test func twoCommonWordsAndAnOrAreRankedOverEveryMatch() throws {
        let index = try Self.corpus.get()
        #expect(try index.store.search("the said", limit: 0).total > 5_000)
        try expectSameRanking("the said", match: "the AND said")
        try expectSameRanking("government OR the", match: "government OR the", limit: 25)
    }

    @Test func theBestOfTopRankAreTheBestOfBM25WithItsScoresToTheLastBit() throws {
        let index = try Self.corpus.get()
        let bm25 = "bm25(articleText, \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight))"
        try index.database.read { db in
            for match in ["the", "said", "the AND said", "government OR the", "gov*", "\"the government\"", "the NOT said", "water", "title : the"] {
                for limit in [1, 10, 25, 300] {
                    let ranked = try Row.fetchAll(db, sql: """
                        SELECT rowid, rank, \(bm25) FROM articleText WHERE articleText MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?
                        """, arguments: [match, TopRank.rankMatch(limit: limit), limit])
                    let raw = try Row.fetchAll(db, sql: "SELECT rowid, \(bm25) AS score FROM articleText WHERE articleText MATCH ? ORDER BY score LIMIT ?",
                                               arguments: [match, limit])
                    #expect(ranked.count == raw.count, "\(match)")
                    // Each score is the report's own bm25(), and they are bm25()'s best in order.
                    #expect(ranked.allSatisfy { ($0[1] as Double) == ($0[2] as Double) }, "\(match) \(limit)")
                    #expect(ranked.map { $0[1] as Double } == raw.map { $0[1] as Double }, "\(match) \(limit)")
                    let cut = raw.last.map { $0[1] as Double } ?? 0
                    let sure = { (rows: [Row]) in Set(rows.filter { ($0[1] as Double) < cut }.map { $0[0] as Int64 }) }
                    #expect(sure(ranked) == sure(raw), "\(match) \(limit)")
                }
            }
        }
    }

    @Test func topRanksBestCountsEveryMatchAndKeepsTheBestOfBM25() throws {
        let index = try Self.corpus.get()
        let bm25 = "bm25(articleText, \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight))"
        try index.database.read { db in
            for match in ["the", "said", "the AND said", "government OR the", "gov*", "\"the government\"", "the NOT said", "water", "title : the", "zzzz"] {
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM articleText WHERE articleText MATCH ?", arguments: [match])
                for limit in [1, 10, 300] {
                    let best = try TopRank.best(match: match, limit: limit, in: db)
                    let raw = try Row.fetchAll(db, sql: "SELECT rowid, \(bm25) AS score FROM articleText WHERE articleText MATCH ? ORDER BY score, rowid LIMIT ?",
                                               arguments: [match, limit])
                    #expect(best.total == count, "\(match)")
                    #expect(best.hits.map(\.rank) == raw.map { $0[1] as Double }, "\(match) \(limit)")
                    #expect(best.hits.map(\.rowid) == raw.map { $0[0] as Int64 }, "\(match) \(limit)")
                }
            }
        }
    }

    @Test func topRankLeavesMostMatchesOfACommonWordUnscored() throws {
        let index = try Self.corpus.get()
        let ranks = try index.database.read { db in
            try Double.fetchAll(db, sql: "SELECT rank FROM articleText WHERE articleText MATCH 'the' AND rank MATCH ?",
                                arguments: [TopRank.rankMatch(limit: 10)])
        }
        #expect(ranks.count > 5_000)
        #expect(ranks.filter { $0 == 1 }.count * 2 > ranks.count)
    }

    @Test func noHintSaysTheRankingWasCut() throws {
        let index = try Self.corpus.get()
        #expect(try index.store.search("the", limit: 10).hint == nil)
    }
}
