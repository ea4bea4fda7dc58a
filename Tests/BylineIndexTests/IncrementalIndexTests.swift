import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

@Suite struct IncrementalIndexTests {
    let corpus: FixtureCorpus
    let database: IndexDatabase

    init() throws {
        (corpus, database) = try SampleReports.written()
    }

    var store: IndexStore { corpus.store(database) }

    func counts(_ s: IndexSummary) -> [String: Int] {
        ["added": s.added, "updated": s.updated, "renamed": s.renamed, "removed": s.removed,
         "skipped": s.skipped, "unchanged": s.unchanged, "reports": s.reports]
    }

    @Test func theFirstRunAddsEveryFile() throws {
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 6, "updated": 0, "renamed": 0, "removed": 0, "skipped": 0, "unchanged": 0, "reports": 6])
        #expect(corpus.parses.take() == 6)
        #expect(s.changedIndex)
    }

    @Test func aSecondRunOverAnUnchangedFolderReadsNothing() throws {
        try corpus.index(database)
        _ = corpus.parses.take()
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 0, "updated": 0, "renamed": 0, "removed": 0, "skipped": 0, "unchanged": 6, "reports": 6])
        #expect(corpus.parses.take() == 0)
        #expect(!s.changedIndex)
        #expect(s.bytesRead == 0)
    }

    @Test func aTouchedFileWithTheSameBytesIsNotParsedAgain() throws {
        try corpus.index(database)
        _ = corpus.parses.take()
        try corpus.touch("2022/lagos-cranes.txt")
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 0, "updated": 0, "renamed": 0, "removed": 0, "skipped": 0, "unchanged": 6, "reports": 6])
        #expect(corpus.parses.take() == 0)
        #expect(s.bytesRead > 0)
        // The new time is stored: the next run does not even read the file.
        #expect(try corpus.index(database).bytesRead == 0)
    }

    @Test func aChangedFileIsReadAgainAndItsOldTextAndEntitiesGo() throws {
        try corpus.index(database)
        _ = corpus.parses.take()
        let rewritten = Reports.article("Old cranes replaced", date: "2022-03-02", [
            "Port engineer Nadia Okafor said the new gantries were working.",
        ], naming: [Reports.person("Nadia Okafor", key: "person:nadia-okafor", roles: ["port engineer"])])
        try corpus.write("2022/lagos-cranes.txt", rewritten)
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 0, "updated": 1, "renamed": 0, "removed": 0, "skipped": 0, "unchanged": 5, "reports": 6])
        #expect(corpus.parses.take() == 1)
        #expect(try store.search("gantries", limit: 10).hits.map(\.id) == ["2022/lagos-cranes"])
        #expect(try store.search("repairs", limit: 10).total == 0)
        let nadia = try #require(try store.entityPage(key: "person:nadia-okafor"))
        #expect(nadia.aliases == [])
        #expect(nadia.articles.map { $0.mentions.count } == [1])
        #expect(try store.entities(kind: .person, limit: 10).first { $0.key == "person:nadia-okafor" }?.mentions == 1)
    }

    @Test func anEditOfTheLastReportStoredIsFoundByItsNewWords() throws {
        try corpus.index(database)
        // Its replacement takes its id again: the highest, as the batch began.
        let last = try #require(try database.read {
            try String.fetchOne($0, sql: "SELECT f.path FROM article a JOIN file f ON f.id = a.fileId ORDER BY a.id DESC LIMIT 1")
        })
        try corpus.write(last, Reports.article("Airship lands", date: "2022-05-01", ["A zeppelin landed at the port."]))
        let s = try corpus.index(database)
        #expect(s.updated == 1)
        #expect(try store.search("zeppelin", limit: 10).hits.map(\.id) == [ArticleID.make(relativePath: last)])
        #expect(try database.read { try Bool.fetchOne($0, sql: "SELECT 1 FROM stem WHERE term = 'zeppelin'") } == true)
    }

    @Test func aRemovedFileTakesItsReportsAndLastEntitiesWithIt() throws {
        try corpus.index(database)
        try corpus.remove("2024/valparaiso-strike.txt")
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 0, "updated": 0, "renamed": 0, "removed": 1, "skipped": 0, "unchanged": 5, "reports": 5])
        #expect(try store.search("wages", limit: 10).total == 0)
        // Named only in the removed report: gone. Named elsewhere too: recounted.
        #expect(try store.entityPage(key: "person:jose-ignacio-pena-alvarez") == nil)
        #expect(try store.lookupEntities(name: "Peña Álvarez").isEmpty)
        let valparaiso = try #require(try store.entityPage(key: "place:valparaiso"))
        #expect(valparaiso.articles.map(\.id) == ["rotterdam-delays"])
        #expect(try store.entities(kind: .place, limit: 10).first { $0.key == "place:valparaiso" }?.articles == 1)
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM appearance WHERE articleId NOT IN (SELECT id FROM article)") } == 0)
    }

    @Test func aNewFileIsAdded() throws {
        try corpus.index(database)
        _ = corpus.parses.take()
        try corpus.write("2024/okafor-visit.txt", Reports.article("Okafor visits the lake", date: "2024-07-01", [
            "Amara Okafor reached Lake Balkhash on Monday.",
        ], naming: [SampleReports.okafor, SampleReports.balkhash]))
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 1, "updated": 0, "renamed": 0, "removed": 0, "skipped": 0, "unchanged": 6, "reports": 7])
        #expect(corpus.parses.take() == 1)
        #expect(try store.entityPage(key: "person:amara-okafor")?.articles.first?.id == "2024/okafor-visit")
    }

    @Test func aRenamedFileKeepsItsReportUnderItsNewIdWithoutBeingParsed() throws {
        try corpus.index(database)
        _ = corpus.parses.take()
        try corpus.move("2024/valparaiso-strike.txt", to: "archive/chile/strike.txt")
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 0, "updated": 0, "renamed": 1, "removed": 0, "skipped": 0, "unchanged": 5, "reports": 6])
        #expect(corpus.parses.take() == 0)
        let hit = try #require(try store.search("wages", limit: 10).hits.first)
        #expect(hit.id == "archive/chile/strike")
        #expect(hit.path == corpus.folder + "/archive/chile/strike.txt")
        #expect(try store.entityPage(key: "person:jose-ignacio-pena-alvarez")?.articles.map(\.id) == ["archive/chile/strike"])
        #expect(throws: StoreError.self) { try store.article(id: "2024/valparaiso-strike") }
    }

    @Test func twoCopiesOfOneRenamedFileGiveOneRenameAndOneAdd() throws {
        try corpus.index(database)
        _ = corpus.parses.take()
        try corpus.move("2022/lagos-cranes.txt", to: "a/cranes.txt")
        try corpus.write("b/cranes.txt", SampleReports.lagosCranes)
        let s = try corpus.index(database)
        #expect(counts(s) == ["added": 1, "updated": 0, "renamed": 1, "removed": 0, "skipped": 0, "unchanged": 5, "reports": 7])
        #expect(corpus.parses.take() == 1)
        #expect(Set(try store.search("cranes", limit: 10).hits.map(\.id)) == ["a/cranes", "b/cranes"])
    }

    @Test func aFileThatIsNoReportIsSkippedWithAWarningKeptForLaterRuns() throws {
        try corpus.write("notes/scratch.txt", data: Data("not a report".utf8))
        let first = try corpus.index(database)
        #expect(first.added == 6)
        #expect(first.skipped == 1)
        #expect(first.warnings == ["notes/scratch.txt: not a fixture report"])
        #expect(first.newWarnings == ["notes/scratch.txt: not a fixture report"])
        _ = corpus.parses.take()
        let second = try corpus.index(database)
        #expect(corpus.parses.take() == 0)
        #expect(second.warnings == ["notes/scratch.txt: not a fixture report"])
        #expect(second.newWarnings.isEmpty)
        #expect(second.reports == 6)
        // Fixing the file indexes it and drops the warning.
        try corpus.write("notes/scratch.txt", SampleReports.desalinationPlant)
        let third = try corpus.index(database)
        #expect(third.added == 1)
        #expect(third.warnings.isEmpty)
        #expect(third.reports == 7)
    }

    @Test func aMovedCorpusFolderIsCheckedByContentNotReparsed() throws {
        try corpus.index(database)
        _ = corpus.parses.take()
        let moved = corpus.root + "/moved"
        try FileManager.default.moveItem(atPath: corpus.folder, toPath: moved)
        var indexer = Indexer(database: database, corpus: moved, loader: corpus.loader)
        indexer.batchSize = 2
        indexer.commitInterval = 0
        let s = try indexer.update()
        #expect(s.unchanged == 6)
        #expect(s.reports == 6)
        #expect(corpus.parses.take() == 0)
        #expect(try IndexStore(database: database, corpus: moved).search("wages", limit: 1).hits.first?.path == moved + "/2024/valparaiso-strike.txt")
    }

    @Test func aRunStoppedBetweenBatchesKeepsWhatItCommittedAndTheNextRunFinishes() throws {
        var indexer = Indexer(database: database, corpus: corpus.folder, loader: corpus.loader)
        indexer.batchSize = 2
        indexer.commitInterval = 0
        var batches = 0
        let stopped = try indexer.update(progress: { _ in batches += 1 }, shouldStop: { batches >= 1 })
        #expect(stopped.stopped)
        #expect(stopped.reports == 2)
        let finished = try indexer.update()
        #expect(!finished.stopped)
        #expect(finished.added == 4)
        #expect(finished.reports == 6)
        #expect(try store.entities(kind: nil, limit: 100).count == 11)
    }

    @Test func progressIsReportedAfterEachBatch() throws {
        var indexer = Indexer(database: database, corpus: corpus.folder, loader: corpus.loader)
        indexer.batchSize = 4
        indexer.commitInterval = 0
        var seen: [[Int]] = []
        _ = try indexer.update(progress: { seen.append([$0.filesDone, $0.filesTotal]) })
        #expect(seen == [[4, 6], [6, 6]])
    }

    @Test func theStoreCanBeReadWhileTheIndexerWritesFromAnotherThread() async throws {
        let store = self.store
        var indexer = Indexer(database: database, corpus: corpus.folder, loader: corpus.loader)
        indexer.batchSize = 1
            indexer.commitInterval = 0
        let reads = Counter()
        let summary = try await Task.detached {
            try indexer.update(progress: { _ in
                // Each read sees whole batches: a report is searchable with its entities.
                if let results = try? store.search("said", limit: 10), results.total == results.hits.count { reads.increment() }
            })
        }.value
        #expect(summary.reports == 6)
        #expect(reads.take() == 6)
    }

    @Test func twoIndexersOnTheSameIndexAtOnceBothFinishWithOneCopyOfEachReport() async throws {
        for n in 0..<30 {
            try corpus.write("more/report-\(n).txt", Reports.article("Report \(n)", date: "2024-01-01", ["Number \(n) of a series."]))
        }
        let other = try corpus.openDatabase()
        let loader = corpus.loader, folder = corpus.folder
        async let first = Task.detached { [database] in
            var indexer = Indexer(database: database, corpus: folder, loader: loader)
            indexer.batchSize = 1
            indexer.commitInterval = 0
            return try indexer.update()
        }.value
        async let second = Task.detached {
            var indexer = Indexer(database: other, corpus: folder, loader: loader)
            indexer.batchSize = 1
            indexer.commitInterval = 0
            return try indexer.update()
        }.value
        let (a, b) = try await (first, second)
        #expect(a.reports == 36 || b.reports == 36)
        #expect(try store.summaries().count == 36)
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM file") } == 36)
        try database.write { try $0.execute(sql: "INSERT INTO articleText(articleText) VALUES ('integrity-check')") }
        #expect(try store.search("series", limit: 100).total == 30)
    }

    @Test func anIndexKeptInsideTheFolderIsNotReadAsAReport() throws {
        let inside = try IndexDatabase(path: corpus.folder + "/cache/index.sqlite")
        let indexer = Indexer(database: inside, corpus: corpus.folder, loader: corpus.loader)
        _ = try indexer.update()
        let again = try indexer.update()
        #expect(again.reports == 6)
        #expect(again.unchanged == 6)
        #expect(again.warnings.isEmpty)
    }
}

