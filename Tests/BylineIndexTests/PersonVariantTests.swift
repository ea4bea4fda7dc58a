import BylineCore
import BylineTestSupport
import Testing
@testable import BylineIndex

/// Variants of one name are one person across the corpus, unless the corpus holds another
/// person they could be; lookups ignore punctuation and honorifics.
@Suite struct PersonVariantTests {
    static func person(_ name: String, aliases: [String] = [], roles: [String] = []) -> Reports.Named {
        Reports.person(name, key: key(name), aliases: aliases, roles: roles)
    }

    static func key(_ name: String) -> String {
        EntityKey.make(kind: .person, name: name)
    }

    static func report(_ title: String, _ date: String, _ text: String, _ names: [Reports.Named], byline: String? = nil) -> Article {
        var article = Reports.article(title, date: date, [text], naming: names)
        article.byline = byline
        return article
    }

    /// `Maria L. Santos`, `Maria L Santos`, `Maria Santos` and `Santos` in four reports.
    static let oneSantos: [(String, Article)] = [
        ("a.txt", Self.report("Budget", "2024-03-01", "Finance minister Maria L. Santos presented the budget.", [Self.person("Maria L. Santos")])),
        ("b.txt", Self.report("Budget vote", "2024-03-02", "Maria L Santos won the vote.", [Self.person("Maria L Santos")])),
        ("c.txt", Self.report("Reaction", "2024-03-03", "Maria Santos thanked the deputies.", [Self.person("Maria Santos")])),
        ("d.txt", Self.report("Later", "2024-03-04", "Santos left for Brussels.", [Self.person("Santos")])),
    ]

    @Test func aNameWithAndWithoutItsMiddleInitialAndItsSurnameAreOnePerson() throws {
        let corpus = try FixtureCorpus.indexed(Self.oneSantos)
        let store = try corpus.currentStore
        let people = try store.entities(kind: .person, limit: 10)
        #expect(people.map(\.name) == ["Maria L. Santos"])
        #expect(people.first?.articles == 4)
        for name in ["Maria L Santos", "Maria Santos", "Santos"] {
            let page = try #require(try store.entityPage(key: Self.key(name)))
            #expect(page.name == "Maria L. Santos")
            #expect(page.articles.map(\.id) == ["d", "c", "b", "a"])
            #expect(page.couldBe.isEmpty)
        }
        #expect(try store.lookupEntities(name: "santos").map(\.name) == ["Maria L. Santos"])
        #expect(try store.search("person:\"Maria Santos\"", limit: 10).hits.map(\.id).sorted() == ["a", "b", "c", "d"])
    }

    /// With `Maria T. Santos` in the corpus too, `Maria Santos` and `Santos` could be either.
    @Test func twoPeopleTheShortFormsCouldBeKeepThemApartAndThePageSaysSo() throws {
        let corpus = try FixtureCorpus.indexed(Self.oneSantos + [
            ("e.txt", Self.report("Court", "2024-03-05", "Judge Maria T. Santos ruled on Friday.", [Self.person("Maria T. Santos")])),
        ])
        let store = try corpus.currentStore
        let names = try store.entities(kind: .person, limit: 10).map(\.name)
        #expect(names.sorted() == ["Maria L. Santos", "Maria Santos", "Maria T. Santos", "Santos"])
        #expect(try store.entityPage(key: Self.key("Maria L Santos"))?.articles.map(\.id) == ["b", "a"])
        let maria = try #require(try store.entityPage(key: Self.key("Maria Santos")))
        #expect(maria.articles.map(\.id) == ["c"])
        #expect(maria.couldBe.sorted() == ["Maria L. Santos", "Maria T. Santos"])
        #expect(maria.json.serialized().contains(#""couldBe":["#))
        let santos = try #require(try store.entityPage(key: Self.key("Santos")))
        #expect(santos.articles.map(\.id) == ["d"])
        #expect(santos.couldBe.count == 3)
        #expect(try store.entityPage(key: Self.key("Maria T. Santos"))?.couldBe.isEmpty == true)
    }

    @Test func lookupsFoldPunctuationAndIgnoreHonorifics() throws {
        let corpus = try FixtureCorpus.indexed([
            ("a.txt", Self.report("Port", "2024-05-01", "Inés Ruiz-Tagle inspected the port.", [Self.person("Inés Ruiz-Tagle")])),
            ("b.txt", Self.report("Rugby", "2024-05-02", "Sean O’Brien scored twice.", [Self.person("Sean O’Brien")])),
            ("c.txt", Self.report("Summit", "2024-05-03", "Amara Okafor and Erik Okafor spoke.", [Self.person("Amara Okafor"), Self.person("Erik Okafor")])),
            ("d.txt", Self.report("Later", "2024-05-04", "Nadia Obi met Okafor.", [Self.person("Nadia Obi"), Self.person("Okafor")])),
        ])
        let store = try corpus.currentStore
        #expect(try store.lookupEntities(name: "ruiz tagle").map(\.name) == ["Inés Ruiz-Tagle"])
        #expect(try store.lookupEntities(name: "Ines Ruiz Tagle").map(\.name) == ["Inés Ruiz-Tagle"])
        for written in ["o'brien", "OBrien", "O’Brien", "Sean OBrien"] {
            #expect(try store.lookupEntities(name: written).map(\.name) == ["Sean O’Brien"], "\(written)")
        }
        #expect(try store.search("person:\"ruiz tagle\"", limit: 10).hits.map(\.id) == ["a"])
        #expect(try store.search("person:obrien", limit: 10).hits.map(\.id) == ["b"])
        #expect(try store.lookupEntities(name: "Mr Obi").map(\.name) == ["Nadia Obi"])
        #expect(try store.lookupEntities(name: "Dr. Amara Okafor").map(\.name) == ["Amara Okafor"])
        // `Okafor` is the own name of one entity (kept apart: two Okafors could be meant), and
        // a shorter form of two others: its own name wins.
        #expect(try store.lookupEntities(name: "Okafor").map(\.name) == ["Okafor"])
        #expect(try store.entityPage(key: Self.key("Okafor"))?.couldBe.sorted() == ["Amara Okafor", "Erik Okafor"])
    }

