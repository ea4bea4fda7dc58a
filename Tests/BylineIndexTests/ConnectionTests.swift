import BylineCore
import BylineTestSupport
import Foundation
import Testing
@testable import BylineIndex

/// Who is named with whom: ranking, sentences, timelines and shared reports, from the index.
@Suite struct ConnectionTests {
    static let pena = Reports.person("Ana Peña", key: "person:ana-pena")

    let corpus: FixtureCorpus
    let database: IndexDatabase
    let store: IndexStore

    /// Ten reports, every one of them citing Reuters; Okafor in four, Volkov in three of those.
    init() throws {
        corpus = try FixtureCorpus()
        let dates = ["2024-06-03", "2024-06-20", "2024-09-01", nil, "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06"]
        for (i, date) in dates.enumerated() {
            var paragraphs: [String]
            var naming = [PlainNames.reuters]
            switch i {
            case 0, 1:
                paragraphs = ["Amara Okafor met Dmitri Volkov in Geneva.", "The talks ended late, Reuters reported."]
                naming += [PlainNames.okafor, PlainNames.volkov]
            case 2:
                paragraphs = ["Amara Okafor spoke first.", "Later, Dmitri Volkov left.", "Reuters had the story."]
                naming += [PlainNames.okafor, PlainNames.volkov]
            case 3:
                paragraphs = ["Amara Okafor wrote again.", "Reuters saw the letter."]
                naming += [PlainNames.okafor]
            default:
                paragraphs = ["Ana Peña opened the port, Reuters said."]
                naming += [Self.pena]
            }
            try corpus.write("r\(i).json", Reports.article("Report \(i)", date: date, paragraphs, naming: naming))
        }
        database = try corpus.openDatabase()
        try corpus.index(database)
        store = corpus.store(database)
    }

    @Test func anAgencyInEveryReportRanksBelowAPersonSharingFewerReports() throws {
        let relations = try #require(try store.relations(key: PlainNames.okafor.key, limit: 10))
        #expect(relations.reports == 4)
        #expect(relations.corpusReports == 10)
        #expect(relations.connections.map(\.name) == ["Dmitri Volkov", "Reuters"])
        let volkov = relations.connections[0], reuters = relations.connections[1]
        #expect((volkov.reports, volkov.sentenceReports, volkov.sentences, volkov.otherReports) == (3, 2, 2, 3))
        #expect(reuters.reports == 4)
        #expect(reuters.reports > volkov.reports)
        // Reuters is in every report: sharing all four of Okafor's is what chance gives.
        #expect(reuters.score == 0)
        let expected: Double = 3 * log2(30.0 / 12)
        #expect(abs(volkov.score - expected) < 1e-9)
    }

    @Test func theSameSentenceLeavesOutThoseNeverInASentenceWithTheEntity() throws {
        let relations = try #require(try store.relations(key: PlainNames.okafor.key, limit: 10))
        #expect(relations.ranked(.sentence).map(\.name) == ["Dmitri Volkov"])
        let pena = try #require(try store.relations(key: Self.pena.key, limit: 10))
        #expect(pena.ranked(.sentence).map(\.name) == ["Reuters"])
        #expect(pena.connections.map(\.name) == ["Reuters"])
    }

    @Test func anEntityNamedInNoOtherReportHasNoConnections() throws {
        try corpus.write("alone.json", Reports.article("Alone", date: "2024-01-01", ["Kenji Watanabe walked."],
                                                        naming: [Reports.person("Kenji Watanabe", key: "person:kenji-watanabe")]))
        try corpus.index(database)
        let relations = try #require(try store.relations(key: "person:kenji-watanabe", limit: 10))
        #expect(relations.connections.isEmpty)
        #expect(relations.timeline.buckets == [.init(period: "2024-W01", reports: 1)])
        #expect(try store.relations(key: "person:nobody", limit: 10) == nil)
    }

    @Test func theTimelineCountsReportsPerMonthWithEmptyMonthsAndUndatedApart() throws {
        let relations = try #require(try store.relations(key: PlainNames.okafor.key, limit: 10))
        #expect(relations.timeline.granularity == .month)
        #expect(relations.timeline.buckets.map(\.period) == ["2024-06", "2024-07", "2024-08", "2024-09"])
        #expect(relations.timeline.buckets.map(\.reports) == [2, 0, 0, 1])
        #expect(relations.timeline.undated == 1)
    }

    @Test func reportsWithinAShortSpanAreCountedPerWeek() throws {
        let relations = try #require(try store.relations(key: Self.pena.key, limit: 10))
        #expect(relations.timeline.granularity == .week)
        // 2024-10-01 is the Tuesday of ISO week 40; the 6th is that week's Sunday.
        #expect(relations.timeline.buckets == [.init(period: "2024-W40", reports: 6)])
    }

    @Test func removingAReportTakesItOutOfTheConnections() throws {
        try corpus.remove("r0.json")
        try corpus.index(database)
        let relations = try #require(try store.relations(key: PlainNames.okafor.key, limit: 10))
        let volkov = try #require(relations.connections.first { $0.key == PlainNames.volkov.key })
        #expect((volkov.reports, volkov.sentenceReports) == (2, 1))
        #expect(relations.timeline.buckets.map(\.reports) == [1, 0, 0, 1])
    }