/// The folder's listing and the stored files are walked side by side in byte order, so names
/// whose order differs between byte order and other orders must still pair up.
@Suite struct IndexPlanOrderTests {
    static let names = [
        "Zeta.txt", "alpha.txt", "caf\u{E9}.txt", "cafe\u{301}-nfd.txt", "b/x.txt", "b-x.txt", "b.txt", "東京.txt", "Ωmega.txt",
    ]

    func counts(_ s: IndexSummary) -> [Int] { [s.added, s.updated, s.removed, s.unchanged, s.reports] }

    @Test func namesInAnyOrderPairUpWithTheirStoredFiles() throws {
        let corpus = try FixtureCorpus()
        for (i, name) in Self.names.enumerated() {
            try corpus.write(name, Reports.article("Report \(i)", date: "2024-01-0\(i + 1)", ["Paragraph \(i)."]))
        }
        let database = try corpus.openDatabase()
        #expect(counts(try corpus.index(database)) == [9, 0, 0, 0, 9])
        #expect(counts(try corpus.index(database)) == [0, 0, 0, 9, 9])

        try corpus.remove("b-x.txt")
        try corpus.remove("Zeta.txt")
        try corpus.write("b/y.txt", Reports.article("Another", date: "2024-02-01", ["A new paragraph."]))
        try corpus.write("caf\u{E9}.txt", Reports.article("Rewritten", date: "2024-02-02", ["The café report, rewritten at length."]))
        #expect(counts(try corpus.index(database)) == [1, 1, 2, 6, 8])
        #expect(counts(try corpus.index(database)) == [0, 0, 0, 8, 8])
    }
}
