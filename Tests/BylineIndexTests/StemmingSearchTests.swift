import BylineCore
import BylineTestSupport
import Testing
@testable import BylineIndex

/// English stemming with an exact form, "did you mean", the snippets of filter-only queries
/// and `tag:`, on a corpus written around the forms of one word.
@Suite struct StemmingSearchTests {
    static let okafor = Reports.person("Amara Okafor", key: "person:amara-okafor", aliases: ["Okafor"], roles: ["UN Special Rapporteur"])
    static let reports: [(String, Article)] = [
        ("snap-polls.txt", Reports.article("Parliament dissolved", date: "2024-01-10", [
            "The president called early elections for March. Parties have six weeks to register.",
        ], tags: ["Politics", "Kazakhstan"])),
        ("observers.txt", Reports.article("Observers arrive in Almaty", date: "2024-03-01", [
            "Observers landed on Monday.",
            "Amara Okafor watched the election in Almaty. She said the count was fair.",
        ], naming: [okafor], tags: ["politics"])),
        ("council.txt", Reports.article("Farmers choose a council", date: "2024-02-01", [
            "Farmers elected a new council on Tuesday after a dry summer.",
        ], tags: ["Farming"])),
    ]

    let store: IndexStore
    let corpus: FixtureCorpus

    init() throws {
        corpus = try FixtureCorpus()
        for (path, article) in Self.reports { try corpus.write(path, article) }
        let database = try corpus.openDatabase()
        try corpus.index(database)
        store = corpus.store(database)
    }

    func ids(_ query: String) throws -> Set<String> {
        Set(try store.search(query, limit: 10).hits.map(\.id))
    }

    @Test func aWordFindsTheOtherFormsOfItsStem() throws {
        #expect(try ids("election") == ["snap-polls", "observers", "council"])
        #expect(try ids("elections") == ["snap-polls", "observers", "council"])
        #expect(try ids("ELECTED") == ["snap-polls", "observers", "council"])
    }

    @Test func anEqualsSignOrQuotesFindOnlyTheFormAsWritten() throws {
        #expect(try ids("=election") == ["observers"])
        #expect(try ids(#""elections""#) == ["snap-polls"])
        #expect(try ids(#""called early elections""#) == ["snap-polls"])
        #expect(try ids(#""called early election""#).isEmpty)
        #expect(try ids("=elected OR =elections") == ["snap-polls", "council"])
        #expect(try store.search("=election", limit: 10).total == 1)
    }

    @Test func anExcludedExactFormKeepsReportsWithOtherForms() throws {
        #expect(try ids("election -=elections") == ["observers", "council"])
        #expect(try ids("-=elections") == ["observers", "council"])
    }

    @Test func aHitNamesTheFormsItHoldsForTheReadersHighlighting() throws {
        let hit = try #require(try store.search("election", limit: 10).hits.first { $0.id == "snap-polls" })
        #expect(hit.matchedWords == ["elections"])
        #expect(hit.snippet.rendered().contains("[elections]"))
    }

    @Test func aMistypedWordSuggestsTheNearestIndexedWords() throws {
        let results = try store.search("electon", limit: 10)
        #expect(results.total == 0)
        let words = results.suggestions.filter { $0.kind == .word }.map(\.text)
        #expect(!words.isEmpty)
        #expect(words.allSatisfy { ["election", "elections", "elected"].contains($0) })
        #expect(results.didYouMean?.hasPrefix("did you mean: elect") == true)
    }

    @Test func aMistypedNameSuggestsTheNearestEntity() throws {
        let words = try store.search("okafr", limit: 10)
        #expect(words.suggestions.contains(SearchSuggestion(text: "Amara Okafor", kind: .person)))
        let filter = try store.search("person:Okafr", limit: 10)
        #expect(filter.total == 0)
        #expect(filter.hint == #"No person named "Okafr" in the index."#)
        #expect(filter.suggestions == [SearchSuggestion(text: "Amara Okafor", kind: .person)])
        #expect(filter.didYouMean == #"did you mean: person:"Amara Okafor"?"#)
    }

