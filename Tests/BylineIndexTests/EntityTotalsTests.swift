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
                SELECT 'alias ' || e.key || ' ' || a.name || ' ' || a.folded || ' ' || a.articleCount || ' ' || a.nameCount
                FROM alias a JOIN entity e ON e.id = a.entityId
                UNION ALL
                SELECT 'role ' || e.key || ' ' || r.role || ' ' || r.articleCount FROM role r JOIN entity e ON e.id = r.entityId
                UNION ALL
                SELECT 'link ' || s.key || ' ' || t.key FROM entityLink l JOIN entity s ON s.id = l.entityId JOIN entity t ON t.id = l.targetId
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

    /// The bundled articles copied into a fixture folder, indexed in full.
    static func indexedCopyOfTheBundledArticles() throws -> (FixtureCorpus, IndexDatabase) {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Articles").path
        let corpus = try FixtureCorpus()
        try FileManager.default.removeItem(atPath: corpus.folder)
        try FileManager.default.copyItem(atPath: articles, toPath: corpus.folder)
        let database = try corpus.openDatabase()
        try index(corpus.folder, into: database)
        return (corpus, database)
    }

    static func index(_ folder: String, into database: IndexDatabase) throws {
        var indexer = Indexer(database: database, corpus: folder)
        indexer.batchSize = 3
        indexer.commitInterval = 0
        _ = try indexer.update()
    }

    @Test func anIndexKeptUpToDateNamesAndCountsEntitiesAsARebuildDoes() throws {
        let (corpus, database) = try Self.indexedCopyOfTheBundledArticles()
        let before = try Self.totals(database)
        // Reports removed, one edited to name someone new and drop a name, one added.
        try corpus.remove("2024-06-03-valparaiso-strike-begins.txt")
        try corpus.remove("lake-balkhash-water-rights.json")
        let edited = corpus.folder + "/2024-05-02-okafor-visits-balkhash.txt"
        let text = try String(contentsOfFile: edited, encoding: .utf8)
        try (text.replacingOccurrences(of: "Okafor", with: "Okafor-Reyes")
             + "\nLater, Minister Ingrid Solberg of Norway met Dmitri Volkov in Almaty.\n")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        let added = try String(contentsOfFile: corpus.folder + "/2024-06-07-rotterdam-ships-backlog.txt", encoding: .utf8)
        try (added + "\nHarbour master Piet de Graaf of the Port of Rotterdam Authority said the Port of Rotterdam Authority would add shifts.\n")
            .write(toFile: corpus.folder + "/2024-06-08-rotterdam-backlog-update.txt", atomically: true, encoding: .utf8)
        try Self.index(corpus.folder, into: database)
        let kept = try Self.totals(database)
        #expect(kept != before)

        let rebuilt = try FixtureCorpus()
        try FileManager.default.removeItem(atPath: rebuilt.folder)
        try FileManager.default.copyItem(atPath: corpus.folder, toPath: rebuilt.folder)
        let fresh = try rebuilt.openDatabase()
        try Self.index(rebuilt.folder, into: fresh)
        let wanted = try Self.totals(fresh)
        #expect(kept.count == wanted.count)
        for (a, b) in zip(kept, wanted) where a != b {
            Issue.record("kept up to date: \(String(decoding: a, as: UTF8.self)); rebuilt: \(String(decoding: b, as: UTF8.self))")
        }
        #expect(kept == wanted)
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM appearanceGone") } == 0)
    }

    @Test func removingTheReportsThatGaveAnEntityItsNameRenamesItAndRemovingTheLastRemovesIt() throws {
        let corpus = try FixtureCorpus()
        let okafor = { (name: String) in Reports.person(name, key: "person:okafor", roles: ["minister"]) }
        try corpus.write("1.txt", Reports.article("One", ["Amara Okafor spoke."], naming: [okafor("Amara Okafor")]))
        try corpus.write("2.txt", Reports.article("Two", ["Amara Okafor spoke again."], naming: [okafor("Amara Okafor")]))
        try corpus.write("3.txt", Reports.article("Three", ["A. Okafor replied."], naming: [okafor("A. Okafor")]))
        try corpus.write("4.txt", Reports.article("Four", ["Lund said so."], naming: [Reports.place("Lund", key: "place:lund")]))
        let database = try corpus.openDatabase()
        try corpus.index(database)
        let store = corpus.store(database)
        #expect(try store.entityPage(key: "person:okafor")?.name == "Amara Okafor")

        try corpus.remove("1.txt")
        try corpus.remove("2.txt")
        try corpus.remove("4.txt")
        try corpus.index(database)
        let page = try store.entityPage(key: "person:okafor")
        #expect(page?.name == "A. Okafor")
        #expect(page?.articles.count == 1)
        #expect(try store.entityPage(key: "place:lund") == nil)
        #expect(try Self.recounted(database) == Self.totals(database))
    }
}
