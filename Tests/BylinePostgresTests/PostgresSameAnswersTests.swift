import BylineCore
import BylineIndex
import Foundation
import Testing
@testable import BylinePostgres

/// On the bundled Articles/ and the person-page traps, the PostgreSQL store answers as the
/// SQLite index does: the same reports for every query form, the same entities with the same
/// counts, pages (reports, sentences, who wrote what, whom a short form could be),
/// connections, timelines and shared reports.
@Suite(.enabled(if: PostgresTestServer.available, "needs a throwaway PostgreSQL server (scripts/postgres-throwaway.sh start)"))
struct PostgresSameAnswersTests {
    static let queries = [
        "water", "water rights", "\"water rights\"", "ship*", "strike OR protest", "water -drought", "water NOT drought",
        "person:Okafor", "person:\"Amara Okafor\"", "-person:Volkov water", "place:Rotterdam", "org:\"United Nations\"",
        "org:UN", "after:2024-06", "before:2024-06 water", "after:2024 before:2024-07", "\"sea level\"", "Balkhash OR Geneva",
        "pena", "Peña", "-water", "talks -person:Okafor", "desal*", "\"water rights", "OR water",
        "person:\"Mr Okafor\"", "person:Santos", "person:\"Maria Santos\"", "person:Lindqvist", "org:EU", "org:TV",
        "author:Okafor", "author:newsdesk", "-author:Okafor water", "author:\"Hana Sato\"", "author:",
        // Stems, exact forms (the stem finds, the text as written decides) and tags.
        "rights", "right", "talk", "flooding", "=water", "=right", "=rights OR =talks", "water -=rights", "-=water",
        "\"rights of\"", "\"Water Rights\" -drought", "=desal*", "=pena",
        "tag:interview", "-tag:interview", "tag:\"water rights\" water", "-tag:\"Lake Balkhash\" water", "tag:Rotterdam place:Rotterdam",
        "tag:nosuchtag", "tag:interview -tag:Japan", "tag:intervew",
    ]

    static let traps = PostgresTestServer.repository.appendingPathComponent("Tests/Fixtures/people-traps").path

    @Test(arguments: [PostgresTestServer.bundledArticles, traps])
    func everyQueryFormFindsTheSameReportsAndTotals(folder: String) throws {
        let corpus = try ServerCorpus(copying: folder)
        try corpus.index()
        let sqlite = try corpus.sqliteStore(), store = try corpus.store()
        var found = 0
        for query in Self.queries {
            let a = try sqlite.search(query, limit: 100), b = try store.search(query, limit: 100)
            #expect(Set(a.hits.map(\.id)) == Set(b.hits.map(\.id)), "\(query)")
            #expect(a.total == b.total, "\(query)")
            #expect(a.hint == b.hint, "\(query)")
            // Only tags are suggested on PostgreSQL (README: no did-you-mean words or names).
            if a.hint?.contains("No report is tagged") == true { #expect(a.suggestions == b.suggestions, "\(query)") }
            found += a.total
        }
        #expect(found > 0)
    }

    @Test func theWordsMatchedForHighlightingAreFormsTheSQLiteIndexMarksToo() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let sqlite = try corpus.sqliteStore(), store = try corpus.store()
        for query in ["rights", "talk", "=water"] {
            let expected = Dictionary(uniqueKeysWithValues: try sqlite.search(query, limit: 100).hits.map { ($0.id, Set($0.matchedWords)) })
            let hits = try store.search(query, limit: 100).hits
            #expect(!hits.isEmpty, "\(query)")
            for hit in hits {
                // From the snippet and title only, so a subset of the words in the whole report.
                #expect(!hit.matchedWords.isEmpty && Set(hit.matchedWords).isSubset(of: expected[hit.id] ?? []), "\(query) \(hit.id): \(hit.matchedWords)")
            }
        }
    }

