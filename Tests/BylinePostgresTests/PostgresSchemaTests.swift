import BylineCore
import Foundation
import Testing
@testable import BylinePostgres

@Suite(.enabled(if: PostgresTestServer.available, "needs a throwaway PostgreSQL server (scripts/postgres-throwaway.sh start)"))
struct PostgresSchemaTests {
    @Test func theFirstRunMakesTheTablesThroughNumberedMigrationsAndASecondRunKeepsThem() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let store = try corpus.store()
        #expect(try store.appliedMigrations() == ["files, reports, full text, entities", "porter stemming, tags"])
        let session = try PostgresSession(corpus.location)
        defer { session.close() }
        let tables = try session.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").compactMap { try? $0.decode(String.self) }
        #expect(tables == ["alias", "appearance", "article", "byline_migration", "corpus", "entity", "file", "mention", "role", "tag"])
        let gin = try session.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'article_search'").first.flatMap { try? $0.decode(String.self) }
        #expect(gin?.contains("USING gin (search)") == true)
        try corpus.index()
        #expect(try store.appliedMigrations().count == 2)
    }

    @Test func aDatabaseMadeByTheFirstMigrationIsUpgradedToStemsAndTags() throws {
        let corpus = try ServerCorpus()
        let session = try PostgresSession(corpus.location)
        defer { session.close() }
        try session.query("CREATE TABLE byline_migration (version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())")
        for statement in PostgresSchema.statements(PostgresSchema.version1) { try session.query(statement) }
        try session.query("INSERT INTO byline_migration(version, name) VALUES (1, 'files, reports, full text, entities')")
        try corpus.index()
        let store = try corpus.store()
        #expect(try store.appliedMigrations() == ["files, reports, full text, entities", "porter stemming, tags"])
        let sqlite = try corpus.sqliteStore()
        for query in ["rights", "tag:interview"] {
            #expect(try store.search(query, limit: 50).total == sqlite.search(query, limit: 50).total, "\(query)")
        }
        #expect(try store.search("tag:interview", limit: 50).total > 0)
    }

    @Test func aMarkKeyNamesTheSameReportAfterItsFileIsRenamed() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let store = try corpus.store()
        let report = try #require(store.summaries().first)
        let key = try #require(try store.contentKey(id: report.id))
        #expect(try key == corpus.sqliteStore().contentKey(id: report.id))
        #expect(try store.reportID(contentKey: key) == report.id)
        let url = URL(fileURLWithPath: report.path)
        try FileManager.default.moveItem(at: url, to: url.deletingLastPathComponent().appendingPathComponent("renamed-" + url.lastPathComponent))
        try corpus.index()
        let moved = try #require(try store.reportID(contentKey: key))
        #expect(try store.article(id: moved).title == report.title)
        #expect(try store.contentKey(id: moved) == key)
        #expect(try store.reportID(contentKey: "0/0") == nil)
        #expect(try store.reportID(contentKey: "not a key") == nil)
    }

    @Test func theTitleWeighsMoreThanTheBodyInTheGeneratedVector() throws {
        let corpus = try ServerCorpus(copying: nil)
        try FileManager.default.createDirectory(atPath: corpus.folder, withIntermediateDirectories: true)
        try corpus.write("a.md", "---\ntitle: Harbour cranes idle\ndate: 2024-06-01\n---\nThe port was quiet on Monday.\n")
        try corpus.write("b.md", "---\ntitle: Quiet Monday\ndate: 2024-06-01\n---\nCranes stood idle at the harbour on Monday.\n")
        try corpus.index()
        let hits = try corpus.store().search("cranes", limit: 5).hits
        #expect(hits.map(\.id) == ["a", "b"])
    }

    @Test func severalCorporaShareOneDatabaseKeyedByName() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let other = NSTemporaryDirectory() + "byline-pg-other-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: other) }
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try "June 3, 2024\n\nA lone report\n\nMayor Marianne de Graaf spoke in Rotterdam.\n".write(toFile: other + "/one.txt", atomically: true, encoding: .utf8)
        _ = try PostgresIndexer(location: corpus.location, corpus: other, corpusName: "desk-two").update()
        #expect(try PostgresStore(location: corpus.location, corpus: other, corpusName: "desk-two").summaryCount() == 1)
        #expect(try corpus.store().summaryCount() == 27)
    }

    @Test func aDatabaseWithoutTheSchemaIsOneLineSayingToIndexFirst() throws {
        let url = try #require(PostgresTestServer.shared).freshDatabase()
        let error = #expect(throws: PostgresStoreError.self) { try PostgresStore(location: PostgresLocation(url: url), corpus: "Articles") }
        #expect(error?.kind == .noIndex)
        #expect(error?.description.contains("has no Byline index; run byline index DIR --index postgresql://byline@127.0.0.1:") == true)
        #expect(error?.description.contains("byline:byline") == false)
    }
}