    @Test func sharedReportsGiveTheSentencesNamingBothWithBothMarked() throws {
        let shared = try store.sharedReports(key: PlainNames.okafor.key, with: PlainNames.volkov.key)
        #expect(shared.map(\.id) == ["r2", "r1", "r0"])
        #expect(shared[2].sentences.map { $0.rendered() } == ["[Amara Okafor] met [Dmitri Volkov] in Geneva."])
        #expect(shared[0].sentences.isEmpty)
        #expect(try store.sharedReports(key: PlainNames.okafor.key, with: Self.pena.key).isEmpty)
        #expect(try store.sharedReports(key: PlainNames.okafor.key, with: PlainNames.okafor.key).isEmpty)
    }

    @Test func theIndexAndTheReportByReportCountAgree() throws {
        // The default of `ArticleStore` reads every report; the index counts from its own table.
        let fast = try #require(try store.relations(key: PlainNames.okafor.key, limit: 10))
        let slow = try #require(try ReportByReport(store).relations(key: PlainNames.okafor.key, limit: 10))
        #expect(fast == slow)
        #expect(try ReportByReport(store).sharedReports(key: PlainNames.okafor.key, with: PlainNames.volkov.key)
            == store.sharedReports(key: PlainNames.okafor.key, with: PlainNames.volkov.key))
    }

    @Test func packedEntitiesReadBackAsWritten() {
        let packed = ReportEntities(entities: [(12, [(0, 0..<10), (2, 5..<9)]), (40, [(2, 5..<9)]), (7, [])])
        #expect(packed.entries == [.init(entityId: 12, sentences: [0, 1]), .init(entityId: 40, sentences: [1]), .init(entityId: 7, sentences: [])])
        let bytes = packed.encoded
        // Id, count, then each sentence as the step from the one before.
        #expect(bytes == [12, 2, 0, 1, 40, 1, 1, 7, 0])
        #expect(bytes.withUnsafeBytes { ReportEntities(encoded: $0) } == packed)
        // A damaged tail is dropped, not read past.
        #expect(Array(bytes.prefix(3)).withUnsafeBytes { ReportEntities(encoded: $0) }.entries == [])
        #expect(Array(bytes.prefix(8)).withUnsafeBytes { ReportEntities(encoded: $0) }.entries == Array(packed.entries.prefix(2)))
        // Large ids and sentence numbers take more bytes and read back.
        let large = ReportEntities([.init(entityId: 300_000, sentences: [5, 200, 70_000])])
        #expect(large.encoded.withUnsafeBytes { ReportEntities(encoded: $0) } == large)
    }

    @Test func entitiesPackedAsWordsBeforeMigrationSevenReadBack() {
        // Entity 12 in sentences 0 and 1, entity 40 in sentence 1: 32-bit little-endian words.
        let words: [UInt32] = [12, 2, 0, 1, 40, 1, 1, 7, 0]
        let bytes = words.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * $0)) } }
        let read = bytes.withUnsafeBytes { ReportEntities(words: $0) }
        #expect(read.entries == [.init(entityId: 12, sentences: [0, 1]), .init(entityId: 40, sentences: [1]), .init(entityId: 7, sentences: [])])
        #expect(Array(bytes.prefix(10)).withUnsafeBytes { ReportEntities(words: $0) }.entries == [])
    }

    @Test func aRunStoresTheShortFormsLinksAndConnectionsReadThemWithTheSameAnswer() throws {
        let stored = try database.read { try EntityLinks.stored(in: $0) }
        let computed = try database.read { try EntityLinks.computed(in: $0) }
        #expect(stored == computed)
        #expect(try store.relations(key: PlainNames.okafor.key, limit: 10) == store.relationsWorkingLinksOut(key: PlainNames.okafor.key, limit: 10))
        // A run that changes the reports leaves them to be worked out until it ends.
        try database.write { try EntityLinks.markStale(in: $0) }
        #expect(try database.read { try EntityLinks.stored(in: $0) } == nil)
        try corpus.write("late.json", Reports.article("Late report", date: "2024-11-01", ["Okafor again."], naming: [PlainNames.okafor]))
        try corpus.index(database)
        #expect(try database.read { try EntityLinks.areCurrent(in: $0) })
    }
}

/// A store that answers only the required calls, so `relations` and `sharedReports` take
/// the protocol's report-by-report defaults.
private final class ReportByReport: ArticleStore {
    let inner: IndexStore
    init(_ inner: IndexStore) { self.inner = inner }
    func summaries() throws -> [ArticleSummary] { try inner.summaries() }
    func summaryCount() throws -> Int { try inner.summaryCount() }
    func summaries(in range: Range<Int>) throws -> [ArticleSummary] { try inner.summaries(in: range) }
    func article(id: String) throws -> Article { try inner.article(id: id) }
    func search(_ query: String, limit: Int) throws -> SearchResults { try inner.search(query, limit: limit) }
    func entities(kind: Entity.Kind?, limit: Int) throws -> [EntitySummary] { try inner.entities(kind: kind, limit: limit) }
    func lookupEntities(name: String) throws -> [EntitySummary] { try inner.lookupEntities(name: name) }
    func entityPage(key: String) throws -> EntityPage? { try inner.entityPage(key: key) }
}
