import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

@Suite struct SchemaTests {
    @Test func aNewIndexHasEveryMigrationApplied() throws {
        let corpus = try FixtureCorpus()
        let database = try corpus.openDatabase()
        #expect(try database.appliedMigrations() == ["1 files, reports, full text, entities", "2 stored entity links",
                                                      "3 entity totals brought up to date by differences", "4 co-occurrence counts",
                                                      "5 stems for did you mean", "6 report counts of stems", "7 mentions and report entities packed"])
        let tables = try database.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articleText_%' AND name NOT LIKE 'grdb_%' ORDER BY name") }
        #expect(tables == ["alias", "appearance", "appearanceGone", "article", "articleText", "articleVocab", "entity", "entityDay", "entityLink",
                           "entityLinkReport", "entityPair", "file", "folder", "meta", "reportEntities", "role", "stem", "tag"])
        #expect(try database.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 32768)
    }

    @Test func theFullTextTableFoldsAccentsStemsAndWeightsTheTitle() throws {
        let corpus = try FixtureCorpus()
        let database = try corpus.openDatabase()
        let sql = try database.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'articleText'") }
        #expect(sql?.contains("tokenize = 'porter unicode61 remove_diacritics 2'") == true)
        #expect(sql?.contains("content = 'article'") == true)
        let rank = try database.read { try String.fetchOne($0, sql: "SELECT v FROM articleText_config WHERE k = 'rank'") }
        #expect(rank == "bm25(5.0, 1.0)")
        let hashSize = try database.read { try Int.fetchOne($0, sql: "SELECT v FROM articleText_config WHERE k = 'hashsize'") }
        #expect(hashSize == 8 << 20)
    }

    @Test func reopeningAnIndexKeepsItsContent() throws {
        let corpus = try FixtureCorpus()
        for (path, article) in SampleReports.all { try corpus.write(path, article) }
        try corpus.index(corpus.openDatabase())
        let reopened = try corpus.openDatabase()
        #expect(try corpus.store(reopened).summaries().count == 6)
        #expect(try reopened.appliedMigrations().count == IndexSchema.migrator.migrations.count)
    }

    @Test func anIndexOfMigrationOneGainsStoredLinksOnOpeningAndTheNextRunFillsThem() throws {
        let corpus = try FixtureCorpus()
        for (path, article) in SampleReports.all { try corpus.write(path, article) }
        try FileManager.default.createDirectory(atPath: (corpus.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // An index as the build before migration 2 left it.
        let old = try DatabaseQueue(path: corpus.indexPath)
        var first = DatabaseMigrator()
        first.registerMigration("1 files, reports, full text, entities", migrate: IndexSchema.version1)
        try first.migrate(old)
        try old.close()
        let database = try corpus.openDatabase()
        #expect(try database.appliedMigrations().count == IndexSchema.migrator.migrations.count)
        #expect(try database.read { try EntityLinks.stored(in: $0) } == nil)
        try corpus.index(database)
        #expect(try database.read { try EntityLinks.stored(in: $0) } == database.read { try EntityLinks.computed(in: $0) })
    }

    @Test func anIndexOfMigrationTwoCountsNamesOnOpeningAndKeepsTotalsExactAsReportsGo() throws {
        let corpus = try FixtureCorpus()
        for (path, article) in SampleReports.all { try corpus.write(path, article) }
        do {
            let database = try corpus.openDatabase()
            try corpus.index(database)
            // Back to what the build before migration 3 left (without migration 4 either).
            try database.writeWithoutTransaction { db in
                try db.execute(sql: """
                    DELETE FROM grdb_migrations WHERE identifier LIKE '3 %' OR identifier LIKE '4 %' OR identifier LIKE '5 %' OR identifier LIKE '6 %';
                    DROP TABLE stem; DELETE FROM meta WHERE key IN ('stems', 'stemReports');
                    DROP TABLE entityPair; DROP TABLE entityDay; DROP TABLE entityLinkReport;
                    DROP TABLE appearanceGone;
                    DROP TRIGGER appearance_delete;
                    CREATE TRIGGER appearance_delete AFTER DELETE ON appearance BEGIN
                        UPDATE entity SET stale = 1 WHERE id = old.entityId AND stale = 0;
                    END;
                    ALTER TABLE alias DROP COLUMN nameCount;
                    """)
            }
        }
        let database = try corpus.openDatabase()
        #expect(try database.appliedMigrations().count == IndexSchema.migrator.migrations.count)
        let named = try EntityTotalsTests.totals(database)
        // The name each report gives, counted from the appearances; an alias alone counts none.
        let volkov = named.map { String(decoding: $0, as: UTF8.self) }.filter { $0.hasPrefix("alias person:dmitri-volkov ") }
        #expect(volkov.contains { $0.hasPrefix("alias person:dmitri-volkov Dmitri Volkov ") && !$0.hasSuffix(" 0") })
        #expect(volkov.contains { $0.hasPrefix("alias person:dmitri-volkov Volkov ") && $0.hasSuffix(" 0") })
        #expect(try EntityTotalsTests.recounted(database) == named)

        try corpus.remove(SampleReports.all[0].0)
        try corpus.index(database)
        let kept = try EntityTotalsTests.totals(database)
        #expect(kept != named)
        #expect(try EntityTotalsTests.recounted(database) == kept)
    }

    @Test func theDatabaseRefusesRowsThatBreakTheInvariants() throws {
        let (_, database, _) = try SampleReports.indexed()
        let violations = [
            "INSERT INTO article(fileId, ordinal, key, format, title, titleDerived, body, personCount, details) VALUES (999, 0, 'x', 'text', 't', 0, 'b', 0, '{}')",
            "INSERT INTO article(fileId, ordinal, key, format, title, titleDerived, body, personCount, details) SELECT id, 5, 'y', 'pdf', 't', 0, 'b', 0, '{}' FROM file LIMIT 1",
            "INSERT INTO article(fileId, ordinal, key, format, title, titleDerived, body, personCount, details) SELECT id, 5, 'y', 'text', 't', 0, 'b', 0, '{}' FROM file LIMIT 1".replacingOccurrences(of: "'t'", with: "NULL"),
            "UPDATE article SET date = '3 May 2024' WHERE key = '2024/balkhash-drought'",
            "UPDATE appearance SET mentions = mentions || ';0 5 3 1 9'",
            "UPDATE appearance SET mentionCount = mentionCount + 1",
            "INSERT INTO appearance(articleId, entityId, ordinal, name, mentionCount, mentions) SELECT a.id + 100, e.id, 9, 'n', 0, '' FROM article a, entity e LIMIT 1",
            "INSERT INTO entity(key, kind, name) VALUES ('x', 'animal', 'Rex')",
            "INSERT INTO appearance(articleId, entityId, ordinal, name, aliases, roles, mentionCount, mentions) SELECT a.id, e.id, 9, 'n', 'not json', '[]', 0, '' FROM article a, entity e LIMIT 1",
            "INSERT INTO entityPair(entityId, otherId, reports, sentenceReports, sentences) VALUES (1, 2, 1, 2, 2)",
            "INSERT INTO entityDay(entityId, day, reports) VALUES (1, 19000, -1)",
            "UPDATE stem SET reports = -1",
        ]
        for sql in violations {
            do {
                try database.write { try $0.execute(sql: sql) }
                Issue.record("accepted: \(sql)")
            } catch {
                #expect(error.description.contains("constraint failed"), "\(sql)")
            }
        }
    }

    @Test func deletingAFileCascadesToEverythingItHeld() throws {
        let (_, database, store) = try SampleReports.indexed()
        try database.write { db in
            try db.execute(sql: "DELETE FROM file WHERE path = '2024/valparaiso-strike.txt'")
            try EntityTotals.refresh(db)
        }
        let orphans = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM appearance WHERE articleId NOT IN (SELECT id FROM article)")
        }
        #expect(orphans == 0)
        #expect(try store.search("wages", limit: 10).total == 0)
        #expect(try store.entityPage(key: "person:jose-ignacio-pena-alvarez") == nil)
        try database.write { try $0.execute(sql: "INSERT INTO articleText(articleText) VALUES ('integrity-check')") }
        #expect(try database.read { try String.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let corpus = try FixtureCorpus()
        try FileManager.default.createDirectory(atPath: corpus.root + "/cache", withIntermediateDirectories: true)
        let text = Data(String(repeating: "my notes, not a database\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: corpus.indexPath))
        let refusal = IndexError.notAnIndex(path: corpus.indexPath, reason: "file is not a database")
        #expect(throws: refusal) { try corpus.openDatabase() }
        #expect(refusal.description == "\(corpus.indexPath) is not a Byline index (file is not a database); delete it to rebuild, or pass --index PATH")
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.indexPath)) == text)
    }

    @Test func anIndexFromANewerBylineIsRefused() throws {
        let corpus = try FixtureCorpus()
        _ = try corpus.openDatabase()
        let queue = try DatabaseQueue(path: corpus.indexPath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('99 from the future')") }
        try queue.close()
        #expect(throws: IndexError.newerSchema(path: corpus.indexPath)) { try corpus.openDatabase() }
    }

    @Test func anIndexMadeByAnEarlierBuildIsErasedAndRebuilt() throws {
        let corpus = try FixtureCorpus()
        for (path, article) in SampleReports.all { try corpus.write(path, article) }
        let database = try corpus.openDatabase()
        try corpus.index(database)
        try database.write { try $0.execute(sql: "UPDATE meta SET value = 'earlier' WHERE key = 'layout'") }
        #expect(throws: IndexError.self) { try IndexDatabase(readingOnce: corpus.indexPath) }
        let reopened = try corpus.openDatabase()
        #expect(try corpus.store(reopened).summaries().isEmpty)
        let summary = try corpus.index(reopened)
        #expect(summary.added == 6)
        #expect(try corpus.store(reopened).search("wages", limit: 1).total == 1)
    }
}
