import BylineCore
import BylineTestSupport
import Testing
@testable import BylineIndex

@Suite struct EntityQueryTests {
    let corpus: FixtureCorpus
    let store: IndexStore

    init() throws {
        (corpus, _, store) = try SampleReports.indexed()
    }

    @Test func entitiesAreListedMostMentionedFirst() throws {
        let people = try store.entities(kind: .person, limit: 10)
        #expect(people.map(\.name) == ["Amara Okafor", "Dmitri Volkov", "José Ignacio Peña Álvarez", "Nadia Okafor", "Marianne de Graaf"])
        #expect(people[0] == EntitySummary(key: "person:amara-okafor", name: "Amara Okafor", kind: .person, articles: 2, mentions: 3))
        #expect(try store.entities(kind: .place, limit: 2).map(\.name) == ["Valparaíso", "Almaty"])
        #expect(try store.entities(kind: nil, limit: 100).count == 11)
    }

    @Test(arguments: [
        ("Amara Okafor", ["person:amara-okafor"]),
        ("amara okafor", ["person:amara-okafor"]),
        ("PEÑA ÁLVAREZ", ["person:jose-ignacio-pena-alvarez"]),
        ("pena alvarez", ["person:jose-ignacio-pena-alvarez"]),
        ("jose ignacio pena alvarez", ["person:jose-ignacio-pena-alvarez"]),
        ("Álvarez", ["person:jose-ignacio-pena-alvarez"]),
        ("Peña", ["person:jose-ignacio-pena-alvarez"]),
        ("de graaf", ["person:marianne-de-graaf"]),
        ("valparaiso", ["place:valparaiso"]),
        ("gulf meridian lines", ["organisation:gulf-meridian-lines"]),
        ("Okafor", ["person:amara-okafor", "person:nadia-okafor"]),
        ("Lines", []),
        ("Kenji Watanabe", []),
        ("", []),
    ])
    func namesAreFoundByNameAliasOrSurnameIgnoringCaseAndAccents(name: String, keys: [String]) throws {
        #expect(try store.lookupEntities(name: name).map(\.key) == keys)
    }

