import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// The totals counted while a run writes (`EntityTally`) must be the ones the SQL recount gives,
/// or an entity would read differently after a full and an incremental run.
@Suite struct EntityTotalsTests {
    /// Every entity's name and counts, and every alias and role row, in a fixed order, as bytes:
    /// Swift would find `Peña` written with `ñ` equal to `Peña` written with `n` and a tilde.
    static func totals(_ database: IndexDatabase) throws -> [[UInt8]] {
        try database.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'entity ' || key || ' ' || name || ' ' || articleCount || ' ' || mentionCount || ' ' || stale FROM entity
                UNION ALL
                SELECT 'alias ' || e.key || ' ' || a.name || ' ' || a.folded || ' ' || a.articleCount FROM alias a JOIN entity e ON e.id = a.entityId
                UNION ALL
                SELECT 'role ' || e.key || ' ' || r.role || ' ' || r.articleCount FROM role r JOIN entity e ON e.id = r.entityId
                ORDER BY 1
                """).map { Array($0.utf8) }
        }
    }

    /// The same index with every entity recounted by SQL alone.
    static func recounted(_ database: IndexDatabase) throws -> [[UInt8]] {
        try database.write { db in
            try db.execute(sql: "UPDATE entity SET stale = 1")
            try EntityTotals.refresh(db)
        }
        return try totals(database)
    }

    @Test func theBundledArticlesCountTheSameBothWays() throws {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Articles").path
        let corpus = try FixtureCorpus()
        let database = try corpus.openDatabase()
        var indexer = Indexer(database: database, corpus: articles)
        indexer.batchSize = 3
        indexer.commitInterval = 0
        let summary = try indexer.update()
        #expect(summary.reports > 20)
        let counted = try Self.totals(database)
        #expect(counted.count > 100)
        #expect(counted.contains { String(decoding: $0, as: UTF8.self).contains("Дмитрий Волков") })
        #expect(counted.contains { $0.starts(with: "role ".utf8) })
        #expect(try Self.recounted(database) == counted)
    }

    @Test func namesAreChosenAndCountedByTheirBytesAsSQLiteDoes() throws {
        let corpus = try FixtureCorpus()
        let nfc = "Pe\u{F1}a", nfd = "Pen\u{303}a"
        let pena = { (name: String, aliases: [String]) in
            Reports.person(name, key: "person:pena", aliases: aliases, roles: ["mayor", "Mayor"])
        }
        try corpus.write("1.txt", Reports.article("One", ["ALMATY: \(nfc) spoke. PEÑA left."], naming: [pena(nfc, ["PEÑA"]), Reports.place("ALMATY", key: "place:almaty")]))
        try corpus.write("2.txt", Reports.article("Two", ["\(nfd) spoke in Almaty."], naming: [pena(nfd, []), Reports.place("Almaty", key: "place:almaty")]))
        try corpus.write("3.txt", Reports.article("Three", ["PEÑA spoke in ALMATY."], naming: [pena("PEÑA", []), Reports.place("ALMATY", key: "place:almaty")]))
        try corpus.write("4.txt", Reports.article("Four", ["Ana Peña and Bo Peña met."], naming: [
            Reports.person("Ana Peña", key: "person:ab"), Reports.person("Bo Peña", key: "person:ab"),
        ]))
        let database = try corpus.openDatabase()
        try corpus.index(database)
        let counted = try Self.totals(database)
        // Two ways of writing Peña are two names, each in one report: the longer in scalars wins.
        #expect(counted.contains(Array("entity person:pena \(nfd) 3 4 0".utf8)))
        // Capitals give way to the form written in the text, though more reports use them.
        #expect(counted.contains(Array("entity place:almaty Almaty 3 3 0".utf8)))
        #expect(counted.filter { $0.starts(with: "alias person:pena".utf8) }.count == 3)
        #expect(counted.filter { $0.starts(with: "role person:pena".utf8) }.count == 2)
        #expect(try Self.recounted(database) == counted)
    }
}
