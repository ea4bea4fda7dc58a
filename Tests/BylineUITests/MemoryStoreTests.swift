import BylineCore
import Testing
@testable import BylineUI

@Suite struct MemoryStoreTests {
    let store = Fixtures.store()

    @Test func summariesAreNewestFirstWithTheirPeopleCounted() throws {
        let s = try store.summaries()
        #expect(s.map(\.id) == ["geneva-summit", "balkhash-drought", "rotterdam-study", "tokyo-talks"])
        #expect(s.map(\.personCount) == [2, 2, 2, 2])
    }

    @Test func searchRanksReportsAndMarksTheMatchesInASnippet() throws {
        let results = try store.search("okafor", limit: 10)
        #expect(results.total == 2)
        #expect(results.hits.map(\.id) == ["geneva-summit", "balkhash-drought"])
        #expect(results.hits[0].snippet.rendered() ==
            "UN Special Rapporteur Amara [Okafor] told the Geneva water summit that Lake Balkhash was shrinking faster than forecast.")
        #expect(results.hits[0].firstMatchBlock == 0)
        #expect(results.hits[1].firstMatchBlock == 1)
    }

    @Test(arguments: [
        ("\"Amara Okafor\"", ["geneva-summit", "balkhash-drought"]),
        ("summ*", ["geneva-summit", "tokyo-talks"]),     // summit, summer
        ("summ", []),
        ("balkhash -drought", ["geneva-summit"]),
        ("BALKHASH AND drought", ["balkhash-drought"]),
        ("東京", ["tokyo-talks"]),
        ("rotterdam delft", ["rotterdam-study"]),
    ])
    func searchUnderstandsPhrasesPrefixesAndExclusions(query: String, ids: [String]) throws {
        #expect(Set(try store.search(query, limit: 10).hits.map(\.id)) == Set(ids))
    }

    @Test func anEmptyQueryFindsNothing() throws {
        #expect(try store.search("  ", limit: 10) == SearchResults(query: "  ", total: 0, hits: []))
    }

    @Test func anEntityPageGathersNamesRolesAndEachMentionWithItsSentence() throws {
        let page = try #require(try store.entityPage(key: "dmitri-volkov"))
        #expect(page.name == "Dmitri Volkov")
        #expect(page.aliases == ["Volkov"])
        #expect(page.roles == ["Energy Minister"])
        #expect(page.articles.map(\.id) == ["geneva-summit", "balkhash-drought"])
        let geneva = page.articles[0].mentions
        #expect(geneva.map(\.sentence) == [
            "Energy Minister Dmitri Volkov promised new limits on water use.",
            "Volkov said Almaty would share its river data with the International Water Council before the next session.",
        ])
        #expect(geneva[0].start == 16 && geneva[0].end == 29)
        #expect(try store.entityPage(key: "nobody") == nil)
    }

    @Test func aSentenceEndsAfterItsClosingQuote() {
        let text = "Farmers waited. “We cannot wait for the lake to vanish,” Okafor said. Volkov left."
        let okafor = Array(text.unicodeScalars).firstIndex(of: "O")!
        let s = SentenceFinder.sentence(in: text, around: okafor..<(okafor + 6))
        #expect(s.sentence == "“We cannot wait for the lake to vanish,” Okafor said.")
        #expect(s.start == 41 && s.end == 47)
    }

    @Test func aLongSentenceIsCutAroundTheMention() {
        let text = String(repeating: "word ", count: 100) + "Okafor " + String(repeating: "more ", count: 100) + "end."
        let at = 500
        let s = SentenceFinder.sentence(in: text, around: at..<(at + 6), maxLength: 40)
        #expect(s.sentence.hasPrefix("…") && s.sentence.hasSuffix("…"))
        let scalars = Array(s.sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == "Okafor")
    }

    @Test func namesAreLookedUpBySurnameAliasAndScript() throws {
        #expect(try store.lookupEntities(name: "okafor").map(\.key) == ["amara-okafor"])
        #expect(try store.lookupEntities(name: "渡辺健二").map(\.key) == ["kenji-watanabe"])
        #expect(try store.lookupEntities(name: "Sofia Lindqvist").map(\.key) == ["sofia-lindqvist"])
        #expect(try store.lookupEntities(name: "Peña").isEmpty)
    }

    @Test func entitiesOfAKindAreMostMentionedFirst() throws {
        #expect(try store.entities(kind: .place, limit: 3).map(\.name) == ["Lake Balkhash", "Almaty", "Geneva"])
        #expect(try store.entities(kind: .organisation, limit: 10).map(\.articles) == [1])
    }

    @Test func anUnknownReportIdSaysWhatToDo() {
        #expect(throws: StoreError.self) { try store.article(id: "gone") }
    }
}

@Suite struct QueryTermsTests {
    @Test func queriesSplitIntoWordsPhrasesPrefixesAndExclusions() {
        let q = QueryTerms("\"Amara Okafor\" water -drought summ* AND")
        #expect(q.required.map(\.text) == ["Amara Okafor", "water", "summ"])
        #expect(q.required.map(\.isPrefix) == [false, false, true])
        #expect(q.excluded.map(\.text) == ["drought"])
    }

    @Test func anUnclosedQuoteRunsToTheEnd() {
        #expect(QueryTerms("\"Lake Balkhash").required.map(\.text) == ["Lake Balkhash"])
    }
}
