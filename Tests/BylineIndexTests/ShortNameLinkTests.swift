import BylineCore
import BylineTestSupport
import Testing
@testable import BylineIndex

extension FixtureCorpus {
    /// A corpus of these reports, indexed.
    static func indexed(_ reports: [(String, Article)]) throws -> FixtureCorpus {
        let corpus = try FixtureCorpus()
        for (name, article) in reports { try corpus.write(name, article) }
        try corpus.index(corpus.openDatabase())
        return corpus
    }

    /// A store reading the index as it is now.
    var currentStore: IndexStore {
        get throws { store(try openDatabase()) }
    }
}

/// A person named only by surname in a report (`Commissioner Lindqvist`) is the one person of
/// the corpus with a fuller name ending in it, in lists, lookups, pages and searches.
@Suite struct SurnameLinkTests {
    let corpus: FixtureCorpus

    init() throws {
        corpus = try FixtureCorpus.indexed([
            ("a.txt", Reports.article("Hydrogen deal", date: "2024-06-28", ["Commissioner Sofia Lindqvist signed in Brussels."],
                                      naming: [Reports.entity("Sofia Lindqvist", .person)])),
            ("b.txt", Reports.article("Interview", date: "2024-07-10", ["Commissioner Lindqvist has understood it."],
                                      naming: [Reports.entity("Lindqvist", .person)])),
            ("c.txt", Reports.article("Flood plan", date: "2024-06-20", ["Mayor Marianne de Graaf spoke."],
                                      naming: [Reports.entity("Marianne de Graaf", .person)])),
            ("d.txt", Reports.article("Interview two", date: "2024-07-11", ["Mayor de Graaf called me."],
                                      naming: [Reports.entity("de Graaf", .person)])),
            ("e.txt", Reports.article("Summit", date: "2024-06-10", ["Amara Okafor and Erik Okafor spoke."],
                                      naming: [Reports.entity("Amara Okafor", .person), Reports.entity("Erik Okafor", .person)])),
            ("f.txt", Reports.article("Summit ends", date: "2024-06-12", ["Okafor agreed."], naming: [Reports.entity("Okafor", .person)])),
        ])
    }

    var store: IndexStore {
        get throws { try corpus.currentStore }
    }

    @Test func theSurnameIsCountedWithThePersonNotListedApart() throws {
        let people = try store.entities(kind: .person, limit: 10)
        #expect(people.map(\.name).sorted() == ["Amara Okafor", "Erik Okafor", "Marianne de Graaf", "Okafor", "Sofia Lindqvist"])
        #expect(people.first { $0.name == "Sofia Lindqvist" }?.articles == 2)
        #expect(people.first { $0.name == "Marianne de Graaf" }?.mentions == 2)
        #expect(try store.entities(kind: nil, limit: 2).map(\.name) == ["Marianne de Graaf", "Sofia Lindqvist"])
    }

    @Test func eitherKeyOpensOnePageWithEveryReport() throws {
        for key in [Reports.key("Lindqvist", .person), Reports.key("Sofia Lindqvist", .person)] {
            let page = try #require(try store.entityPage(key: key))
            #expect(page.key == Reports.key("Sofia Lindqvist", .person))
            #expect(page.name == "Sofia Lindqvist")
            #expect(page.aliases == ["Lindqvist"])
            #expect(page.articles.map(\.id) == ["b", "a"])
            #expect(page.articles.map { $0.mentions.map(\.sentence) } == [
                ["Commissioner Lindqvist has understood it."], ["Commissioner Sofia Lindqvist signed in Brussels."],
            ])
        }
        #expect(try store.entityPage(key: Reports.key("de Graaf", .person))?.articles.map(\.id) == ["d", "c"])
    }

    @Test func lookupsAndSearchesReachTheSurnameReports() throws {
        #expect(try store.lookupEntities(name: "Lindqvist").map(\.name) == ["Sofia Lindqvist"])
        #expect(try store.lookupEntities(name: "de graaf").map(\.name) == ["Marianne de Graaf"])
        #expect(try store.search("person:Lindqvist", limit: 10).hits.map(\.id).sorted() == ["a", "b"])
        #expect(try store.search("person:\"Sofia Lindqvist\"", limit: 10).hits.map(\.id).sorted() == ["a", "b"])
    }

    /// A role written with and without a capital (at the start of a sentence) is one role,
    /// in lower case on a tie.
    @Test func rolesDifferingOnlyInCaseAreOne() throws {
        try corpus.write("h.txt", Reports.article("Talks open", date: "2024-06-01", ["Chief negotiator Kenji Watanabe spoke."],
                                                  naming: [Reports.person("Kenji Watanabe", key: Reports.key("Kenji Watanabe", .person), roles: ["Chief negotiator"])]))
        try corpus.write("i.txt", Reports.article("Talks close", date: "2024-06-02", ["Japan’s chief negotiator, Kenji Watanabe, left."],
                                                  naming: [Reports.person("Kenji Watanabe", key: Reports.key("Kenji Watanabe", .person),
                                                                          roles: ["chief negotiator", "Japan’s chief negotiator"])]))
        try corpus.index(corpus.openDatabase())
        #expect(try store.entityPage(key: Reports.key("Kenji Watanabe", .person))?.roles == ["chief negotiator", "Japan’s chief negotiator"])
    }

    /// Two people with the surname: it could be either, so it stays apart.
    @Test func aSurnameTwoPeopleShareStaysItsOwnEntity() throws {
        #expect(try store.entityPage(key: Reports.key("Okafor", .person))?.articles.map(\.id) == ["f"])
        #expect(try store.entityPage(key: Reports.key("Amara Okafor", .person))?.articles.map(\.id) == ["e"])

        try corpus.write("g.txt", Reports.article("Another Lindqvist", date: "2024-08-01", ["Erik Lindqvist, a farmer, spoke."],
                                                  naming: [Reports.entity("Erik Lindqvist", .person)]))
        try corpus.index(corpus.openDatabase())
        #expect(try store.entityPage(key: Reports.key("Lindqvist", .person))?.articles.map(\.id) == ["b"])
        #expect(try store.entityPage(key: Reports.key("Sofia Lindqvist", .person))?.articles.map(\.id) == ["a"])
        #expect(try store.entities(kind: .person, limit: 10).contains { $0.name == "Lindqvist" })
    }
}