    @Test func anEntityPageHasEveryReportAndSentenceNewestFirst() throws {
        let page = try #require(try store.entityPage(key: "person:amara-okafor"))
        #expect(page.name == "Amara Okafor")
        #expect(page.kind == .person)
        #expect(page.aliases == ["Okafor"])
        #expect(page.roles == ["UN Special Rapporteur"])
        #expect(page.articles.map(\.id) == ["2024/balkhash-drought", "2023/geneva-summit"])
        #expect(page.articles[0].path == corpus.folder + "/2024/balkhash-drought.txt")
        #expect(page.articles[0].title == "Drought shrinks Lake Balkhash")
        #expect(page.articles[1].mentions.map { MarkedText(text: $0.sentence, marks: [$0.start..<$0.end]).rendered() } == [
            "GENEVA — [Amara Okafor] opened the summit on water rights with a warning about desalination costs.",
            "[Okafor] said drought had become the rule, not the exception.",
        ])
        #expect(page.articles[1].mentions[1].mention == Mention(block: 1, start: 0, end: 6))
    }

    @Test func aMentionsSentenceIsCutFromItsParagraph() throws {
        let page = try #require(try store.entityPage(key: "person:nadia-okafor"))
        #expect(page.articles[0].mentions.map(\.sentence) == [
            "Port engineer Nadia Okafor said the cranes were old.",
            "Okafor added that repairs would take a year.",
        ])
        #expect(page.articles[0].mentions.map { [$0.start, $0.end] } == [[14, 26], [0, 6]])
    }

    @Test func undatedReportsComeLastOnAPage() throws {
        let page = try #require(try store.entityPage(key: "place:valparaiso"))
        #expect(page.articles.map(\.id) == ["2024/valparaiso-strike", "rotterdam-delays"])
        #expect(page.articles[1].date == nil)
    }

    @Test func anUnknownKeyHasNoPage() throws {
        #expect(try store.entityPage(key: "person:nobody") == nil)
    }

    @Test func theCorpusWideNameIsTheOneMostReportsUse() throws {
        let a = Reports.article("A", date: "2024-01-01", ["Kenji Watanabe spoke."], naming: [Reports.person("Kenji Watanabe", key: "k")])
        let b = Reports.article("B", date: "2024-01-02", ["Watanabe spoke."], naming: [Reports.person("Watanabe", key: "k")])
        let c = Reports.article("C", date: "2024-01-03", ["Kenji Watanabe left."], naming: [Reports.person("Kenji Watanabe", key: "k")])
        let corpus = try FixtureCorpus()
        for (name, article) in [("a.txt", a), ("b.txt", b), ("c.txt", c)] { try corpus.write(name, article) }
        let database = try corpus.openDatabase()
        try corpus.index(database)
        let page = try #require(try corpus.store(database).entityPage(key: "k"))
        #expect(page.name == "Kenji Watanabe")
        #expect(page.aliases == ["Watanabe"])
        #expect(page.articles.count == 3)
    }

    @Test func aReportWhoseMentionsFallOutsideItsBlocksStillAppearsOnThePage() throws {
        var article = Reports.article("Mentions gone astray", date: "2025-01-01", ["A short paragraph."])
        article.entities = [Entity(name: "Amara Okafor", kind: .person, key: "person:amara-okafor",
                                   mentions: [Mention(block: 4, start: 0, end: 5), Mention(block: 0, start: 10, end: 99)])]
        try corpus.write("astray.txt", article)
        try corpus.index(corpus.openDatabase())
        let page = try #require(try store.entityPage(key: "person:amara-okafor"))
        #expect(page.articles.map(\.id) == ["astray", "2024/balkhash-drought", "2023/geneva-summit"])
        #expect(page.articles[0].mentions.isEmpty)
    }
}

@Suite struct EntitySpellingTests {
    /// Two reports naming Dmitri Volkov and Almaty, the keys made as the recogniser makes them.
    private func indexed() throws -> IndexStore {
        let volkov = EntityKey.make(kind: .person, name: "Dmitri Volkov")
        let almaty = EntityKey.make(kind: .place, name: "Almaty")
        let a = Reports.article("A", date: "2024-05-01", ["ALMATY — Dmitri Volkov spoke."],
                                naming: [Reports.place("ALMATY", key: almaty), Reports.person("Dmitri Volkov", key: volkov)])
        let b = Reports.article("B", date: "2024-05-02", ["ALMATY — Volkov left Almaty."],
                                naming: [Reports.place("ALMATY", key: almaty), Reports.person("Volkov", key: volkov)])
        let c = Reports.article("C", date: "2024-05-03", ["ALMATY — Дмитрий Волков wrote."],
                                naming: [Reports.place("ALMATY", key: almaty), Reports.person("Дмитрий Волков", key: volkov)])
        let d = Reports.article("D", date: "2024-05-04", ["Herders reached Almaty."], naming: [Reports.place("Almaty", key: almaty)])
        let corpus = try FixtureCorpus()
        for (name, article) in [("a.txt", a), ("b.txt", b), ("c.txt", c), ("d.txt", d)] { try corpus.write(name, article) }
        let database = try corpus.openDatabase()
        try corpus.index(database)
        return corpus.store(database)
    }

    @Test(arguments: ["Dmitry Volkov", "Dmitriy Volkov", "Дмитрий Волков", "dmitri volkov", "Волков"])
    func aPersonIsFoundByAnotherSpellingOrScript(name: String) throws {
        #expect(try indexed().lookupEntities(name: name).map(\.name) == ["Dmitri Volkov"])
    }

    @Test func aNameWrittenInCapitalsIsNotTheCorpusWideNameWhenAnotherFormIsUsed() throws {
        let places = try indexed().entities(kind: .place, limit: 5)
        #expect(places.map(\.name) == ["Almaty"])
    }
}
