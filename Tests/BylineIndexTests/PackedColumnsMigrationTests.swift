import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// Migration 7 packs `appearance.mentions` and `reportEntities.entities`: an index written
/// before it (decimal text, 32-bit words) reads the same after opening as one written packed.
@Suite struct PackedColumnsMigrationTests {
    /// Everything the stored mentions and report entities show: each report with its
    /// entities' mentions, each entity's page and connections, the reports entities share.
    struct Shown: Equatable {
        var articles: [Article]
        var pages: [EntityPage?]
        var relations: [EntityRelations?]
        var shared: [SharedReport]
        var named: [String: String]
    }

    static func shown(_ corpus: FixtureCorpus, _ database: IndexDatabase) throws -> Shown {
        let store = corpus.store(database)
        let ids = try store.summaries().map(\.id)
        let keys = try database.read { try String.fetchAll($0, sql: "SELECT key FROM entity ORDER BY key") }
        return Shown(articles: try ids.map { try store.article(id: $0) },
                     pages: try keys.map { try store.entityPage(key: $0) },
                     relations: try keys.map { try store.relations(key: $0, limit: 50) },
                     shared: try keys.prefix(6).flatMap { a in try keys.prefix(6).flatMap { try store.sharedReports(key: a, with: $0) } },
                     named: try store.namesByReport(ids: ids))
    }

    /// Writes the index's packed columns back in the forms of an index before migration 7 and
    /// forgets the migration, as the build before it left the index.
    static func unpack(_ database: IndexDatabase) throws {
        let textMentions = DatabaseFunction("testTextMentions", argumentCount: 1, pure: true) { values in
            let list = (Data.fromDatabaseValue(values[0]) ?? Data()).withUnsafeBytes { MentionList(packed: $0) }
            return list.items.map { item in
                let m = item.mention
                return "\(m.block) \(m.start) \(m.end - m.start) \(m.start - item.sentence.lowerBound) \(item.sentence.upperBound - m.end)"
                    + (m.inCredit ? " 1" : "")
            }.joined(separator: ",")
        }
        let wordEntities = DatabaseFunction("testWordEntities", argumentCount: 1, pure: true) { values in
            let report = (Data.fromDatabaseValue(values[0]) ?? Data()).withUnsafeBytes { ReportEntities(encoded: $0) }
            let words = report.entries.flatMap { [UInt32(truncatingIfNeeded: $0.entityId), UInt32($0.sentences.count)] + $0.sentences }
            return Data(words.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * $0)) } })
        }
        try database.writeWithoutTransaction { db in
            db.add(function: textMentions)
            db.add(function: wordEntities)
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            // Migration 1's column.
            try IndexSchema.remake("appearance", column: "mentions", as: """
                mentions TEXT NOT NULL CHECK (mentions NOT GLOB '*[^0-9 ,]*'
                        AND mentionCount = (mentions != '') + length(mentions) - length(replace(mentions, ',', '')))
                """, values: "articleId, entityId, ordinal, name, aliases, roles, mentionCount, testTextMentions(mentions)", in: db)
            try db.execute(sql: """
                UPDATE reportEntities SET entities = testWordEntities(entities);
                DELETE FROM grdb_migrations WHERE identifier LIKE '7 %';
                PRAGMA foreign_keys = ON;
                """)
        }
    }

    @Test func anIndexWrittenBeforeMigrationSevenReadsTheSameAfterOpening() throws {
        let corpus = try FixtureCorpus()
        for (path, article) in SampleReports.all { try corpus.write(path, article) }
        let before: Shown
        do {
            let database = try corpus.openDatabase()
            try corpus.index(database)
            before = try Self.shown(corpus, database)
            #expect(before.pages.contains { ($0?.articles.first?.mentions.count ?? 0) > 0 })
            #expect(!before.shared.isEmpty)
            try Self.unpack(database)
            let old = try database.read { try String.fetchAll($0, sql: "SELECT DISTINCT typeof(mentions) FROM appearance") }
            #expect(old == ["text"])
        }
        // A search's one-shot open leaves the earlier index to the writing open, which migrates it.
        #expect(throws: IndexError.self) { try IndexDatabase(readingOnce: corpus.indexPath) }
        let database = try corpus.openDatabase()
        _ = try IndexDatabase(readingOnce: corpus.indexPath)
        #expect(try database.appliedMigrations().count == IndexSchema.migrator.migrations.count)
        #expect(try database.read { try String.fetchAll($0, sql: "SELECT DISTINCT typeof(mentions) FROM appearance") } == ["blob"])
        #expect(try Self.shown(corpus, database) == before)
        #expect(try database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try database.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)

        // The migrated index keeps its totals exact as reports go, through the recreated trigger.
        try corpus.remove(SampleReports.all[0].0)
        try corpus.index(database)
        #expect(try EntityTotalsTests.recounted(database) == EntityTotalsTests.totals(database))
    }
}