    /// A report's author is a person with the role `author`: `author:` finds the reports they
    /// wrote, and their page lists those apart from the reports that name them.
    @Test func authorsAreFoundByTheirBylineAndListedApart() throws {
        let corpus = try FixtureCorpus.indexed([
            ("a.txt", Self.report("Water is a right", "2024-06-09", "Access to water is a human right.",
                             [Self.person("Amara Okafor", roles: [BylineAuthors.role])], byline: "Amara Okafor")),
            ("b.txt", Self.report("Visit", "2024-05-02", "Amara Okafor visited the lake.", [Self.person("Amara Okafor")], byline: "Aigerim Bekova")),
            ("c.txt", Self.report("Desk", "2024-05-03", "The river rose.", [], byline: "Newsdesk")),
        ])
        let store = try corpus.currentStore
        #expect(try store.search("author:Okafor", limit: 10).hits.map(\.id) == ["a"])
        #expect(try store.search("author:\"Amara Okafor\" water", limit: 10).hits.map(\.id) == ["a"])
        #expect(try store.search("author:newsdesk", limit: 10).hits.map(\.id) == ["c"])
        #expect(try store.search("-author:Okafor", limit: 10).hits.map(\.id).sorted() == ["b", "c"])
        let page = try #require(try store.entityPage(key: Self.key("Amara Okafor")))
        #expect(page.written.map(\.id) == ["a"])
        #expect(page.naming.map(\.id) == ["b"])
        #expect(page.articles.map(\.id) == ["a", "b"])
        #expect(page.json.serialized().contains(#""wrote":true"#))
    }
}

/// Initials merge into a longer name only on evidence, never by letters alone.
@Suite struct AcronymEvidenceTests {
    static func org(_ name: String) -> Reports.Named {
        Reports.org(name, key: EntityKey.make(kind: .organisation, name: name))
    }

    static func report(_ title: String, _ text: String, _ names: [Reports.Named]) -> Article {
        Reports.article(title, date: "2024-04-01", [text], naming: names)
    }

    @Test func initialsThatOnlyShareLettersWithAFirmStayApart() throws {
        let corpus = try FixtureCorpus.indexed([
            ("a.txt", Self.report("Analysts", "Tidewater Ventures expects growth.", [Self.org("Tidewater Ventures")])),
            ("b.txt", Self.report("Ratings", "The TV audience fell.", [Self.org("TV")])),
        ])
        let orgs = try corpus.currentStore.entities(kind: .organisation, limit: 10)
        #expect(orgs.map(\.name).sorted() == ["TV", "Tidewater Ventures"])
        #expect(try corpus.currentStore.entityPage(key: EntityKey.make(kind: .organisation, name: "TV"))?.name == "TV")
    }

    @Test func initialsBesideTheLongFormOrInTheSameReportMerge() throws {
        let corpus = try FixtureCorpus.indexed([
            ("a.txt", Self.report("Deal", "Tidewater Ventures (TV) bought the port.",
                             [Reports.Named(name: "Tidewater Ventures", kind: .organisation,
                                            key: EntityKey.make(kind: .organisation, name: "Tidewater Ventures"), aliases: ["TV"])])),
            ("b.txt", Self.report("Deal two", "TV sold it again.", [Self.org("TV")])),
            ("c.txt", Self.report("Council", "The Harbour Safety Board met; the HSB agreed.", [Self.org("Harbour Safety Board"), Self.org("HSB")])),
            ("d.txt", Self.report("Council two", "The HSB met again.", [Self.org("HSB")])),
        ])
        let store = try corpus.currentStore
        let orgs = try store.entities(kind: .organisation, limit: 10)
        #expect(orgs.map(\.name).sorted() == ["Harbour Safety Board", "Tidewater Ventures"])
        #expect(try store.entityPage(key: EntityKey.make(kind: .organisation, name: "HSB"))?.articles.map(\.id).sorted() == ["c", "d"])
    }

    @Test func wellKnownInitialsMergeFromTheTable() throws {
        let corpus = try FixtureCorpus.indexed([
            ("a.txt", Self.report("Union", "The European Union agreed.", [Self.org("European Union")])),
            ("b.txt", Self.report("Union two", "The EU agreed again.", [Self.org("EU")])),
            ("c.txt", Self.report("Energy", "The Eastern Utilities group grew.", [Self.org("Eastern Utilities")])),
        ])
        let orgs = try corpus.currentStore.entities(kind: .organisation, limit: 10)
        #expect(orgs.map(\.name).sorted() == ["Eastern Utilities", "European Union"])
        #expect(orgs.first { $0.name == "European Union" }?.articles == 2)
    }
}
