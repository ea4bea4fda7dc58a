import BylineCore
import Foundation
import Testing
@testable import BylineIndex

@Suite struct SearchTests {
    let corpus: FixtureCorpus
    let store: IndexStore

    init() throws {
        let (corpus, _, store) = try SampleReports.indexed()
        self.corpus = corpus
        self.store = store
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
        // The snippet may run across blocks; the blank line between them becomes a space.
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

@Suite struct RankingWindowTests {
    /// Eight reports say "harbour": r1 most often, r2 in its title.
    func corpus() throws -> (FixtureCorpus, IndexDatabase) {
        let corpus = try FixtureCorpus()
        for n in 0..<8 {
            let title = n == 2 ? "Harbour report" : "Report \(n)"
            let extra = n == 1 ? " harbour harbour harbour harbour" : ""
            try corpus.write("r\(n).txt", Reports.article(title, date: "2024-01-0\(n + 1)", ["The harbour was quiet." + extra]))
        }
        let database = try corpus.openDatabase()
        try corpus.index(database)
        return (corpus, database)
    }

    @Test func belowTheLimitEveryMatchIsRanked() throws {
        let (corpus, database) = try corpus()
        let all = try corpus.store(database).search("harbour", limit: 10)
        #expect(all.hits.map(\.id).prefix(2) == ["r2", "r1"])
        #expect(all.hits.count == 8)
        #expect(all.hint == nil)
    }

    @Test func aboveTheLimitTitleMatchesComeFirstThenTheLastIndexed() throws {
        let (corpus, database) = try corpus()
        let limited = IndexStore(database: database, corpus: corpus.folder, rankingLimit: 5, rankingWindow: 3)
        let results = try limited.search("harbour", limit: 10)
        #expect(results.total == 8)
        // r2 has the word in its title; then r5 to r7, the three indexed last, not r1.
        #expect(results.hits.map(\.id).first == "r2")
        #expect(Set(results.hits.map(\.id).dropFirst()) == ["r5", "r6", "r7"])
        #expect(results.hint == "8 reports match: those with a word in the title come first, then the best of the 3 indexed last. Add words to narrow the search.")
        let scores = results.hits.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }
}