/// A place or organisation named only by its initials in a report (`UN`) is the one entity of
/// its kind whose longer name has those initials.
@Suite struct AcronymLinkTests {
    let corpus: FixtureCorpus

    init() throws {
        corpus = try FixtureCorpus.indexed([
            ("a.txt", Reports.article("Envoy", date: "2024-05-01", ["A United Nations envoy arrived."], naming: [Reports.entity("United Nations", .organisation)])),
            ("b.txt", Reports.article("Envoy leaves", date: "2024-05-02", ["The UN envoy left."], naming: [Reports.entity("UN", .organisation)])),
            ("c.txt", Reports.article("Both", date: "2024-05-03", ["The United Nations (UN) met."],
                                      naming: [Reports.entity("United Nations", .organisation), Reports.entity("UN", .organisation)])),
            ("d.txt", Reports.article("Council", date: "2024-05-04", ["The IWC met; the International Water Council agreed."],
                                      naming: [Reports.entity("IWC", .organisation), Reports.entity("International Water Council", .organisation)])),
            ("e.txt", Reports.article("Unions", date: "2024-05-05", ["The European Union and the Energy Union met the EU."],
                                      naming: [Reports.entity("European Union", .organisation), Reports.entity("Energy Union", .organisation), Reports.entity("EU", .organisation)])),
        ])
    }

    var store: IndexStore {
        get throws { try corpus.currentStore }
    }

    @Test func initialsAreCountedWithTheNameTheyStandFor() throws {
        let orgs = try store.entities(kind: .organisation, limit: 10)
        #expect(orgs.map(\.name).sorted() == ["EU", "Energy Union", "European Union", "International Water Council", "United Nations"])
        // Three reports, one naming it both ways: counted once.
        #expect(orgs.first { $0.name == "United Nations" }.map { ($0.articles, $0.mentions) }! == (3, 4))
        #expect(try store.entities(kind: .place, limit: 10).isEmpty)
    }

    @Test func eitherNameOpensOnePageAndSearchesReachBoth() throws {
        for name in ["UN", "United Nations"] {
            let page = try #require(try store.entityPage(key: Reports.key(name, .organisation)))
            #expect(page.name == "United Nations")
            #expect(page.aliases == ["UN"])
            #expect(page.articles.map(\.id) == ["c", "b", "a"])
        }
        #expect(try store.lookupEntities(name: "UN").map(\.name) == ["United Nations"])
        #expect(try store.search("org:UN", limit: 10).hits.map(\.id).sorted() == ["a", "b", "c"])
        #expect(try store.entityPage(key: Reports.key("IWC", .organisation))?.name == "International Water Council")
    }

    /// `EU` could be either union: it stays apart.
    @Test func initialsTwoNamesShareStayApart() throws {
        #expect(try store.entityPage(key: Reports.key("EU", .organisation))?.name == "EU")
        #expect(try store.lookupEntities(name: "EU").map(\.name) == ["EU"])
    }

    @Test func initialsLeaveShortWordsOut() {
        #expect(InitialsMatching.initials("united nations") == "un")
        #expect(InitialsMatching.initials("bank of england") == "be")
        #expect(InitialsMatching.initials("international water council") == "iwc")
        #expect(InitialsMatching.initials("rotterdam") == nil)
        #expect(InitialsMatching.acronym("U.N.") == "un")
        #expect(InitialsMatching.acronym("Reuters") == nil)
        #expect(InitialsMatching.acronym("A") == nil)
    }
}
