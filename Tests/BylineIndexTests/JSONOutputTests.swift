import BylineCore
import BylineTestSupport
import Testing
@testable import BylineIndex

@Suite struct JSONOutputTests {
    let corpus: FixtureCorpus
    let store: IndexStore

    init() throws {
        (corpus, _, store) = try SampleReports.indexed()
    }

    @Test func searchResultsHaveTheDocumentedKeysInOrder() throws {
        var results = try store.search("wages", limit: 10)
        results.hits[0].score = 1.23456
        #expect(results.json.serialized() == """
            {"query":"wages","total":1,"results":[{"id":"2024/valparaiso-strike","path":"\(corpus.folder)/2024/valparaiso-strike.txt",\
            "title":"Dockworkers strike in Valparaíso","date":"2024-06-03","score":1.235,\
            "snippet":"…Ships wait Peña Álvarez said the strike would last until [wages] were raised."}],"suggestions":[]}
            """)
    }

    @Test func scoresKeepFourSignificantFigures() {
        #expect(SearchResults.fourFigures(2.731_49) == 2.731)
        #expect(SearchResults.fourFigures(0.000_001_234_56) == 0.000_001_235)
        #expect(SearchResults.fourFigures(0) == 0)
    }

    @Test func anUndatedHitHasANullDate() throws {
        let results = try store.search("pacific", limit: 10)
        #expect(results.json.serialized().contains(#""title":"Rotterdam port delays grow","date":null,"score":"#))
    }

    @Test func peopleHaveNameKindArticlesAndMentions() throws {
        let people = try store.entities(kind: .person, limit: 2)
        #expect(JSONValue.array(people.map(\.json)).serialized() == """
            [{"name":"Amara Okafor","kind":"person","articles":2,"mentions":3},\
            {"name":"Dmitri Volkov","kind":"person","articles":1,"mentions":2}]
            """)
        #expect(people[0].candidateJSON.serialized() == """
            {"name":"Amara Okafor","kind":"person","key":"person:amara-okafor","articles":2,"mentions":3}
            """)
    }

    @Test func anEntityPageHasEveryReportWithItsSentences() throws {
        let page = try #require(try store.entityPage(key: "person:nadia-okafor"))
        #expect(page.json.serialized() == """
            {"name":"Nadia Okafor","kind":"person","aliases":["Okafor"],"roles":["port engineer"],\
            "articles":[{"id":"2022/lagos-cranes","path":"\(corpus.folder)/2022/lagos-cranes.txt","title":"Old cranes slow the port",\
            "date":"2022-03-01","mentions":[{"sentence":"Port engineer Nadia Okafor said the cranes were old.","start":14,"end":26},\
            {"sentence":"Okafor added that repairs would take a year.","start":0,"end":6}]}]}
            """)
    }

    @Test func anIndexSummaryHasCountsAndWarnings() {
        var summary = IndexSummary()
        summary.added = 3
        summary.skipped = 1
        summary.reports = 3
        summary.seconds = 0.12345
        summary.warnings = ["photo.jpg: skipped, binary file (contains NUL bytes)"]
        summary.readWarnings = ["old.txt: not UTF-8; decoded as Windows-1252 (Latin-1)"]
        #expect(summary.json(corpus: "Articles", index: "/tmp/i.sqlite").serialized() == """
            {"corpus":"Articles","index":"/tmp/i.sqlite","reports":3,"added":3,"updated":0,"renamed":0,"removed":0,\
            "skipped":1,"unchanged":0,"seconds":0.123,"warnings":["photo.jpg: skipped, binary file (contains NUL bytes)"],\
            "readWarnings":["old.txt: not UTF-8; decoded as Windows-1252 (Latin-1)"]}
            """)
    }
}