    @Test func aWordFirstIndexedByALaterRunIsSuggested() throws {
        #expect(try store.search("monsoom", limit: 10).suggestions.isEmpty)
        try corpus.write("monsoon.txt", Reports.article("Rains arrive", date: "2024-06-01", ["The monsoon reached Kerala."]))
        try corpus.index(store.database)
        #expect(try store.search("monsoom", limit: 10).suggestions == [SearchSuggestion(text: "monsoon", kind: .word)])
    }

    @Test func anIndexMadeBeforeTheStemTableSuggestsTheSameAndTheNextRunListsItsStems() throws {
        let words = ["electon", "farmrs", "observrs", "councel", "parliment", "okafr", "registr"]
        func suggestions() throws -> [[SearchSuggestion]] { try words.map { try store.search($0, limit: 10).suggestions } }
        let listed = try suggestions()
        #expect(listed.filter { !$0.isEmpty }.count >= 5)
        // As a build before migration 5 left it, once this build has migrated it.
        try store.database.write { db in
            try db.execute(sql: "DELETE FROM stem; DELETE FROM meta WHERE key = ?", arguments: [StemList.filledKey])
        }
        #expect(try suggestions() == listed)
        try corpus.index(store.database)
        #expect(try store.database.read(StemList.isFilled))
        #expect(try store.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM stem") } ==
                store.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articleVocab") })
        #expect(try suggestions() == listed)
    }

    @Test func aQueryThatFindsEnoughSuggestsNothing() throws {
        #expect(try store.search("election", limit: 10).suggestions.isEmpty)
    }

    @Test func aFilterAloneShowsTheSentenceNamingThePerson() throws {
        let hit = try #require(try store.search("person:Okafor", limit: 10).hits.first)
        #expect(hit.id == "observers")
        #expect(hit.snippet == MarkedText(text: "Amara Okafor watched the election in Almaty.", marks: [0..<12]))
        #expect(hit.firstMatchBlock == 1)
        #expect(hit.matchedWords == ["amara okafor"])
    }

    @Test func tagsAreSearchableIgnoringCase() throws {
        #expect(try ids("tag:politics") == ["snap-polls", "observers"])
        #expect(try ids("tag:KAZAKHSTAN election") == ["snap-polls"])
        #expect(try ids("-tag:politics election") == ["council"])
        let missing = try store.search("tag:politcs", limit: 10)
        #expect(missing.total == 0)
        #expect(missing.hint == #"No report is tagged "politcs"."#)
        #expect(missing.suggestions == [SearchSuggestion(text: "politics", kind: .tag)])
    }

    @Test func tagsGoWithTheirReportWhenItIsRemoved() throws {
        try corpus.remove("snap-polls.txt")
        try corpus.index(store.database)
        #expect(try ids("tag:politics") == ["observers"])
        #expect(try ids("tag:kazakhstan").isEmpty)
    }
}

@Suite struct ExactFormTests {
    @Test func wordsAreComparedIgnoringCaseAndAccentsButNotEndings() {
        #expect(ExactForm.contains(ExactForm.words("valparaiso"), in: "Ships left VALPARAÍSO today."))
        #expect(ExactForm.contains(ExactForm.words("Peña"), in: "said pena, the leader"))
        #expect(!ExactForm.contains(ExactForm.words("election"), in: "Elections, electioneering and reelection."))
    }

    @Test func aPhraseMustBeConsecutiveWords() {
        let phrase = ExactForm.words("water rights")
        #expect(ExactForm.contains(phrase, in: "on water — rights of farmers"))
        #expect(!ExactForm.contains(phrase, in: "water and rights"))
        #expect(ExactForm.contains(ExactForm.words("very very good"), in: "it was very very very good"))
    }
}
