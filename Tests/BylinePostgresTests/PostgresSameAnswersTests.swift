import BylineCore
import BylineIndex
import Foundation
import Testing
@testable import BylinePostgres

/// On the bundled Articles/, the PostgreSQL store answers as the SQLite index does.
@Suite(.enabled(if: PostgresTestServer.available, "needs a throwaway PostgreSQL server (scripts/postgres-throwaway.sh start)"))
struct PostgresSameAnswersTests {
    static let queries = [
        "water", "water rights", "\"water rights\"", "ship*", "strike OR protest", "water -drought", "water NOT drought",
        "person:Okafor", "person:\"Amara Okafor\"", "-person:Volkov water", "place:Rotterdam", "org:\"United Nations\"",
        "org:UN", "after:2024-06", "before:2024-06 water", "after:2024 before:2024-07", "\"sea level\"", "Balkhash OR Geneva",
        "pena", "Peña", "-water", "talks -person:Okafor", "desal*", "\"water rights", "OR water",
    ]

    @Test func everyQueryFormFindsTheSameReportsAndTotals() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let sqlite = try corpus.sqliteStore(), store = try corpus.store()
        for query in Self.queries {
            let a = try sqlite.search(query, limit: 100), b = try store.search(query, limit: 100)
            #expect(Set(a.hits.map(\.id)) == Set(b.hits.map(\.id)), "\(query)")
            #expect(a.total == b.total, "\(query)")
            #expect(a.hint == b.hint, "\(query)")
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

    @Test func theEntityListAndEveryEntityPageAreTheSame() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let sqlite = try corpus.sqliteStore(), store = try corpus.store()
        let entities = try sqlite.entities(kind: nil, limit: 1_000)
        #expect(try store.entities(kind: nil, limit: 1_000) == entities)
        for kind in Entity.Kind.allCases {
            #expect(try store.entities(kind: kind, limit: 7) == sqlite.entities(kind: kind, limit: 7))
        }
        for entity in entities {
            #expect(try store.entityPage(key: entity.key) == sqlite.entityPage(key: entity.key), "\(entity.name)")
            #expect(try store.lookupEntities(name: entity.name) == sqlite.lookupEntities(name: entity.name), "\(entity.name)")
        }
        for name in ["Lindqvist", "Peña", "UN", "Volkov", "Dmitry Volkov", "nobody at all"] {
            #expect(try store.lookupEntities(name: name) == sqlite.lookupEntities(name: name), "\(name)")
        }
    }
}
