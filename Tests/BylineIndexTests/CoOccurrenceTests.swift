import BylineCore
import Foundation
import GRDB
import Testing
import BylineTestSupport
@testable import BylineIndex

/// The co-occurrence counts the indexer keeps for connections and timelines: always what a
/// count from every report gives, and giving the same connections as counting report by report,
/// short forms (a surname alone) included.
@Suite struct CoOccurrenceTests {
    /// Okafor alone: the index links it to Amara Okafor, the one person of that surname.
    static let okaforAlone = Reports.person("Okafor", key: "person:okafor")
    static let volkovAlone = Reports.person("Volkov", key: "person:volkov")

    let corpus: FixtureCorpus
    let database: IndexDatabase
    var store: IndexStore { corpus.store(database) }

    init() throws {
        corpus = try FixtureCorpus()
        let reports: [(String, String?, [String], [Reports.Named])] = [
            ("a.json", "2024-01-10", ["Amara Okafor met Dmitri Volkov in Geneva.", "Reuters reported it."],
             [PlainNames.okafor, PlainNames.volkov, PlainNames.geneva, PlainNames.reuters]),
            // Both of Okafor's forms, and both of Volkov's, in one report.
            ("b.json", "2024-01-22", ["Amara Okafor spoke.", "Later Okafor and Volkov left Geneva.", "Dmitri Volkov said nothing."],
             [PlainNames.okafor, Self.okaforAlone, PlainNames.volkov, Self.volkovAlone, PlainNames.geneva]),
            ("c.json", "2024-04-05", ["Okafor wrote to Reuters."], [Self.okaforAlone, PlainNames.reuters]),
            ("d.json", nil, ["Dmitri Volkov visited Geneva, Reuters said."], [PlainNames.volkov, PlainNames.geneva, PlainNames.reuters]),
            ("e.json", "2024-04-06", ["Volkov and Okafor spoke in Geneva."], [Self.volkovAlone, Self.okaforAlone, PlainNames.geneva]),
        ]
        for (name, date, paragraphs, naming) in reports {
            try corpus.write(name, Reports.article("Report \(name)", date: date, paragraphs, naming: naming))
        }
        database = try corpus.openDatabase()
        try corpus.index(database)
    }

    func expectCountsMatchEveryReport(_ comment: Comment) throws {
        let stored = try database.read { try CoOccurrence.stored(in: $0) }
        let computed = try database.read { try CoOccurrence.computed(in: $0) }
        #expect(!stored.pairs.isEmpty, comment)
        #expect(stored == computed, comment)
    }

    func pair(_ a: String, _ b: String) throws -> CoOccurrence.Pair? {
        try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT reports, sentenceReports, sentences FROM entityPair
                WHERE entityId = (SELECT id FROM entity WHERE key = ?) AND otherId = (SELECT id FROM entity WHERE key = ?)
                """, arguments: [a, b]).map { CoOccurrence.Pair(reports: $0[0], sentenceReports: $0[1], sentences: $0[2]) }
        }
    }

    @Test func eachPairCountsTheReportsSentencesAndDaysNamingBoth() throws {
        // Okafor and Volkov (full names) share a and b; one sentence names both in a only.
        #expect(try pair(PlainNames.okafor.key, PlainNames.volkov.key) == .init(reports: 2, sentenceReports: 1, sentences: 1))
        #expect(try pair(PlainNames.volkov.key, PlainNames.okafor.key) == .init(reports: 2, sentenceReports: 1, sentences: 1))
        #expect(try pair(PlainNames.okafor.key, "place:nowhere") == nil)
        let days = try database.read { try Int.fetchAll($0, sql: """
            SELECT day FROM entityDay WHERE entityId = (SELECT id FROM entity WHERE key = ?) ORDER BY day
            """, arguments: [PlainNames.volkov.key]) }
        // d is undated: it has no day row.
        #expect(days == ["2024-01-10", "2024-01-22"].map { ArticleDate(iso: $0)!.dayNumber })
    }

    @Test func theCountsStayThoseOfEveryReportThroughEditsRemovalsAdditionsAndRenames() throws {
        try expectCountsMatchEveryReport("after the first run")
        try corpus.write("a.json", Reports.article("Report a, rewritten", date: "2024-02-01", ["Amara Okafor met Reuters alone."],
                                                   naming: [PlainNames.okafor, PlainNames.reuters]))
        try corpus.index(database)
        try expectCountsMatchEveryReport("after an edit")
        #expect(try pair(PlainNames.okafor.key, PlainNames.volkov.key) == .init(reports: 1, sentenceReports: 0, sentences: 0))
        try corpus.remove("b.json")
        try corpus.index(database)
        try expectCountsMatchEveryReport("after a removal")
        // No report names both any more: the row is gone, not left at zero.
        #expect(try pair(PlainNames.okafor.key, PlainNames.volkov.key) == nil)
        try corpus.write("f.json", Reports.article("Report f", date: "2024-04-01", ["Dmitri Volkov and Amara Okafor met."],
                                                   naming: [PlainNames.volkov, PlainNames.okafor]))
        try corpus.move("c.json", to: "c2.json")
        try corpus.index(database)
        try expectCountsMatchEveryReport("after an addition and a rename")
        #expect(try pair(PlainNames.okafor.key, PlainNames.volkov.key) == .init(reports: 1, sentenceReports: 1, sentences: 1))
    }

    @Test func aReportNamingTwoFormsOfOnePersonCountsOnceInTheirConnectionsAndTimeline() throws {
        let relations = try #require(try store.relations(key: PlainNames.okafor.key, limit: 10))
        // a, b, c and e name Okafor one way or the other; b names her both ways.
        #expect(relations.reports == 4)
        let volkov = try #require(relations.connections.first { $0.key == PlainNames.volkov.key })
        // a, b and e name Volkov (b both ways): three reports, not four.
        #expect(volkov.reports == 3)
        #expect(relations.timeline.buckets.map(\.reports) == [2, 0, 0, 2])
        #expect(relations.timeline.undated == 0)
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entityLinkReport") } == 1)
    }

    @Test func connectionsFromTheStoredCountsEqualThoseCountedReportByReport() throws {
        let keys = try database.read { try String.fetchAll($0, sql: "SELECT key FROM entity ORDER BY key") }
        #expect(keys.count == 6)
        for key in keys {
            let stored = try store.relations(key: key, limit: 10)
            #expect(stored != nil)
            #expect(stored == (try store.relationsCountingReports(key: key, limit: 10)), "\(key)")
            #expect(stored == (try store.relationsWorkingLinksOut(key: key, limit: 10)), "\(key)")
        }
        // Limits that cut the list give the same best ones.
        #expect(try store.relations(key: PlainNames.geneva.key, limit: 1) == store.relationsCountingReports(key: PlainNames.geneva.key, limit: 1))
    }

    @Test func anIndexOfMigrationThreeIsCountedOnOpening() throws {
        // Drop what migration 4 made, as an index of the build before it.
        try database.write { db in
            try db.execute(sql: """
                DROP TABLE entityPair; DROP TABLE entityDay; DROP TABLE entityLinkReport;
                DELETE FROM grdb_migrations WHERE identifier LIKE '4 %';
                """)
        }
        let reopened = try corpus.openDatabase()
        #expect(try reopened.appliedMigrations().count == IndexSchema.migrator.migrations.count)
        let stored = try reopened.read { try CoOccurrence.stored(in: $0) }
        #expect(!stored.pairs.isEmpty)
        #expect(stored == (try reopened.read { try CoOccurrence.computed(in: $0) }))
        #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entityLinkReport") } == 1)
    }
}
