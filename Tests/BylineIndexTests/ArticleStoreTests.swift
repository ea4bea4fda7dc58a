import BylineCore
import BylineTestSupport
import Testing
@testable import BylineIndex

@Suite struct ArticleStoreTests {
    @Test func aReportReadBackIsTheReportIndexed() throws {
        let corpus = try FixtureCorpus()
        var original = Reports.article("Captions and quotes", date: "2024-06-03", [
            "ROTTERDAM — Mayor Marianne de Graaf said the port would reopen.",
            "## Cranes idle",
            "Idle cranes at the port of Rotterdam",
            "“We will not wait,” de Graaf said.",
        ], naming: [SampleReports.deGraaf, SampleReports.rotterdam],
           captions: [Caption(alt: "Cranes", text: "Idle cranes at the port of Rotterdam", credit: "Mariana Costa/Reuters", blockIndex: 2),
                      Caption(text: "A caption whose text is not its block", blockIndex: 0, image: "cranes.jpg")],
           quotes: [Quote(speaker: "Marianne de Graaf", text: "We will not wait", block: 3),
                    Quote(speaker: nil, text: "Words the block does not hold", block: 0)],
           tags: ["ports", "Rotterdam"], warnings: ["invalid UTF-8: 1 byte sequence shown as \u{FFFD}"])
        original.blocks[2].kind = .caption
        original.entities[0].aliases = ["de Graaf"]
        original.entities[0].mentions.append(Mention(block: 3, start: 20, end: 28))
        original.dateline = "ROTTERDAM"
        original.titleDerived = true
        try corpus.write("2024/cranes.txt", original)
        let database = try corpus.openDatabase()
        try corpus.index(database)

        let read = try corpus.store(database).article(id: "2024/cranes")
        original.id = "2024/cranes"
        original.path = corpus.folder + "/2024/cranes.txt"
        #expect(read == original)
    }

    @Test func anUnknownIdIsAStoreError() throws {
        let (_, _, store) = try SampleReports.indexed()
        #expect(throws: StoreError.self) { try store.article(id: "nowhere") }
    }

    @Test func summariesAreNewestFirstWithUndatedLast() throws {
        let (corpus, _, store) = try SampleReports.indexed()
        let summaries = try store.summaries()
        #expect(summaries.map(\.id) == ["2024/valparaiso-strike", "2024/balkhash-drought", "2024/desalination-plant",
                                        "2023/geneva-summit", "2022/lagos-cranes", "rotterdam-delays"])
        #expect(summaries[1] == ArticleSummary(id: "2024/balkhash-drought", path: corpus.folder + "/2024/balkhash-drought.txt",
                                               title: "Drought shrinks Lake Balkhash", date: ArticleDate(year: 2024, month: 5, day: 3),
                                               byline: "Newsdesk", source: "Source link", personCount: 2))
    }

    @Test func twoFilesWithTheSameIdKeepBothReports() throws {
        let corpus = try FixtureCorpus()
        try corpus.write("strike.txt", SampleReports.valparaisoStrike)
        try corpus.write("strike.md", SampleReports.rotterdamDelays)
        let database = try corpus.openDatabase()
        try corpus.index(database)
        let ids = try corpus.store(database).summaries().map(\.id).sorted()
        #expect(ids == ["strike", "strike.txt"])
    }
}