    @Test func snippetsMarkTheMatchAsTheSQLiteIndexDoes() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let hits = try corpus.store().search("water", limit: 20).hits
        #expect(!hits.isEmpty)
        for hit in hits {
            let marked = hit.snippet.marks.map { String(String.UnicodeScalarView(Array(hit.snippet.text.unicodeScalars)[$0])) }
            #expect(!marked.isEmpty && marked.allSatisfy { $0.lowercased() == "water" }, "\(hit.id): \(hit.snippet.rendered())")
            #expect(!hit.snippet.text.contains("\n"))
        }
        #expect(hits.contains { $0.snippet.text.hasPrefix("…") })
    }

    @Test(arguments: [PostgresTestServer.bundledArticles, traps])
    func theEntityListEveryEntityPageAndItsConnectionsAreTheSame(folder: String) throws {
        let corpus = try ServerCorpus(copying: folder)
        try corpus.index()
        let sqlite = try corpus.sqliteStore(), store = try corpus.store()
        let entities = try sqlite.entities(kind: nil, limit: 1_000)
        #expect(entities.count > 5)
        #expect(try store.entities(kind: nil, limit: 1_000) == entities)
        for kind in Entity.Kind.allCases {
            #expect(try store.entities(kind: kind, limit: 7) == sqlite.entities(kind: kind, limit: 7))
        }
        for entity in entities {
            let page = try sqlite.entityPage(key: entity.key)
            #expect(try store.entityPage(key: entity.key) == page, "\(entity.name)")
            #expect(page?.articles.isEmpty == false, "\(entity.name)")
            #expect(try store.lookupEntities(name: entity.name) == sqlite.lookupEntities(name: entity.name), "\(entity.name)")
            #expect(try store.relations(key: entity.key, limit: 50) == sqlite.relations(key: entity.key, limit: 50), "\(entity.name)")
        }
        let names = ["Lindqvist", "Peña", "UN", "EU", "TV", "Volkov", "Dmitry Volkov", "Santos", "Maria Santos", "Mr Okafor", "ruiz tagle", "OBrien", "nobody at all"]
        for name in names {
            #expect(try store.lookupEntities(name: name) == sqlite.lookupEntities(name: name), "\(name)")
        }
        // Short forms' own keys lead to the entity they stand for, in both.
        for key in try sqlite.entities(kind: nil, limit: 1_000).map(\.key) + names.map({ EntityKey.make(kind: .person, name: $0) }) {
            #expect(try store.entityPage(key: key) == sqlite.entityPage(key: key), "\(key)")
        }
        let top = Array(entities.prefix(12))
        for a in top {
            for b in top where a.key != b.key {
                #expect(try store.sharedReports(key: a.key, with: b.key) == sqlite.sharedReports(key: a.key, with: b.key), "\(a.name) with \(b.name)")
            }
        }
    }

    @Test func theTrapsGiveTheirShortFormsAndAuthorsOnBothStores() throws {
        let corpus = try ServerCorpus(copying: Self.traps)
        try corpus.index()
        let sqlite = try corpus.sqliteStore(), store = try corpus.store()
        let pages = try sqlite.entities(kind: .person, limit: 1_000).compactMap { try store.entityPage(key: $0.key) }
        // The traps are there to be met: someone could be two people, and someone wrote a report.
        #expect(pages.contains { !$0.couldBe.isEmpty })
        #expect(pages.contains { !$0.written.isEmpty })
        for page in pages { #expect(try sqlite.entityPage(key: page.key) == page, "\(page.name)") }
    }

    /// What a user runs: `people --json` and `person NAME --json` print the same from both.
    @Test(arguments: [
        (PostgresTestServer.bundledArticles, ["Okafor", "Volkov", "Mr Okafor", "Lindqvist", "UN", "nobody at all"]),
        (traps, ["Santos", "Maria Santos", "ruiz tagle", "OBrien", "Hana Sato", "TV", "EU"]),
    ])
    func peopleAndPersonPrintTheSameJSONFromBothStores(folder: String, names: [String]) throws {
        let corpus = try ServerCorpus(copying: folder)
        let sqlitePath = corpus.root + "/cli.sqlite"
        func run(_ arguments: [String], index: String) throws -> (status: Int32, json: Any?) {
            let result = try PostgresTestServer.run(PostgresTestServer.binary, arguments + ["--dir", corpus.folder, "--index", index, "--json"])
            guard !result.out.isEmpty else { return (result.status, nil) }
            var json = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
            // How current the answer is depends on how the store was checked, not on the answer.
            if var object = json as? [String: Any] {
                object["freshness"] = nil
                json = object
            }
            return (result.status, json)
        }
        func same(_ arguments: [String]) throws -> Any? {
            let a = try run(arguments, index: sqlitePath), b = try run(arguments, index: corpus.url)
            #expect(a.status == b.status, "\(arguments)")
            #expect(NSArray(array: [a.json ?? NSNull()]).isEqual(to: [b.json ?? NSNull()]), "\(arguments)")
            return a.json
        }
        let people = try same(["people", "--kind", "person"]) as? [[String: Any]] ?? []
        let listed = people.compactMap { $0["name"] as? String }
        #expect(listed.count > 5)
        var pages = 0
        for name in listed.prefix(12) + names {
            let page = try same(["person", name]) as? [String: Any]
            if page?["articles"] != nil { pages += 1 }
        }
        #expect(pages >= 12)
        _ = try same(["people"])
    }
}
